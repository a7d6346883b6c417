using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;
using OcopMarket.Core.Settings;
using OcopMarket.Core.Shipping;
using OcopMarket.Plugin.Payments.VietQR;
using OcopMarket.Web.Features.Shop;
using OcopMarket.Web.Tests.Infrastructure;

using OcopMarket.Web.Tests.Shop;

namespace OcopMarket.Web.Tests.Payments;

/// <summary>
/// VietQR through the real site: the instructions with the QR, staff confirming the money, statement
/// reconciliation and the expiry of unpaid transfers. Orders are placed with the real OrderPlacement and the
/// real VietQR provider; only shipping is a flat test rate (shipping plugins are not what is tested here).
/// Each test puts back the stock it reserved and deletes its orders.
/// </summary>
public abstract class VietQrShopTests(OcopWebFactory site)
{
    protected OcopWebFactory Site { get; } = site;

    [Fact]
    public async Task A_pending_order_shows_the_qr_with_amount_account_and_transfer_text()
    {
        await using var arranged = await ArrangeAsync(1);
        var order = arranged.Orders[0];
        var (staff, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = staff;

        var page = await staff.GetDocumentAsync($"{VietQrRoutes.Transfers}/{order.Id}");

        var box = page.QuerySelector("#vietqr-instructions");
        Assert.NotNull(box);
        var img = page.QuerySelector<IHtmlImageElement>("#vietqr-instructions img.vietqr-code");
        Assert.NotNull(img);
        Assert.StartsWith("data:image/png;base64,", img!.Source);
        Assert.Equal(order.Number, page.QuerySelector("[data-vietqr-field='text']")!.TextContent.Trim());
        Assert.Equal(OcopMarket.Core.Common.Vnd.Format(order.Total), page.QuerySelector("[data-vietqr-field='amount']")!.TextContent.Trim());
        Assert.Equal("0011000123456", page.QuerySelector("[data-vietqr-field='account']")!.TextContent.Trim());
        Assert.Contains("Vietcombank", box!.TextContent);
        // Due 24 h after placing, shown in Việt Nam time.
        // (From the order's own placing time: other tests move the shared clock forward.)
        Assert.Equal(order.PlacedAt.AddHours(24), order.PaymentDueAt);
        Assert.Equal(order.PlacedAt.AddHours(24).ToOffset(OcopMarket.Core.Common.VietnamTime.Offset).ToString("HH:mm dd/MM/yyyy"),
            page.QuerySelector("[data-vietqr-field='due']")!.TextContent.Trim());
        // The demo account says so.
        Assert.Contains("tài khoản minh hoạ", box.TextContent);
        // Copy buttons are there for browsers that can copy (hidden until the script shows them).
        Assert.Equal(3, page.QuerySelectorAll("#vietqr-instructions [data-copy]").Length);
    }

    [Fact]
    public async Task The_customers_order_page_shows_the_qr_while_payment_is_pending()
    {
        var (customer, user) = await Site.CreateSignedInClientAsync(Roles.Customer);
        using var _c = customer;
        await using var arranged = await ArrangeAsync(1, user.Id);
        var order = arranged.Orders[0];

        var page = await customer.GetDocumentAsync($"/don-hang/{order.Number}");
        var img = page.QuerySelector<IHtmlImageElement>("#vietqr-instructions img.vietqr-code");
        Assert.NotNull(img);
        Assert.StartsWith("data:image/png;base64,", img!.Source);
        Assert.Equal(order.Number, page.QuerySelector("[data-vietqr-field='text']")!.TextContent.Trim());
        Assert.Equal(OcopMarket.Core.Common.Vnd.Format(order.Total), page.QuerySelector("[data-vietqr-field='amount']")!.TextContent.Trim());

        // Once the money is recorded the QR is gone.
        await using (var scope = Site.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<OrderPayments>().RecordPaymentAsync(order.Id, VietQrPlugin.Name, "T-" + order.Number, order.Total)).Succeeded);
        var paid = await customer.GetDocumentAsync($"/don-hang/{order.Number}");
        Assert.Null(paid.QuerySelector("#vietqr-instructions"));
    }

    [Fact]
    public async Task Staff_mark_received_pays_the_order_once_even_when_clicked_twice()
    {
        await using var arranged = await ArrangeAsync(1);
        var order = arranged.Orders[0];
        var (staff, user) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = staff;

        var list = await staff.GetDocumentAsync($"{VietQrRoutes.Transfers}?q={Uri.EscapeDataString(order.Number.ToLowerInvariant().Insert(3, " "))}");
        Assert.NotNull(list.QuerySelector($"tr[data-order='{order.Number}']"));
        var form = $"tr[data-order='{order.Number}'] form.received-form";
        using (var first = await staff.SubmitFormAsync(list, form)) Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        // The second click comes from the same (stale) page.
        using (var second = await staff.SubmitFormAsync(list, form)) Assert.Equal(HttpStatusCode.OK, second.StatusCode);

        var (status, payments) = await Site.DbAsync(async db => (
            await db.Orders.Where(o => o.Id == order.Id).Select(o => o.PaymentStatus).SingleAsync(),
            await db.Payments.Where(p => p.OrderId == order.Id && p.Status == PaymentRecordStatus.Succeeded).ToListAsync()));
        Assert.Equal(PaymentStatus.Paid, status);
        var payment = Assert.Single(payments);
        Assert.Equal(order.Total, payment.Amount);
        Assert.Equal(VietQrPlugin.Name, payment.Provider);
        Assert.Equal(user.Id, payment.RecordedByUserId);
        var after = await staff.GetDocumentAsync($"{VietQrRoutes.Transfers}?q={order.Number}");
        Assert.Null(after.QuerySelector($"tr[data-order='{order.Number}']"));
    }

    [Fact]
    public async Task Only_office_staff_may_confirm_money()
    {
        await using var arranged = await ArrangeAsync(1);
        var (customer, _) = await Site.CreateSignedInClientAsync(Roles.Customer);
        using var _c = customer;
        using (var page = await customer.GetAsync(VietQrRoutes.Transfers))
            Assert.True(page.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound || page.RequestMessage!.RequestUri!.AbsolutePath != VietQrRoutes.Transfers,
                $"a customer reached {VietQrRoutes.Transfers}");
        // A customer's own valid token does not make the post an office action.
        var token = await customer.GetAntiforgeryTokenAsync("/tai-khoan");
        using (var post = await customer.PostAsync($"{VietQrRoutes.Transfers}/{arranged.Orders[0].Id}/da-nhan",
                   new FormUrlEncodedContent([new(SiteTestHelpers.AntiforgeryField, token)])))
            Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound || post.RequestMessage!.RequestUri!.AbsolutePath != VietQrRoutes.Transfers);
        var status = await Site.DbAsync(db => db.Orders.Where(o => o.Id == arranged.Orders[0].Id).Select(o => o.PaymentStatus).SingleAsync());
        Assert.Equal(PaymentStatus.Pending, status);
    }

    [Fact]
    public async Task A_statement_pays_matches_flags_short_amounts_lists_unknowns_and_pays_nothing_twice()
    {
        await using var arranged = await ArrangeAsync(2);
        var (paid, shortPaid) = (arranged.Orders[0], arranged.Orders[1]);
        var (staff, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = staff;
        var tag = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        // Spaces, dashes and lower case as buyers type them.
        var spaced = paid.Number.ToLowerInvariant().Insert(9, "-").Insert(3, " ");
        var csv = "date,amount,description,reference\n"
                + $"25/11/2026 10:15,\"{paid.Total:#,0}\",CK {spaced} Nguyen Van A,{tag}-1\n"
                + $"25/11/2026 10:20,{shortPaid.Total - 1000},{shortPaid.Number} thieu,{tag}-2\n"
                + $"25/11/2026 10:25,50000,Chuyen tien an trua,{tag}-3\n"
                + $"25/11/2026 10:30,not money,{paid.Number},{tag}-4\n";

        var preview = await UploadAsync(staff, csv);
        Assert.Equal("Pay", Match(preview, $"{tag}-1"));
        Assert.Equal("Short", Match(preview, $"{tag}-2"));
        Assert.Equal("Unknown", Match(preview, $"{tag}-3"));
        Assert.Contains("Dòng 5", preview.QuerySelector("#statement-problems")!.TextContent);
        Assert.Contains("not money", preview.QuerySelector("#statement-problems")!.TextContent);

        using (var confirm = await staff.SubmitFormAsync(preview, "#reconcile-confirm")) Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        await AssertStatusAsync(paid.Id, PaymentStatus.Paid, payments: 1);
        await AssertStatusAsync(shortPaid.Id, PaymentStatus.Pending, payments: 0);

        // The same file again: the paid transfer is known by its bank reference, there is nothing to record.
        var again = await UploadAsync(staff, csv);
        Assert.Equal("AlreadyRecorded", Match(again, $"{tag}-1"));
        Assert.Equal("Short", Match(again, $"{tag}-2"));
        Assert.Null(again.QuerySelector("#reconcile-confirm"));
        Assert.NotNull(again.QuerySelector("#nothing-to-record"));
        // Confirming the first preview a second time (a resent form) records nothing more either.
        using (var resent = await staff.SubmitFormAsync(preview, "#reconcile-confirm")) Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        await AssertStatusAsync(paid.Id, PaymentStatus.Paid, payments: 1);
        await AssertStatusAsync(shortPaid.Id, PaymentStatus.Pending, payments: 0);
    }

    [Fact]
    public async Task An_upload_that_is_not_a_utf8_statement_is_refused_in_vietnamese()
    {
        var (staff, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = staff;
        // Windows-1252/Latin-1 as an old spreadsheet saves it: "á" is one byte 0xE1, not UTF-8.
        var latin1 = Encoding.Latin1.GetBytes("date,amount,description,reference\n25/11/2026,1000,Thanh toán cà phê,X1\n");
        var page = await UploadAsync(staff, latin1);
        Assert.Contains("không phải văn bản UTF-8", page.QuerySelector("#upload-errors")!.TextContent);
        var wrongColumns = await UploadAsync(staff, "ten,gia\nA,1\n");
        Assert.Contains("Tệp cần có các cột", wrongColumns.QuerySelector("#upload-errors")!.TextContent);
    }

    [Fact]
    public async Task An_unpaid_transfer_expires_releases_its_stock_and_money_arriving_later_asks_for_a_refund()
    {
        await using var arranged = await ArrangeAsync(1);
        var order = arranged.Orders[0];
        Assert.Equal(arranged.OriginalStock - 1, await StockAsync(arranged.ProductId));

        Site.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        try
        {
            // The worker's own round (the hosted one may run at the same moment: each order changes once).
            await Site.Services.GetRequiredService<PaymentExpiryWorker>().ExpireOnceAsync(CancellationToken.None);
        }
        finally
        {
            Site.Time.AdjustTime(OcopWebFactory.Now.ToUniversalTime());
        }

        var expired = await Site.DbAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == order.Id));
        Assert.Equal(OrderStatus.Cancelled, expired.Status);
        Assert.Equal(PaymentStatus.Expired, expired.PaymentStatus);
        Assert.Equal(arranged.OriginalStock, await StockAsync(arranged.ProductId));

        // The buyer paid anyway: the statement records it and the timeline asks staff to refund.
        var (staff, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = staff;
        var reference = "LATE-" + Guid.NewGuid().ToString("N")[..8];
        var preview = await UploadAsync(staff, $"date,amount,description,reference\n27/11/2026,{order.Total},{order.Number},{reference}\n");
        Assert.Equal("PayLate", Match(preview, reference));
        using (var confirm = await staff.SubmitFormAsync(preview, "#reconcile-confirm")) Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);

        var (payments, kinds, status) = await Site.DbAsync(async db => (
            await db.Payments.CountAsync(p => p.OrderId == order.Id && p.Status == PaymentRecordStatus.Succeeded),
            await db.OrderEvents.Where(e => e.OrderId == order.Id).Select(e => e.Kind).ToListAsync(),
            await db.Orders.Where(o => o.Id == order.Id).Select(o => new { o.Status, o.PaymentStatus }).SingleAsync()));
        Assert.Equal(1, payments);
        Assert.Contains("payment.expired", kinds);
        Assert.Contains("paid.after_cancellation", kinds);
        Assert.Equal(OrderStatus.Cancelled, status.Status);
        // Stock is not taken again by a late payment.
        Assert.Equal(arranged.OriginalStock, await StockAsync(arranged.ProductId));
    }

    [Fact]
    public async Task Settings_refuse_an_unknown_bank_and_without_an_account_the_checkout_does_not_offer_vietqr()
    {
        var (staff, _) = await Site.CreateSignedInClientAsync(Roles.Administrator);
        using var _c = staff;
        var page = await staff.GetDocumentAsync(VietQrRoutes.Settings);
        Assert.NotNull(page.QuerySelector("#vietqr-sample img"));
        try
        {
            using (var bad = await staff.SubmitFormAsync(page, "#vietqr-settings", new Dictionary<string, string?> { ["Bin"] = "123456", ["AccountNumber"] = "12 34" }))
            {
                var html = await bad.Content.ReadAsStringAsync();
                Assert.Contains("Vui lòng chọn ngân hàng.", html);
                Assert.Contains("Số tài khoản gồm tối đa 19 chữ hoặc số", html);
            }
            Assert.True(await AvailableAsync());

            using (var saved = await staff.SubmitFormAsync(page, "#vietqr-settings", new Dictionary<string, string?>
                   { ["Bin"] = "970418", ["AccountNumber"] = "", ["AccountName"] = "" }))
                Assert.Contains("Vui lòng nhập số tài khoản.", await saved.Content.ReadAsStringAsync());

            using (var saved = await staff.SubmitFormAsync(page, "#vietqr-settings", new Dictionary<string, string?>
                   { ["Bin"] = "970418", ["AccountNumber"] = "21510000123456", ["AccountName"] = "VP OCOP THU NGHIEM", ["PaymentWindowHours"] = "48", ["IsDemo"] = null }))
                Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            var config = await Site.DbAsync(db => db.SiteSettings.Where(s => s.Key.StartsWith(VietQrSettings.Prefix)).ToDictionaryAsync(s => s.Key, s => s.Value));
            Assert.Equal("970418", config[VietQrSettings.BinKey]);
            Assert.Equal("48", config[VietQrSettings.PaymentWindowHoursKey]);
            Assert.False(config.ContainsKey(VietQrSettings.DemoKey));

            await SaveSettingsAsync(new VietQrSettings { PaymentWindowHours = 24 });
            Assert.False(await AvailableAsync());
        }
        finally
        {
            await SaveSettingsAsync(DemoSettings);
        }
        Assert.True(await AvailableAsync());
    }

    // ----- arrangement -----

    private static readonly VietQrSettings DemoSettings = new()
    {
        Bin = "970436", AccountNumber = "0011000123456", AccountName = "VP DIEU PHOI OCOP (DEMO)", IsDemo = true,
    };

    private async Task SaveSettingsAsync(VietQrSettings settings)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISiteSettings>().SaveAsync(settings.ToValues());
    }

    private async Task<bool> AvailableAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<IShopProviders>().Payment(VietQrPlugin.Name) is not null;
    }

    private Task<int> StockAsync(int productId) =>
        Site.DbAsync(db => db.Products.Where(p => p.Id == productId).Select(p => p.StockQuantity).SingleAsync());

    private async Task AssertStatusAsync(int orderId, PaymentStatus expected, int payments)
    {
        var (status, count) = await Site.DbAsync(async db => (
            await db.Orders.Where(o => o.Id == orderId).Select(o => o.PaymentStatus).SingleAsync(),
            await db.Payments.CountAsync(p => p.OrderId == orderId && p.Status == PaymentRecordStatus.Succeeded)));
        Assert.Equal(expected, status);
        Assert.Equal(payments, count);
    }

    private static string? Match(AngleSharp.Dom.IDocument preview, string reference) =>
        preview.QuerySelector($"#reconcile-lines tr[data-reference='{reference}']")?.GetAttribute("data-match");

    private static Task<AngleSharp.Dom.IDocument> UploadAsync(HttpClient client, string csv) => UploadAsync(client, Encoding.UTF8.GetBytes(csv));

    private static async Task<AngleSharp.Dom.IDocument> UploadAsync(HttpClient client, byte[] file)
    {
        var token = await client.GetAntiforgeryTokenAsync(VietQrRoutes.Reconcile);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), SiteTestHelpers.AntiforgeryField },
            { new ByteArrayContent(file), "statement", "sao-ke.csv" },
        };
        using var response = await client.PostAsync(VietQrRoutes.Reconcile, content);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"upload answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 1500)]}");
        return await SiteTestHelpers.ParseAsync(html, response.RequestMessage!.RequestUri!);
    }

    /// <summary>Places <paramref name="count"/> VietQR orders of one unit of a seeded product; disposing removes them and restores the stock.</summary>
    private async Task<Arranged> ArrangeAsync(int count, int? customerUserId = null)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<OcopDbContext>();
        var product = await db.Products.AsNoTracking()
            .Where(p => p.IsPublished && p.ModerationStatus == ModerationStatus.Approved && p.Producer!.IsPublished && p.StockQuantity >= 20)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.StockQuantity, p.Producer!.ProvinceId, p.Producer.CommuneId }).FirstAsync();
        var vietQr = services.GetServices<IPaymentProvider>().Single(p => p.SystemName == VietQrPlugin.Name);
        var placement = new OrderPlacement(db, services.GetRequiredService<StockReservation>(), new TestProviders(vietQr),
            services.GetRequiredService<OcopMarket.Core.Promotions.CampaignPricing>(), services.GetRequiredService<TimeProvider>());
        var arranged = new Arranged(Site, product.Id, product.StockQuantity);
        for (var i = 0; i < count; i++)
        {
            var result = await placement.PlaceAsync(new PlaceOrderRequest(
                [(product.Id, 1)], "Nguyễn Thị Thử", "0912345678", "vietqr-test@ocopmarket.test",
                product.ProvinceId, null, product.CommuneId, "12 Đường Thử", null, FlatShipping.Name, "flat", VietQrPlugin.Name, customerUserId));
            Assert.True(result.Succeeded, result.Error);
            arranged.Orders.Add(result.Value!);
            db.ChangeTracker.Clear();
        }
        return arranged;
    }

    protected sealed class Arranged(OcopWebFactory site, int productId, int originalStock) : IAsyncDisposable
    {
        public int ProductId { get; } = productId;
        public int OriginalStock { get; } = originalStock;
        public List<Order> Orders { get; } = [];

        public async ValueTask DisposeAsync()
        {
            var ids = Orders.Select(o => o.Id).ToList();
            await site.DbAsync(async db =>
            {
                await db.DeleteOrdersAsync(ids);
                await db.Products.Where(p => p.Id == ProductId).ExecuteUpdateAsync(u => u.SetProperty(p => p.StockQuantity, OriginalStock));
            });
        }
    }

    /// <summary>The real VietQR provider and a flat shipping rate: checkout's shipping plugins are tested elsewhere.</summary>
    private sealed class TestProviders(IPaymentProvider payment) : IShopProviders
    {
        public IReadOnlyList<IPaymentProvider> Payments { get; } = [payment];
        public IReadOnlyList<IShippingProvider> Shipping { get; } = [new FlatShipping()];
    }

    private sealed class FlatShipping : IShippingProvider
    {
        public const string Name = "Test.Flat";
        public string SystemName => Name;
        public Task<IReadOnlyList<ShippingQuote>> QuoteAsync(ShippingRequest request, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<ShippingQuote>>(
                [new ShippingQuote(Name, "flat", "Giao hàng thử", null, request.Parcels.ToDictionary(p => p.ProducerId, _ => 30_000L))]);
    }
}

[Collection(Collections.Sqlite)]
public sealed class VietQrShopSqliteTests(SqliteWebFactory site) : VietQrShopTests(site);

[Collection(Collections.Postgres)]
public sealed class VietQrShopPostgresTests(PostgresWebFactory site) : VietQrShopTests(site);
