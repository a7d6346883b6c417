using System.Globalization;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>Times as the office reads them: Hà Nội time (UTC+7 all year), day first.</summary>
public static class VnTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static string Short(DateTimeOffset at) => at.ToOffset(Offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
