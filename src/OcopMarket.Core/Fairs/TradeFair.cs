using OcopMarket.Core.Common;

namespace OcopMarket.Core.Fairs;

/// <summary>
/// A trade fair or event (hội chợ, phiên chợ OCOP, tuần lễ): dates (Việt Nam calendar days, inclusive), a venue on
/// the map, and the producers taking part with their booths and the products to find there.
/// </summary>
public class TradeFair : Entity, Audit.IAudited
{
    public string Name { get; set; } = "";
    public string? NameEn { get; set; }
    public string Slug { get; set; } = "";
    public string Summary { get; set; } = "";
    public string? SummaryEn { get; set; }
    /// <summary>Sanitised HTML.</summary>
    public string Description { get; set; } = "";
    public string? DescriptionEn { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    /// <summary>Free text, e.g. "08:00–21:00 hằng ngày".</summary>
    public string? OpeningHours { get; set; }
    public string VenueName { get; set; } = "";
    public string VenueAddress { get; set; } = "";
    /// <summary>Today's commune of the venue.</summary>
    public int? CommuneId { get; set; }
    public Places.AdminUnit? Commune { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public string? Organiser { get; set; }
    public string? ContactPhone { get; set; }
    public string? Website { get; set; }
    public int? CoverMediaFileId { get; set; }
    public bool IsPublished { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<FairBooth> Booths { get; set; } = [];
}

/// <summary>A producer's place at a fair.</summary>
public class FairBooth : Entity
{
    public int FairId { get; set; }
    public int ProducerId { get; set; }
    public Producers.Producer? Producer { get; set; }
    /// <summary>As printed on the fair's plan, e.g. "A12".</summary>
    public string BoothCode { get; set; } = "";
    public string? Note { get; set; }
    public List<FairBoothProduct> Products { get; set; } = [];
}

public class FairBoothProduct : Entity
{
    public int BoothId { get; set; }
    public int ProductId { get; set; }
    public Catalog.Product? Product { get; set; }
}
