using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Places.Routes;

namespace OcopMarket.Web.Framework.Models;

/// <summary>A published route as a card on /tuyen-du-lich.</summary>
public sealed record RouteCardModel(
    int Id, string Name, string Slug, string Summary, int DurationDays, int DurationNights, string? Season,
    int StopCount, IReadOnlyList<string> Provinces, int ExperienceCount, int? CoverImageId);

/// <summary>One stop of a route page, in order. Links go to our display point page or the producer's storefront.</summary>
public sealed record RouteStopModel(
    int Id, int Position, RouteStopKind Kind, string Name, string? Description, double Latitude, double Longitude, int? DurationMinutes,
    string? DisplayPointName, string? DisplayPointSlug, string? ProducerName, string? ProducerSlug,
    string? ExperienceName, long? ExperiencePricePerPerson, bool OffersExperience)
{
    public string? Href => DisplayPointSlug is not null ? "/diem-ban/" + DisplayPointSlug : ProducerSlug is not null ? "/chu-the/" + ProducerSlug : null;
}

public sealed record RouteAgencyModel(string Name, string? Url, string? Phone);

public sealed record RoutePageModel(
    int Id, string Name, string Slug, string Summary, string DescriptionHtml, int DurationDays, int DurationNights, string? Season,
    string? BookingPhone, string? BookingEmail, int? CoverImageId, IReadOnlyList<string> Provinces,
    IReadOnlyList<RouteStopModel> Stops, IReadOnlyList<RouteAgencyModel> Agencies, IReadOnlyList<ProductCardModel> Products)
{
    public IEnumerable<RouteStopModel> Experiences => Stops.Where(s => s.OffersExperience);
}

/// <summary>The visitor's request for an experience visit. Dates and numbers are text so a bad entry comes back as typed.</summary>
[LocalizedWith(typeof(RoutesResource))]
public sealed class ExperienceEnquiryForm
{
    public const int MaxGroupSize = 200;

    [Display(Name = "Experience")]
    [Required(ErrorMessage = "Please choose the experience.")]
    public int? StopId { get; set; }

    [Display(Name = "Preferred date")]
    [Required(ErrorMessage = "Please choose the date of your visit.")]
    [StringLength(10, ErrorMessage = "Please enter the date as dd/mm/yyyy.")]
    public string? PreferredDate { get; set; }

    [Display(Name = "Number of people")]
    [Required(ErrorMessage = "Please enter the number of people.")]
    [StringLength(5, ErrorMessage = "The group must be between 1 and {0} people.")]
    public string? GroupSize { get; set; }

    [Display(Name = "Your name")]
    [Required(ErrorMessage = "Please enter your name.")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? ContactName { get; set; }

    [Display(Name = "Phone number")]
    [Required(ErrorMessage = "Please enter your phone number.")]
    [StringLength(40, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Phone { get; set; }

    [Display(Name = "Email (optional)")]
    [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
    [StringLength(256, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Email { get; set; }

    [Display(Name = "Message (optional)")]
    [StringLength(2000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Message { get; set; }

    /// <summary>Honeypot: hidden from people; a bot that fills every field gives itself away.</summary>
    public string? Website { get; set; }
}

/// <summary>The enquiry form on its own page (shown again with the errors, or opened from a stop without JavaScript).</summary>
public sealed record EnquiryPageModel(RoutePageModel Route, ExperienceEnquiryForm Form, string MinDate, string MaxDate);

/// <summary>What the thank-you page repeats: who will call back, about what.</summary>
public sealed record EnquiryThanksModel(
    string RouteName, string RouteSlug, string ExperienceName, string ProducerName, string? ProducerPhone,
    DateOnly PreferredDate, int GroupSize, string Phone, string? OfficePhone);

/// <summary>"1 ngày", "2 ngày 1 đêm" / "1 day", "2 days 1 night" from a route's days and nights.</summary>
public static class RouteDuration
{
    public static string Format(IStringLocalizer l, int days, int nights)
    {
        var d = days == 1 ? l["1 day"].Value : l["{0} days", days].Value;
        if (nights <= 0) return d;
        var n = nights == 1 ? l["1 night"].Value : l["{0} nights", nights].Value;
        return d + " " + n;
    }

    public static string Minutes(IStringLocalizer l, int minutes) => minutes switch
    {
        < 60 => l["{0} min", minutes].Value,
        _ when minutes % 60 == 0 => l["{0} h", minutes / 60].Value,
        _ => l["{0} h {1} min", minutes / 60, minutes % 60].Value,
    };

    public static string KindIcon(RouteStopKind kind) => kind switch
    {
        RouteStopKind.DisplayPoint => "shop",
        RouteStopKind.ProductionSite => "basket2",
        RouteStopKind.Sight => "camera",
        RouteStopKind.Restaurant => "cup-hot",
        RouteStopKind.Accommodation => "house-door",
        _ => "geo-alt",
    };

    /// <summary>The resource key for a stop kind's name.</summary>
    public static string KindKey(RouteStopKind kind) => "Kind." + kind;

    public static string StatusKey(EnquiryStatus status) => "Status." + status;
}
