using OcopMarket.Core.Common;

namespace OcopMarket.Core.Promotions;

public enum FeaturedKind
{
    Product = 1,
    Producer = 2,
}

/// <summary>
/// A product or producer the promotion staff put on the home page, in their order, optionally only between two dates
/// (Việt Nam calendar days, inclusive). Exactly one of <see cref="ProductId"/> / <see cref="ProducerId"/> is set, by <see cref="Kind"/>.
/// </summary>
public class FeaturedItem : Entity, Audit.IAudited
{
    public FeaturedKind Kind { get; set; }
    public int? ProductId { get; set; }
    public Catalog.Product? Product { get; set; }
    public int? ProducerId { get; set; }
    public Producers.Producer? Producer { get; set; }
    public int SortOrder { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int? CreatedByUserId { get; set; }

    public bool IsShownOn(DateOnly day) => (StartsOn is null || StartsOn <= day) && (EndsOn is null || day <= EndsOn);
}
