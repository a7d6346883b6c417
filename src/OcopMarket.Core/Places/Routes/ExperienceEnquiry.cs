using OcopMarket.Core.Common;

namespace OcopMarket.Core.Places.Routes;

public enum EnquiryStatus
{
    New = 1,
    Contacted = 2,
    Confirmed = 3,
    Declined = 4,
    Closed = 5,
}

/// <summary>
/// A visitor's request to book an experience visit (date, group size, contact). It reaches the producer (portal) and the
/// office (admin); either answers by phone or e-mail and records the outcome here. Not a payment, not a reservation.
/// </summary>
public class ExperienceEnquiry : Entity, Audit.IAudited
{
    public int ProducerId { get; set; }
    public Producers.Producer? Producer { get; set; }
    public int? RouteId { get; set; }
    public TourismRoute? Route { get; set; }
    public int? StopId { get; set; }
    public TourismRouteStop? Stop { get; set; }
    public DateOnly PreferredDate { get; set; }
    public int GroupSize { get; set; }
    public string ContactName { get; set; } = "";
    public string Phone { get; set; } = "";
    public string? Email { get; set; }
    public string? Message { get; set; }
    /// <summary>"vi" or "en": the language to answer in.</summary>
    public string Culture { get; set; } = "vi";
    public int? CustomerUserId { get; set; }
    public EnquiryStatus Status { get; set; } = EnquiryStatus.New;
    public string? StaffNote { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}
