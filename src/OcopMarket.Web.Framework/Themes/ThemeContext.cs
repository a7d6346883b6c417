using Microsoft.Extensions.Options;

namespace OcopMarket.Web.Framework.Themes;

public sealed class ThemeOptions
{
    public const string Section = "Theme";
    public string Name { get; set; } = ThemeRegistry.DefaultTheme;
}

/// <summary>The active theme. From configuration now; the admin issue will store it in settings and switch live.</summary>
public interface IThemeContext
{
    ThemeManifest Current { get; }
    IReadOnlyList<ThemeManifest> Chain { get; }
}

public sealed class ConfiguredThemeContext(ThemeRegistry registry, IOptionsMonitor<ThemeOptions> options) : IThemeContext
{
    public IReadOnlyList<ThemeManifest> Chain => registry.Chain(options.CurrentValue.Name);
    public ThemeManifest Current => Chain[0];
}
