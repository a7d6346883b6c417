using System.Reflection;

namespace OcopMarket.Core.Data;

/// <summary>The assemblies that bring entity mappings and migrations: the core plus every plugin.</summary>
public sealed class ModelAssemblies(IEnumerable<Assembly> assemblies)
{
    public IReadOnlyList<Assembly> All { get; } = assemblies.Distinct().ToList();
}
