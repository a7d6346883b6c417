namespace OcopMarket.Plugin.Payments.VietQR;

/// <summary>Times are shown in Việt Nam time whatever the server's zone (UTC+7 all year: no daylight saving).</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset Of(DateTimeOffset value) => value.ToOffset(Offset);

    public static string Format(DateTimeOffset? value) => value is { } v ? Of(v).ToString("dd/MM/yyyy HH:mm") : "—";
}
