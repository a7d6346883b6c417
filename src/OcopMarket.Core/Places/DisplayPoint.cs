using OcopMarket.Core.Common;

namespace OcopMarket.Core.Places;

public enum DisplayPointType
{
    Shop = 1,
    HotelCorner = 2,
    RestaurantCorner = 3,
    TouristSiteKiosk = 4,
    FairBooth = 5,
    PostOffice = 6,
    RestStop = 7,
}

/// <summary>A physical OCOP display / introduction / sale point (Decision 950/QĐ-BCT).</summary>
public class DisplayPoint : Entity, Audit.IAudited
{
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public DisplayPointType Type { get; set; }
    public string Address { get; set; } = "";
    public int CommuneId { get; set; }
    public AdminUnit? Commune { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public string? Phone { get; set; }
    public string? OpeningHours { get; set; }
    public string? Description { get; set; }
    public bool IsPublished { get; set; } = true;
    /// <summary>When the office added the point (the monthly report counts new points).</summary>
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<DisplayPointPhoto> Photos { get; set; } = [];
}

/// <summary>A photo of a display point (an image in the media store, resized like product photos).</summary>
public class DisplayPointPhoto : Entity
{
    public int DisplayPointId { get; set; }
    public int MediaFileId { get; set; }
    public int SortOrder { get; set; }
    public string? AltText { get; set; }
}
