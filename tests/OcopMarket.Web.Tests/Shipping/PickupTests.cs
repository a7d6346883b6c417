using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Common;
using OcopMarket.Core.Places;
using OcopMarket.Core.Shipping;
using OcopMarket.Plugin.Shipping.Pickup;
using OcopMarket.Web.Framework.Plugins;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Portal;

namespace OcopMarket.Web.Tests.Shipping;

/// <summary>Pickup is offered only at points that stock every product of the cart, free, one option per point.</summary>
public abstract class PickupTests(OcopWebFactory site)
{
    private const string Pickup = PickupPlugin.Name;

    [Fact]
    public async Task Only_points_stocking_every_product_of_the_cart_are_offered()
    {
        var honey = await site.SeededProducerIdAsync(ShippingTestData.BinhSon);
        var persimmon = await site.SeededProducerIdAsync(ShippingTestData.HoaCu);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var a = await site.CreateProductAsync(honey, "Mật ong thử điểm nhận " + tag);
        var b = await site.CreateProductAsync(persimmon, "Hồng thử điểm nhận " + tag);
        var both = await site.CreatePointAsync("Điểm thử đủ hàng " + tag, "07:00–20:00", a.Id, b.Id);
        var onlyA = await site.CreatePointAsync("Điểm thử thiếu hàng " + tag, null, a.Id);
        try
        {
            var province = await site.ProvinceIdAsync("P38");
            var cart = await site.QuoteAsync(Pickup, province,
                new ShippingParcel(honey, 150_000, 500, [a.Id]), new ShippingParcel(persimmon, 85_000, 1_000, [b.Id]));
            // The seeded points stock none of the new products, so only our full point qualifies.
            var quote = Assert.Single(cart);
            Assert.Equal("point-" + both.Id, quote.Code);
            Assert.Equal(both.Id, quote.PickupPointId);
            Assert.Equal(Pickup, quote.Provider);
            Assert.Equal(0, quote.CostByProducer[honey]);
            Assert.Equal(0, quote.CostByProducer[persimmon]);
            Assert.Equal(2, quote.CostByProducer.Count);
            Assert.Contains(both.Name, quote.Name);
            Assert.Contains("Số 9 đường thử", quote.Description);
            Assert.Contains("07:00–20:00", quote.Description);

            var justA = await site.QuoteAsync(Pickup, province, new ShippingParcel(honey, 150_000, 500, [a.Id]));
            Assert.Equal(new[] { both.Id, onlyA.Id }.Order(), justA.Select(q => q.PickupPointId!.Value).Order());
        }
        finally
        {
            await site.DeletePointsAsync(both.Id, onlyA.Id);
            await site.DeleteProductsAsync(a.Id, b.Id);
        }
    }

    [Fact]
    public async Task A_point_is_not_offered_once_a_stocked_products_certificate_has_expired()
    {
        var honey = await site.SeededProducerIdAsync(ShippingTestData.BinhSon);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var a = await site.CreateProductAsync(honey, "Mật ong thử hết hạn " + tag);
        var point = await site.CreatePointAsync("Điểm thử hết hạn " + tag, null, a.Id);
        try
        {
            var province = await site.ProvinceIdAsync("P38");
            Assert.Single(await site.QuoteAsync(Pickup, province, new ShippingParcel(honey, 150_000, 500, [a.Id])));

            // The shelf was set while the certificate was valid; it expired yesterday: Decision 950 stops the sale there.
            var yesterday = DateOnly.FromDateTime(site.Time.GetUtcNow().ToOffset(VietnamTime.Offset).DateTime).AddDays(-1);
            await site.DbAsync(db => db.Certificates.Where(c => c.ProductId == a.Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.ExpiresOn, yesterday)));
            Assert.Empty(await site.QuoteAsync(Pickup, province, new ShippingParcel(honey, 150_000, 500, [a.Id])));
        }
        finally
        {
            await site.DeletePointsAsync(point.Id);
            await site.DeleteProductsAsync(a.Id);
        }
    }

    [Fact]
    public async Task A_hidden_point_is_not_offered()
    {
        var honey = await site.SeededProducerIdAsync(ShippingTestData.BinhSon);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var a = await site.CreateProductAsync(honey, "Mật ong thử điểm ẩn " + tag);
        var point = await site.CreatePointAsync("Điểm thử đang ẩn " + tag, null, a.Id);
        try
        {
            await site.DbAsync(db => db.DisplayPoints.Where(p => p.Id == point.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.IsPublished, false)));
            Assert.Empty(await site.QuoteAsync(Pickup, await site.ProvinceIdAsync("P38"), new ShippingParcel(honey, 150_000, 500, [a.Id])));
        }
        finally
        {
            await site.DeletePointsAsync(point.Id);
            await site.DeleteProductsAsync(a.Id);
        }
    }

    [Fact]
    public async Task The_demo_points_stock_goods_of_producers_in_their_own_province()
    {
        var shelves = await site.DbAsync(db => db.Set<DisplayPointProduct>()
            .Where(s => s.DisplayPoint!.Slug == SlugGenerator.Generate("Điểm giới thiệu và bán sản phẩm OCOP Triệu Sơn"))
            .Select(s => new { PointProvince = s.DisplayPoint!.Commune!.ParentId, ProducerProvince = s.Product!.Producer!.ProvinceId, s.ProductId })
            .ToListAsync());
        Assert.True(shelves.Count >= 3, $"the Triệu Sơn shop stocks several products, not {shelves.Count}");
        Assert.All(shelves, s => Assert.Equal(s.PointProvince, s.ProducerProvince));
        // A seeded cart of two Thanh Hóa goods still certified today can be collected there.
        var today = DateOnly.FromDateTime(site.Time.GetUtcNow().ToOffset(VietnamTime.Offset).DateTime);
        var badge = Core.Certification.CertificateStatusPolicy.BadgeValidOn(today);
        var ids = shelves.Select(s => s.ProductId).ToList();
        var valid = await site.DbAsync(db => db.Certificates.Where(badge).Where(c => ids.Contains(c.ProductId)).Select(c => c.ProductId).Distinct().ToListAsync());
        Assert.True(valid.Count >= 2, $"the Triệu Sơn shop stocks at least two products certified today, not {valid.Count}");
        var quotes = await site.QuoteAsync(Pickup, await site.ProvinceIdAsync("P38"), new ShippingParcel(1, 100_000, 0, valid.Take(2).ToList()));
        Assert.Contains(quotes, q => q.Name.Contains("Triệu Sơn"));
    }

    [Fact]
    public async Task A_disabled_plugin_offers_no_pickup()
    {
        var states = site.Services.GetRequiredService<PluginStates>();
        var honey = await site.SeededProducerIdAsync(ShippingTestData.BinhSon);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var a = await site.CreateProductAsync(honey, "Mật ong thử tắt plugin " + tag);
        var point = await site.CreatePointAsync("Điểm thử tắt plugin " + tag, null, a.Id);
        var parcel = new ShippingParcel(honey, 150_000, 500, [a.Id]);
        try
        {
            await states.SetEnabledAsync(Pickup, false);
            Assert.Empty(await site.QuoteAsync(Pickup, await site.ProvinceIdAsync("P38"), parcel));
        }
        finally
        {
            await states.SetEnabledAsync(Pickup, true);
        }
        try
        {
            Assert.Single(await site.QuoteAsync(Pickup, await site.ProvinceIdAsync("P38"), parcel));
        }
        finally
        {
            await site.DeletePointsAsync(point.Id);
            await site.DeleteProductsAsync(a.Id);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class PickupTestsSqlite(SqliteWebFactory site) : PickupTests(site);

[Collection(Collections.Postgres)]
public sealed class PickupTestsPostgres(PostgresWebFactory site) : PickupTests(site);
