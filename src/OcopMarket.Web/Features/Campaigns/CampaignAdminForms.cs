using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using OcopMarket.Core.Promotions;
using OcopMarket.Web.Features.CatalogAdmin;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Campaigns;

/// <summary>A row of the office's campaign list (init properties so EF can sort on them).</summary>
public sealed class CampaignAdminRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string Slug { get; init; } = "";
    public DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset EndsAt { get; init; }
    public bool IsPublished { get; init; }
    public CampaignScope Scope { get; init; }
    public DiscountKind DiscountKind { get; init; }
    public long DiscountValue { get; init; }
    public long? MaxDiscountPerUnit { get; init; }
    public bool RequiresProducerOptIn { get; init; }
    public int OptInCount { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

public sealed record CampaignAdminList(ListQuery Query, CampaignStatus? Status, PagedList<CampaignAdminRow> Rows, DateTimeOffset Now);

public sealed record CampaignOption(int Id, string Name, string? Group = null);

/// <summary>A product the picker offers: published products, plus any already picked (even if hidden since).</summary>
public sealed record CampaignProductOption(int Id, string Name, string ProducerName, long Price, bool IsVisible);

/// <summary>A covered product in the editor's preview: its price, with this campaign, and what the storefront charges now.</summary>
public sealed record CampaignPreviewRow(int ProductId, string Name, string Slug, long ListPrice, long WithCampaign, long PriceNow, string? NowCampaign);

public sealed record CampaignPreview(int CoveredCount, IReadOnlyList<CampaignPreviewRow> Sample, int OptInCount, long? CheapestListPrice);

/// <summary>
/// The promotion staff's campaign form. Dates are Việt Nam local date-times as a datetime-local input sends them
/// ("2026-12-01T00:00"); numbers are text-free ints/longs validated here and in <see cref="CampaignEditor"/>.
/// Field names are stable: the end-to-end tests fill them.
/// </summary>
[LocalizedWith(typeof(PromotionsResource))]
public sealed class CampaignForm
{
    public int Id { get; set; }

    [Display(Name = "Name")]
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

    [Display(Name = "Starts at")]
    [Required(ErrorMessage = "Please enter when the campaign starts.")]
    public string? StartsAt { get; set; }

    [Display(Name = "Ends at")]
    [Required(ErrorMessage = "Please enter when the campaign ends.")]
    public string? EndsAt { get; set; }

    [Display(Name = "Products covered")]
    public CampaignScope Scope { get; set; } = CampaignScope.Products;

    [Display(Name = "Picked products")]
    public List<int> ProductIds { get; set; } = [];

    [Display(Name = "Minimum OCOP stars")]
    [Range(3, 5, ErrorMessage = "{0} must be between {1} and {2}.")]
    public int? RuleMinStars { get; set; }

    [Display(Name = "Province")]
    public int? RuleProvinceId { get; set; }

    [Display(Name = "Commune")]
    public int? RuleCommuneId { get; set; }

    [Display(Name = "Product group or subgroup")]
    public int? RuleCategoryId { get; set; }

    [Display(Name = "Discount kind")]
    public DiscountKind DiscountKind { get; set; } = DiscountKind.Percent;

    [Display(Name = "Discount")]
    [Required(ErrorMessage = "Please enter the discount.")]
    [Range(1, 10_000_000, ErrorMessage = "{0} must be between {1} and {2}.")]
    public long? DiscountValue { get; set; }

    [Display(Name = "Maximum discount per unit (VND)")]
    [Range(1, 10_000_000, ErrorMessage = "{0} must be between {1} and {2}.")]
    public long? MaxDiscountPerUnit { get; set; }

    [Display(Name = "Producers must opt in (they fund the discount)")]
    public bool RequiresProducerOptIn { get; set; }

    [Display(Name = "Published")]
    public bool IsPublished { get; set; }

    public bool RemoveBanner { get; set; }

    [BindNever, ValidateNever] public bool IsNew => Id == 0;
    [BindNever, ValidateNever] public string? CurrentSlug { get; set; }
    [BindNever, ValidateNever] public int? BannerMediaFileId { get; set; }
    [BindNever, ValidateNever] public CampaignStatus? Status { get; set; }
    [BindNever, ValidateNever] public int SalesLineCount { get; set; }
    [BindNever, ValidateNever] public IReadOnlyList<CampaignProductOption> Products { get; set; } = [];
    [BindNever, ValidateNever] public IReadOnlyList<PlaceOption> Provinces { get; set; } = [];
    [BindNever, ValidateNever] public IReadOnlyList<PlaceOption> Communes { get; set; } = [];
    [BindNever, ValidateNever] public IReadOnlyList<CampaignOption> Categories { get; set; } = [];
    [BindNever, ValidateNever] public CampaignPreview? Preview { get; set; }
}
