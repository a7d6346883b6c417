using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Settings;
using OcopMarket.Core.Shipping;
using OcopMarket.Plugin.Shipping.Rates;
using OcopMarket.Web.Framework.Plugins;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Shipping;

/// <summary>Rates by zone (producer's province against the destination), weight steps, free threshold, express.</summary>
public abstract class ShippingRatesTests(OcopWebFactory site)
{
    private const string Rates = ShippingRatesPlugin.Name;

    // Bình Sơn (honey) is in Thanh Hóa (P38, central region); Hòa Cư (persimmon) in Lạng Sơn (P20, north).
    [Theory]
    [InlineData("P38", 20_000L)] // same province
    [InlineData("P40", 30_000L)] // Nghệ An: same region
    [InlineData("P79", 40_000L)] // TP Hồ Chí Minh: other region
    public async Task Standard_price_follows_the_zone_with_the_default_rates(string destination, long expected)
    {
        var producer = await site.SeededProducerIdAsync(ShippingTestData.BinhSon);
        var quotes = await site.QuoteAsync(Rates, await site.ProvinceIdAsync(destination), new ShippingParcel(producer, 100_000, 800, [1]));

        var standard = Assert.Single(quotes, q => q.Code == ShippingRatesProvider.Standard);
        Assert.Equal(expected, standard.CostByProducer[producer]);
        Assert.Equal("Giao tiêu chuẩn", standard.Name);
        Assert.Contains("ngày", standard.Description);
        var express = Assert.Single(quotes, q => q.Code == ShippingRatesProvider.Express);
        Assert.Equal(expected + 15_000, express.CostByProducer[producer]);
    }

    [Theory]
    [InlineData(0, 30_000L)]
    [InlineData(1_000, 30_000L)] // the base covers 1 kg
    [InlineData(1_001, 35_000L)] // a started 500 g step costs 5.000 ₫
    [InlineData(1_500, 35_000L)]
    [InlineData(3_200, 55_000L)] // 2.200 g over: five steps
    public async Task Weight_above_the_included_kilogram_costs_per_started_500_g(int grams, long expected)
    {
        var producer = await site.SeededProducerIdAsync(ShippingTestData.BinhSon);
        var quotes = await site.QuoteAsync(Rates, await site.ProvinceIdAsync("P40"), new ShippingParcel(producer, 100_000, grams, [1]));
        Assert.Equal(expected, quotes.Single(q => q.Code == ShippingRatesProvider.Standard).CostByProducer[producer]);
    }

    [Fact]
    public async Task Standard_delivery_is_free_from_exactly_the_threshold_and_each_parcel_counts_alone()
    {
        var honey = await site.SeededProducerIdAsync(ShippingTestData.BinhSon);
        var persimmon = await site.SeededProducerIdAsync(ShippingTestData.HoaCu);
        var quotes = await site.QuoteAsync(Rates, await site.ProvinceIdAsync("P38"),
            new ShippingParcel(honey, 500_000, 2_000, [1]),
            new ShippingParcel(persimmon, 499_999, 2_000, [2]));

        var standard = quotes.Single(q => q.Code == ShippingRatesProvider.Standard);
        Assert.Equal(0, standard.CostByProducer[honey]);
        Assert.Equal(40_000 + 10_000, standard.CostByProducer[persimmon]); // Lạng Sơn → Thanh Hóa: other region, 1 kg over
        Assert.Equal(50_000, standard.Total);
        var express = quotes.Single(q => q.Code == ShippingRatesProvider.Express);
        Assert.Equal(20_000 + 10_000 + 15_000, express.CostByProducer[honey]); // express is never free
    }

    [Fact]
    public async Task Saved_settings_change_the_next_quote()
    {
        var producer = await site.SeededProducerIdAsync(ShippingTestData.BinhSon);
        var province = await site.ProvinceIdAsync("P38");
        try
        {
            await SaveAsync(new RatesSettings { SameProvinceBase = 12_000, PerExtraStep = 3_000, FreeShippingThreshold = 0, ExpressEnabled = false });
            var quote = Assert.Single(await site.QuoteAsync(Rates, province, new ShippingParcel(producer, 900_000, 1_600, [1])));
            Assert.Equal(ShippingRatesProvider.Standard, quote.Code);
            Assert.Equal(12_000 + 6_000, quote.CostByProducer[producer]); // threshold 0 = never free
        }
        finally
        {
            await SaveAsync(new RatesSettings());
        }
        var back = await site.QuoteAsync(Rates, province, new ShippingParcel(producer, 100_000, 0, [1]));
        Assert.Equal(20_000, back.Single(q => q.Code == ShippingRatesProvider.Standard).Total);
    }

    [Fact]
    public async Task A_disabled_plugin_offers_no_delivery()
    {
        var states = site.Services.GetRequiredService<PluginStates>();
        var producer = await site.SeededProducerIdAsync(ShippingTestData.BinhSon);
        var province = await site.ProvinceIdAsync("P38");
        try
        {
            await states.SetEnabledAsync(Rates, false);
            Assert.Empty(await site.QuoteAsync(Rates, province, new ShippingParcel(producer, 100_000, 500, [1])));
        }
        finally
        {
            await states.SetEnabledAsync(Rates, true);
        }
        Assert.NotEmpty(await site.QuoteAsync(Rates, province, new ShippingParcel(producer, 100_000, 500, [1])));
    }

    private async Task SaveAsync(RatesSettings rates)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISiteSettings>().SaveAsync(rates.ToValues());
    }
}

[Collection(Collections.Sqlite)]
public sealed class ShippingRatesTestsSqlite(SqliteWebFactory site) : ShippingRatesTests(site);

[Collection(Collections.Postgres)]
public sealed class ShippingRatesTestsPostgres(PostgresWebFactory site) : ShippingRatesTests(site);
