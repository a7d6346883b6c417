using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Settings;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Themes;

namespace OcopMarket.Web.Features.SystemAdmin;

public sealed record ThemeCard(string Name, string Title, string? Description, string? Parent, string? PreviewUrl, bool Active, bool Previewing);

public sealed record ThemesPage(IReadOnlyList<ThemeCard> Themes, string? PreviewName);

/// <summary>
/// The storefront themes, /admin/giao-dien: activate one for everybody (site setting "Theme.Name", live), or
/// preview one for yourself (a session cookie honoured only for the office; visitors never see it).
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ThemesController(ThemeRegistry registry, IThemeContext themes, StorefrontSettings settings, IWebHostEnvironment env,
    IStringLocalizer<SystemResource> l, ILogger<ThemesController> logger) : Controller
{
    public const string ListPath = "/admin/giao-dien";

    [HttpGet(ListPath)]
    public IActionResult Index()
    {
        var active = themes is ConfiguredThemeContext configured ? configured.SiteThemeName : themes.Current.Name;
        var preview = registry.Find(ThemePreview.Requested(HttpContext))?.Name;
        var cards = registry.All
            .OrderBy(t => t.Name != ThemeRegistry.DefaultTheme).ThenBy(t => t.Title, StringComparer.CurrentCulture)
            .Select(t => new ThemeCard(t.Name, t.Title, t.Description, t.Parent, PreviewUrl(t),
                string.Equals(t.Name, active, StringComparison.OrdinalIgnoreCase), t.Name == preview))
            .ToList();
        return View(new ThemesPage(cards, preview));
    }

    [HttpPost(ListPath + "/kich-hoat")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Activate([FromForm] string name, CancellationToken ct)
    {
        var theme = registry.Find(name);
        if (theme is null) return NotFound();
        await settings.SaveAsync(new Dictionary<string, string?> { [SettingKeys.ThemeName] = theme.Name }, ct);
        logger.LogInformation("Theme {Theme} activated by {User}", theme.Name, User.Identity?.Name);
        TempData["Status"] = l["\"{0}\" is now the storefront's theme.", theme.Title].Value;
        TempData["StatusKind"] = "success";
        return Redirect(ListPath);
    }

    /// <summary>Opens the storefront in the chosen theme for this browser session only.</summary>
    [HttpPost(ListPath + "/xem-truoc")]
    [ValidateAntiForgeryToken]
    public IActionResult Preview([FromForm] string name)
    {
        var theme = registry.Find(name);
        if (theme is null) return NotFound();
        Response.Cookies.Append(ThemePreview.CookieName, theme.Name, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
        });
        return LocalRedirect("/");
    }

    [HttpPost(ListPath + "/ket-thuc-xem-truoc")]
    [ValidateAntiForgeryToken]
    public IActionResult EndPreview()
    {
        Response.Cookies.Delete(ThemePreview.CookieName);
        return Redirect(ListPath);
    }

    /// <summary>The theme's preview image if its theme.json names one that exists among the static files.</summary>
    private string? PreviewUrl(ThemeManifest theme)
    {
        if (string.IsNullOrWhiteSpace(theme.PreviewImage)) return null;
        var path = $"/_content/{theme.AssemblyName}/{theme.PreviewImage.TrimStart('/')}";
        return env.WebRootFileProvider.GetFileInfo(path).Exists ? path : null;
    }
}
