using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>An OCOP group (no parent) or subgroup.</summary>
[LocalizedWith(typeof(CatalogAdminResource))]
public sealed class CategoryForm
{
    public int Id { get; set; }

    [Display(Name = "Name")]
    [Required(ErrorMessage = "Please enter the name.")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string Name { get; set; } = "";

    [Display(Name = "Name (English)")]
    [Required(ErrorMessage = "Please enter the English name.")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string NameEn { get; set; } = "";

    [Display(Name = "Code")]
    [Required(ErrorMessage = "Please enter the code.")]
    [RegularExpression(@"^[0-9A-Za-z][0-9A-Za-z.\-]{0,19}$", ErrorMessage = "The code may contain letters, digits, dots and hyphens (e.g. 1.3).")]
    public string Code { get; set; } = "";

    [Display(Name = "Address in the URL (slug)")]
    [StringLength(120, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Slug { get; set; }

    [Display(Name = "Parent group")]
    public int? ParentId { get; set; }

    [Display(Name = "Sort order")]
    public string? SortOrder { get; set; }

    [Display(Name = "Icon (Bootstrap Icons name)")]
    [RegularExpression(@"^[a-z0-9\-]{1,40}$", ErrorMessage = "Use an icon name from Bootstrap Icons, e.g. basket2.")]
    public string? Icon { get; set; }

    [BindNever, ValidateNever] public IReadOnlyList<(int Id, string Name)> Groups { get; set; } = [];
    [BindNever, ValidateNever] public int ProductCount { get; set; }
    [BindNever, ValidateNever] public int SubgroupCount { get; set; }
    [BindNever, ValidateNever] public string? CurrentSlug { get; set; }

    public bool IsNew => Id == 0;
}
