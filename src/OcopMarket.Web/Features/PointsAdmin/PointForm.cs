using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using OcopMarket.Core.Places;
using OcopMarket.Web.Features.CatalogAdmin;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.PointsAdmin;

/// <summary>The office's display point form (create and edit). Coordinates are text, parsed by <see cref="PointEditor"/>.</summary>
[LocalizedWith(typeof(PointsAdminResource))]
public sealed class PointForm
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
    public DisplayPointType? Type { get; set; }

    [Display(Name = "Address")]
    [Required(ErrorMessage = "Please enter the address.")]
    [StringLength(400, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Address { get; set; } = "";

    [Display(Name = "Province / city")]
    [Required(ErrorMessage = "Please choose the province.")]
    public int? ProvinceId { get; set; }

    [Display(Name = "Commune / ward")]
    public int? CommuneId { get; set; }

    [Display(Name = "Latitude")]
    public string? Latitude { get; set; }

    [Display(Name = "Longitude")]
    public string? Longitude { get; set; }

    [Display(Name = "Phone")]
    [StringLength(40, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Phone { get; set; }

    [Display(Name = "Opening hours")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? OpeningHours { get; set; }

    [Display(Name = "Description")]
    [StringLength(4000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Description { get; set; }

    [Display(Name = "Published on the storefront")]
    public bool IsPublished { get; set; } = true;

    // What the page shows besides the fields; never bound from the request.
    [BindNever, ValidateNever] public IReadOnlyList<PlaceOption> Provinces { get; set; } = [];
    [BindNever, ValidateNever] public IReadOnlyList<PlaceOption> Communes { get; set; } = [];
    [BindNever, ValidateNever] public PointSummary? Saved { get; set; }

    public bool IsNew => Id == 0;
}

/// <summary>The saved point as the editor's side panels show it (not what is being typed).</summary>
public sealed record PointSummary(
    string Name,
    string Slug,
    bool IsPublished,
    string? OpeningHours,
    int ProductsStocked,
    int Pickups,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<PointPhotoView> Photos);

/// <summary>A photo in the editor: its media file, position and alt text.</summary>
public sealed record PointPhotoView(int Id, int MediaFileId, int SortOrder, string? AltText, int Width, int Height);
