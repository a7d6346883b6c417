using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Settings;

namespace OcopMarket.Web.Framework.Themes;

public sealed class ThemeOptions
{
    public const string Section = "Theme";
    public string Name { get; set; } = ThemeRegistry.DefaultTheme;
}

/// <summary>The active theme of the current request.</summary>
public interface IThemeContext
{
    ThemeManifest Current { get; }
    IReadOnlyList<ThemeManifest> Chain { get; }
}

/// <summary>The theme a member of the office previews for themselves (a session cookie set by /admin/giao-dien).</summary>
public static class ThemePreview
{
    public const string CookieName = ".OcopMarket.ThemePreview";

    /// <summary>Only the office may preview: for anyone else the cookie is ignored, so a visitor cannot restyle pages.</summary>
    public static string? Requested(HttpContext? http) =>
        http is not null && (http.User.IsInRole(Roles.Administrator) || http.User.IsInRole(Roles.OfficeStaff))
            ? http.Request.Cookies[CookieName]
            : null;
}

/// <summary>
/// The theme is, in order: the office member's own preview, the site setting "Theme.Name" (switched live from
/// the admin area; cached by <see cref="ISiteSettings"/> and evicted on save), then configuration Theme:Name.
/// A name that is not installed is skipped, so a stale setting never breaks the storefront.
/// </summary>
public sealed class ConfiguredThemeContext(ThemeRegistry registry, IOptionsMonitor<ThemeOptions> options, ISiteSettings settings, IHttpContextAccessor http) : IThemeContext
{
    private IReadOnlyList<ThemeManifest>? _chain;

    public IReadOnlyList<ThemeManifest> Chain => _chain ??= registry.Chain(ActiveName());
    public ThemeManifest Current => Chain[0];

    /// <summary>The theme the storefront shows to everyone (preview left aside).</summary>
    public string SiteThemeName =>
        registry.Find(settings.Get(SettingKeys.ThemeName))?.Name ?? registry.Find(options.CurrentValue.Name)?.Name ?? ThemeRegistry.DefaultTheme;

    private string ActiveName() => registry.Find(ThemePreview.Requested(http.HttpContext))?.Name ?? SiteThemeName;
}
