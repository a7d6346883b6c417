using OcopMarket.Core.Certification;
using OcopMarket.Core.Common;
using OcopMarket.Core.Producers;

namespace OcopMarket.Core.Catalog;

/// <summary>Where a listing stands with the office. Only approved products may be published.</summary>
public enum ModerationStatus
{
    Draft = 0,
    Submitted = 1,
    Approved = 2,
    Rejected = 3,
}

public class Product : Entity, Audit.IAudited
{
    public string Name { get; set; } = "";
    public string? NameEn { get; set; }
    public string Slug { get; set; } = "";
    public string ShortDescription { get; set; } = "";
    /// <summary>Sanitised HTML.</summary>
    public string Description { get; set; } = "";
    public string? DescriptionEn { get; set; }
    public int ProducerId { get; set; }
    public Producer? Producer { get; set; }
    public int CategoryId { get; set; }
    public Category? Category { get; set; }
    /// <summary>Price in VND (no minor unit).</summary>
    public long Price { get; set; }
    public string Unit { get; set; } = "";
    public int StockQuantity { get; set; }
    public string? Gtin { get; set; }
    public int? WeightGrams { get; set; }
    public bool IsPublished { get; set; } = true;
    public bool IsFeatured { get; set; }
    public ModerationStatus ModerationStatus { get; set; } = ModerationStatus.Approved;
    /// <summary>The office's reason when it rejected the listing or a change.</summary>
    public string? ModerationNote { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    /// <summary>Folded, lower-case text (no diacritics) for the database search fallback; kept by <see cref="ProductSearchKey"/>.</summary>
    public string SearchKey { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<ProductImage> Images { get; set; } = [];
    public List<Certificate> Certificates { get; set; } = [];
}

public class ProductImage : Entity
{
    public int ProductId { get; set; }
    public int MediaFileId { get; set; }
    public int SortOrder { get; set; }
    public string? AltText { get; set; }
}
