using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Places;
using OcopMarket.Web.Tests.Account;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Portal;

namespace OcopMarket.Web.Tests.Checkout;

/// <summary>
/// Arranges and cleans up shop tests: products of their own (so seeded stock and counts stay as they are),
/// and removes every order and cart line that touched them afterwards.
/// </summary>
internal sealed class CheckoutTestKit(OcopWebFactory site) : IAsyncDisposable
{
    private readonly List<int> products = [];

    public OcopWebFactory Site => site;

    public async Task<Product> ProductAsync(string producerSlug, long price, int stock)
    {
        var producerId = await site.DbAsync(db => db.Producers.Where(p => p.Slug.EndsWith(producerSlug)).Select(p => p.Id).SingleAsync());
        var product = await site.CreateProductAsync(producerId, "Hàng thử giỏ " + Guid.NewGuid().ToString("N")[..6], price: price, stock: stock);
        products.Add(product.Id);
        return product;
    }

    public Task<int> StockAsync(int productId) => site.DbAsync(db => db.Products.Where(p => p.Id == productId).Select(p => p.StockQuantity).SingleAsync());

    public async ValueTask DisposeAsync()
    {
        var ids = products.ToArray();
        if (ids.Length == 0) return;
        await site.DeleteProductsAsync(ids); // with the orders and cart lines that hold them
        await site.DbAsync(db => db.Carts.Where(c => !db.CartLines.Any(l => l.CartId == c.Id)).ExecuteDeleteAsync());
    }

    // --- the buyer's steps, through the real forms ---

    public static async Task<HttpResponseMessage> AddAsync(HttpClient client, Product product, string quantity)
    {
        // Without JavaScript: the cached product page's form opens the confirmation page, whose form posts with a token.
        var page = await client.GetDocumentAsync("/san-pham/" + product.Slug);
        var confirmation = await client.SubmitFormAsync(page, "form#add-to-cart", new Dictionary<string, string?> { ["quantity"] = quantity });
        if (confirmation.StatusCode != HttpStatusCode.OK) return confirmation;
        using (confirmation)
        {
            var confirm = await SiteTestHelpers.ParseAsync(await confirmation.Content.ReadAsStringAsync(), confirmation.RequestMessage!.RequestUri!);
            return await client.SubmitFormAsync(confirm, "form#add-to-cart-confirm");
        }
    }

    public static async Task AddOkAsync(HttpClient client, Product product, int quantity)
    {
        using var response = await AddAsync(client, product, quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/gio-hang", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    public static Task<IDocument> CartAsync(HttpClient client) => client.GetDocumentAsync("/gio-hang");

    public static IElement? Line(IDocument cart, Product product) =>
        cart.QuerySelectorAll("[data-testid='cart-line']").FirstOrDefault(li => li.QuerySelector($"a[href='/san-pham/{product.Slug}']") is not null);

    public static int? Quantity(IDocument cart, Product product) =>
        Line(cart, product)?.QuerySelector<IHtmlInputElement>("input[type='number']") is { } input ? int.Parse(input.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    public static string Text(IDocument page) => page.Body?.TextContent ?? "";

    public static string Status(IDocument page) => page.QuerySelector("[data-testid='status']")?.TextContent.Trim() ?? "";

    public Task<int> ProvinceAsync(string code) => site.DbAsync(db => db.AdminUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public Task<AdminUnit> UnitAsync(string code) => site.DbAsync(db => db.AdminUnits.AsNoTracking().SingleAsync(u => u.Code == code));

    public static readonly Dictionary<string, string?> Contact = new()
    {
        ["FullName"] = "Lê Thị Hoa",
        ["Phone"] = "0912 345 678",
        ["Email"] = "hoa.le@ocopmarket.test",
        ["AddressLine"] = "Số 5, thôn Đông",
    };

    /// <summary>Goes through the checkout without JavaScript: province → update → first commune of today → update. Returns the page ready to place.</summary>
    public async Task<IDocument> CheckoutReadyAsync(HttpClient client, Dictionary<string, string?>? contact = null)
    {
        var fields = new Dictionary<string, string?>(contact ?? Contact);
        var page = await client.GetDocumentAsync("/thanh-toan");
        fields["ProvinceId"] = (await ProvinceAsync("P38")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["step"] = "update";
        page = await Submit(client, page, fields);
        var commune = page.QuerySelector<IHtmlSelectElement>("select#CommuneId")!.QuerySelector<IHtmlOptionElement>("optgroup option")!.Value;
        fields["CommuneId"] = commune;
        return await Submit(client, page, fields);
    }

    public static async Task<IDocument> Submit(HttpClient client, IDocument page, Dictionary<string, string?> fields)
    {
        using var response = await client.SubmitFormAsync(page, "form#checkout-form", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadDocumentAsync();
    }

    /// <summary>Places the order from a ready checkout page; returns the order page it lands on.</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Page)> PlaceAsync(HttpClient client, IDocument ready, Dictionary<string, string?>? extra = null)
    {
        var fields = new Dictionary<string, string?> { ["step"] = "place" };
        if (extra is not null) foreach (var (k, v) in extra) fields[k] = v;
        var response = await client.SubmitFormAsync(ready, "form#checkout-form", fields);
        return (response, await response.ReadDocumentAsync());
    }

    public async Task<string> BuyAsync(HttpClient client, params (Product Product, int Quantity)[] lines)
    {
        foreach (var (product, quantity) in lines) await AddOkAsync(client, product, quantity);
        var (response, _) = await PlaceAsync(client, await CheckoutReadyAsync(client));
        using (response)
        {
            var path = response.RequestMessage!.RequestUri!.AbsolutePath;
            Assert.StartsWith("/don-hang/", path, StringComparison.Ordinal);
            return path["/don-hang/".Length..];
        }
    }
}
