using System.Globalization;

namespace OcopMarket.Core.Settings;

/// <summary>The shop's identity and contact details as shown on the storefront, with their defaults.</summary>
public sealed record ShopSettings
{
    public const string DefaultShopName = "OcopMarket";
    public const int DefaultPageSize = 24;
    /// <summary>The page sizes the storefront listing accepts.</summary>
    public static readonly IReadOnlyList<int> PageSizes = [12, 24, 48];

    public string ShopName { get; init; } = DefaultShopName;
    public string? Hotline { get; init; }
    public string? ContactEmail { get; init; }
    public string? OfficeName { get; init; }
    public string? OfficeAddress { get; init; }
    public string? FooterNote { get; init; }
    public int StorefrontPageSize { get; init; } = DefaultPageSize;

    /// <summary>Whether the footer has anything to show for contact.</summary>
    public bool HasContact => Hotline is not null || ContactEmail is not null || OfficeName is not null || OfficeAddress is not null;

    public static ShopSettings From(ISiteSettings settings)
    {
        var size = int.TryParse(settings.Get(SettingKeys.StorefrontPageSize), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && PageSizes.Contains(n)
            ? n : DefaultPageSize;
        return new ShopSettings
        {
            ShopName = settings.Get(SettingKeys.ShopName) ?? DefaultShopName,
            Hotline = settings.Get(SettingKeys.Hotline),
            ContactEmail = settings.Get(SettingKeys.ContactEmail),
            OfficeName = settings.Get(SettingKeys.OfficeName),
            OfficeAddress = settings.Get(SettingKeys.OfficeAddress),
            FooterNote = settings.Get(SettingKeys.FooterNote),
            StorefrontPageSize = size,
        };
    }

    /// <summary>The rows to save; blanks remove a key so its default applies.</summary>
    public IReadOnlyDictionary<string, string?> ToValues() => new Dictionary<string, string?>
    {
        [SettingKeys.ShopName] = ShopName,
        [SettingKeys.Hotline] = Hotline,
        [SettingKeys.ContactEmail] = ContactEmail,
        [SettingKeys.OfficeName] = OfficeName,
        [SettingKeys.OfficeAddress] = OfficeAddress,
        [SettingKeys.FooterNote] = FooterNote,
        [SettingKeys.StorefrontPageSize] = StorefrontPageSize.ToString(CultureInfo.InvariantCulture),
    };
}
