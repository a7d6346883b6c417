using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Seeding;

namespace OcopMarket.Core.Traceability;

/// <summary>
/// Demo stamps: one series of 40 (one A4 sheet) for three of the demo lots, issued through <see cref="StampIssuance"/>
/// as the office would, but with serials from a fixed seed, so the README and the end-to-end tests can open a known stamp
/// URL (see <see cref="FirstSerial"/>). Runs after the demo lots (Order 30); a lot that has any series already is left alone.
/// </summary>
public sealed class DemoStampsSeed(OcopDbContext db, StampIssuance issuance) : IDemoSeedStep
{
    public int Order => 40;

    public const int PerLot = 40;

    /// <summary>The demo lots that get stamps, each with the seed of its serials.</summary>
    public static readonly IReadOnlyList<(string LotCode, int Seed)> Lots =
    [
        ("BS-MO-2611", 261101),
        ("HC-HKH-2610", 261002),
        ("TS-TRA-2611", 261103),
    ];

    /// <summary>The serial of stamp No. 1 of a demo lot (what the seed issues on a fresh database).</summary>
    public static string FirstSerial(string lotCode) => new SeededStampSerials(Lots.Single(l => l.LotCode == lotCode).Seed).Next();

    public async Task SeedAsync(CancellationToken ct = default)
    {
        foreach (var (code, seed) in Lots)
        {
            var lot = await db.Lots.AsNoTracking().Where(l => l.Code == code).Select(l => new { l.Id, l.Quantity }).FirstOrDefaultAsync(ct);
            if (lot is null || await db.StampSeries.AnyAsync(s => s.LotId == lot.Id, ct)) continue;
            await issuance.IssueAsync(lot.Id, Math.Min(PerLot, StampIssuance.MaxStampsFor(lot.Quantity)), userId: null, byOffice: true,
                new SeededStampSerials(seed), ct);
        }
    }
}
