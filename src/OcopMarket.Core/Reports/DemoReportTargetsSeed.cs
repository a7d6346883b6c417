using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Seeding;

namespace OcopMarket.Core.Reports;

/// <summary>
/// Demo targets for 2026 for the main indicators (the figures a district sets itself in its OCOP plan). A target the
/// office already has for the year is left alone, so the step runs on every start without undoing edits.
/// </summary>
public sealed class DemoReportTargetsSeed(OcopDbContext db, TimeProvider time) : IDemoSeedStep
{
    public int Order => 90;

    public const int Year = 2026;

    public static readonly IReadOnlyList<(string Indicator, decimal Min, decimal? Max, string Note)> Targets =
    [
        (ReportIndicators.CertifiedProducts, 10, 12, "Kế hoạch phát triển sản phẩm OCOP năm 2026"),
        (ReportIndicators.NewCertificates, 4, null, "Ít nhất 4 sản phẩm được công nhận mới"),
        (ReportIndicators.Upgrades, 1, 2, "Nâng hạng sản phẩm 3 sao lên 4 sao"),
        (ReportIndicators.DisplayPoints, 8, 10, "Mỗi xã trọng điểm có ít nhất một điểm giới thiệu"),
        (ReportIndicators.Fairs, 2, null, "Tham gia hội chợ trong và ngoài tỉnh"),
        (ReportIndicators.OnlineRevenue, 50_000_000, null, "Doanh thu qua sàn thương mại điện tử"),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var existing = await db.ReportTargets.Where(t => t.Year == Year).Select(t => t.Indicator).ToListAsync(ct);
        var now = time.GetUtcNow();
        foreach (var (indicator, min, max, note) in Targets.Where(t => !existing.Contains(t.Indicator)))
            db.ReportTargets.Add(new ReportTarget { Year = Year, Indicator = indicator, Min = min, Max = max, Note = note, UpdatedAt = now });
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(ct);
    }
}
