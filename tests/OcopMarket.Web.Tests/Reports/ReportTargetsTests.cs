using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Reports;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.SystemAdmin;

namespace OcopMarket.Web.Tests.Reports;

/// <summary>/admin/bao-cao-thang/chi-tieu: the office adds, edits and deletes yearly targets; mistakes are refused in Vietnamese.</summary>
public abstract class ReportTargetsTests(OcopWebFactory site) : IAsyncLifetime
{
    // A year of its own, so the demo's 2026 targets stay as seeded for other tests.
    private const int Year = 2031;
    private static readonly string List = $"/admin/bao-cao-thang/chi-tieu?nam={Year}";

    protected OcopWebFactory Site { get; } = site;

    public Task InitializeAsync() => ClearAsync();

    public Task DisposeAsync() => ClearAsync();

    private Task ClearAsync() => Site.DbAsync(db => db.ReportTargets.Where(t => t.Year == Year).ExecuteDeleteAsync());

    private static string Errors(AngleSharp.Dom.IDocument page) => page.QuerySelector("#error-summary")?.TextContent ?? "";

    [Fact]
    public async Task The_office_adds_edits_and_deletes_a_target()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;
        var page = await client.GetDocumentAsync(List);
        Assert.NotNull(page.QuerySelector("#targets-empty"));

        var added = await client.SubmitFormAsync(page, "form#target-form", new Dictionary<string, string?>
        {
            ["Indicator"] = ReportIndicators.CertifiedProducts, ["Min"] = "10", ["Max"] = "12", ["Note"] = "Nghị quyết HĐND huyện",
        });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode); // after the redirect to the year's list
        Assert.Equal(List, added.RequestMessage!.RequestUri!.PathAndQuery);
        var target = await Site.DbAsync(db => db.ReportTargets.AsNoTracking().SingleAsync(t => t.Year == Year));
        Assert.Equal((ReportIndicators.CertifiedProducts, 10m, (decimal?)12m, "Nghị quyết HĐND huyện"), (target.Indicator, target.Min, target.Max, target.Note));

        Assert.Contains("Đã thêm chỉ tiêu.", await added.Content.ReadAsStringAsync());
        page = await client.GetDocumentAsync(List);
        var row = page.QuerySelector($"#targets tr[data-indicator='{ReportIndicators.CertifiedProducts}']");
        Assert.Contains("Sản phẩm đạt 3 sao trở lên", row!.TextContent);
        Assert.Equal("10 – 12", row.QuerySelector("[data-target]")!.TextContent.Trim());
        // The indicator is no longer offered for a second target.
        Assert.DoesNotContain(page.QuerySelectorAll("#Indicator option"), o => o.GetAttribute("value") == ReportIndicators.CertifiedProducts);

        var edit = await client.GetDocumentAsync($"/admin/bao-cao-thang/chi-tieu/{target.Id}");
        var saved = await client.SubmitFormAsync(edit, "form#target-form", new Dictionary<string, string?> { ["Min"] = "11", ["Max"] = "" });
        Assert.Equal(List, saved.RequestMessage!.RequestUri!.PathAndQuery);
        target = await Site.DbAsync(db => db.ReportTargets.AsNoTracking().SingleAsync(t => t.Id == target.Id));
        Assert.Equal((11m, (decimal?)null), (target.Min, target.Max));
        page = await client.GetDocumentAsync(List);
        Assert.Equal("tối thiểu 11", page.QuerySelector("[data-target]")!.TextContent.Trim());

        var deleted = await client.SubmitFormAsync(page, $"form[action='/admin/bao-cao-thang/chi-tieu/{target.Id}/xoa']");
        Assert.Equal(List, deleted.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.False(await Site.DbAsync(db => db.ReportTargets.AnyAsync(t => t.Year == Year)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/bao-cao-thang/chi-tieu/{target.Id}")).StatusCode);
    }

    [Fact]
    public async Task Wrong_targets_are_refused_with_Vietnamese_messages()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.Administrator);
        using var _c = client;
        var page = await client.GetDocumentAsync(List);

        async Task<string> RefusedAsync(Dictionary<string, string?> values)
        {
            var response = await client.SubmitFormAsync(page, "form#target-form", values);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            return Errors(await SiteTestHelpers.ParseAsync(await response.Content.ReadAsStringAsync(), new Uri("http://localhost" + List)));
        }

        Assert.Contains("Mức tối đa không được nhỏ hơn mức tối thiểu.",
            await RefusedAsync(new() { ["Indicator"] = ReportIndicators.NewCertificates, ["Min"] = "5", ["Max"] = "3" }));
        Assert.Contains("Vui lòng nhập chỉ tiêu (mức tối thiểu).",
            await RefusedAsync(new() { ["Indicator"] = ReportIndicators.NewCertificates, ["Min"] = "" }));
        Assert.Contains("Vui lòng chọn một chỉ tiêu trong danh sách.",
            await RefusedAsync(new() { ["Indicator"] = "made-up", ["Min"] = "5" }));
        Assert.Contains("Chỉ tiêu không được là số âm.",
            await RefusedAsync(new() { ["Indicator"] = ReportIndicators.NewCertificates, ["Min"] = "-1" }));
        Assert.Contains("Chỉ tiêu đếm số lượng phải là số nguyên.",
            await RefusedAsync(new() { ["Indicator"] = ReportIndicators.NewCertificates, ["Min"] = "2,5" }));
        Assert.Contains("Năm phải từ 2020 đến 2100.",
            await RefusedAsync(new() { ["Year"] = "1999", ["Indicator"] = ReportIndicators.NewCertificates, ["Min"] = "5" }));
        Assert.False(await Site.DbAsync(db => db.ReportTargets.AnyAsync(t => t.Year == Year)));

        // One target per indicator and year: a second one (posted directly, the form no longer offers it) is refused.
        Assert.Equal(List, (await client.SubmitFormAsync(page, "form#target-form",
            new Dictionary<string, string?> { ["Indicator"] = ReportIndicators.OnlineRevenue, ["Min"] = "50000000" })).RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Contains("Chỉ tiêu này đã được đặt cho năm đó",
            await RefusedAsync(new() { ["Indicator"] = ReportIndicators.OnlineRevenue, ["Min"] = "60000000" }));
        Assert.Equal(50_000_000m, await Site.DbAsync(db => db.ReportTargets.Where(t => t.Year == Year).Select(t => t.Min).SingleAsync()));
    }

    [Fact]
    public async Task The_report_measures_the_year_so_far_against_the_demo_targets()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
        using var _c = client;
        var page = await client.GetDocumentAsync("/admin/bao-cao-thang?thang=2026-11");
        var row = ReportTestKit.Row(page, "targets-table", "Sản phẩm đạt 3 sao trở lên");
        Assert.NotNull(row);
        Assert.Contains("10 – 12", row!.TextContent);
        // A level indicator: the year so far is the month's own figure.
        Assert.Equal(ReportTestKit.Value(row, 2), ReportTestKit.Value(row, 4));
        var percent = ReportTestKit.Value(row, 5);
        Assert.Equal(Math.Floor(ReportTestKit.Value(row, 4) * 100 / 10), percent);
        Assert.Null(page.QuerySelector("#edit-targets")); // trade promotion sees the targets but does not edit them
        Assert.True((await client.GetAsync("/admin/bao-cao-thang/chi-tieu")).IsDenied());

        // The demo seed's targets are there once, whatever the number of starts.
        var demo = await Site.DbAsync(db => db.ReportTargets.Where(t => t.Year == DemoReportTargetsSeed.Year).Select(t => t.Indicator).ToListAsync());
        Assert.Equal(demo.Count, demo.Distinct().Count());
        Assert.Superset(new HashSet<string>(DemoReportTargetsSeed.Targets.Select(t => t.Indicator)), demo.ToHashSet());
    }
}

[Collection(Collections.Sqlite)]
public sealed class ReportTargetsSqliteTests(SqliteWebFactory site) : ReportTargetsTests(site);

[Collection(Collections.Postgres)]
public sealed class ReportTargetsPostgresTests(PostgresWebFactory site) : ReportTargetsTests(site);
