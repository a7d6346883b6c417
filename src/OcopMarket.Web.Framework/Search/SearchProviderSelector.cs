using OcopMarket.Core.Search;
using OcopMarket.Web.Framework.Plugins;

namespace OcopMarket.Web.Framework.Search;

/// <summary>
/// The enabled plugin's provider when its index is ready; otherwise the database. Decided per
/// request, so disabling the plugin or deleting its index falls back at once.
/// </summary>
public sealed class SearchProviderSelector(IEnumerable<ISearchProvider> providers, DatabaseSearchProvider database, PluginCatalog plugins, PluginStates states)
    : ISearchProviderSelector
{
    public ISearchProvider Current =>
        providers.FirstOrDefault(p => p is not DatabaseSearchProvider && p.IsReady && IsEnabled(p)) ?? database;

    private bool IsEnabled(ISearchProvider provider) =>
        plugins.ForAssembly(provider.GetType().Assembly) is { } plugin && states.IsEnabled(plugin.SystemName);
}
