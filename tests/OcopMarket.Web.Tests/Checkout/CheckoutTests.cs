using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Orders;
using OcopMarket.Web.Tests.Account;
using OcopMarket.Web.Tests.Infrastructure;
using static OcopMarket.Web.Tests.Checkout.CheckoutTestKit;

namespace OcopMarket.Web.Tests.Checkout;

/// <summary>The buyer's side through real HTTP and real forms: cart, checkout without JavaScript, order page, lookup, cancel.</summary>
public abstract class CheckoutTests(OcopWebFactory site)
{
    protected OcopWebFactory Site { get; } = site;

    [Fact]
    public async Task Cart_adds_updates_removes_and_keeps_quantities_within_limits()
    {
        await using var kit = new CheckoutTestKit(Site);
        var honey = await kit.ProductAsync("binh-son", 150_000, stock: 7);
        var (client, cookies) = Site.CreateClientWithCookies();
        using var _ = client;

        await AddOkAsync(client, honey, 2);
        var cart = await CartAsync(client);
        Assert.Equal(2, Quantity(cart, honey));
        Assert.Equal("Còn 7", Line(cart, honey)!.QuerySelector("[data-testid='stock']")!.TextContent.Trim());
        Assert.Equal("2", cart.QuerySelector("[data-testid='cart-count']")?.TextContent.Trim());
        Assert.Equal("300.000 ₫", cart.QuerySelector("[data-testid='cart-subtotal']")?.TextContent.Trim());
        var cookie = cookies.GetCookies(new Uri("http://localhost"))[".OcopMarket.Cart"];
        Assert.NotNull(cookie);
        Assert.True(cookie.HttpOnly);

        // Change the quantity with the cart's own form.
        using (var r = await client.SubmitFormAsync(cart, "form#cart-form", new Dictionary<string, string?> { ["Lines[0].Quantity"] = "5" }))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        cart = await CartAsync(client);
        Assert.Equal(5, Quantity(cart, honey));

        // Zero, negative, huge and non-numbers are refused with a message and change nothing.
        foreach (var bad in new[] { "0", "-3", "1000", "99999999999", "abc", "" })
        {
            using var r = await client.SubmitFormAsync(cart, "form#cart-form", new Dictionary<string, string?> { ["Lines[0].Quantity"] = bad });
            var page = await r.ReadDocumentAsync();
            Assert.Contains("Số lượng phải là số nguyên từ 1 đến 999", Status(page), StringComparison.Ordinal);
            Assert.Equal(5, Quantity(page, honey));
        }

        // More than the stock: allowed in the cart, with a warning.
        using (var r = await client.SubmitFormAsync(cart, "form#cart-form", new Dictionary<string, string?> { ["Lines[0].Quantity"] = "9" }))
        {
            var page = await r.ReadDocumentAsync();
            Assert.Contains("Chỉ còn 7 sản phẩm trong kho", Line(page, honey)!.TextContent, StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("[data-testid='to-checkout']"));
        }

        // Adding past 999 in total is refused.
        using (var r = await AddAsync(client, honey, "995"))
            Assert.Contains("tối đa 999", Status(await r.ReadDocumentAsync()), StringComparison.Ordinal);
        Assert.Equal(9, Quantity(await CartAsync(client), honey));

        // Remove.
        cart = await CartAsync(client);
        var remove = Line(cart, honey)!.QuerySelector<IHtmlButtonElement>("[data-testid='remove']")!;
        var token = cart.QuerySelector<IHtmlInputElement>($"form#cart-form input[name='{SiteTestHelpers.AntiforgeryField}']")!.Value;
        using (var r = await client.PostAsync(remove.GetAttribute("formaction"), new FormUrlEncodedContent([new(SiteTestHelpers.AntiforgeryField, token)])))
            Assert.NotNull((await r.ReadDocumentAsync()).QuerySelector("[data-testid='cart-empty']"));
    }

    [Fact]
    public async Task Bad_quantities_from_the_product_form_are_refused_with_a_message()
    {
        await using var kit = new CheckoutTestKit(Site);
        var tea = await kit.ProductAsync("hoa-cu", 90_000, stock: 20);
        var (client, _) = Site.CreateClientWithCookies();
        using var __ = client;
        foreach (var bad in new[] { "0", "-1", "1000", "2147483648", "1e3", "abc" })
        {
            using var r = await AddAsync(client, tea, bad);
            Assert.Contains("Số lượng phải là số nguyên từ 1 đến 999", Status(await r.ReadDocumentAsync()), StringComparison.Ordinal);
        }
        Assert.NotNull((await CartAsync(client)).QuerySelector("[data-testid='cart-empty']"));

        // A post without the antiforgery token is rejected.
        using var noToken = await client.PostAsync("/gio-hang/them", new FormUrlEncodedContent([new("productId", tea.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("quantity", "1")]));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
    }

    [Fact]
    public async Task A_price_change_since_adding_is_shown()
    {
        await using var kit = new CheckoutTestKit(Site);
        var rice = await kit.ProductAsync("tho-binh", 100_000, stock: 30);
        var (client, _) = Site.CreateClientWithCookies();
        using var __ = client;
        await AddOkAsync(client, rice, 1);
        Assert.Null(Line(await CartAsync(client), rice)!.QuerySelector("[data-testid='price-changed']"));

        await Site.DbAsync(db => db.Products.Where(p => p.Id == rice.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.Price, 120_000L)));
        var cart = await CartAsync(client);
        Assert.Equal("Giá đã thay đổi từ 100.000 ₫ thành 120.000 ₫.", Line(cart, rice)!.QuerySelector("[data-testid='price-changed']")?.TextContent.Trim());
        Assert.Equal("120.000 ₫", cart.QuerySelector("[data-testid='cart-subtotal']")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_guest_cart_merges_into_the_customers_cart_on_sign_in()
    {
        await using var kit = new CheckoutTestKit(Site);
        var honey = await kit.ProductAsync("binh-son", 150_000, stock: 2000);
        var lamp = await kit.ProductAsync("tho-tan", 390_000, stock: 5);
        var customer = await Site.CreateUserAsync(Roles.Customer);

        // The customer's own cart, from another browser.
        var (other, _) = Site.CreateClientWithCookies();
        using (other)
        {
            using (await other.SubmitLoginFormAsync(customer.Email, customer.Password)) { }
            await AddOkAsync(other, honey, 997);
        }

        var (client, cookies) = Site.CreateClientWithCookies();
        using var _ = client;
        await AddOkAsync(client, honey, 5);
        await AddOkAsync(client, lamp, 1);
        var guestToken = cookies.GetCookies(new Uri("http://localhost"))[".OcopMarket.Cart"]!.Value;

        using (var r = await client.SubmitLoginFormAsync(customer.Email, customer.Password))
            Assert.True(cookies.IsSignedIn());

        var cart = await CartAsync(client);
        Assert.Equal(999, Quantity(cart, honey)); // 997 + 5, capped
        Assert.Equal(1, Quantity(cart, lamp));
        Assert.Null(cookies.GetCookies(new Uri("http://localhost"))[".OcopMarket.Cart"] is { Expired: false, Value.Length: > 0 } c ? c : null);
        Assert.Equal(0, await Site.DbAsync(db => db.Carts.CountAsync(x => x.Token == guestToken)));
        Assert.Equal(1, await Site.DbAsync(db => db.Carts.CountAsync(x => x.CustomerUserId == customer.Id)));
    }

    [Fact]
    public async Task Checkout_without_javascript_walks_the_address_levels_ignores_tampered_prices_and_splits_per_producer()
    {
        await using var kit = new CheckoutTestKit(Site);
        var honey = await kit.ProductAsync("binh-son", 150_000, stock: 10);
        var anise = await kit.ProductAsync("hoa-cu", 85_000, stock: 10);
        var (client, _) = Site.CreateClientWithCookies();
        using var __ = client;
        await AddOkAsync(client, honey, 2);
        await AddOkAsync(client, anise, 3);

        var page = await client.GetDocumentAsync("/thanh-toan");
        Assert.True(page.QuerySelector<IHtmlSelectElement>("select#CommuneId")!.IsDisabled);
        Assert.NotNull(page.QuerySelector("[data-testid='shipping-hint']"));

        var email = $"checkout-{Guid.NewGuid():N}@ocopmarket.test";
        var fields = new Dictionary<string, string?>(Contact) { ["step"] = "update", ["Email"] = email };
        var province = await kit.ProvinceAsync("P38");
        fields["ProvinceId"] = province.ToString(System.Globalization.CultureInfo.InvariantCulture);
        page = await Submit(client, page, fields);
        Assert.Null(page.QuerySelector("[data-testid='errors']")); // "Cập nhật" is not "Đặt hàng": no errors yet
        var district = await kit.UnitAsync("OD-trieu-son");
        var districtSelect = page.QuerySelector<IHtmlSelectElement>("select#DistrictId")!;
        Assert.False(districtSelect.IsDisabled);
        Assert.Contains(districtSelect.Options, o => o.Value == district.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(page.QuerySelector<IHtmlSelectElement>("select#CommuneId")!.IsDisabled);

        fields["DistrictId"] = district.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        page = await Submit(client, page, fields);
        var formerThoBinh = await kit.UnitAsync("OC15670");
        var communeOptions = page.QuerySelector<IHtmlSelectElement>("select#CommuneId")!.Options.Where(o => o.Value != "").ToList();
        Assert.Contains(communeOptions, o => o.Value == formerThoBinh.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(communeOptions.Count < 20, "a district narrows the communes to its own");

        fields["CommuneId"] = formerThoBinh.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        page = await Submit(client, page, fields);
        var shipping = page.QuerySelectorAll<IHtmlInputElement>("input[name='Shipping']").ToList();
        Assert.NotEmpty(shipping);
        Assert.Contains(shipping, s => s.IsChecked);
        Assert.Equal(2, page.QuerySelectorAll("[data-testid='review'] .review-parcel").Length);

        // Tampered extras: prices, totals and quantities posted by hand are never read.
        var (response, orderPage) = await PlaceAsync(client, page, new Dictionary<string, string?>
        {
            ["Price"] = "1", ["UnitPrice"] = "1", ["Total"] = "1", ["Subtotal"] = "1", ["ShippingTotal"] = "0",
            ["Lines[0].Quantity"] = "-5", ["Lines[0].ProductId"] = honey.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Quantity"] = "999",
        });
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("/don-hang/OCP", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        }
        Assert.Contains("Cảm ơn bạn đã đặt hàng!", orderPage.QuerySelector("[data-testid='thanks']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, orderPage.QuerySelectorAll("[data-testid='shipment']").Length);
        Assert.Equal("Chờ xác nhận", orderPage.QuerySelector("[data-testid='shipment-status']")?.TextContent.Trim());
        Assert.Contains("Đơn hàng được đặt", orderPage.QuerySelector("[data-testid='timeline']")?.TextContent, StringComparison.Ordinal);

        var order = await Site.DbAsync(db => db.Orders.AsNoTracking().Include(o => o.Shipments).ThenInclude(s => s.Lines)
            .SingleAsync(o => o.Lines.Any(l => l.ProductId == honey.Id)));
        Assert.Equal(2 * 150_000 + 3 * 85_000, order.Subtotal);
        Assert.Equal(order.Subtotal + order.ShippingTotal, order.Total);
        Assert.Equal(order.Shipments.Sum(s => s.ShippingCost), order.ShippingTotal);
        Assert.Equal("0912345678", order.Phone);
        Assert.Equal(province, order.ProvinceId);
        Assert.Equal(district.Id, order.DistrictId);
        Assert.Equal(formerThoBinh.SuccessorId, order.CommuneId); // delivered to today's commune
        Assert.Equal(PaymentStatus.NotRequired, order.PaymentStatus);
        Assert.Equal(2, order.Shipments.Count);
        Assert.Equal(new[] { honey.ProducerId, anise.ProducerId }.Order(), order.Shipments.Select(s => s.ProducerId).Order());
        Assert.All(order.Shipments, s => Assert.Single(s.Lines));
        Assert.Equal(8, await kit.StockAsync(honey.Id));
        Assert.Equal(7, await kit.StockAsync(anise.Id));
        Assert.NotNull((await CartAsync(client)).QuerySelector("[data-testid='cart-empty']"));

        // The confirmation e-mail, in Vietnamese, with the lines, the total and the order link.
        var eml = await Site.FindMailToAsync(email);
        Assert.NotNull(eml);
        Assert.Contains(order.Number, AccountTestHelpers.DecodeWords(AccountTestHelpers.Header(eml, "Subject")), StringComparison.Ordinal);
        var parts = AccountTestHelpers.DecodeParts(eml);
        Assert.Contains(honey.Name, parts["text/html"], StringComparison.Ordinal);
        Assert.Contains(anise.Name, parts["text/plain"], StringComparison.Ordinal);
        Assert.Contains("Tổng cộng: " + OcopMarket.Core.Common.Vnd.Format(order.Total), parts["text/plain"], StringComparison.Ordinal);
        Assert.Contains("/don-hang/" + order.Number, parts["text/plain"], StringComparison.Ordinal);
        Assert.Contains("Số 5, thôn Đông", parts["text/plain"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Placing_more_than_the_stock_or_with_a_bad_phone_gives_a_message_and_no_order()
    {
        await using var kit = new CheckoutTestKit(Site);
        var honey = await kit.ProductAsync("binh-son", 150_000, stock: 3);
        var (client, _) = Site.CreateClientWithCookies();
        using var __ = client;
        await AddOkAsync(client, honey, 2);

        var ready = await kit.CheckoutReadyAsync(client, new Dictionary<string, string?>(Contact) { ["Phone"] = "12345" });
        var (r1, page) = await PlaceAsync(client, ready);
        r1.Dispose();
        Assert.Contains("số điện thoại Việt Nam hợp lệ", page.QuerySelector("[data-testid='errors']")?.TextContent, StringComparison.Ordinal);

        await Site.DbAsync(db => db.Products.Where(p => p.Id == honey.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.StockQuantity, 1)));
        ready = await kit.CheckoutReadyAsync(client);
        var (r2, page2) = await PlaceAsync(client, ready);
        r2.Dispose();
        Assert.Contains("chỉ còn 1 sản phẩm trong kho", page2.QuerySelector("[data-testid='errors']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Site.DbAsync(db => db.OrderLines.CountAsync(l => l.ProductId == honey.Id)));
        Assert.Equal(1, await kit.StockAsync(honey.Id));
    }

    [Fact]
    public async Task A_guest_finds_the_order_by_number_and_phone_and_nobody_else_sees_it()
    {
        await using var kit = new CheckoutTestKit(Site);
        var honey = await kit.ProductAsync("binh-son", 150_000, stock: 10);
        var (buyer, _) = Site.CreateClientWithCookies();
        using var __ = buyer;
        var number = await kit.BuyAsync(buyer, (honey, 1));
        using (var again = await buyer.GetAsync("/don-hang/" + number))
            Assert.Equal(HttpStatusCode.OK, again.StatusCode); // the browser that placed it

        var (stranger, _) = Site.CreateClientWithCookies();
        using var ___ = stranger;
        using (var r = await stranger.GetAsync("/don-hang/" + number)) Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);

        async Task<string> Lookup(string n, string phone)
        {
            var page = await stranger.GetDocumentAsync("/tra-cuu-don-hang");
            using var r = await stranger.SubmitFormAsync(page, "form#lookup-form", new Dictionary<string, string?> { ["Number"] = n, ["Phone"] = phone });
            var doc = await r.ReadDocumentAsync();
            return r.RequestMessage!.RequestUri!.AbsolutePath + "|" + doc.QuerySelector("[data-testid='errors']")?.TextContent.Trim();
        }
        var wrongPhone = await Lookup(number, "0987 654 321");
        var wrongNumber = await Lookup("OCP000000ZZZZZ", "0912345678");
        Assert.StartsWith("/tra-cuu-don-hang|Không tìm thấy đơn hàng", wrongPhone, StringComparison.Ordinal);
        Assert.Equal(wrongPhone, wrongNumber); // the same answer whichever part is wrong
        using (var r = await stranger.GetAsync("/don-hang/" + number)) Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);

        var found = await Lookup(number.ToLowerInvariant(), "+84 912.345.678");
        Assert.StartsWith("/don-hang/" + number + "|", found, StringComparison.Ordinal);
        using (var r = await stranger.GetAsync("/don-hang/" + number)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }

    [Fact]
    public async Task A_customers_order_is_theirs_alone_and_listed_in_their_history()
    {
        await using var kit = new CheckoutTestKit(Site);
        var lamp = await kit.ProductAsync("tho-tan", 390_000, stock: 10);
        var (owner, user) = await Site.CreateSignedInClientAsync(Roles.Customer);
        using var __ = owner;
        await AddOkAsync(owner, lamp, 1);
        var email = (await owner.GetDocumentAsync("/thanh-toan")).QuerySelector<IHtmlInputElement>("input#Email");
        Assert.Equal(user.Email, email?.Value); // prefilled for a signed-in customer
        var (response, _) = await PlaceAsync(owner, await kit.CheckoutReadyAsync(owner, new Dictionary<string, string?>(Contact) { ["Email"] = user.Email }));
        var number = response.RequestMessage!.RequestUri!.AbsolutePath["/don-hang/".Length..];
        response.Dispose();
        Assert.Equal(user.Id, await Site.DbAsync(db => db.Orders.Where(o => o.Number == number).Select(o => o.CustomerUserId).SingleAsync()));

        var history = await owner.GetDocumentAsync("/tai-khoan/don-hang");
        Assert.NotNull(history.QuerySelector($"[data-number='{number}']"));

        var (someoneElse, _) = await Site.CreateSignedInClientAsync(Roles.Customer);
        using var ___ = someoneElse;
        using (var r = await someoneElse.GetAsync("/don-hang/" + number)) Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        using (var r = await someoneElse.GetAsync("/don-hang/" + number + "/huy")) Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Null((await someoneElse.GetDocumentAsync("/tai-khoan/don-hang")).QuerySelector($"[data-number='{number}']"));

        // The history needs a sign-in.
        var (anonymous, _) = Site.CreateClientWithCookies();
        using var ____ = anonymous;
        using (var r = await anonymous.GetAsync("/tai-khoan/don-hang"))
            Assert.Equal(SiteTestHelpers.LoginPath, r.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_transfer_order_shows_the_providers_payment_instructions_while_unpaid()
    {
        await using var kit = new CheckoutTestKit(Site);
        var honey = await kit.ProductAsync("binh-son", 150_000, stock: 10);
        var (client, _) = Site.CreateClientWithCookies();
        using var __ = client;
        await AddOkAsync(client, honey, 1);
        var ready = await kit.CheckoutReadyAsync(client);
        var transfer = ready.QuerySelectorAll<IHtmlInputElement>("input[name='Payment']").FirstOrDefault(i => i.Value != "Payments.CashOnDelivery");
        Assert.NotNull(transfer); // a pay-first provider (VietQR) is enabled in the demo
        var (response, page) = await PlaceAsync(client, ready, new Dictionary<string, string?> { ["Payment"] = transfer.Value });
        var number = response.RequestMessage!.RequestUri!.AbsolutePath["/don-hang/".Length..];
        response.Dispose();
        Assert.Equal("Chờ thanh toán", page.QuerySelector("[data-testid='payment-status']")?.TextContent.Trim());
        var instructions = page.QuerySelector("[data-testid='payment-instructions']");
        Assert.NotNull(instructions);
        Assert.False(string.IsNullOrWhiteSpace(instructions.TextContent));

        await Site.DbAsync(db => db.Orders.Where(o => o.Number == number).ExecuteUpdateAsync(u => u.SetProperty(o => o.PaymentStatus, PaymentStatus.Paid)));
        var paid = await client.GetDocumentAsync("/don-hang/" + number);
        Assert.Null(paid.QuerySelector("[data-testid='payment-instructions']"));
        Assert.Equal("Đã thanh toán", paid.QuerySelector("[data-testid='payment-status']")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_customer_cancels_before_shipping_and_the_stock_comes_back()
    {
        await using var kit = new CheckoutTestKit(Site);
        var honey = await kit.ProductAsync("binh-son", 150_000, stock: 10);
        var (client, _) = Site.CreateClientWithCookies();
        using var __ = client;
        var number = await kit.BuyAsync(client, (honey, 3));
        Assert.Equal(7, await kit.StockAsync(honey.Id));

        var page = await client.GetDocumentAsync("/don-hang/" + number);
        Assert.NotNull(page.QuerySelector("[data-testid='cancel-link']"));
        var confirm = await client.GetDocumentAsync("/don-hang/" + number + "/huy");
        using (var r = await client.SubmitFormAsync(confirm, "form#cancel-form", new Dictionary<string, string?> { ["Reason"] = "Tôi đặt nhầm" }))
        {
            var after = await r.ReadDocumentAsync();
            Assert.Equal("/don-hang/" + number, r.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.Equal("Đã hủy", after.QuerySelector("[data-testid='order-status']")?.TextContent.Trim());
            Assert.Null(after.QuerySelector("[data-testid='cancel-link']"));
        }
        Assert.Equal(10, await kit.StockAsync(honey.Id));
        Assert.Equal("Tôi đặt nhầm", await Site.DbAsync(db => db.Orders.Where(o => o.Number == number).Select(o => o.CancelReason).SingleAsync()));

        // Once a parcel is with the carrier, cancelling is refused.
        var number2 = await kit.BuyAsync(client, (honey, 1));
        await Site.DbAsync(db => db.Shipments.Where(s => s.Order!.Number == number2).ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, ShipmentStatus.HandedOver)));
        Assert.Null((await client.GetDocumentAsync("/don-hang/" + number2)).QuerySelector("[data-testid='cancel-link']"));
        var token = await client.GetAntiforgeryTokenAsync("/tra-cuu-don-hang");
        using (var r = await client.PostAsync($"/don-hang/{number2}/huy", new FormUrlEncodedContent([new(SiteTestHelpers.AntiforgeryField, token)])))
            Assert.Equal("Đã đặt hàng", (await r.ReadDocumentAsync()).QuerySelector("[data-testid='order-status']")?.TextContent.Trim());
        Assert.Equal(9, await kit.StockAsync(honey.Id));
    }
}

[Collection(Collections.Sqlite)]
public sealed class CheckoutSqliteTests(SqliteWebFactory site) : CheckoutTests(site);

[Collection(Collections.Postgres)]
public sealed class CheckoutPostgresTests(PostgresWebFactory site) : CheckoutTests(site);
