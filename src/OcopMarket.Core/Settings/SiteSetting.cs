namespace OcopMarket.Core.Settings;

/// <summary>A setting the office changes at run time (theme, shop name, contact...). Keys are dotted: "Theme.Name".</summary>
public class SiteSetting : Audit.IAudited
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
