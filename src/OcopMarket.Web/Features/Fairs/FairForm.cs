using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using OcopMarket.Web.Features.CatalogAdmin;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Fairs;

/// <summary>The office's fair form (create and edit). Coordinates are text, read by <see cref="FairEditor"/> like the points' pin.</summary>
[LocalizedWith(typeof(FairsResource))]
public sealed class FairForm
{
    public int Id { get; set; }

    [Display(Name = "Name")]
    [Required(ErrorMessage = "Please enter the name.")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Name { get; set; }

    [Display(Name = "Name in English")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? NameEn { get; set; }

    [Display(Name = "Address in the URL (slug)")]
    [StringLength(120, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Slug { get; set; }

    [Display(Name = "Summary")]
    [Required(ErrorMessage = "Please enter a short summary.")]
    [StringLength(500, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Summary { get; set; }

    [Display(Name = "Summary in English")]
    [StringLength(500, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? SummaryEn { get; set; }

    [Display(Name = "Description")]
    [StringLength(20000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Description { get; set; }

    [Display(Name = "Description in English")]
    [StringLength(20000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? DescriptionEn { get; set; }

    [Display(Name = "First day")]
    [Required(ErrorMessage = "Please enter the first day.")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "Last day")]
    [Required(ErrorMessage = "Please enter the last day.")]
    public DateOnly? EndsOn { get; set; }

    [Display(Name = "Opening hours")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? OpeningHours { get; set; }

    [Display(Name = "Venue")]
    [Required(ErrorMessage = "Please enter the venue.")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? VenueName { get; set; }

    [Display(Name = "Address")]
    [Required(ErrorMessage = "Please enter the address.")]
    [StringLength(400, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? VenueAddress { get; set; }

    [Display(Name = "Province / city")]
    [Required(ErrorMessage = "Please choose the province.")]
    public int? ProvinceId { get; set; }

    [Display(Name = "Commune / ward")]
    public int? CommuneId { get; set; }

    [Display(Name = "Latitude")]
    public string? Latitude { get; set; }

    [Display(Name = "Longitude")]
    public string? Longitude { get; set; }

    [Display(Name = "Organiser")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Organiser { get; set; }

    [Display(Name = "Contact phone")]
    [StringLength(40, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? ContactPhone { get; set; }

    [Display(Name = "Website")]
    [StringLength(500, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Website { get; set; }

    [Display(Name = "Remove the cover")]
    public bool RemoveCover { get; set; }

    [Display(Name = "Published on the storefront")]
    public bool IsPublished { get; set; } = true;

    // What the page shows besides the fields; never bound from the request.
    [BindNever, ValidateNever] public IReadOnlyList<PlaceOption> Provinces { get; set; } = [];
    [BindNever, ValidateNever] public IReadOnlyList<PlaceOption> Communes { get; set; } = [];
    [BindNever, ValidateNever] public FairSummary? Saved { get; set; }

    public bool IsNew => Id == 0;
}

/// <summary>The saved fair as the editor's side panel shows it (not what is being typed).</summary>
public sealed record FairSummary(string Name, string Slug, bool IsPublished, int? CoverMediaFileId, int Booths, int Products,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
