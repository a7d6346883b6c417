using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Plugins;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Plugins;

namespace OcopMarket.Web.Features.SystemAdmin;

public sealed record PluginRow(string SystemName, string FriendlyName, string Description, string Version, bool Installed, bool Enabled,
    DateTimeOffset? UpdatedAt, string? ConfigurationUrl);

/// <summary>The plugins compiled into the site, /admin/plugin: switch them on and off (a disabled plugin's routes and widgets vanish at once).</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PluginsController(PluginCatalog catalog, PluginStates states, IStringLocalizer<SystemResource> l,
    ILogger<PluginsController> logger) : Controller
{
    public const string ListPath = "/admin/plugin";

    [HttpGet(ListPath)]
    public IActionResult Index() =>
        View(catalog.All.Select(p =>
        {
            var state = states.Get(p.SystemName);
            // Only a local URL is linked: a plugin cannot send the office off-site.
            var configure = p.Plugin is IConfigurablePlugin c && Url.IsLocalUrl(c.ConfigurationUrl) ? c.ConfigurationUrl : null;
            return new PluginRow(p.SystemName, p.Plugin.FriendlyName, p.Plugin.Description, p.Plugin.Version,
                state?.Installed == true, state is { Installed: true, Enabled: true }, state?.UpdatedAt, configure);
        }).ToList());

    [HttpPost(ListPath + "/trang-thai")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SetEnabled([FromForm] string systemName, [FromForm] bool enable, CancellationToken ct)
    {
        var plugin = catalog.All.FirstOrDefault(p => p.SystemName == systemName);
        if (plugin is null || states.Get(plugin.SystemName) is not { Installed: true }) return NotFound();
        await states.SetEnabledAsync(plugin.SystemName, enable, ct);
        logger.LogInformation("Plugin {Plugin} {State} by {User}", plugin.SystemName, enable ? "enabled" : "disabled", User.Identity?.Name);
        TempData["Status"] = enable
            ? l["Plugin \"{0}\" is enabled.", l[plugin.Plugin.FriendlyName]].Value
            : l["Plugin \"{0}\" is disabled: its features are no longer shown on the site.", l[plugin.Plugin.FriendlyName]].Value;
        TempData["StatusKind"] = "success";
        return Redirect(ListPath);
    }
}
