using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Traceability;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.SystemAdmin;

namespace OcopMarket.Web.Tests.Stamps;

/// <summary>StampIssuance on the real database: the rules (count, lot cap, whose lot) and the number range under concurrency.</summary>
public abstract class StampIssuanceTests(OcopWebFactory site)
{
    private const string HoaCu = "htx-san-xuat-va-kinh-doanh-qua-sach-hoa-cu";
    private const string BinhSon = "htx-nong-nghiep-binh-son";

    private async Task<OcopMarket.Core.Common.OperationResult<StampSeries>> IssueAsync(
        int lotId, int count, int? userId = null, bool byOffice = true, IStampSerials? serials = null)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StampIssuance>().IssueAsync(lotId, count, userId, byOffice, serials);
    }

    [Fact]
    public async Task A_series_takes_the_next_numbers_of_the_lot_with_well_formed_unique_serials()
    {
        var lot = await site.CreateLotAsync(await site.ProducerIdAsync(HoaCu), quantity: 100);
        try
        {
            var first = await IssueAsync(lot.Id, 30);
            var second = await IssueAsync(lot.Id, 12);
            Assert.True(first.Succeeded, first.Error);
            Assert.True(second.Succeeded, second.Error);
            Assert.Equal((1, 30, true), (first.Value!.FirstNumber, first.Value.Count, first.Value.IssuedByOffice));
            Assert.Equal((31, 12), (second.Value!.FirstNumber, second.Value.Count));

            var stamps = await site.DbAsync(db => db.Stamps.Where(s => s.LotId == lot.Id).OrderBy(s => s.Number).ToListAsync());
            Assert.Equal(Enumerable.Range(1, 42), stamps.Select(s => s.Number));
            Assert.All(stamps, s => Assert.True(StampSerial.IsWellFormed(s.Serial), s.Serial));
            Assert.All(stamps, s => Assert.DoesNotContain(s.Serial, c => c is '0' or 'O' or '1' or 'I'));
            Assert.Equal(42, stamps.Select(s => s.Serial).Distinct().Count());
            Assert.Equal(second.Value.Id, stamps[^1].SeriesId);
            Assert.Equal(42, await site.DbAsync(db => db.Lots.Where(l => l.Id == lot.Id).Select(l => l.StampsIssued).SingleAsync()));
        }
        finally
        {
            await site.DeleteLotsAsync(lot.Id);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(StampIssuance.MaxPerSeries + 1)]
    public async Task A_series_has_between_one_and_five_thousand_stamps(int count)
    {
        var lot = await site.CreateLotAsync(await site.ProducerIdAsync(HoaCu), quantity: 10_000);
        try
        {
            var result = await IssueAsync(lot.Id, count);
            Assert.False(result.Succeeded);
            Assert.Equal("Issue between 1 and {0} stamps at a time.", result.Error);
            Assert.Equal(0, await site.DbAsync(db => db.Stamps.CountAsync(s => s.LotId == lot.Id)));
            Assert.Equal(0, await site.DbAsync(db => db.Lots.Where(l => l.Id == lot.Id).Select(l => l.StampsIssued).SingleAsync()));
        }
        finally
        {
            await site.DeleteLotsAsync(lot.Id);
        }
    }

    [Fact]
    public async Task A_lot_gets_at_most_its_quantity_plus_ten_percent()
    {
        Assert.Equal(22, StampIssuance.MaxStampsFor(20));
        Assert.Equal(6, StampIssuance.MaxStampsFor(5));
        Assert.Equal(1100, StampIssuance.MaxStampsFor(1000));
        var lot = await site.CreateLotAsync(await site.ProducerIdAsync(HoaCu), quantity: 20);
        try
        {
            Assert.True((await IssueAsync(lot.Id, 15)).Succeeded);
            var tooMany = await IssueAsync(lot.Id, 8);
            Assert.False(tooMany.Succeeded);
            Assert.Equal("Only {0} more stamps can be issued for this lot ({1} units, {2} stamps issued already).", tooMany.Error);
            Assert.Equal([7, 20, 15], tooMany.Arguments!.Cast<int>());
            Assert.True((await IssueAsync(lot.Id, 7)).Succeeded);
            var full = await IssueAsync(lot.Id, 1);
            Assert.Equal("No more stamps can be issued for this lot: {0} units, {1} stamps issued already.", full.Error);
            Assert.Equal(22, await site.DbAsync(db => db.Stamps.CountAsync(s => s.LotId == lot.Id)));
            Assert.Equal(22, await site.DbAsync(db => db.Lots.Where(l => l.Id == lot.Id).Select(l => l.StampsIssued).SingleAsync()));
        }
        finally
        {
            await site.DeleteLotsAsync(lot.Id);
        }
    }

    [Fact]
    public async Task A_producer_issues_for_its_own_lots_only_and_the_office_for_any()
    {
        var hoaCu = await site.ProducerIdAsync(HoaCu);
        var lot = await site.CreateLotAsync(hoaCu, quantity: 50);
        var other = await site.CreateUserAsync(Roles.Producer, await site.ProducerIdAsync(BinhSon));
        var owner = await site.CreateUserAsync(Roles.Producer, hoaCu);
        try
        {
            var refused = await IssueAsync(lot.Id, 5, other.Id, byOffice: false);
            Assert.Equal("The lot was not found.", refused.Error);
            Assert.Equal("The lot was not found.", (await IssueAsync(lot.Id, 5, userId: null, byOffice: false)).Error);
            Assert.Equal("The lot was not found.", (await IssueAsync(-1, 5)).Error);

            var own = await IssueAsync(lot.Id, 5, owner.Id, byOffice: false);
            Assert.True(own.Succeeded, own.Error);
            Assert.Equal((owner.Id, false), (own.Value!.IssuedByUserId, own.Value.IssuedByOffice));
            var office = await IssueAsync(lot.Id, 5, other.Id, byOffice: true);
            Assert.True(office.Succeeded, office.Error);
            Assert.Equal(6, office.Value!.FirstNumber);
        }
        finally
        {
            await site.DeleteLotsAsync(lot.Id);
        }
    }

    [Fact]
    public async Task Seeded_serials_repeat_for_the_demo_and_clash_with_nothing_already_issued()
    {
        var a = new SeededStampSerials(2026);
        var b = new SeededStampSerials(2026);
        var drawn = Enumerable.Range(0, 20).Select(_ => a.Next()).ToList();
        Assert.Equal(drawn, Enumerable.Range(0, 20).Select(_ => b.Next()));
        Assert.All(drawn, s => Assert.True(StampSerial.IsWellFormed(s), s));

        // The same seed on a second lot: the serials the first lot holds are redrawn, never duplicated.
        var producer = await site.ProducerIdAsync(HoaCu);
        var lot1 = await site.CreateLotAsync(producer, quantity: 10);
        var lot2 = await site.CreateLotAsync(producer, quantity: 10);
        try
        {
            var first = await IssueAsync(lot1.Id, 5, serials: new SeededStampSerials(99_001));
            var second = await IssueAsync(lot2.Id, 5, serials: new SeededStampSerials(99_001));
            Assert.True(first.Succeeded && second.Succeeded);
            var serials = await site.DbAsync(db => db.Stamps.Where(s => s.LotId == lot1.Id || s.LotId == lot2.Id).Select(s => s.Serial).ToListAsync());
            Assert.Equal(10, serials.Distinct().Count());
        }
        finally
        {
            await site.DeleteLotsAsync(lot1.Id, lot2.Id);
        }
    }

    /// <summary>
    /// The issue's acceptance test: 20 people issue 50 stamps each for the same lot at the same moment, each through its
    /// own DI scope and database connection. Every one succeeds, and the lot ends with exactly numbers 1–1000.
    /// </summary>
    [Fact]
    public async Task Twenty_concurrent_series_of_fifty_make_numbers_one_to_a_thousand_without_duplicates()
    {
        var lot = await site.CreateLotAsync(await site.ProducerIdAsync(HoaCu), quantity: 1000);
        try
        {
            using var start = new ManualResetEventSlim(false);
            var issuers = Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
            {
                start.Wait();
                return await IssueAsync(lot.Id, 50);
            })).ToList();
            start.Set();
            var results = await Task.WhenAll(issuers);

            Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
            var ranges = results.Select(r => r.Value!.FirstNumber).Order().ToList();
            Assert.Equal(Enumerable.Range(0, 20).Select(i => 1 + 50 * i), ranges);
            var stamps = await site.DbAsync(db => db.Stamps.Where(s => s.LotId == lot.Id).Select(s => new { s.Number, s.Serial, s.SeriesId }).ToListAsync());
            Assert.Equal(Enumerable.Range(1, 1000), stamps.Select(s => s.Number).Order());
            Assert.Equal(1000, stamps.Select(s => s.Serial).Distinct().Count());
            Assert.Equal(20, stamps.Select(s => s.SeriesId).Distinct().Count());
            Assert.Equal(1000, await site.DbAsync(db => db.Lots.Where(l => l.Id == lot.Id).Select(l => l.StampsIssued).SingleAsync()));
            // Each series holds exactly its own range.
            var series = await site.DbAsync(db => db.StampSeries.Where(s => s.LotId == lot.Id).ToListAsync());
            Assert.All(series, s => Assert.Equal(Enumerable.Range(s.FirstNumber, 50), stamps.Where(t => t.SeriesId == s.Id).Select(t => t.Number).Order()));
        }
        finally
        {
            await site.DeleteLotsAsync(lot.Id);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class StampIssuanceSqliteTests(SqliteWebFactory site) : StampIssuanceTests(site);

[Collection(Collections.Postgres)]
public sealed class StampIssuancePostgresTests(PostgresWebFactory site) : StampIssuanceTests(site);

/// <summary>The demo seed's known stamp (the README and the end-to-end tests link to it).</summary>
[Collection(Collections.Sqlite)]
public sealed class DemoStampsSeedTests(SqliteWebFactory site)
{
    [Fact]
    public async Task The_flagship_demo_lot_has_forty_stamps_with_the_known_first_serial()
    {
        var stamps = await site.DbAsync(db => db.Stamps.Where(s => s.Lot!.Code == "BS-MO-2611").OrderBy(s => s.Number).Select(s => s.Serial).ToListAsync());
        Assert.True(stamps.Count >= DemoStampsSeed.PerLot);
        Assert.Equal(DemoStampsSeed.FirstSerial("BS-MO-2611"), stamps[0]);
        Assert.Equal("RYHZUE8ZTT", stamps[0]);
    }
}
