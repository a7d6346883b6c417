using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Shipping;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Portal;

namespace OcopMarket.Web.Tests.Orders;

/// <summary>
/// Two producers of the test's own (published while the test runs), each with one product, a signed-in Producer client
/// each, and orders placed through the real OrderPlacement (cash on delivery, the first delivery option the enabled
/// shipping plugin quotes). Disposing removes the orders, products and producers again.
/// </summary>
internal sealed class OrderTestShop : IAsyncDisposable
{
    private readonly OcopWebFactory _site;

    private OrderTestShop(OcopWebFactory site, TemporaryProducer a, TemporaryProducer b, Product productA, Product productB)
    {
        _site = site;
        A = a;
        B = b;
        ProductA = productA;
        ProductB = productB;
    }

    public TemporaryProducer A { get; }
    public TemporaryProducer B { get; }
    public Product ProductA { get; }
    public Product ProductB { get; }
    public string Tag { get; } = Guid.NewGuid().ToString("N")[..6];

    public static async Task<OrderTestShop> CreateAsync(OcopWebFactory site)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var a = await site.TemporaryProducerAsync("HTX Thử đơn A " + tag);
        var b = await site.TemporaryProducerAsync("HTX Thử đơn B " + tag);
        await site.DbAsync(db => db.Producers.Where(p => p.Id == a.Id || p.Id == b.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.IsPublished, true)));
        var productA = await site.CreateProductAsync(a.Id, "Mật ong thử đơn " + tag, price: 120_000, stock: 50);
        var productB = await site.CreateProductAsync(b.Id, "Trà shan tuyết thử đơn " + tag, price: 95_000, stock: 50);
        return new OrderTestShop(site, a, b, productA, productB);
    }

    /// <summary>Places an order (COD) for these lines, with a buyer name and phone unique to it.</summary>
    public async Task<Order> PlaceAsync(params (Product Product, int Quantity)[] lines)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<Core.Data.OcopDbContext>();
        var where = await db.Producers.AsNoTracking().Where(p => p.Id == A.Id).Select(p => new { p.ProvinceId, p.CommuneId }).SingleAsync();
        var providers = services.GetRequiredService<IShopProviders>();
        var payment = providers.Payments.First(p => p.PaymentWindow is null).SystemName;
        var parcels = lines.GroupBy(l => l.Product.ProducerId)
            .Select(g => new ShippingParcel(g.Key, g.Sum(l => l.Product.Price * l.Quantity), 0, g.Select(l => l.Product.Id).ToList())).ToList();
        (string Provider, string Code)? option = null;
        foreach (var provider in providers.Shipping)
        {
            var quotes = await provider.QuoteAsync(new ShippingRequest(where.ProvinceId, where.CommuneId, parcels), default);
            if (quotes.FirstOrDefault(q => q.PickupPointId is null) is { } quote) { option = (provider.SystemName, quote.Code); break; }
        }
        if (option is null) throw new InvalidOperationException("No shipping plugin quotes a delivery for the test address.");

        var buyer = "Khách thử " + Guid.NewGuid().ToString("N")[..8];
        var phone = "09" + Random.Shared.Next(10_000_000, 99_999_999);
        var result = await services.GetRequiredService<OrderPlacement>().PlaceAsync(new PlaceOrderRequest(
            lines.Select(l => (l.Product.Id, l.Quantity)).ToList(), buyer, phone, $"khach{Tag}@example.vn",
            where.ProvinceId, null, where.CommuneId, "Số 9 ngõ Thử nghiệm", null, option.Value.Provider, option.Value.Code, payment));
        Assert.True(result.Succeeded, result.Error);
        return result.Value!;
    }

    public Task<int> StockAsync(Product product) =>
        _site.DbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.StockQuantity).SingleAsync());

    public Task<Shipment> ShipmentAsync(Order order, TemporaryProducer producer) =>
        _site.DbAsync(db => db.Shipments.AsNoTracking().SingleAsync(s => s.OrderId == order.Id && s.ProducerId == producer.Id));

    public Task<Order> ReloadAsync(Order order) => _site.DbAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == order.Id));

    public async ValueTask DisposeAsync()
    {
        // Removing the products removes the orders holding them (PortalTestHelpers.DeleteProductsAsync).
        await A.DisposeAsync();
        await B.DisposeAsync();
    }
}

internal static class OrderTestHelpers
{
    /// <summary>Posts a form of the page like a browser and parses the page the redirect leads to.</summary>
    public static async Task<IDocument> SubmitAndReadAsync(this HttpClient client, IDocument page, string form, Dictionary<string, string?>? values = null)
    {
        using var response = await client.SubmitFormAsync(page, form, values ?? []);
        Assert.True(response.IsSuccessStatusCode, $"{form} answered {(int)response.StatusCode}");
        return await SiteTestHelpers.ParseAsync(await response.Content.ReadAsStringAsync(), response.RequestMessage!.RequestUri!);
    }

    /// <summary>Posts a bare form (antiforgery token only, plus fields) to <paramref name="url"/>, as a crafted request would.</summary>
    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, string tokenPage, string url, params (string Key, string Value)[] fields)
    {
        var token = await client.GetAntiforgeryTokenAsync(tokenPage);
        using var content = new FormUrlEncodedContent([new(SiteTestHelpers.AntiforgeryField, token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}
