using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Orders;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Orders;

/// <summary>/portal/don-hang: each producer sees and moves only its own parcel, in order, and only once the order may ship.</summary>
public abstract class PortalParcelsTests(OcopWebFactory site)
{
    private static string? Status(AngleSharp.Dom.IDocument page) => page.QuerySelector("[role='status']")?.TextContent.Trim();

    [Fact]
    public async Task A_producer_gets_404_for_another_producers_parcel_and_changes_nothing()
    {
        await using var shop = await OrderTestShop.CreateAsync(site);
        var order = await shop.PlaceAsync((shop.ProductA, 1), (shop.ProductB, 1));
        var parcelB = await shop.ShipmentAsync(order, shop.B);
        var stockB = await shop.StockAsync(shop.ProductB);
        var a = shop.A.Client;

        var list = await a.GetDocumentAsync("/portal/don-hang");
        var mine = list.QuerySelectorAll("#parcel-list tr[data-parcel]").Select(r => int.Parse(r.GetAttribute("data-parcel")!)).ToList();
        Assert.Equal([(await shop.ShipmentAsync(order, shop.A)).Id], mine);

        using (var get = await a.GetAsync($"/portal/don-hang/{parcelB.Id}")) Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        foreach (var (step, fields) in new[]
                 {
                     ("xac-nhan", Array.Empty<(string, string)>()), ("dong-goi", []), ("ban-giao", [("carrier", "VNPost"), ("trackingNumber", "EB123")]),
                     ("da-giao", []), ("huy", [("reason", "Chiếm quyền")]),
                 })
        {
            using var post = await a.PostAsync("/portal/don-hang", $"/portal/don-hang/{parcelB.Id}/{step}", fields);
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        var after = await shop.ShipmentAsync(order, shop.B);
        Assert.Equal(ShipmentStatus.Pending, after.Status);
        Assert.Null(after.TrackingNumber);
        Assert.Equal(stockB, await shop.StockAsync(shop.ProductB));
        Assert.Equal(1, await site.DbAsync(db => db.OrderEvents.CountAsync(e => e.OrderId == order.Id)));

        // B's own page shows B's parcel and the buyer, but not A's parcel.
        var pageB = await shop.B.Client.GetDocumentAsync($"/portal/don-hang/{parcelB.Id}");
        Assert.Single(pageB.QuerySelectorAll("[data-shipment]"));
        Assert.DoesNotContain(shop.ProductA.Name, pageB.Body!.TextContent);
        Assert.Equal(order.CustomerName, pageB.QuerySelector("[data-customer]")!.TextContent.Trim());
        Assert.Equal(order.Phone, pageB.QuerySelector("[data-phone]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Steps_go_in_order_hand_over_needs_tracking_and_the_order_completes_when_every_parcel_is_delivered()
    {
        await using var shop = await OrderTestShop.CreateAsync(site);
        var order = await shop.PlaceAsync((shop.ProductA, 2), (shop.ProductB, 1));
        var parcelA = (await shop.ShipmentAsync(order, shop.A)).Id;
        var parcelB = (await shop.ShipmentAsync(order, shop.B)).Id;
        var a = shop.A.Client;
        var url = $"/portal/don-hang/{parcelA}";

        // The overview and the menu count the new parcel.
        var overview = await a.GetDocumentAsync("/portal");
        Assert.Equal("1", overview.QuerySelector("[data-portal='new-parcels']")?.GetAttribute("data-new-parcels"));
        Assert.Equal("1", overview.QuerySelector(".bo-nav [data-new-parcels]")?.GetAttribute("data-new-parcels"));

        // Delivered before anything else: refused.
        using (var early = await a.PostAsync(url, url + "/da-giao"))
            Assert.Contains("Không thể thực hiện bước này", Status(await SiteTestHelpers.ParseAsync(await early.Content.ReadAsStringAsync(), early.RequestMessage!.RequestUri!)));
        Assert.Equal(ShipmentStatus.Pending, (await shop.ShipmentAsync(order, shop.A)).Status);

        var page = await a.GetDocumentAsync(url);
        Assert.Null(page.QuerySelector("#handover-form"));
        page = await a.SubmitAndReadAsync(page, "#confirm-form");
        Assert.Equal(ShipmentStatus.Confirmed, (await shop.ShipmentAsync(order, shop.A)).Status);
        Assert.Null((await a.GetDocumentAsync("/portal")).QuerySelector("[data-portal='new-parcels']"));

        page = await a.SubmitAndReadAsync(page, "#handover-form", new() { ["carrier"] = "Viettel Post", ["trackingNumber"] = " " });
        Assert.Contains("mã vận đơn", Status(page));
        Assert.Equal(ShipmentStatus.Confirmed, (await shop.ShipmentAsync(order, shop.A)).Status);

        page = await a.SubmitAndReadAsync(page, "#pack-form");
        page = await a.SubmitAndReadAsync(page, "#handover-form", new() { ["carrier"] = "Viettel Post", ["trackingNumber"] = "VTP" + shop.Tag });
        var handed = await shop.ShipmentAsync(order, shop.A);
        Assert.Equal(ShipmentStatus.HandedOver, handed.Status);
        Assert.Equal("VTP" + shop.Tag, handed.TrackingNumber);
        Assert.Contains("VTP" + shop.Tag, page.QuerySelector("[data-tracking]")!.TextContent);
        Assert.Null(page.QuerySelector("#cancel-form")); // gone with the carrier

        page = await a.SubmitAndReadAsync(page, "#deliver-form");
        Assert.Equal(ShipmentStatus.Delivered, (await shop.ShipmentAsync(order, shop.A)).Status);
        Assert.Equal(OrderStatus.Placed, (await shop.ReloadAsync(order)).Status); // B has not shipped yet
        Assert.Null(page.QuerySelector("#next-steps"));

        var b = shop.B.Client;
        var pageB = await b.GetDocumentAsync($"/portal/don-hang/{parcelB}");
        pageB = await b.SubmitAndReadAsync(pageB, "#confirm-form");
        pageB = await b.SubmitAndReadAsync(pageB, "#handover-form", new() { ["carrier"] = "VNPost", ["trackingNumber"] = "EB" + shop.Tag });
        pageB = await b.SubmitAndReadAsync(pageB, "#deliver-form");
        Assert.Equal(OrderStatus.Completed, (await shop.ReloadAsync(order)).Status);
        Assert.NotNull(pageB.QuerySelector("#order-timeline li[data-kind='completed']"));
        var kinds = pageB.QuerySelectorAll("#order-timeline li").Select(li => li.GetAttribute("data-kind")).ToList();
        Assert.Equal(["placed", "shipment.confirmed", "shipment.handed_over", "shipment.delivered", "completed"], kinds); // B sees only its own parcel's steps
    }

    [Fact]
    public async Task An_unpaid_transfer_shows_waiting_for_payment_and_no_steps()
    {
        await using var shop = await OrderTestShop.CreateAsync(site);
        var order = await shop.PlaceAsync((shop.ProductA, 1));
        await site.DbAsync(db => db.Orders.Where(o => o.Id == order.Id).ExecuteUpdateAsync(u => u.SetProperty(o => o.PaymentStatus, PaymentStatus.Pending)));
        var parcel = (await shop.ShipmentAsync(order, shop.A)).Id;
        var a = shop.A.Client;

        var list = await a.GetDocumentAsync("/portal/don-hang?status=Pending");
        Assert.NotNull(list.QuerySelector($"tr[data-parcel='{parcel}'] [data-awaiting-payment]"));
        var page = await a.GetDocumentAsync($"/portal/don-hang/{parcel}");
        Assert.NotNull(page.QuerySelector(".alert[data-awaiting-payment]"));
        Assert.Null(page.QuerySelector("#next-steps"));
        Assert.Null(page.QuerySelector("#cancel-form"));
        Assert.Null((await a.GetDocumentAsync("/portal")).QuerySelector("[data-portal='new-parcels']"));

        using var forced = await a.PostAsync($"/portal/don-hang/{parcel}", $"/portal/don-hang/{parcel}/xac-nhan");
        Assert.Contains("chưa được thanh toán", Status(await SiteTestHelpers.ParseAsync(await forced.Content.ReadAsStringAsync(), forced.RequestMessage!.RequestUri!)));
        Assert.Equal(ShipmentStatus.Pending, (await shop.ShipmentAsync(order, shop.A)).Status);
    }
}

[Collection(Collections.Sqlite)]
public sealed class PortalParcelsSqliteTests(SqliteWebFactory site) : PortalParcelsTests(site);

[Collection(Collections.Postgres)]
public sealed class PortalParcelsPostgresTests(PostgresWebFactory site) : PortalParcelsTests(site);
