using System.Reflection;
using OcopMarket.Core.Plugins;

namespace OcopMarket.Web.Framework.Plugins;

public sealed record PluginDescriptor(IPlugin Plugin, Assembly Assembly)
{
    public string SystemName => Plugin.SystemName;
}

/// <summary>The plugins compiled into the host, found by their assembly attribute.</summary>
public sealed class PluginCatalog
{
    public PluginCatalog(IEnumerable<Assembly> assemblies)
    {
        All = assemblies
            .Select(a => (Assembly: a, Attribute: a.GetCustomAttribute<OcopPluginAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => new PluginDescriptor((IPlugin)Activator.CreateInstance(x.Attribute!.PluginType)!, x.Assembly))
            .OrderBy(p => p.SystemName, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<PluginDescriptor> All { get; }

    public PluginDescriptor? ForAssembly(Assembly assembly) => All.FirstOrDefault(p => p.Assembly == assembly);
}
