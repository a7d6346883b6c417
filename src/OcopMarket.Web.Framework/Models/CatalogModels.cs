using OcopMarket.Core.Certification;
using OcopMarket.Core.Producers;

namespace OcopMarket.Web.Framework.Models;

/// <summary>The OCOP star badge, present only while the certificate is valid today.</summary>
public sealed record StarBadgeModel(int Stars, string DecisionNumber, string IssuingBody, CouncilLevel CouncilLevel, DateOnly IssuedOn, DateOnly ExpiresOn, bool Expiring);

/// <summary>Why a product shows no badge (expired or revoked certificate), for the note on its page.</summary>
public sealed record CertificationNoteModel(CertificateStatus Status, int Stars, string DecisionNumber, DateOnly ExpiresOn, DateOnly? RevokedOn);

public sealed record ProductCardModel(
    int Id, string Name, string Slug, long Price, string Unit, int StockQuantity, int? ImageId,
    string ProducerName, string ProducerSlug, int? Stars, string? Place)
{
    public bool InStock => StockQuantity > 0;
    /// <summary>The product's own price when a live campaign lowers <see cref="Price"/> (set by CardPrices); null otherwise.</summary>
    public long? ListPrice { get; init; }
    public string? CampaignName { get; init; }
    public string? CampaignSlug { get; init; }
    public bool IsDiscounted => ListPrice is { } list && list > Price;
    /// <summary>The saving as a whole percentage for the "-20%" badge (at least 1).</summary>
    public int DiscountPercent => ListPrice is { } list && list > Price ? Math.Max(1, (int)((list - Price) * 100 / list)) : 0;
}

public sealed record CategoryLinkModel(int Id, string Name, string Slug, string? Icon, int ProductCount, IReadOnlyList<CategoryLinkModel> Children);

public sealed record BreadcrumbItem(string Title, string? Url);

public sealed record ImageModel(int Id, string Alt);

public sealed record PlaceModel(string Commune, string? District, string Province, string? CurrentCommune)
{
    /// <summary>"Xã Hòa Cư, Huyện Cao Lộc, Tỉnh Lạng Sơn".</summary>
    public string Display => string.Join(", ", new[] { Commune, District, Province }.Where(s => !string.IsNullOrEmpty(s)));
}

public sealed record ProductDetailsModel(
    int Id, string Name, string Slug, string ShortDescription, string DescriptionHtml, long Price, string Unit,
    int StockQuantity, string? Gtin, int? WeightGrams, string CategoryName, string CategorySlug,
    string? ParentCategoryName, string? ParentCategorySlug,
    ProducerSummaryModel Producer, IReadOnlyList<ImageModel> Images, StarBadgeModel? Badge,
    CertificationNoteModel? CertificationNote, IReadOnlyList<ProductCardModel> Related, DateTimeOffset UpdatedAt)
{
    /// <summary>The product's own price when a live campaign lowers <see cref="Price"/>; null otherwise.</summary>
    public long? ListPrice { get; init; }
    /// <summary>The live campaign whose discount is in <see cref="Price"/>.</summary>
    public CampaignLinkModel? Campaign { get; init; }
    public bool IsDiscounted => ListPrice is { } list && list > Price;
    public int DiscountPercent => ListPrice is { } list && list > Price ? Math.Max(1, (int)((list - Price) * 100 / list)) : 0;
    public bool InStock => StockQuantity > 0;
    public bool LowStock => StockQuantity is > 0 and <= 10;
    /// <summary>Approved customer reviews and their rating summary (filled by the reviews feature).</summary>
    public ProductReviewsModel? Reviews { get; init; }
}

public sealed record ProducerSummaryModel(int Id, string Name, string Slug, ProducerType Type, PlaceModel Place);

public sealed record CertificateRowModel(string ProductName, string ProductSlug, int Stars, string DecisionNumber, string IssuingBody, CouncilLevel CouncilLevel, DateOnly IssuedOn, DateOnly ExpiresOn, CertificateStatus Status);

public sealed record ProducerPageModel(
    int Id, string Name, string Slug, ProducerType Type, string StoryHtml, string Address, PlaceModel Place,
    double? Latitude, double? Longitude, string? Phone, string? Email, string? Website, string? Representative,
    IReadOnlyList<CertificateRowModel> Certificates, IReadOnlyList<ProductCardModel> Products);

public sealed record ProducerCardModel(int Id, string Name, string Slug, ProducerType Type, string Place, int ProductCount, int? ImageId);

public sealed record DisplayPointCardModel(int Id, string Name, string Slug, string Type, string Address, string? OpeningHours, string? Phone, double Latitude, double Longitude);

public sealed record HomePageModel(
    IReadOnlyList<ProductCardModel> Featured,
    IReadOnlyList<CategoryLinkModel> Groups,
    IReadOnlyList<ProducerCardModel> Producers,
    IReadOnlyList<DisplayPointCardModel> DisplayPoints,
    int ProductCount, int ProducerCount, int CertifiedCount);
