using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using OcopMarket.Core.Places.Routes;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Routes;

/// <summary>A row of the office's route list (init properties so EF can sort on them).</summary>
public sealed class RouteAdminRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string Slug { get; init; } = "";
    public int DurationDays { get; init; }
    public int DurationNights { get; init; }
    public int StopCount { get; init; }
    public int NewEnquiries { get; init; }
    public bool IsPublished { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

public sealed record RouteAdminList(ListQuery Query, PagedList<RouteAdminRow> Rows);

/// <summary>The office's route form. Numbers are text so a bad entry comes back as typed.</summary>
[LocalizedWith(typeof(RoutesResource))]
public sealed class RouteForm
{
    public int Id { get; set; }

    [Display(Name = "Route name")]
    [Required(ErrorMessage = "Please enter the name.")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Name { get; set; }

    [Display(Name = "Name (English)")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? NameEn { get; set; }

    [Display(Name = "Address in the URL (slug)")]
    [StringLength(120, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Slug { get; set; }

    [Display(Name = "Summary")]
    [Required(ErrorMessage = "Please enter a short summary.")]
    [StringLength(500, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Summary { get; set; }

    [Display(Name = "Summary (English)")]
    [StringLength(500, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? SummaryEn { get; set; }

    [Display(Name = "Description")]
    [StringLength(20000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Description { get; set; }

    [Display(Name = "Description (English)")]
    [StringLength(20000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? DescriptionEn { get; set; }

    [Display(Name = "Days")]
    [Required(ErrorMessage = "Please enter the number of days.")]
    [Range(1, 30, ErrorMessage = "{0} must be between {1} and {2}.")]
    public int? DurationDays { get; set; } = 1;

    [Display(Name = "Nights")]
    [Range(0, 30, ErrorMessage = "{0} must be between {1} and {2}.")]
    public int? DurationNights { get; set; } = 0;

    [Display(Name = "Best season")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Season { get; set; }

    [Display(Name = "Best season (English)")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? SeasonEn { get; set; }

    [Display(Name = "Booking phone")]
    [StringLength(40, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? BookingPhone { get; set; }

    [Display(Name = "Booking email")]
    [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
    [StringLength(256, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? BookingEmail { get; set; }

    [Display(Name = "Published on the storefront")]
    public bool IsPublished { get; set; }

    public bool RemoveCover { get; set; }

    [BindNever, ValidateNever] public bool IsNew => Id == 0;
    [BindNever, ValidateNever] public int? CoverMediaFileId { get; set; }
    [BindNever, ValidateNever] public string? CurrentSlug { get; set; }
    [BindNever, ValidateNever] public IReadOnlyList<StopAdminRow> Stops { get; set; } = [];
    [BindNever, ValidateNever] public IReadOnlyList<TourismRouteAgency> Agencies { get; set; } = [];
}

public sealed record StopAdminRow(int Id, int Position, RouteStopKind Kind, string Name, string? LinkedTo, int? DurationMinutes, string? ExperienceName, long? Price);

/// <summary>One stop: kind, names, a linked display point or producer (their pin is the default), the pin, time and experience.</summary>
[LocalizedWith(typeof(RoutesResource))]
public sealed class StopForm
{
    public int Id { get; set; }

    [Display(Name = "Kind")]
    [Required(ErrorMessage = "Please choose the kind of stop.")]
    public RouteStopKind? Kind { get; set; }

    [Display(Name = "Stop name")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Name { get; set; }

    [Display(Name = "Name (English)")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? NameEn { get; set; }

    [Display(Name = "Description")]
    [StringLength(2000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Description { get; set; }

    [Display(Name = "Description (English)")]
    [StringLength(2000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? DescriptionEn { get; set; }

    [Display(Name = "Display point")]
    public int? DisplayPointId { get; set; }

    [Display(Name = "Producer")]
    public int? ProducerId { get; set; }

    [Display(Name = "Latitude")]
    public string? Latitude { get; set; }

    [Display(Name = "Longitude")]
    public string? Longitude { get; set; }

    [Display(Name = "Time at the stop (minutes)")]
    [Range(5, 2880, ErrorMessage = "{0} must be between {1} and {2}.")]
    public int? DurationMinutes { get; set; }

    [Display(Name = "Experience offered")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? ExperienceName { get; set; }

    [Display(Name = "Experience (English)")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? ExperienceNameEn { get; set; }

    [Display(Name = "Indicative price per person (₫)")]
    [Range(0, 100_000_000, ErrorMessage = "{0} must be between {1} and {2}.")]
    public long? ExperiencePricePerPerson { get; set; }

    [BindNever, ValidateNever] public bool IsNew => Id == 0;
    [BindNever, ValidateNever] public int RouteId { get; set; }
    [BindNever, ValidateNever] public string RouteName { get; set; } = "";
    [BindNever, ValidateNever] public IReadOnlyList<Choice> Points { get; set; } = [];
    [BindNever, ValidateNever] public IReadOnlyList<Choice> Producers { get; set; } = [];
}

[LocalizedWith(typeof(RoutesResource))]
public sealed class AgencyForm
{
    [Display(Name = "Agency name")]
    [Required(ErrorMessage = "Please enter the agency's name.")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Name { get; set; }

    [Display(Name = "Website")]
    [Url(ErrorMessage = "Please enter a full web address (https://…).")]
    [StringLength(500, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Url { get; set; }

    [Display(Name = "Phone")]
    [StringLength(40, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Phone { get; set; }
}
