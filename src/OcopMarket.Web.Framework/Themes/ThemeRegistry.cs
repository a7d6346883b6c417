using System.Reflection;
using System.Text.Json;

namespace OcopMarket.Web.Framework.Themes;

/// <summary>The themes compiled into the host: assemblies that embed a theme.json.</summary>
public sealed class ThemeRegistry
{
    public const string DefaultTheme = "Default";
    private readonly Dictionary<string, ThemeManifest> _themes;

    public ThemeRegistry(IEnumerable<Assembly> assemblies)
    {
        _themes = new(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in assemblies)
        {
            using var stream = assembly.GetManifestResourceStream("theme.json");
            if (stream is null) continue;
            var manifest = JsonSerializer.Deserialize<ThemeManifest>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                ?? throw new InvalidOperationException($"theme.json of {assembly.GetName().Name} is empty.");
            manifest.AssemblyName = assembly.GetName().Name!;
            _themes[manifest.Name] = manifest;
        }
        if (!_themes.ContainsKey(DefaultTheme))
            throw new InvalidOperationException("The Default theme is not referenced by the host.");
    }

    public IReadOnlyCollection<ThemeManifest> All => _themes.Values;

    public ThemeManifest? Find(string? name) => name is not null && _themes.TryGetValue(name, out var t) ? t : null;

    /// <summary>The theme, its parents, then Default: the order in which views and styles are looked up.</summary>
    public IReadOnlyList<ThemeManifest> Chain(string? name)
    {
        var chain = new List<ThemeManifest>();
        var current = Find(name) ?? _themes[DefaultTheme];
        while (current is not null && !chain.Contains(current))
        {
            chain.Add(current);
            current = Find(current.Parent);
        }
        if (!chain.Any(t => t.Name == DefaultTheme)) chain.Add(_themes[DefaultTheme]);
        return chain;
    }
}
