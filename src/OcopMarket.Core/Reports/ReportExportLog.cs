using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Reports;

/// <summary>Who exported which month's report and how ("xlsx" or "print"): the dashboard reminder stops once a month has one.</summary>
public sealed class ReportExportLog(OcopDbContext db, TimeProvider time)
{
    public const string Xlsx = "xlsx";
    public const string Print = "print";

    public async Task RecordAsync(ReportMonth month, string format, int? userId, CancellationToken ct)
    {
        db.ReportExports.Add(new ReportExport { Year = month.Year, Month = month.Month, Format = format, ExportedAt = time.GetUtcNow(), UserId = userId });
        await db.SaveChangesAsync(ct);
    }

    public Task<bool> ExportedAsync(ReportMonth month, CancellationToken ct) =>
        db.ReportExports.AnyAsync(e => e.Year == month.Year && e.Month == month.Month, ct);

    /// <summary>The latest exports of a month, newest first (shown on the report page).</summary>
    public Task<List<ReportExport>> ListAsync(ReportMonth month, int take, CancellationToken ct) =>
        db.ReportExports.AsNoTracking().Where(e => e.Year == month.Year && e.Month == month.Month)
            .OrderByDescending(e => e.Id).Take(take).ToListAsync(ct);

    /// <summary>The dashboard reminder for today (Việt Nam date).</summary>
    public async Task<(ReportMonth Month, ReminderState State)> ReminderAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        if (today.Day < ReportReminder.FromDay) return (ReportMonth.Of(today), ReminderState.None);
        return ReportReminder.For(today, await ExportedAsync(ReportMonth.Of(today), ct));
    }
}
