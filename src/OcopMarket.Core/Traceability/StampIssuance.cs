using Autofac;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Traceability;

/// <summary>
/// Issues a series of QR stamps for a lot: the next free numbers of the lot (No. 1, 2, … in the order issued) and a
/// random serial each. The number range is taken by one conditional UPDATE of Lots.StampsIssued inside the same
/// transaction as the series and stamp rows, so two people issuing for the same lot at the same moment get
/// consecutive, never overlapping ranges, and a failure leaves neither the counter nor any row behind.
/// </summary>
public sealed class StampIssuance(OcopDbContext db, TimeProvider time, IStampSerials defaultSerials)
{
    public const int MaxPerSeries = 5000;

    /// <summary>Rare serial clashes (two series drawing the same serial at once) are retried with fresh serials.</summary>
    private const int Attempts = 3;

    /// <summary>
    /// A lot gets at most its quantity plus 10 % (rounded up) in stamps: enough spares for labels spoiled at the printer
    /// or on the line, but not a drawer of genuine stamps to put on goods that were never in the lot.
    /// </summary>
    public static int MaxStampsFor(int lotQuantity) => lotQuantity <= 0 ? 0 : lotQuantity + (lotQuantity + 9) / 10;

    /// <param name="userId">Who issues: for a producer (<paramref name="byOffice"/> false) the lot must be one of its user's producer's.</param>
    /// <param name="serials">Where serials come from; the cryptographic source unless the demo seed passes its reproducible one.</param>
    public async Task<OperationResult<StampSeries>> IssueAsync(
        int lotId, int count, int? userId, bool byOffice, IStampSerials? serials = null, CancellationToken ct = default)
    {
        if (count is < 1 or > MaxPerSeries) return OperationResult<StampSeries>.Fail("Issue between 1 and {0} stamps at a time.", MaxPerSeries);

        var lot = await db.Lots.AsNoTracking().Where(l => l.Id == lotId)
            .Select(l => new { l.Quantity, l.Product!.ProducerId })
            .SingleOrDefaultAsync(ct);
        if (lot is null || (!byOffice && !await UserActsForAsync(userId, lot.ProducerId, ct)))
            return OperationResult<StampSeries>.Fail("The lot was not found.");

        var cap = MaxStampsFor(lot.Quantity);
        var source = serials ?? defaultSerials;
        for (var attempt = 1; ; attempt++)
        {
            var drawn = await DrawSerialsAsync(source, count, ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // "Add n if the lot stays within its cap" is decided by the database: the row stays locked (PostgreSQL) or the
            // database write-locked (SQLite) until commit, so reading the counter back below gives exactly our range.
            var reserved = await db.Lots
                .Where(l => l.Id == lotId && l.StampsIssued <= cap - count)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.StampsIssued, l => l.StampsIssued + count), ct);
            if (reserved == 0)
            {
                await transaction.RollbackAsync(ct);
                var issued = await db.Lots.Where(l => l.Id == lotId).Select(l => l.StampsIssued).SingleAsync(ct);
                return issued >= cap
                    ? OperationResult<StampSeries>.Fail("No more stamps can be issued for this lot: {0} units, {1} stamps issued already.", lot.Quantity, issued)
                    : OperationResult<StampSeries>.Fail("Only {0} more stamps can be issued for this lot ({1} units, {2} stamps issued already).",
                        cap - issued, lot.Quantity, issued);
            }
            var last = await db.Lots.Where(l => l.Id == lotId).Select(l => l.StampsIssued).SingleAsync(ct);
            var series = new StampSeries
            {
                LotId = lotId, FirstNumber = last - count + 1, Count = count, IssuedAt = time.GetUtcNow(),
                IssuedByUserId = userId, IssuedByOffice = byOffice,
            };
            try
            {
                db.StampSeries.Add(series);
                await db.SaveChangesAsync(ct);
                db.Stamps.AddRange(drawn.Select((serial, i) => new Stamp { LotId = lotId, SeriesId = series.Id, Number = series.FirstNumber + i, Serial = serial }));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                db.ChangeTracker.Clear(); // 5,000 tracked stamps are of no use to the caller
                return OperationResult<StampSeries>.Ok(series);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                // Only a serial drawn by someone else in the same instant is worth another try; anything else is a real error.
                if (!await db.Stamps.AnyAsync(s => drawn.Contains(s.Serial), ct)) throw;
            }
        }
    }

    private async Task<bool> UserActsForAsync(int? userId, int producerId, CancellationToken ct) =>
        userId is { } id && await db.Users.AnyAsync(u => u.Id == id && u.ProducerId == producerId, ct);

    /// <summary>
    /// Distinct serials that no stamp has yet, in the order drawn (a clash with an existing stamp is redrawn before the
    /// transaction starts, so the write lock is held only for the inserts).
    /// </summary>
    private async Task<List<string>> DrawSerialsAsync(IStampSerials source, int count, CancellationToken ct)
    {
        var drawn = new List<string>(count);
        var seen = new HashSet<string>(count, StringComparer.Ordinal);
        void Fill() { while (drawn.Count < count) { var s = source.Next(); if (seen.Add(s)) drawn.Add(s); } }
        Fill();
        for (var round = 0; round < 5; round++)
        {
            var taken = await db.Stamps.Where(s => drawn.Contains(s.Serial)).Select(s => s.Serial).ToListAsync(ct);
            if (taken.Count == 0) break;
            drawn.RemoveAll(taken.Contains);
            Fill();
        }
        return drawn;
    }
}

public sealed class StampIssuanceModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<RandomStampSerials>().As<IStampSerials>().SingleInstance();
        builder.RegisterType<StampIssuance>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<DemoStampsSeed>().As<Seeding.IDemoSeedStep>().AsSelf().InstancePerLifetimeScope();
    }
}
