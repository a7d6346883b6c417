using System.Globalization;
using OcopMarket.Core.Settings;

namespace OcopMarket.Plugin.Payments.VietQR;

/// <summary>The office's receiving account and the payment window, stored as "Payments.VietQR.*" site settings.</summary>
public sealed record VietQrSettings
{
    public const string Prefix = VietQrPlugin.Name + ".";
    public const string BinKey = Prefix + "Bin";
    public const string AccountNumberKey = Prefix + "AccountNumber";
    public const string AccountNameKey = Prefix + "AccountName";
    public const string PaymentWindowHoursKey = Prefix + "PaymentWindowHours";
    /// <summary>"true" when the account is the demo's made-up one: buyers are told not to send real money.</summary>
    public const string DemoKey = Prefix + "Demo";

    public const int DefaultPaymentWindowHours = 24;
    public const int MinPaymentWindowHours = 1;
    public const int MaxPaymentWindowHours = 168;

    public string? Bin { get; init; }
    public string? AccountNumber { get; init; }
    public string? AccountName { get; init; }
    public int PaymentWindowHours { get; init; } = DefaultPaymentWindowHours;
    public bool IsDemo { get; init; }

    public VietQrBank? Bank => VietQrBanks.Find(Bin);

    /// <summary>A QR code can be made only with a known bank, an account and its holder's name.</summary>
    public bool IsConfigured => Bank is not null && !string.IsNullOrWhiteSpace(AccountNumber) && !string.IsNullOrWhiteSpace(AccountName);

    public TimeSpan PaymentWindow => TimeSpan.FromHours(PaymentWindowHours);

    public static VietQrSettings From(ISiteSettings settings)
    {
        var hours = int.TryParse(settings.Get(PaymentWindowHoursKey), NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            && h is >= MinPaymentWindowHours and <= MaxPaymentWindowHours ? h : DefaultPaymentWindowHours;
        return new VietQrSettings
        {
            Bin = settings.Get(BinKey),
            AccountNumber = settings.Get(AccountNumberKey),
            AccountName = settings.Get(AccountNameKey),
            PaymentWindowHours = hours,
            IsDemo = settings.Get(DemoKey) == "true",
        };
    }

    public IReadOnlyDictionary<string, string?> ToValues() => new Dictionary<string, string?>
    {
        [BinKey] = Bin,
        [AccountNumberKey] = AccountNumber,
        [AccountNameKey] = AccountName,
        [PaymentWindowHoursKey] = PaymentWindowHours.ToString(CultureInfo.InvariantCulture),
        [DemoKey] = IsDemo ? "true" : null,
    };
}
