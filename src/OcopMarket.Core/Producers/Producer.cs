using OcopMarket.Core.Common;
using OcopMarket.Core.Places;

namespace OcopMarket.Core.Producers;

public enum ProducerType
{
    Cooperative = 1,
    Enterprise = 2,
    HouseholdBusiness = 3,
    CooperativeGroup = 4,
}

/// <summary>An OCOP subject (chủ thể): the legal owner of products.</summary>
public class Producer : Entity, Audit.IAudited
{
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public ProducerType Type { get; set; }
    /// <summary>Sanitised HTML.</summary>
    public string Story { get; set; } = "";
    public string? StoryEn { get; set; }
    public string Address { get; set; } = "";
    /// <summary>The commune as recorded (may be a pre-2025 unit; its Successor gives today's unit).</summary>
    public int CommuneId { get; set; }
    public AdminUnit? Commune { get; set; }
    /// <summary>The district as recorded before the 2025 reform, if any.</summary>
    public int? DistrictId { get; set; }
    public AdminUnit? District { get; set; }
    /// <summary>Today's province (denormalised for filtering).</summary>
    public int ProvinceId { get; set; }
    public AdminUnit? Province { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? Representative { get; set; }
    public int? LogoMediaId { get; set; }
    public bool IsPublished { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}
