using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using OcopMarket.Core.Producers;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>The office's producer form (create and edit). Numbers are text, parsed by <see cref="ProducerEditor"/>.</summary>
[LocalizedWith(typeof(CatalogAdminResource))]
public sealed class ProducerForm
{
    public int Id { get; set; }

    [Display(Name = "Name")]
    [Required(ErrorMessage = "Please enter the name.")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Name { get; set; } = "";

    [Display(Name = "Address in the URL (slug)")]
    [StringLength(120, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Slug { get; set; }

    [Display(Name = "Type")]
    [Required(ErrorMessage = "Please choose the type.")]
    public ProducerType? Type { get; set; }

    [Display(Name = "Story")]
    [StringLength(20000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Story { get; set; }

    [Display(Name = "Story (English)")]
    [StringLength(20000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? StoryEn { get; set; }

    [Display(Name = "Address")]
    [Required(ErrorMessage = "Please enter the address.")]
    [StringLength(400, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Address { get; set; } = "";

    [Display(Name = "Province / city")]
    [Required(ErrorMessage = "Please choose the province.")]
    public int? ProvinceId { get; set; }

    [Display(Name = "Commune / ward")]
    public int? CommuneId { get; set; }

    [Display(Name = "District (before 1 July 2025)")]
    public int? DistrictId { get; set; }

    [Display(Name = "Latitude")]
    public string? Latitude { get; set; }

    [Display(Name = "Longitude")]
    public string? Longitude { get; set; }

    [Display(Name = "Phone")]
    [StringLength(40, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Phone { get; set; }

    [Display(Name = "Email")]
    [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Email { get; set; }

    [Display(Name = "Website")]
    [StringLength(400, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Website { get; set; }

    [Display(Name = "Representative")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Representative { get; set; }

    [Display(Name = "Published on the storefront")]
    public bool IsPublished { get; set; } = true;

    // What the page shows besides the fields; never bound from the request.
    [BindNever, ValidateNever] public ProducerFormOptions Options { get; set; } = ProducerFormOptions.Empty;
    [BindNever, ValidateNever] public int ProductCount { get; set; }
    [BindNever, ValidateNever] public string? CurrentSlug { get; set; }

    public bool IsNew => Id == 0;
}

/// <summary>The choices of the producer form's selects.</summary>
public sealed record ProducerFormOptions(
    IReadOnlyList<PlaceOption> Provinces,
    IReadOnlyList<PlaceOption> Communes,
    IReadOnlyList<PlaceOption> FormerCommunes,
    IReadOnlyList<PlaceOption> Districts)
{
    public static readonly ProducerFormOptions Empty = new([], [], [], []);
}
