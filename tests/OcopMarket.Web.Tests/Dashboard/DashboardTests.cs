using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Catalog.Moderation;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.RegisterImport;

namespace OcopMarket.Web.Tests.Dashboard;

/// <summary>/admin: every figure checked against an independent computation over the same data (in memory, with the date rule).</summary>
public abstract class DashboardTests(OcopWebFactory site) : IAsyncLifetime
{
    private readonly OfficeTestRows _rows = new(site);

    protected OcopWebFactory Site { get; } = site;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _rows.RemoveAsync();

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Site.Time.GetUtcNow(), Site.Time.LocalTimeZone).DateTime);

    private static int Stat(IDocument page, string name) => int.Parse(page.QuerySelector($"[data-stat='{name}']")!.TextContent.Trim().Replace(".", ""));

    /// <summary>What the dashboard should say, computed from all rows with <see cref="CertificateStatusPolicy"/> in memory.</summary>
    private async Task<Expected> ExpectedAsync()
    {
        var today = Today;
        return await Site.DbAsync(async db =>
        {
            var certificates = await db.Certificates.AsNoTracking().ToListAsync();
            var products = await db.Products.AsNoTracking().Select(p => new { p.Id, p.ProducerId, p.ModerationStatus }).ToListAsync();
            var producers = await db.Producers.AsNoTracking().Select(p => new { p.Id, p.CommuneId }).ToDictionaryAsync(p => p.Id);
            var units = await db.AdminUnits.AsNoTracking().Where(u => u.Level == Core.Places.AdminUnitLevel.Commune).Select(u => new { u.Id, u.SuccessorId }).ToDictionaryAsync(u => u.Id);
            var dossiers = await db.Dossiers.AsNoTracking().Select(d => new { d.ProductId, d.Status }).ToListAsync();
            var open = new[] { DossierStatus.Draft, DossierStatus.CommuneAssessed, DossierStatus.Submitted, DossierStatus.Evaluated };

            var best = certificates.Where(c => CertificateStatusPolicy.ShowsBadgeOn(c, today))
                .GroupBy(c => c.ProductId).ToDictionary(g => g.Key, g => g.Max(c => c.Stars));
            var byCommune = best
                .Select(b => (Commune: units[producers[products.Single(p => p.Id == b.Key).ProducerId].CommuneId] is var u ? u.SuccessorId ?? u.Id : 0, Stars: b.Value))
                .GroupBy(x => x.Commune)
                .ToDictionary(g => g.Key, g => (Three: g.Count(x => x.Stars == 3), Four: g.Count(x => x.Stars == 4), Five: g.Count(x => x.Stars == 5)));

            var expiring = certificates.Count(c => CertificateStatusPolicy.StatusOn(c, today) == CertificateStatus.Expiring);
            var awaiting = certificates.GroupBy(c => c.ProductId).Count(g =>
            {
                var latest = g.OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Id).First();
                return CertificateStatusPolicy.StatusOn(latest, today) == CertificateStatus.Expired
                    && !g.Any(c => CertificateStatusPolicy.StatusOn(c, today) is CertificateStatus.Valid or CertificateStatus.Expiring or CertificateStatus.NotYetValid)
                    && !dossiers.Any(d => d.ProductId == g.Key && open.Contains(d.Status));
            });
            return new Expected(
                best.Values.Count(s => s == 3), best.Values.Count(s => s == 4), best.Values.Count(s => s == 5), byCommune, expiring, awaiting,
                products.Count(p => p.ModerationStatus == ModerationStatus.Submitted) + await db.ProductChangeRequests.CountAsync(r => r.Status == ChangeRequestStatus.Pending),
                await db.Inspections.CountAsync(i => i.Status == InspectionStatus.Open),
                dossiers.Count(d => open.Contains(d.Status)));
        });
    }

    private sealed record Expected(int Three, int Four, int Five, Dictionary<int, (int Three, int Four, int Five)> ByCommune,
        int Expiring, int Awaiting, int Moderation, int Inspections, int Dossiers);

    [Fact]
    public async Task Every_figure_matches_an_independent_count_of_the_data()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;

        var page = await client.GetDocumentAsync("/admin");
        var expected = await ExpectedAsync();

        Assert.Equal(expected.Three, Stat(page, "stars-3"));
        Assert.Equal(expected.Four, Stat(page, "stars-4"));
        Assert.Equal(expected.Five, Stat(page, "stars-5"));
        Assert.Equal(expected.Three + expected.Four + expected.Five, Stat(page, "certified"));
        Assert.Equal(expected.Expiring, Stat(page, "expiring"));
        Assert.Equal(expected.Awaiting, Stat(page, "expired"));
        Assert.Equal(expected.Moderation, Stat(page, "moderation"));
        Assert.Equal(expected.Inspections, Stat(page, "inspections"));
        Assert.Equal(expected.Dossiers, Stat(page, "dossiers"));

        var rows = page.QuerySelectorAll("#by-commune tr[data-commune]").ToDictionary(
            r => int.Parse(r.GetAttribute("data-commune")!),
            r => (int.Parse(r.QuerySelector("[data-stars='3']")!.TextContent), int.Parse(r.QuerySelector("[data-stars='4']")!.TextContent), int.Parse(r.QuerySelector("[data-stars='5']")!.TextContent)));
        Assert.Equal(expected.ByCommune.OrderBy(k => k.Key), rows.OrderBy(k => k.Key));

        // The seed's sanity: the expired persimmon waits for re-evaluation; the revoked rice paper does not.
        Assert.Contains("Hồng không hạt Bảo Lâm", page.QuerySelector("#expired")!.TextContent);
        Assert.DoesNotContain("Bánh tráng nước dừa Tây Sơn", page.QuerySelector("#expired")!.TextContent);
        // No orders tile: the shop does not exist yet.
        Assert.Null(page.QuerySelector("[data-stat='orders']"));
    }

    [Fact]
    public async Task Producers_in_pre_2025_communes_count_for_todays_commune()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;
        var (oldId, todayId) = await Site.DbAsync(async db => (
            await db.AdminUnits.Where(u => u.Code == "OC15769").Select(u => u.Id).SingleAsync(),
            await db.AdminUnits.Where(u => u.Code == "C15667").Select(u => u.Id).SingleAsync()));

        var page = await client.GetDocumentAsync("/admin");

        // HTX Nông nghiệp Bình Sơn is recorded in the old Xã Bình Sơn, now part of Xã Thọ Bình.
        Assert.Null(page.QuerySelector($"#by-commune tr[data-commune='{oldId}']"));
        var row = page.QuerySelector($"#by-commune tr[data-commune='{todayId}']")!;
        Assert.Contains("Xã Thọ Bình", row.TextContent);
        Assert.Contains("Tỉnh Thanh Hóa", row.TextContent);
    }

    [Fact]
    public async Task Expiring_and_expired_certificates_are_listed_until_a_dossier_is_opened()
    {
        var today = Today;
        var tag = _rows.NewTag("D");
        var (expiringId, expiredProductId) = await Site.DbAsync(async db =>
        {
            var producer = await db.Producers.FirstAsync();
            var category = await db.Categories.FirstAsync(c => c.ParentId != null);
            Product NewProduct(string name) => new()
            {
                Name = name, Slug = Core.Common.SlugGenerator.Generate(name), ProducerId = producer.Id, CategoryId = category.Id,
                IsPublished = false, CreatedAt = Site.Time.GetUtcNow(), UpdatedAt = Site.Time.GetUtcNow(),
            };
            var soon = NewProduct("Sản phẩm sắp hết hạn " + tag);
            var soonCertificate = new Certificate { DecisionNumber = "HH-" + tag, IssuingBody = "UBND tỉnh", CouncilLevel = CouncilLevel.Province, Stars = 4, IssuedOn = today.AddMonths(-36).AddDays(1), ExpiresOn = today };
            soon.Certificates.Add(soonCertificate);
            var old = NewProduct("Sản phẩm đã hết hạn " + tag);
            old.Certificates.Add(new Certificate { DecisionNumber = "QH-" + tag, IssuingBody = "UBND huyện", CouncilLevel = CouncilLevel.District, CriteriaSet = CriteriaSet.Decision1048, Stars = 3, IssuedOn = new DateOnly(2012, 1, 1), ExpiresOn = new DateOnly(2014, 12, 31) });
            db.Products.AddRange(soon, old);
            await db.SaveChangesAsync();
            return (soonCertificate.Id, old.Id);
        });
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.Inspector);
        using var _c = client;

        var page = await client.GetDocumentAsync("/admin");
        var expiring = page.QuerySelector($"#expiring tr[data-certificate='{expiringId}']")!;
        Assert.Contains("Sản phẩm sắp hết hạn " + tag, expiring.TextContent);
        Assert.Contains(today.ToString("dd/MM/yyyy"), expiring.TextContent);
        Assert.Equal($"/admin/chung-nhan/{expiringId}", expiring.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Sản phẩm đã hết hạn " + tag, page.QuerySelector("#expired")!.TextContent);

        // A re-evaluation dossier takes it off the waiting list.
        await Site.DbAsync(async db =>
        {
            db.Dossiers.Add(new EvaluationDossier { ProductId = expiredProductId, Kind = DossierKind.ReEvaluation, Status = DossierStatus.Submitted, CreatedAt = Site.Time.GetUtcNow() });
            await db.SaveChangesAsync();
        });
        var after = await client.GetDocumentAsync("/admin");
        Assert.DoesNotContain("Sản phẩm đã hết hạn " + tag, after.QuerySelector("#expired")!.TextContent);
        Assert.Equal(Stat(page, "dossiers") + 1, Stat(after, "dossiers"));
        Assert.Equal(Stat(page, "expired") - 1, Stat(after, "expired"));
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.OfficeStaff)]
    [InlineData(Roles.Inspector)]
    [InlineData(Roles.TradePromotion)]
    public async Task Everyone_of_the_back_office_sees_the_dashboard(string role)
    {
        var (client, _) = await Site.CreateSignedInClientAsync(role);
        using var _c = client;
        using var response = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Links are offered only where the role may go.
        var page = await SiteTestHelpers.ParseAsync(await response.Content.ReadAsStringAsync(), new Uri("http://localhost/admin"));
        var office = role is Roles.Administrator or Roles.OfficeStaff;
        Assert.Equal(office, page.QuerySelector("main a[href='/admin/kiem-duyet']") is not null);
    }

    [Fact]
    public async Task The_language_switch_of_the_back_office_gives_the_english_dashboard()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;
        var page = await client.GetDocumentAsync("/admin");
        Assert.Equal("Tổng quan", page.QuerySelector("main h1")!.TextContent.Trim());

        var english = await client.GetDocumentAsync(page.QuerySelector("header a[hreflang='en']")!.GetAttribute("href")!);
        Assert.Equal("/admin", new Uri(english.Url).AbsolutePath);
        Assert.Equal("Dashboard", english.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Contains("Products with a valid OCOP rank", english.QuerySelector("#stat-certified")!.TextContent);
        Assert.Contains("Certified products by commune", english.QuerySelector("#by-commune")!.TextContent);
    }

    [Theory]
    [InlineData(Roles.Producer)]
    [InlineData(Roles.Customer)]
    public async Task Producers_and_customers_are_kept_out(string role)
    {
        var producerId = role == Roles.Producer ? await Site.DbAsync(db => db.Producers.Select(p => p.Id).FirstAsync()) : (int?)null;
        var (client, _) = await Site.CreateSignedInClientAsync(role, producerId);
        using var _c = client;
        using var response = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("/tai-khoan/tu-choi", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var (client, _) = Site.CreateClientWithCookies();
        using var _c = client;
        using var response = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(SiteTestHelpers.LoginPath, response.RequestMessage!.RequestUri!.AbsolutePath);
    }
}

[Collection(Collections.Sqlite)]
public sealed class DashboardSqliteTests(SqliteWebFactory site) : DashboardTests(site);

[Collection(Collections.Postgres)]
public sealed class DashboardPostgresTests(PostgresWebFactory site) : DashboardTests(site);
