namespace OcopMarket.Web.Framework.Widgets;

/// <summary>Named places in the theme's pages where plugins can render something.</summary>
public static class WidgetZones
{
    public const string HomeAfterFeatured = "home_after_featured";
    public const string ProductAfterDetails = "product_after_details";
    public const string FooterTop = "footer_top";
}

/// <summary>A plugin's contribution to a zone: a view component rendered there while the plugin is enabled.</summary>
public interface IWidget
{
    string PluginSystemName { get; }
    IReadOnlyCollection<string> Zones { get; }
    /// <summary>The view component to invoke (its name, without the ViewComponent suffix).</summary>
    string ViewComponentName { get; }
    int Order => 0;
}
