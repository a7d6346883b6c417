using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.DependencyInjection;

namespace OcopMarket.Web.Framework.Themes;

/// <summary>
/// Views live under /Themes/{Name}/Views in each theme's Razor Class Library. Looks in the active
/// theme, then its parents, then Default, then the app's own /Views. The theme name is a cache key,
/// so lookups are cached per theme and never block on I/O.
/// </summary>
public sealed class ThemeViewLocationExpander : IViewLocationExpander
{
    private const string Key = "theme";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        var themes = context.ActionContext.HttpContext.RequestServices.GetRequiredService<IThemeContext>();
        context.Values[Key] = themes.Current.Name;
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        var themes = context.ActionContext.HttpContext.RequestServices.GetRequiredService<IThemeContext>();
        var themed = new List<string>();
        var isArea = context.AreaName is not null;
        foreach (var theme in themes.Chain)
        {
            if (isArea)
            {
                themed.Add($"/Themes/{theme.Name}/Areas/{{2}}/Views/{{1}}/{{0}}.cshtml");
                themed.Add($"/Themes/{theme.Name}/Areas/{{2}}/Views/Shared/{{0}}.cshtml");
            }
            themed.Add($"/Themes/{theme.Name}/Views/{{1}}/{{0}}.cshtml");
            themed.Add($"/Themes/{theme.Name}/Views/Shared/{{0}}.cshtml");
        }
        return themed.Concat(viewLocations);
    }
}
