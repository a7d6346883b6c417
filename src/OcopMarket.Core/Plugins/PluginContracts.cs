namespace OcopMarket.Core.Plugins;

/// <summary>A plugin: a referenced assembly marked with <see cref="OcopPluginAttribute"/>.</summary>
public interface IPlugin
{
    string SystemName { get; }
    string FriendlyName { get; }
    string Version { get; }
    string Description { get; }
}

/// <summary>Optional: a plugin with settings names the back-office page where the office configures it.</summary>
public interface IConfigurablePlugin : IPlugin
{
    /// <summary>A local URL (e.g. "/admin/tim-kiem"), linked from the plugin list.</summary>
    string ConfigurationUrl { get; }
}

/// <summary>Marks an assembly as a plugin and names its <see cref="IPlugin"/> type.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class OcopPluginAttribute(Type pluginType) : Attribute
{
    public Type PluginType { get; } = pluginType;
}

/// <summary>Installed/enabled state of a plugin, kept in the database so the office can change it at run time.</summary>
public class PluginState
{
    public string SystemName { get; set; } = "";
    public bool Installed { get; set; }
    public bool Enabled { get; set; }
    public string? SettingsJson { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
