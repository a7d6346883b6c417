namespace OcopMarket.Web.Framework.Themes;

/// <summary>theme.json of a theme assembly.</summary>
public sealed class ThemeManifest
{
    public string Name { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Parent { get; set; }
    public string? Description { get; set; }
    public string? PreviewImage { get; set; }
    /// <summary>Stylesheets (under the theme's static assets) the layout links, in order.</summary>
    public List<string> Styles { get; set; } = [];
    /// <summary>Set by the registry: the assembly name, which names the static asset root (_content/{AssemblyName}).</summary>
    public string AssemblyName { get; set; } = "";
}
