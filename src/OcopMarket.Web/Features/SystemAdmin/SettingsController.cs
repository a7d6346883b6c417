using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Settings;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.SystemAdmin;

[LocalizedWith(typeof(SystemResource))]
public sealed class SiteSettingsForm
{
    [Display(Name = "Shop name")]
    [Required(ErrorMessage = "Please enter the shop name.")]
    [StringLength(100, ErrorMessage = "{0} must be at most {1} characters.")]
    public string ShopName { get; set; } = ShopSettings.DefaultShopName;

    [Display(Name = "Hotline")]
    [RegularExpression(PhoneNumbers.Pattern, ErrorMessage = "Please enter a valid phone number.")]
    public string? Hotline { get; set; }

    [Display(Name = "Contact email")]
    [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
    [StringLength(256, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? ContactEmail { get; set; }

    [Display(Name = "Office name")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? OfficeName { get; set; }

    [Display(Name = "Office address")]
    [StringLength(300, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? OfficeAddress { get; set; }

    [Display(Name = "Footer note")]
    [StringLength(500, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? FooterNote { get; set; }

    [Display(Name = "Products per page on the storefront")]
    public int StorefrontPageSize { get; set; } = ShopSettings.DefaultPageSize;

    public static SiteSettingsForm From(ShopSettings s) => new()
    {
        ShopName = s.ShopName,
        Hotline = s.Hotline,
        ContactEmail = s.ContactEmail,
        OfficeName = s.OfficeName,
        OfficeAddress = s.OfficeAddress,
        FooterNote = s.FooterNote,
        StorefrontPageSize = s.StorefrontPageSize,
    };

    public ShopSettings ToSettings() => new()
    {
        ShopName = ShopName.Trim(),
        Hotline = Hotline,
        ContactEmail = ContactEmail,
        OfficeName = OfficeName,
        OfficeAddress = OfficeAddress,
        FooterNote = FooterNote,
        StorefrontPageSize = StorefrontPageSize,
    };
}

/// <summary>The shop's name, contact details and storefront options, /admin/cai-dat.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SettingsController(ISiteSettings settings, StorefrontSettings storefront, IStringLocalizer<SystemResource> l) : Controller
{
    public const string Path = "/admin/cai-dat";

    [HttpGet(Path)]
    public IActionResult Index() => View(SiteSettingsForm.From(ShopSettings.From(settings)));

    [HttpPost(Path)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index(SiteSettingsForm form, CancellationToken ct)
    {
        if (!ShopSettings.PageSizes.Contains(form.StorefrontPageSize))
            ModelState.AddModelError(nameof(form.StorefrontPageSize), l["Choose one of the offered page sizes."]);
        if (!ModelState.IsValid) return View(form);
        await storefront.SaveAsync(form.ToSettings().ToValues(), ct);
        TempData["Status"] = l["Settings saved. The storefront shows them now."].Value;
        TempData["StatusKind"] = "success";
        return Redirect(Path);
    }
}
