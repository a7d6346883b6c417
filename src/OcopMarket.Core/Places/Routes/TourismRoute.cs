using OcopMarket.Core.Common;

namespace OcopMarket.Core.Places.Routes;

/// <summary>A tourism route or tour (tuyến, tour du lịch): ordered stops linking display points, production sites and sights.</summary>
public class TourismRoute : Entity, Audit.IAudited
{
    public string Name { get; set; } = "";
    public string? NameEn { get; set; }
    public string Slug { get; set; } = "";
    /// <summary>One or two plain sentences for cards and the meta description.</summary>
    public string Summary { get; set; } = "";
    public string? SummaryEn { get; set; }
    /// <summary>Sanitised HTML (RichTextSanitizer) written by the office.</summary>
    public string Description { get; set; } = "";
    public string? DescriptionEn { get; set; }
    /// <summary>Whole days and nights: 1/0 is a day trip, 2/1 "2 ngày 1 đêm".</summary>
    public int DurationDays { get; set; } = 1;
    public int DurationNights { get; set; }
    /// <summary>Best season in words ("Tháng 9 – tháng 12, mùa hồng chín").</summary>
    public string? Season { get; set; }
    public string? SeasonEn { get; set; }
    /// <summary>Who takes bookings when no agency is listed (the office or a cooperative): phone, e-mail.</summary>
    public string? BookingPhone { get; set; }
    public string? BookingEmail { get; set; }
    public int? CoverMediaFileId { get; set; }
    public bool IsPublished { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<TourismRouteStop> Stops { get; set; } = [];
    public List<TourismRouteAgency> Agencies { get; set; } = [];
}

public enum RouteStopKind
{
    DisplayPoint = 1,
    ProductionSite = 2,
    Sight = 3,
    Restaurant = 4,
    Accommodation = 5,
}

/// <summary>
/// One stop of a route, in order (Position 1, 2, …). A stop may be one of our display points or a producer's site
/// (then its products are "met along the route"); a production site may offer an experience visit bookable by enquiry.
/// </summary>
public class TourismRouteStop : Entity, Audit.IAudited
{
    public int RouteId { get; set; }
    public int Position { get; set; }
    public RouteStopKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? NameEn { get; set; }
    public string? Description { get; set; }
    public string? DescriptionEn { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public int? DisplayPointId { get; set; }
    public DisplayPoint? DisplayPoint { get; set; }
    public int? ProducerId { get; set; }
    public Producers.Producer? Producer { get; set; }
    /// <summary>Typical time spent at the stop.</summary>
    public int? DurationMinutes { get; set; }
    /// <summary>Set when the producer welcomes visitors for an experience (harvest, tea processing, weaving…).</summary>
    public string? ExperienceName { get; set; }
    public string? ExperienceNameEn { get; set; }
    /// <summary>Indicative price per person in VND; null = ask.</summary>
    public long? ExperiencePricePerPerson { get; set; }
    public bool OffersExperience => !string.IsNullOrEmpty(ExperienceName) && ProducerId is not null;
}

/// <summary>A travel agency (or other booking contact) that sells the route.</summary>
public class TourismRouteAgency : Entity, Audit.IAudited
{
    public int RouteId { get; set; }
    public string Name { get; set; } = "";
    public string? Url { get; set; }
    public string? Phone { get; set; }
    public int SortOrder { get; set; }
}
