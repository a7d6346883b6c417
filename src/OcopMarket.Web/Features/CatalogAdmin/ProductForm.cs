using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>
/// The office's product form. Price, stock, weight and GTIN are text so "125.000" works and a wrong
/// value gets our message in the user's language; <see cref="ProductEditor"/> parses and checks them.
/// </summary>
[LocalizedWith(typeof(CatalogAdminResource))]
public sealed class ProductForm
{
    public int Id { get; set; }

    [Display(Name = "Name")]
    [Required(ErrorMessage = "Please enter the name.")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Name { get; set; } = "";

    [Display(Name = "Name (English)")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? NameEn { get; set; }

    [Display(Name = "Address in the URL (slug)")]
    [StringLength(120, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Slug { get; set; }

    [Display(Name = "Short description")]
    [Required(ErrorMessage = "Please enter a short description.")]
    [StringLength(1000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string ShortDescription { get; set; } = "";

    [Display(Name = "Description")]
    [StringLength(100000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Description { get; set; }

    [Display(Name = "Description (English)")]
    [StringLength(100000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? DescriptionEn { get; set; }

    [Display(Name = "Producer")]
    [Required(ErrorMessage = "Please choose the producer.")]
    public int? ProducerId { get; set; }

    [Display(Name = "Category")]
    [Required(ErrorMessage = "Please choose the category.")]
    public int? CategoryId { get; set; }

    [Display(Name = "Price (VND)")]
    [Required(ErrorMessage = "Please enter the price.")]
    public string? Price { get; set; }

    [Display(Name = "Unit")]
    [Required(ErrorMessage = "Please enter the unit (e.g. hộp 500 g).")]
    [StringLength(50, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Unit { get; set; } = "";

    [Display(Name = "Stock")]
    [Required(ErrorMessage = "Please enter the stock (0 if none).")]
    public string? Stock { get; set; }

    [Display(Name = "GTIN (barcode)")]
    public string? Gtin { get; set; }

    [Display(Name = "Weight (grams)")]
    public string? Weight { get; set; }

    [Display(Name = "Published on the storefront")]
    public bool IsPublished { get; set; }

    [BindNever, ValidateNever] public ProductFormOptions Options { get; set; } = ProductFormOptions.Empty;
    [BindNever, ValidateNever] public ProductStatusPanel? Status { get; set; }

    public bool IsNew => Id == 0;
}

public sealed record ProductFormOptions(IReadOnlyList<(int Id, string Name)> Producers, IReadOnlyList<CategoryGroupOption> Groups)
{
    public static readonly ProductFormOptions Empty = new([], []);
}

/// <summary>A group with its subgroups, for a grouped select.</summary>
public sealed record CategoryGroupOption(int Id, string Name, IReadOnlyList<(int Id, string Name)> Subgroups);

/// <summary>What the product page shows beside the form: moderation, certificates, images.</summary>
public sealed record ProductStatusPanel(
    string CurrentSlug,
    ModerationStatus Moderation,
    string? ModerationNote,
    DateTimeOffset? SubmittedAt,
    int? PendingChangeId,
    bool ProducerPublished,
    bool LiveOnStorefront,
    long CurrentPrice,
    IReadOnlyList<ProductCertificateRow> Certificates,
    IReadOnlyList<int> ImageIds);

public sealed record ProductCertificateRow(int Id, string DecisionNumber, int Stars, DateOnly IssuedOn, DateOnly ExpiresOn, CertificateStatus Status);
