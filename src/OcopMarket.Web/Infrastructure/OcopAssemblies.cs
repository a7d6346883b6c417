using System.Reflection;

namespace OcopMarket.Web.Infrastructure;

/// <summary>The project's assemblies: core, framework, host, and every theme and plugin found beside them.</summary>
public static class OcopAssemblies
{
    public static IReadOnlyList<Assembly> Discover()
    {
        var list = new List<Assembly>
        {
            typeof(Core.CoreModule).Assembly,
            typeof(Framework.SharedResource).Assembly,
            typeof(OcopAssemblies).Assembly,
        };
        foreach (var pattern in new[] { "OcopMarket.Theme.*.dll", "OcopMarket.Plugin.*.dll" })
            foreach (var file in Directory.GetFiles(AppContext.BaseDirectory, pattern).Order(StringComparer.Ordinal))
                list.Add(Assembly.Load(AssemblyName.GetAssemblyName(file)));
        return list.Distinct().ToList();
    }
}
