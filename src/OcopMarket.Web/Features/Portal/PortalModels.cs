using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Producers;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Portal;

// Display names and error messages are English keys translated through PortalResource (LocalizedWith).
// Numbers arrive as text and are parsed by PortalInput, so "125.000" and a vi-VN culture never disagree.
// Everything marked [BindNever] is shown, never taken from a form: the server recomputes it.

// ---------- Dashboard ----------

public sealed record PortalDashboardModel(
    string ProducerName,
    string ProducerSlug,
    bool ProducerPublished,
    IReadOnlyDictionary<ModerationStatus, int> Counts,
    int PendingChanges,
    IReadOnlyList<LowStockRow> LowStock,
    IReadOnlyList<CertificateAlertRow> Certificates,
    IReadOnlyList<RejectedListingRow> Rejected,
    IReadOnlyList<ChangeRequestRow> ChangeRequests,
    IReadOnlyList<DocumentAlertRow> Documents)
{
    public int Total => Counts.Values.Sum();
}

public sealed record LowStockRow(int Id, string Name, int Stock, string Unit);

public sealed record CertificateAlertRow(int ProductId, string ProductName, int Stars, string DecisionNumber, DateOnly IssuedOn, DateOnly ExpiresOn,
    CertificateStatus Status, int DaysLeft);

public sealed record RejectedListingRow(int Id, string Name, string? Reason, DateTimeOffset? SubmittedAt);

public sealed record ChangeRequestRow(int ProductId, string ProductName, string ProposedName, Core.Catalog.Moderation.ChangeRequestStatus Status,
    DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt, string? DecisionNote);

public sealed record DocumentAlertRow(int Id, string Title, DocumentKind Kind, DateOnly ValidUntil, int DaysLeft);

// ---------- Products ----------

/// <summary>One row of the producer's product list (a class with setters so the database can sort on its members).</summary>
public sealed class PortalProductRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string Slug { get; init; } = "";
    public string CategoryName { get; init; } = "";
    public string? CategoryNameEn { get; init; }
    public long Price { get; init; }
    public string Unit { get; init; } = "";
    public int Stock { get; init; }
    public ModerationStatus Status { get; init; }
    public bool IsPublished { get; init; }
    public bool HasPendingChange { get; init; }
    public int? ImageId { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

public sealed record PortalProductListModel(PagedList<PortalProductRow> Page, ModerationStatus? Status, IReadOnlyDictionary<ModerationStatus, int> Counts);

public sealed record CategoryOption(int Id, string Name, string Group);

public sealed record ProductImageItem(int MediaFileId, string? Alt);

/// <summary>The office's pending decision on a change of name, category or images.</summary>
public sealed record PendingChangeInfo(string ProposedName, string? ProposedNameEn, string CategoryName, int ImageCount, DateTimeOffset SubmittedAt);

[LocalizedWith(typeof(PortalResource))]
public sealed class ProductFormModel
{
    public const int MaxNewImages = 6;

    [Display(Name = "Product name")]
    [Required(ErrorMessage = "Please enter the product name.")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Name { get; set; } = "";

    [Display(Name = "Product name in English")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? NameEn { get; set; }

    [Display(Name = "Category")]
    [Required(ErrorMessage = "Please choose a category.")]
    public int? CategoryId { get; set; }

    [Display(Name = "Short description")]
    [Required(ErrorMessage = "Please enter a short description.")]
    [StringLength(1000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string ShortDescription { get; set; } = "";

    [Display(Name = "Description")]
    [StringLength(50_000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Description { get; set; }

    [Display(Name = "Description in English")]
    [StringLength(50_000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? DescriptionEn { get; set; }

    [Display(Name = "Price (VND)")]
    [Required(ErrorMessage = "Please enter the price.")]
    public string? Price { get; set; }

    [Display(Name = "Unit")]
    [Required(ErrorMessage = "Please enter the unit of sale (e.g. box of 1 kg).")]
    [StringLength(50, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Unit { get; set; } = "";

    [Display(Name = "Stock")]
    [Required(ErrorMessage = "Please enter the stock (0 if none).")]
    public string? Stock { get; set; }

    [Display(Name = "Weight (grams)")]
    public string? Weight { get; set; }

    [Display(Name = "GTIN barcode")]
    public string? Gtin { get; set; }

    [Display(Name = "Add photos")]
    public List<IFormFile> NewImages { get; set; } = [];

    /// <summary>Images of the current list to drop (only ids already on the listing count).</summary>
    public List<int> RemoveImageIds { get; set; } = [];

    /// <summary>The image to show first (only an id already on the listing counts).</summary>
    public int? MainImageId { get; set; }

    [BindNever] public int? Id { get; set; }
    [BindNever] public string? Slug { get; set; }
    [BindNever] public ModerationStatus Status { get; set; } = ModerationStatus.Draft;
    [BindNever] public bool IsPublished { get; set; }
    [BindNever] public string? ModerationNote { get; set; }
    [BindNever] public string? LiveName { get; set; }
    [BindNever] public PendingChangeInfo? Pending { get; set; }
    [BindNever] public IReadOnlyList<CategoryOption> Categories { get; set; } = [];
    [BindNever] public IReadOnlyList<ProductImageItem> Images { get; set; } = [];

    [BindNever] public bool IsNew => Id is null;
    [BindNever] public bool ChangesNeedReview => Status == ModerationStatus.Approved;
}

/// <summary>What the editor saves, parsed and checked.</summary>
public sealed record ProductInput(
    string Name, string? NameEn, int CategoryId, string ShortDescription, string Description, string? DescriptionEn,
    long Price, string Unit, int Stock, int? WeightGrams, string? Gtin);

[LocalizedWith(typeof(PortalResource))]
public sealed class StockFormModel
{
    [Display(Name = "Stock")]
    [Required(ErrorMessage = "Please enter the stock (0 if none).")]
    public string? Stock { get; set; }

    public string? ReturnUrl { get; set; }

    [BindNever] public int Id { get; set; }
    [BindNever] public string Name { get; set; } = "";
    [BindNever] public string Unit { get; set; } = "";
    [BindNever] public int Current { get; set; }
}

// ---------- Storefront ----------

[LocalizedWith(typeof(PortalResource))]
public sealed class StorefrontFormModel
{
    [Display(Name = "Our story")]
    [StringLength(50_000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Story { get; set; }

    [Display(Name = "Our story in English")]
    [StringLength(50_000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? StoryEn { get; set; }

    [Display(Name = "Phone")]
    [StringLength(40, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Phone { get; set; }

    [Display(Name = "Email")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
    public string? Email { get; set; }

    [Display(Name = "Website")]
    [StringLength(400, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Website { get; set; }

    [Display(Name = "Representative")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Representative { get; set; }

    [Display(Name = "Address (village, street)")]
    [Required(ErrorMessage = "Please enter the address.")]
    [StringLength(400, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Address { get; set; } = "";

    [Display(Name = "Latitude")]
    public string? Latitude { get; set; }

    [Display(Name = "Longitude")]
    public string? Longitude { get; set; }

    [Display(Name = "Logo")]
    public IFormFile? Logo { get; set; }

    [Display(Name = "Remove the logo")]
    public bool RemoveLogo { get; set; }

    [BindNever] public string Name { get; set; } = "";
    [BindNever] public string Slug { get; set; } = "";
    [BindNever] public ProducerType Type { get; set; }
    [BindNever] public string Place { get; set; } = "";
    [BindNever] public int? LogoMediaId { get; set; }
    [BindNever] public bool IsPublished { get; set; }
}

/// <summary>What the storefront editor saves, parsed and checked.</summary>
public sealed record StorefrontInput(string Story, string? StoryEn, string? Phone, string? Email, string? Website, string? Representative,
    string Address, double? Latitude, double? Longitude);

// ---------- Certificates ----------

public sealed record PortalCertificateRow(int Id, int Stars, string DecisionNumber, string IssuingBody, CouncilLevel CouncilLevel, CertificateKind Kind,
    DateOnly IssuedOn, DateOnly ExpiresOn, CertificateStatus Status, int DaysLeft, DateOnly? RevokedOn, string? RevocationReason, string? RevocationDecisionNumber);

public sealed record PortalCertifiedProduct(int Id, string Name, string Slug, bool IsPublished, IReadOnlyList<PortalCertificateRow> Certificates)
{
    /// <summary>The newest certificate: the one that decides what the shop shows.</summary>
    public PortalCertificateRow Current => Certificates[0];
}

public sealed record PortalCertificatesModel(PagedList<PortalCertifiedProduct> Page, int ValidCount, int ExpiringCount, int ExpiredCount, int RevokedCount);

// ---------- Documents ----------

public sealed class PortalDocumentRow
{
    public int Id { get; init; }
    public DocumentKind Kind { get; init; }
    public string Title { get; init; } = "";
    public string OriginalFileName { get; init; } = "";
    public string ContentType { get; init; } = "";
    public long SizeBytes { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
}

public sealed record PortalDocumentListModel(PagedList<PortalDocumentRow> Page, DocumentKind? Kind, DateOnly Today, long MaxBytes);

[LocalizedWith(typeof(PortalResource))]
public sealed class DocumentUploadModel
{
    [Display(Name = "Kind of document")]
    [Required(ErrorMessage = "Please choose the kind of document.")]
    public DocumentKind? Kind { get; set; }

    [Display(Name = "Title")]
    [Required(ErrorMessage = "Please enter a title.")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Title { get; set; } = "";

    [Display(Name = "Valid until")]
    public string? ValidUntil { get; set; }

    [BindNever] public long MaxBytes { get; set; }
}
