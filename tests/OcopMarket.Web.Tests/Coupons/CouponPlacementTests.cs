using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Promotions;
using OcopMarket.Core.Promotions.Coupons;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Coupons;

/// <summary>Every coupon rule, through the real OrderPlacement on the real database, with the factory's clock.</summary>
public abstract class CouponPlacementTests(OcopWebFactory site)
{
    [Fact]
    public async Task A_capped_percent_code_discounts_the_order_and_splits_over_the_parcels()
    {
        await using var kit = new CouponTestKit(site);
        var honey = await kit.ProductAsync("hoa-cu", 200_000);
        var rice = await kit.ProductAsync("binh-son", 100_000);
        var coupon = await kit.CouponAsync(c => { c.DiscountValue = 10; c.MaxDiscount = 45_000; });

        var result = await kit.PlaceAsync(" " + coupon.Code.ToLowerInvariant() + " ", [(honey, 1), (rice, 2)]);

        Assert.True(result.Succeeded, result.Error);
        var order = await site.DbAsync(db => db.Orders.AsNoTracking().Include(o => o.Shipments).SingleAsync(o => o.Id == result.Value!.Id));
        Assert.Equal(coupon.Code.ToUpperInvariant(), order.CouponCode);
        Assert.Equal(400_000, order.Subtotal);
        Assert.Equal(40_000, order.DiscountTotal); // 10 % of 400.000, under the cap
        Assert.Equal(order.Subtotal + order.ShippingTotal - order.DiscountTotal, order.Total);
        Assert.Equal(order.DiscountTotal, order.Shipments.Sum(s => s.DiscountTotal));
        Assert.Equal(20_000, order.Shipments.Single(s => s.ProducerId == honey.ProducerId).DiscountTotal);
        Assert.Equal(20_000, order.Shipments.Single(s => s.ProducerId == rice.ProducerId).DiscountTotal);
        var redemption = await site.DbAsync(db => db.CouponRedemptions.AsNoTracking().SingleAsync(r => r.CouponId == coupon.Id));
        Assert.Equal((order.Id, 40_000L, "phone:0912345678", (DateTimeOffset?)null), (redemption.OrderId, redemption.Amount, redemption.CustomerKey, redemption.ReleasedAt));
        Assert.Equal(1, (await kit.ReloadAsync(coupon.Id)).UsedCount);
        Assert.True(await site.DbAsync(db => db.OrderEvents.AnyAsync(e => e.OrderId == order.Id && e.Kind == "coupon.applied" && e.Detail == order.CouponCode)));

        var capped = await kit.CouponAsync(c => { c.DiscountValue = 10; c.MaxDiscount = 30_000; });
        var second = await kit.PlaceAsync(capped.Code, [(honey, 2), (rice, 1)]);
        Assert.True(second.Succeeded, second.Error);
        Assert.Equal(30_000, second.Value!.DiscountTotal);
        Assert.Equal(30_000, second.Value.Shipments.Sum(s => s.DiscountTotal));
        Assert.Equal(24_000, second.Value.Shipments.Single(s => s.ProducerId == honey.ProducerId).DiscountTotal); // 400k of 500k
    }

    [Fact]
    public async Task An_amount_never_exceeds_the_eligible_goods_and_an_unknown_code_is_refused()
    {
        await using var kit = new CouponTestKit(site);
        var honey = await kit.ProductAsync("hoa-cu", 150_000);
        var coupon = await kit.CouponAsync(c => { c.DiscountKind = DiscountKind.Amount; c.DiscountValue = 1_000_000; });

        var result = await kit.PlaceAsync(coupon.Code, [(honey, 1)]);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(150_000, result.Value!.DiscountTotal);
        Assert.Equal(result.Value.ShippingTotal, result.Value.Total);

        var unknown = await kit.PlaceAsync("KHONG-CO-MA-NAY", [(honey, 1)]);
        Assert.Equal(CouponRules.NotFound, unknown.Error);
        var inactive = await kit.CouponAsync(c => c.IsActive = false);
        Assert.Equal(CouponRules.NotFound, (await kit.PlaceAsync(inactive.Code, [(honey, 1)])).Error);
        Assert.Equal(49, await site.DbAsync(db => db.Products.Where(p => p.Id == honey.Id).Select(p => p.StockQuantity).SingleAsync())); // refused orders took no stock
    }

    [Fact]
    public async Task Codes_start_and_end_by_the_clock()
    {
        await using var kit = new CouponTestKit(site);
        var honey = await kit.ProductAsync("hoa-cu", 150_000);
        var now = site.Time.GetUtcNow();
        var coupon = await kit.CouponAsync(c => { c.StartsAt = now.AddDays(1); c.EndsAt = now.AddDays(3); });
        try
        {
            var early = await kit.PlaceAsync(coupon.Code, [(honey, 1)]);
            Assert.Equal(CouponRules.NotYetValid, early.Error);
            Assert.Equal(coupon.StartsAt, early.Arguments![0]);

            site.Time.Advance(TimeSpan.FromDays(2));
            Assert.True((await kit.PlaceAsync(coupon.Code, [(honey, 1)])).Succeeded);

            site.Time.Advance(TimeSpan.FromDays(1)); // exactly the (exclusive) end
            var late = await kit.PlaceAsync(coupon.Code, [(honey, 1)]);
            Assert.Equal(CouponRules.Expired, late.Error);
            Assert.Equal(coupon.EndsAt, late.Arguments![0]);
        }
        finally
        {
            site.Time.AdjustTime(now);
        }
    }

    [Fact]
    public async Task The_minimum_counts_eligible_goods_and_a_refused_order_leaves_nothing_behind()
    {
        await using var kit = new CouponTestKit(site);
        var honey = await kit.ProductAsync("hoa-cu", 150_000);
        var rice = await kit.ProductAsync("binh-son", 400_000);
        var coupon = await kit.CouponAsync(c => { c.MinOrderSubtotal = 500_000; c.ProducerId = honey.ProducerId; });

        var result = await kit.PlaceAsync(coupon.Code, [(honey, 2), (rice, 1)]); // 300.000 of Hòa Cư's goods; Bình Sơn's do not count
        Assert.Equal(CouponRules.BelowMinimum, result.Error);
        Assert.Equal([200_000L, 500_000L], result.Arguments!);
        Assert.Equal(50, await site.DbAsync(db => db.Products.Where(p => p.Id == honey.Id).Select(p => p.StockQuantity).SingleAsync()));
        Assert.Equal(0, (await kit.ReloadAsync(coupon.Id)).UsedCount);
        Assert.False(await site.DbAsync(db => db.OrderLines.AnyAsync(l => l.ProductId == honey.Id)));

        Assert.True((await kit.PlaceAsync(coupon.Code, [(honey, 4), (rice, 1)])).Succeeded);
    }

    [Fact]
    public async Task A_producer_code_discounts_only_that_producers_parcel()
    {
        await using var kit = new CouponTestKit(site);
        var honey = await kit.ProductAsync("hoa-cu", 100_000);
        var rice = await kit.ProductAsync("binh-son", 300_000);
        var coupon = await kit.CouponAsync(c => { c.DiscountValue = 20; c.ProducerId = rice.ProducerId; });

        var other = await kit.PlaceAsync(coupon.Code, [(honey, 1)]);
        Assert.Equal(CouponRules.OtherProducer, other.Error);
        Assert.Equal(await site.DbAsync(db => db.Producers.Where(p => p.Id == rice.ProducerId).Select(p => p.Name).SingleAsync()), other.Arguments![0]);

        var mixed = await kit.PlaceAsync(coupon.Code, [(honey, 1), (rice, 1)]);
        Assert.True(mixed.Succeeded, mixed.Error);
        Assert.Equal(60_000, mixed.Value!.DiscountTotal);
        Assert.Equal(60_000, mixed.Value.Shipments.Single(s => s.ProducerId == rice.ProducerId).DiscountTotal);
        Assert.Equal(0, mixed.Value.Shipments.Single(s => s.ProducerId == honey.ProducerId).DiscountTotal);
    }

    [Fact]
    public async Task Campaign_prices_and_a_code_stack_only_when_the_code_says_so()
    {
        await using var kit = new CouponTestKit(site);
        var onSale = await kit.ProductAsync("hoa-cu", 200_000);
        var full = await kit.ProductAsync("hoa-cu", 100_000);
        await kit.CampaignAsync(25, onSale.Id); // 150.000 during the campaign
        var alone = await kit.CouponAsync(c => { c.DiscountValue = 10; c.CombinesWithCampaigns = false; });
        var stacking = await kit.CouponAsync(c => { c.DiscountValue = 10; c.CombinesWithCampaigns = true; });

        Assert.Equal(CouponRules.NotCombinable, (await kit.PlaceAsync(alone.Code, [(onSale, 1)])).Error);

        var mixed = await kit.PlaceAsync(alone.Code, [(onSale, 1), (full, 1)]);
        Assert.True(mixed.Succeeded, mixed.Error);
        Assert.Equal(250_000, mixed.Value!.Subtotal);
        Assert.Equal(10_000, mixed.Value.DiscountTotal); // only the full-price line

        var stacked = await kit.PlaceAsync(stacking.Code, [(onSale, 1), (full, 1)]);
        Assert.True(stacked.Succeeded, stacked.Error);
        Assert.Equal(25_000, stacked.Value!.DiscountTotal); // 10 % of the campaign price too
        Assert.Equal(stacked.Value.Subtotal + stacked.Value.ShippingTotal - 25_000, stacked.Value.Total);
    }

    [Fact]
    public async Task The_per_customer_limit_refuses_a_second_order_until_the_first_is_cancelled()
    {
        await using var kit = new CouponTestKit(site);
        var honey = await kit.ProductAsync("hoa-cu", 150_000);
        var coupon = await kit.CouponAsync(c => { c.MaxUsesPerCustomer = 1; c.MaxUses = 10; });

        var first = await kit.PlaceAsync(coupon.Code, [(honey, 1)], phone: "0987 000 111");
        Assert.True(first.Succeeded, first.Error);
        var second = await kit.PlaceAsync(coupon.Code, [(honey, 1)], phone: "+84987000111"); // the same phone, written differently
        Assert.Equal(CouponRules.CustomerLimit, second.Error);
        Assert.Equal(1, second.Arguments![0]);
        Assert.True((await kit.PlaceAsync(coupon.Code, [(honey, 1)], phone: "0987000222")).Succeeded); // another customer
        Assert.Equal(2, (await kit.ReloadAsync(coupon.Id)).UsedCount);

        Assert.True((await kit.CancelAsync(first.Value!.Id)).Succeeded);
        Assert.Equal(1, (await kit.ReloadAsync(coupon.Id)).UsedCount);
        Assert.NotNull(await site.DbAsync(db => db.CouponRedemptions.Where(r => r.OrderId == first.Value.Id).Select(r => r.ReleasedAt).SingleAsync()));

        var again = await kit.PlaceAsync(coupon.Code, [(honey, 1)], phone: "0987000111");
        Assert.True(again.Succeeded, again.Error);
        Assert.Equal(2, (await kit.ReloadAsync(coupon.Id)).UsedCount);
    }

    [Fact]
    public async Task A_used_up_code_is_usable_again_after_its_order_is_cancelled()
    {
        await using var kit = new CouponTestKit(site);
        var honey = await kit.ProductAsync("hoa-cu", 150_000);
        var coupon = await kit.CouponAsync(c => c.MaxUses = 1);
        var first = await kit.PlaceAsync(coupon.Code, [(honey, 1)], phone: "0987000333");
        Assert.True(first.Succeeded, first.Error);
        Assert.Equal(CouponRules.UsedUp, (await kit.PlaceAsync(coupon.Code, [(honey, 1)], phone: "0987000444")).Error);
        Assert.True((await kit.CancelAsync(first.Value!.Id)).Succeeded);
        Assert.True((await kit.PlaceAsync(coupon.Code, [(honey, 1)], phone: "0987000444")).Succeeded);
    }

    /// <summary>
    /// The acceptance test: 50 buyers check out at the same moment with a single-use code, each in its own DI scope
    /// and connection. Exactly one order carries the discount; the 49 others are refused with the used-up message
    /// (never placed silently without the discount: the buyer decides).
    /// </summary>
    [Fact]
    public async Task Fifty_concurrent_checkouts_with_a_single_use_code_use_it_exactly_once()
    {
        await using var kit = new CouponTestKit(site);
        var honey = await kit.ProductAsync("hoa-cu", 150_000, stock: 100);
        var coupon = await kit.CouponAsync(c => c.MaxUses = 1);
        var options = await kit.OptionsAsync(honey);

        using var start = new ManualResetEventSlim(false);
        var buyers = Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            start.Wait();
            await using var scope = site.Services.CreateAsyncScope();
            return await CouponTestKit.Place(scope.ServiceProvider, options, coupon.Code, [(honey, 1)], $"09870{i:D5}", null);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(buyers);

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(CouponRules.UsedUp, r.Error));
        Assert.Equal(1, (await kit.ReloadAsync(coupon.Id)).UsedCount);
        Assert.Equal(1, await site.DbAsync(db => db.CouponRedemptions.CountAsync(r => r.CouponId == coupon.Id)));
        Assert.Equal(1, await site.DbAsync(db => db.Orders.CountAsync(o => o.Lines.Any(l => l.ProductId == honey.Id))));
        Assert.Equal(99, await site.DbAsync(db => db.Products.Where(p => p.Id == honey.Id).Select(p => p.StockQuantity).SingleAsync()));
    }

    /// <summary>A customer double-submitting (ten times at once) with a once-per-customer code gets exactly one order.</summary>
    [Fact]
    public async Task Concurrent_orders_of_one_customer_respect_the_per_customer_limit()
    {
        await using var kit = new CouponTestKit(site);
        var honey = await kit.ProductAsync("hoa-cu", 150_000, stock: 100);
        var coupon = await kit.CouponAsync(c => c.MaxUsesPerCustomer = 1);
        var options = await kit.OptionsAsync(honey);

        using var start = new ManualResetEventSlim(false);
        var submits = Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            await using var scope = site.Services.CreateAsyncScope();
            return await CouponTestKit.Place(scope.ServiceProvider, options, coupon.Code, [(honey, 1)], "0987123123", null);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(submits);

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(CouponRules.CustomerLimit, r.Error));
        Assert.Equal(1, (await kit.ReloadAsync(coupon.Id)).UsedCount);
    }
}

[Collection(Collections.Sqlite)]
public sealed class CouponPlacementSqliteTests(SqliteWebFactory site) : CouponPlacementTests(site);

[Collection(Collections.Postgres)]
public sealed class CouponPlacementPostgresTests(PostgresWebFactory site) : CouponPlacementTests(site);
