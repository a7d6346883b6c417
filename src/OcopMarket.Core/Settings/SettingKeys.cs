namespace OcopMarket.Core.Settings;

/// <summary>The keys of <see cref="SiteSetting"/> rows the application reads. Dotted, grouped by what they configure.</summary>
public static class SettingKeys
{
    /// <summary>The storefront theme chosen by the office; overrides configuration Theme:Name when set.</summary>
    public const string ThemeName = "Theme.Name";

    public const string ShopName = "Shop.Name";
    public const string Hotline = "Shop.Hotline";
    public const string ContactEmail = "Shop.ContactEmail";
    public const string OfficeName = "Shop.OfficeName";
    public const string OfficeAddress = "Shop.OfficeAddress";
    public const string FooterNote = "Shop.FooterNote";
    public const string StorefrontPageSize = "Storefront.PageSize";
}
