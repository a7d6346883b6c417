using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;

namespace OcopMarket.Web.Framework.Plugins;

/// <summary>A disabled plugin's routes answer 404, as if they did not exist.</summary>
public sealed class PluginEnabledFilter(PluginCatalog catalog, PluginStates states) : IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        if (context.ActionDescriptor is not ControllerActionDescriptor action) return;
        var plugin = catalog.ForAssembly(action.ControllerTypeInfo.Assembly);
        if (plugin is not null && !states.IsEnabled(plugin.SystemName))
            context.Result = new NotFoundResult();
    }

    public void OnResourceExecuted(ResourceExecutedContext context) { }
}
