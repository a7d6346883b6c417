using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Places.Routes;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.SystemAdmin;

namespace OcopMarket.Web.Tests.Routes;

/// <summary>Enquiries in the portal (scoped to the producer) and the admin area, and the office's route editor.</summary>
public abstract class RouteBackOfficeTests(OcopWebFactory site) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Site.DeleteRouteTestDataAsync();

    protected OcopWebFactory Site { get; } = site;

    [Fact]
    public async Task A_producer_answers_its_own_enquiries_and_gets_404_for_another_s()
    {
        var mine = await Site.CreateProducerAsync();
        var other = await Site.CreateProducerAsync();
        var own = await Site.CreateEnquiryAsync(mine.Id, "Khách của tôi");
        var foreign = await Site.CreateEnquiryAsync(other.Id, "Khách của người khác");
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.Producer, mine.Id);
        using var _c = client;

        var list = await client.GetDocumentAsync("/portal/trai-nghiem");
        Assert.NotNull(list.QuerySelector($"#enquiry-list [data-enquiry='{own.Id}']"));
        Assert.Null(list.QuerySelector($"#enquiry-list [data-enquiry='{foreign.Id}']"));
        Assert.Equal("1", list.QuerySelector("[data-new-enquiries]")?.GetAttribute("data-new-enquiries"));

        using (var r = await client.GetAsync($"/portal/trai-nghiem/{foreign.Id}")) Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        var page = await client.GetDocumentAsync($"/portal/trai-nghiem/{own.Id}");
        var token = page.QuerySelector($"input[name='{SiteTestHelpers.AntiforgeryField}']")!.GetAttribute("value")!;
        using (var r = await client.PostFormAsync($"/portal/trai-nghiem/{foreign.Id}/trang-thai", new Dictionary<string, string>
               { [SiteTestHelpers.AntiforgeryField] = token, ["Status"] = "Declined" }))
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);

        using var saved = await client.SubmitFormAsync(page, "#enquiry-status-form", new Dictionary<string, string?> { ["Status"] = "Confirmed", ["Note"] = "Khách đến 8:30 thứ Bảy" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var (ownAfter, foreignAfter) = await Site.DbAsync(async db => (
            await db.ExperienceEnquiries.AsNoTracking().SingleAsync(e => e.Id == own.Id),
            await db.ExperienceEnquiries.AsNoTracking().SingleAsync(e => e.Id == foreign.Id)));
        Assert.Equal(EnquiryStatus.Confirmed, ownAfter.Status);
        Assert.Equal("Khách đến 8:30 thứ Bảy", ownAfter.StaffNote);
        Assert.NotNull(ownAfter.UpdatedAt);
        Assert.Equal(EnquiryStatus.New, foreignAfter.Status);
    }

    [Fact]
    public async Task The_office_filters_every_enquiry_and_updates_one()
    {
        var producer = await Site.CreateProducerAsync();
        var a = await Site.CreateEnquiryAsync(producer.Id, "Khách văn phòng A");
        var b = await Site.CreateEnquiryAsync(producer.Id, "Khách văn phòng B", EnquiryStatus.Contacted);
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
        using var _c = client;

        var list = await client.GetDocumentAsync($"/admin/yeu-cau-trai-nghiem?producer={producer.Id}&status=New");
        Assert.NotNull(list.QuerySelector($"[data-enquiry='{a.Id}']"));
        Assert.Null(list.QuerySelector($"[data-enquiry='{b.Id}']"));

        var page = await client.GetDocumentAsync($"/admin/yeu-cau-trai-nghiem/{b.Id}");
        using var r = await client.SubmitFormAsync(page, "#enquiry-status-form", new Dictionary<string, string?> { ["Status"] = "Closed" });
        Assert.Equal(EnquiryStatus.Closed, await Site.DbAsync(db => db.ExperienceEnquiries.Where(e => e.Id == b.Id).Select(e => e.Status).SingleAsync()));

        var (customer, _) = await Site.CreateSignedInClientAsync(Roles.Customer);
        using var _d = customer;
        using var denied = await customer.GetAsync("/admin/yeu-cau-trai-nghiem");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
    }

    [Fact]
    public async Task The_office_moves_a_stop_down_and_the_route_is_renumbered()
    {
        var producer = await Site.CreateProducerAsync();
        var route = await Site.CreateRouteAsync(producer.Id);
        var first = route.Stops.Single(s => s.Position == 1);
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;

        var page = await client.GetDocumentAsync($"/admin/tuyen-du-lich/{route.Id}");
        using var r = await client.SubmitFormAsync(page, $"form[action='/admin/tuyen-du-lich/{route.Id}/diem-dung/{first.Id}/xuong']");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);

        var order = await Site.DbAsync(db => db.TourismRouteStops.Where(s => s.RouteId == route.Id).OrderBy(s => s.Position).Select(s => new { s.Id, s.Position }).ToListAsync());
        Assert.Equal([route.Stops[1].Id, first.Id, route.Stops[2].Id], order.Select(o => o.Id));
        Assert.Equal([1, 2, 3], order.Select(o => o.Position));

        var publicPage = await Site.CreateRawClient().GetDocumentAsync($"/tuyen-du-lich/{route.Slug}");
        Assert.Equal(route.Stops[1].Name, publicPage.QuerySelector("#route-stops > li .stop-name")?.TextContent.Trim());
    }

    [Fact]
    public async Task Creating_a_route_checks_the_form_then_saves_it()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;
        var page = await client.GetDocumentAsync("/admin/tuyen-du-lich/tao");

        using var bad = await client.SubmitFormAsync(page, "#route-form", new Dictionary<string, string?>
        {
            ["Name"] = "", ["Summary"] = "Tóm tắt", ["DurationDays"] = "1", ["DurationNights"] = "3",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badPage = await SiteTestHelpers.ParseAsync(await bad.Content.ReadAsStringAsync(), new Uri("http://localhost/"));
        Assert.Equal("Vui lòng nhập tên.", badPage.QuerySelector("[data-valmsg-for='Name']")?.TextContent.Trim());
        Assert.Equal("Tóm tắt", badPage.QuerySelector("#Summary")?.TextContent);

        var name = "Tuyến mới thử " + Guid.NewGuid().ToString("N")[..6];
        using var nights = await client.SubmitFormAsync(page, "#route-form", new Dictionary<string, string?>
        {
            ["Name"] = name, ["Summary"] = "Tóm tắt", ["DurationDays"] = "1", ["DurationNights"] = "3",
        });
        var nightsPage = await SiteTestHelpers.ParseAsync(await nights.Content.ReadAsStringAsync(), new Uri("http://localhost/"));
        Assert.Equal("Số đêm không được nhiều hơn số ngày.", nightsPage.QuerySelector("[data-valmsg-for='DurationNights']")?.TextContent.Trim());
        Assert.False(await Site.DbAsync(db => db.TourismRoutes.AnyAsync(r => r.Name == name)));

        using var good = await client.SubmitFormAsync(page, "#route-form", new Dictionary<string, string?>
        {
            ["Name"] = name, ["Summary"] = "Tóm tắt", ["Description"] = "<p>Xin chào</p><script>alert(1)</script>", ["DurationDays"] = "2", ["DurationNights"] = "1",
        });
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var saved = await Site.DbAsync(db => db.TourismRoutes.AsNoTracking().SingleAsync(r => r.Name == name));
        Assert.Equal(2, saved.DurationDays);
        Assert.DoesNotContain("<script", saved.Description, StringComparison.OrdinalIgnoreCase);
        Assert.False(saved.IsPublished);
    }

    [Fact]
    public async Task Route_and_enquiry_posts_need_the_antiforgery_token()
    {
        var producer = await Site.CreateProducerAsync();
        var route = await Site.CreateRouteAsync(producer.Id);
        var stop = route.Stops[0];
        var (client, _) = await Site.CreateSignedInRawClientAsync(Roles.Administrator);
        using var _c = client;

        foreach (var url in new[] { "/admin/tuyen-du-lich/tao", $"/admin/tuyen-du-lich/{route.Id}/diem-dung/{stop.Id}/xuong", $"/admin/tuyen-du-lich/{route.Id}/xoa" })
        {
            using var r = await client.PostFormAsync(url, new Dictionary<string, string> { ["Name"] = "x" });
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        }
        Assert.True(await Site.DbAsync(db => db.TourismRoutes.AnyAsync(r => r.Id == route.Id)));
        Assert.Equal(1, await Site.DbAsync(db => db.TourismRouteStops.Where(s => s.Id == stop.Id).Select(s => s.Position).SingleAsync()));
    }
}

[Collection(Collections.Sqlite)]
public sealed class RouteBackOfficeSqliteTests(SqliteWebFactory site) : RouteBackOfficeTests(site);

[Collection(Collections.Postgres)]
public sealed class RouteBackOfficePostgresTests(PostgresWebFactory site) : RouteBackOfficeTests(site);
