using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Audit;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Register;

/// <summary>The certificate screens: statuses by date, revocation (badge gone at once, audited), the list's filters.</summary>
public abstract class CertificateRegisterTests(OcopWebFactory site) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Site.RemoveTestProductsAsync();

    protected OcopWebFactory Site { get; } = site;

    private static readonly DateOnly Today = DateOnly.FromDateTime(OcopWebFactory.Now.DateTime);

    private static IElement? Badge(IDocument productPage) => productPage.QuerySelector("[data-testid='ocop-badge']");

    [Fact]
    public async Task Revoking_removes_the_badge_from_the_product_page_at_once_and_is_audited()
    {
        await using var product = await Site.NewProductAsync("revoke", published: true);
        var certificate = await Site.AddCertificateAsync(product.Id, 4, new DateOnly(2025, 3, 18));
        using var visitor = Site.CreateClient();
        // An anonymous visit first, so the page sits in the output cache with its badge.
        Assert.NotNull(Badge(await visitor.GetDocumentAsync("/san-pham/" + product.Slug)));

        var (client, office) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = client;
        var page = await client.GetDocumentAsync($"/admin/chung-nhan/{certificate.Id}");
        Assert.NotNull(page.QuerySelector("form#revoke[data-confirm]"));

        // Reason and decision number are required.
        var refused = await client.PostAsync(page, "form#revoke", new() { ["Revoke.Reason"] = "", ["Revoke.DecisionNumber"] = "" });
        Assert.Equal("Vui lòng nêu lý do thu hồi.", refused.TextOf("[data-valmsg-for='Revoke.Reason']"));
        Assert.Equal("Vui lòng nhập số quyết định thu hồi.", refused.TextOf("[data-valmsg-for='Revoke.DecisionNumber']"));

        page = await client.PostAsync(refused, "form#revoke", new()
        {
            ["Revoke.Reason"] = "Kiểm tra ngày 20/11/2026: cơ sở ngừng sản xuất quá 6 tháng.",
            ["Revoke.DecisionNumber"] = "315/QĐ-UBND",
        });
        Assert.Equal($"/admin/chung-nhan/{certificate.Id}", page.Path());
        Assert.Equal("Đã thu hồi", page.TextOf("[data-testid='certificate-status']"));
        Assert.Contains("315/QĐ-UBND", page.TextOf("[data-testid='revocation']"));
        Assert.Null(page.QuerySelector("form#revoke"));

        var productPage = await visitor.GetDocumentAsync("/san-pham/" + product.Slug);
        Assert.Null(Badge(productPage));
        Assert.Contains("thu hồi", productPage.TextOf("[data-testid='certification-note']"));

        var (saved, audit) = await Site.DbAsync(async db => (
            await db.Certificates.SingleAsync(c => c.Id == certificate.Id),
            await db.AuditLog.Where(a => a.EntityType == "Certificate" && a.EntityId == certificate.Id.ToString() && a.Action == AuditAction.Updated).ToListAsync()));
        Assert.Equal(Today, saved.RevokedOn);
        Assert.Equal("315/QĐ-UBND", saved.RevocationDecisionNumber);
        Assert.StartsWith("Kiểm tra ngày 20/11/2026", saved.RevocationReason);
        var entry = Assert.Single(audit);
        Assert.Equal(office.Id, entry.UserId);
        Assert.Contains("RevokedOn", entry.Changes);
        Assert.Contains("315/QĐ-UBND", entry.Changes);

        // Revoking twice is refused.
        var token = await client.GetAntiforgeryTokenAsync($"/admin/chung-nhan/{certificate.Id}");
        using var again = await client.PostAsync(new Uri($"/admin/chung-nhan/{certificate.Id}/thu-hoi", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [SiteTestHelpers.AntiforgeryField] = token, ["Revoke.Reason"] = "Lần nữa", ["Revoke.DecisionNumber"] = "316/QĐ-UBND",
        }));
        Assert.Contains($"Giấy chứng nhận này đã bị thu hồi ngày {Today:dd/MM/yyyy}.", (await again.ReadPageAsync()).TextOf("[data-testid='revoke-error']"));
        Assert.Equal("315/QĐ-UBND", await Site.DbAsync(db => db.Certificates.Where(c => c.Id == certificate.Id).Select(c => c.RevocationDecisionNumber).SingleAsync()));
    }

    [Fact]
    public async Task A_certificate_expires_by_date_alone_and_the_badge_goes_with_it()
    {
        await using var product = await Site.NewProductAsync("expiry", published: true);
        // Issued 10/01/2024, valid to 09/01/2027: 45 days left on 25/11/2026.
        var certificate = await Site.AddCertificateAsync(product.Id, 3, new DateOnly(2024, 1, 10), CouncilLevel.District);
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var __ = client;
        using var visitor = Site.CreateClient();
        // A fresh query string per visit: this test is about dates, not about the output cache.
        string ProductUrl() => $"/san-pham/{product.Slug}?v={Guid.NewGuid():N}";

        Assert.NotNull(Badge(await visitor.GetDocumentAsync(ProductUrl())));
        var page = await client.GetDocumentAsync($"/admin/chung-nhan/{certificate.Id}");
        Assert.Equal("Sắp hết hạn", page.TextOf("[data-testid='certificate-status']"));
        var expiring = await client.GetDocumentAsync($"/admin/chung-nhan?status=Expiring&q={Uri.EscapeDataString(product.Name)}");
        Assert.NotNull(expiring.QuerySelector($"tr[data-certificate='{certificate.Id}']"));

        Site.Time.Advance(TimeSpan.FromDays(46));
        try
        {
            var productPage = await visitor.GetDocumentAsync(ProductUrl());
            Assert.Null(Badge(productPage));
            Assert.Contains("09/01/2027", productPage.TextOf("[data-testid='certification-note']"));
            // Sign in again on the moved clock (the first cookie has long expired by then).
            var (later, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
            using var ___ = later;
            var expired = await later.GetDocumentAsync($"/admin/chung-nhan?status=Expired&q={Uri.EscapeDataString(product.Name)}");
            Assert.Equal("Hết hiệu lực", expired.TextOf($"tr[data-certificate='{certificate.Id}'] [data-testid='certificate-status']"));
        }
        finally
        {
            Site.Time.AdjustTime(OcopWebFactory.Now.ToUniversalTime());
        }
        Assert.NotNull(Badge(await visitor.GetDocumentAsync(ProductUrl())));
    }

    [Fact]
    public async Task The_list_filters_by_status_and_stars_and_sorts_on_the_server()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var __ = client;

        var revoked = await client.GetDocumentAsync("/admin/chung-nhan?status=Revoked");
        var names = revoked.QuerySelectorAll("#certificates tbody tr .reg-table-link").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Bánh tráng nước dừa Tây Sơn", names);
        Assert.All(revoked.QuerySelectorAll("[data-testid='certificate-status']"), s => Assert.Equal("Đã thu hồi", s.TextContent.Trim()));

        var expired = await client.GetDocumentAsync("/admin/chung-nhan?status=Expired&q=hong%20khong%20hat");
        Assert.Equal(["Hồng không hạt Bảo Lâm"], expired.QuerySelectorAll("#certificates tbody tr .reg-table-link").Select(a => a.TextContent.Trim()));

        var fourStars = await client.GetDocumentAsync("/admin/chung-nhan?stars=4&sort=expires&desc=true");
        var rows = fourStars.QuerySelectorAll("#certificates tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("★★★★", r.QuerySelector(".reg-stars [aria-hidden]")!.TextContent));
        var expiries = rows.Select(r => DateOnly.ParseExact(r.QuerySelector("[data-testid='expires']")!.TextContent.Trim(), "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(expiries.OrderByDescending(d => d).ToList(), expiries);

        // The counters follow the dates too.
        var all = await client.GetDocumentAsync("/admin/chung-nhan");
        Assert.NotNull(all.QuerySelector("[data-testid='certificate-counts'] a[data-status='Expiring']"));
    }
}

[Collection(Collections.Sqlite)]
public sealed class CertificateRegisterSqliteTests(SqliteWebFactory site) : CertificateRegisterTests(site);

[Collection(Collections.Postgres)]
public sealed class CertificateRegisterPostgresTests(PostgresWebFactory site) : CertificateRegisterTests(site);
