using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Places;
using OcopMarket.Core.Settings;
using OcopMarket.Core.Shipping;
using OcopMarket.Plugin.Shipping.Pickup;
using OcopMarket.Plugin.Shipping.Rates;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Portal;
using OcopMarket.Web.Tests.Register;

namespace OcopMarket.Web.Tests.Shipping;

/// <summary>The office's pages: the rates form (validated, saved as settings) and the display points' shelves.</summary>
public abstract class ShippingAdminTests(OcopWebFactory site)
{
    [Fact]
    public async Task Saved_rates_form_changes_the_next_quote()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        var producer = await site.SeededProducerIdAsync(ShippingTestData.BinhSon);
        var province = await site.ProvinceIdAsync("P38");
        try
        {
            var page = await client.GetDocumentAsync(ShippingRatesController.Path);
            Assert.Equal("20.000", page.QuerySelector<IHtmlInputElement>("input[name=SameProvinceBase]")!.Value);
            Assert.Equal(3, page.QuerySelectorAll("#rates-regions h3").Length);
            page.QuerySelector<IHtmlInputElement>("#rates-ExpressEnabled")!.IsChecked = false;
            using var saved = await client.SubmitFormAsync(page, "#rates-form", new Dictionary<string, string?>
            {
                ["SameProvinceBase"] = "18.500", ["PerExtraStep"] = "4 000", ["IncludedGrams"] = "500", ["FreeShippingThreshold"] = "0",
            });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.EndsWith(ShippingRatesController.Path, saved.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.Contains("Đã lưu phí vận chuyển", await saved.Content.ReadAsStringAsync());

            var quote = Assert.Single(await site.QuoteAsync(ShippingRatesPlugin.Name, province, new ShippingParcel(producer, 900_000, 1_200, [1])));
            Assert.Equal(18_500 + 2 * 4_000, quote.Total); // 700 g over 500 g: two steps; no threshold; no express
            await using var scope = site.Services.CreateAsyncScope();
            Assert.Equal("false", scope.ServiceProvider.GetRequiredService<ISiteSettings>().Get("Shipping.Rates.ExpressEnabled"));
        }
        finally
        {
            await using var scope = site.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ISiteSettings>().SaveAsync(new RatesSettings().ToValues());
        }
    }

    [Fact]
    public async Task Negative_or_bad_numbers_are_refused_in_vietnamese_and_nothing_is_saved()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        var page = await client.GetDocumentAsync(ShippingRatesController.Path);
        using var response = await client.SubmitFormAsync(page, "#rates-form", new Dictionary<string, string?>
        {
            ["SameProvinceBase"] = "-5.000", ["SameRegionBase"] = "ba mươi nghìn", ["OtherRegionBase"] = "", ["ExpressSurcharge"] = "99999999",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await SiteTestHelpers.ParseAsync(await response.Content.ReadAsStringAsync(), response.RequestMessage!.RequestUri!);
        Assert.NotNull(html.QuerySelector("#form-errors"));
        var errors = html.QuerySelectorAll(".field-error").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains("Không được nhập số âm.", errors);
        Assert.Contains("Vui lòng nhập số nguyên, ví dụ 25.000.", errors);
        Assert.Contains("Vui lòng nhập một số (nhập 0 nếu không có).", errors);
        Assert.Contains("Tối đa 10.000.000.", errors);
        Assert.Equal("-5.000", html.QuerySelector<IHtmlInputElement>("input[name=SameProvinceBase]")!.Value); // what was typed stays
        await using var scope = site.Services.CreateAsyncScope();
        Assert.Equal(20_000, RatesSettings.From(scope.ServiceProvider.GetRequiredService<ISiteSettings>()).SameProvinceBase);
    }

    [Theory]
    [InlineData(Roles.Producer)]
    [InlineData(Roles.Inspector)]
    [InlineData(Roles.Customer)]
    public async Task Only_the_office_reaches_the_shipping_pages(string role)
    {
        var producer = role == Roles.Producer ? await site.SeededProducerIdAsync(ShippingTestData.BinhSon) : (int?)null;
        var (client, _) = await site.CreateSignedInClientAsync(role, producer);
        foreach (var path in new[] { ShippingRatesController.Path, PickupPointsController.Path })
        {
            using var response = await client.GetAsync(path);
            // Refused: a 403, or (redirects followed) the access-denied page instead of the requested one.
            var served = response.StatusCode == HttpStatusCode.OK && response.RequestMessage!.RequestUri!.AbsolutePath == path;
            Assert.False(served, $"{role} was served {path}");
        }
    }

    [Fact]
    public async Task The_office_ticks_which_products_a_point_stocks()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        var honey = await site.SeededProducerIdAsync(ShippingTestData.BinhSon);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var keep = await site.CreateProductAsync(honey, "Mật ong kệ giữ " + tag);
        var drop = await site.CreateProductAsync(honey, "Mật ong kệ bỏ " + tag);
        var add = await site.CreateProductAsync(honey, "Mật ong kệ thêm " + tag);
        // Decision 950/QĐ-BCT: only products with a valid 3★+ certificate may be stocked (the shelf editor refuses others).
        foreach (var product in new[] { keep, drop, add }) await site.AddCertificateAsync(product.Id, 4, new DateOnly(2025, 3, 1));
        var point = await site.CreatePointAsync("Điểm thử kệ hàng " + tag, null, keep.Id, drop.Id);
        try
        {
            var list = await client.GetDocumentAsync(PickupPointsController.Path + "?q=" + Uri.EscapeDataString(tag));
            var row = Assert.Single(list.QuerySelectorAll("#pickup-points tbody tr[data-id]"));
            Assert.Contains("2", row.QuerySelector("td.text-end")!.TextContent);

            var page = await client.GetDocumentAsync($"{PickupPointsController.Path}/{point.Id}?q={Uri.EscapeDataString(tag)}");
            Assert.Equal(3, page.QuerySelectorAll("#point-stock tbody tr[data-id]").Length);
            page.QuerySelector<IHtmlInputElement>($"#stock-{drop.Id}")!.IsChecked = false;
            page.QuerySelector<IHtmlInputElement>($"#stock-{add.Id}")!.IsChecked = true;
            using var saved = await client.SubmitFormAsync(page, "#point-stock");
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.Contains("thêm 1 sản phẩm, bỏ 1 sản phẩm", await saved.Content.ReadAsStringAsync());
            Assert.Contains("q=" + tag, saved.RequestMessage!.RequestUri!.Query); // back on the same filtered page

            var shelf = await site.DbAsync(db => db.Set<DisplayPointProduct>().Where(s => s.DisplayPointId == point.Id).Select(s => s.ProductId).OrderBy(id => id).ToListAsync());
            Assert.Equal(new[] { keep.Id, add.Id }.Order(), shelf);

            var stocked = await client.GetDocumentAsync($"{PickupPointsController.Path}/{point.Id}?scope=Stocked");
            Assert.Equal(2, stocked.QuerySelectorAll("#point-stock tbody tr[data-id]").Length);
        }
        finally
        {
            await site.DeletePointsAsync(point.Id);
            await site.DeleteProductsAsync(keep.Id, drop.Id, add.Id);
        }
    }

    [Fact]
    public async Task An_unknown_point_is_404()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var response = await client.GetAsync(PickupPointsController.Path + "/987654");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

[Collection(Collections.Sqlite)]
public sealed class ShippingAdminTestsSqlite(SqliteWebFactory site) : ShippingAdminTests(site);

[Collection(Collections.Postgres)]
public sealed class ShippingAdminTestsPostgres(PostgresWebFactory site) : ShippingAdminTests(site);
