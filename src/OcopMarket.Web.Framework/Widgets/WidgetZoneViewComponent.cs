using Microsoft.AspNetCore.Mvc;
using OcopMarket.Web.Framework.Plugins;

namespace OcopMarket.Web.Framework.Widgets;

/// <summary>Renders the widgets of enabled plugins for one zone: <c>&lt;vc:widget-zone name="…" /&gt;</c>.</summary>
public sealed class WidgetZoneViewComponent(IEnumerable<IWidget> widgets, PluginStates states) : ViewComponent
{
    public IViewComponentResult Invoke(string name)
    {
        var names = widgets
            .Where(w => w.Zones.Contains(name) && states.IsEnabled(w.PluginSystemName))
            .OrderBy(w => w.Order)
            .Select(w => w.ViewComponentName)
            .ToList();
        return View(names);
    }
}
