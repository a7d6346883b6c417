using System.Globalization;
using OcopMarket.Core.Common;

namespace OcopMarket.Web.Framework;

/// <summary>Times as people here read them, in Việt Nam time (UTC+7) and day first: the one formatter of every screen.</summary>
public static class VnTime
{
    /// <summary>"26/11/2026 14:05".</summary>
    public static string Short(DateTimeOffset at) => at.ToVietnam().ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"26/11/2026 14:05", or "—" when there is no time.</summary>
    public static string Short(DateTimeOffset? at) => at is { } value ? Short(value) : "—";

    /// <summary>"14:05 26/11/2026": a deadline, where the hour matters first.</summary>
    public static string TimeFirst(DateTimeOffset at) => at.ToVietnam().ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"26/11/2026".</summary>
    public static string Date(DateTimeOffset at) => at.ToVietnam().ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
