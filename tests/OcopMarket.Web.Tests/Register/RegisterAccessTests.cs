using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Audit;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Register;

/// <summary>Who may do what in the register, checked on the server; and the inspection screens, which inspectors use.</summary>
public abstract class RegisterAccessTests(OcopWebFactory site) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Site.RemoveTestProductsAsync();

    protected OcopWebFactory Site { get; } = site;

    private static readonly DateOnly Today = DateOnly.FromDateTime(OcopWebFactory.Now.DateTime);

    private const string DeniedPath = "/tai-khoan/tu-choi";

    [Theory]
    [InlineData("/admin/ho-so")]
    [InlineData("/admin/ho-so/tao")]
    [InlineData("/admin/chung-nhan")]
    [InlineData("/admin/kiem-tra")]
    [InlineData("/admin/kiem-tra/tao")]
    public async Task Visitors_are_sent_to_the_login_page(string url)
    {
        using var client = Site.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(SiteTestHelpers.LoginPath, response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory]
    [InlineData(Roles.Customer, "/admin/ho-so")]
    [InlineData(Roles.Customer, "/admin/chung-nhan")]
    [InlineData(Roles.Customer, "/admin/kiem-tra")]
    [InlineData(Roles.Producer, "/admin/ho-so")]
    [InlineData(Roles.Producer, "/admin/chung-nhan")]
    [InlineData(Roles.Producer, "/admin/kiem-tra/tao")]
    [InlineData(Roles.Inspector, "/admin/ho-so")]
    [InlineData(Roles.Inspector, "/admin/ho-so/tao")]
    [InlineData(Roles.TradePromotion, "/admin/ho-so")]
    [InlineData(Roles.TradePromotion, "/admin/kiem-tra")]
    public async Task Other_roles_are_denied(string role, string url)
    {
        var producerId = role == Roles.Producer ? await Site.DbAsync(db => db.Producers.OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstAsync()) : null;
        var (client, _) = await Site.CreateSignedInClientAsync(role, producerId);
        using var __ = client;
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(DeniedPath, response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Trade_promotion_reads_certificates_but_cannot_revoke()
    {
        await using var product = await Site.NewProductAsync("promo");
        var certificate = await Site.AddCertificateAsync(product.Id, 4, new DateOnly(2025, 3, 18));
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
        using var __ = client;
        var page = await client.GetDocumentAsync($"/admin/chung-nhan/{certificate.Id}");
        Assert.Contains(certificate.DecisionNumber, page.Text());
        Assert.Null(page.QuerySelector("form#revoke"));
        Assert.Null(page.QuerySelector("a[href^='/admin/kiem-tra']"));
        Assert.NotNull(page.QuerySelector("nav a[href='/admin/chung-nhan']"));
    }

    [Fact]
    public async Task An_inspector_plans_and_records_an_inspection_but_cannot_revoke()
    {
        await using var product = await Site.NewProductAsync("inspect");
        var certificate = await Site.AddCertificateAsync(product.Id, 3, new DateOnly(2025, 3, 18));
        var (client, inspector) = await Site.CreateSignedInClientAsync(Roles.Inspector);
        using var __ = client;

        var create = await client.GetDocumentAsync($"/admin/kiem-tra/tao?producerId={product.ProducerId}&productId={product.Id}");
        // Planned for the inspector themselves by default.
        Assert.Equal(inspector.Id.ToString(), create.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("select[name='Form.InspectorUserId']")!.Value);
        var page = await client.PostAsync(create, "form#inspection-plan", new() { ["Form.PlannedOn"] = Today.AddDays(-1).Iso() });
        Assert.Matches("^/admin/kiem-tra/[0-9]+$", page.Path());
        var inspectionId = page.IdFromPath();
        Assert.Equal("Chờ kiểm tra", page.TextOf("[data-testid='inspection-status']"));

        // A warning or a revocation proposal needs the findings written down.
        var refused = await client.PostAsync(page, "form#inspection-record", new() { ["Record.Outcome"] = "ProposeRevocation" });
        Assert.Equal("Vui lòng mô tả nội dung phát hiện khi kết luận là cảnh báo hoặc đề nghị thu hồi.", refused.TextOf("[data-testid='record-error']"));

        page = await client.PostAsync(refused, "form#inspection-record", new()
        {
            ["Record.InspectedOn"] = Today.Iso(),
            ["Record.ProductionContinuing"] = "false",
            ["Record.StampUseCorrect"] = "false",
            ["Record.FoodSafetyOk"] = "",
            ["Record.PackagingLabelOk"] = "true",
            ["Record.Findings"] = "Cơ sở ngừng sản xuất từ tháng 4/2026 nhưng vẫn dán tem OCOP lên hàng tồn.",
            ["Record.Outcome"] = "ProposeRevocation",
        });
        Assert.Equal("Đề nghị thu hồi", page.TextOf("[data-testid='inspection-status']"));
        var link = page.QuerySelector("[data-testid='revocation-proposal'] a[data-testid='revoke-link']");
        Assert.Equal($"/admin/chung-nhan/{certificate.Id}#thu-hoi", link?.GetAttribute("href"));
        // No screen of the register offers an inspector the product or price editors.
        Assert.Null(page.QuerySelector("a[href^='/admin/san-pham']"));

        var inspection = await Site.DbAsync(db => db.Inspections.SingleAsync(i => i.Id == inspectionId));
        Assert.Equal(InspectionStatus.Completed, inspection.Status);
        Assert.Equal(InspectionOutcome.ProposeRevocation, inspection.Outcome);
        Assert.False(inspection.ProductionContinuing);
        Assert.Null(inspection.FoodSafetyOk);
        Assert.True(inspection.PackagingLabelOk);
        Assert.Equal(inspector.Id, inspection.InspectorUserId);
        Assert.True(await Site.DbAsync(db => db.AuditLog.AnyAsync(a => a.EntityType == "Inspection" && a.EntityId == inspectionId.ToString() && a.Action == AuditAction.Updated && a.UserId == inspector.Id)));

        // The certificate page opens for the inspector, without the revoke form and without edit links...
        var certificatePage = await client.GetDocumentAsync($"/admin/chung-nhan/{certificate.Id}");
        Assert.Null(certificatePage.QuerySelector("form#revoke"));
        Assert.Null(certificatePage.QuerySelector("a[href^='/admin/san-pham']"));
        Assert.Null(certificatePage.QuerySelector("a[href^='/admin/ho-so']"));
        // ...and a hand-made revocation is denied on the server.
        var token = await client.GetAntiforgeryTokenAsync($"/admin/chung-nhan/{certificate.Id}");
        using var forced = await client.PostAsync(new Uri($"/admin/chung-nhan/{certificate.Id}/thu-hoi", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [SiteTestHelpers.AntiforgeryField] = token, ["Revoke.Reason"] = "Không có quyền", ["Revoke.DecisionNumber"] = "1/QĐ",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, forced.StatusCode);
        Assert.Equal(DeniedPath, forced.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Null(await Site.DbAsync(db => db.Certificates.Where(c => c.Id == certificate.Id).Select(c => c.RevokedOn).SingleAsync()));

        // The office sees the same proposal with a link straight to the revoke form.
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var ___ = office;
        var officeView = await office.GetDocumentAsync($"/admin/kiem-tra/{inspectionId}");
        Assert.Contains("Thu hồi", officeView.TextOf("a[data-testid='revoke-link']"));
        var revokePage = await office.GetDocumentAsync($"/admin/chung-nhan/{certificate.Id}");
        Assert.NotNull(revokePage.QuerySelector("#thu-hoi form#revoke"));
    }

    [Fact]
    public async Task Planning_refuses_a_product_of_another_producer_and_a_non_inspector()
    {
        await using var product = await Site.NewProductAsync("mismatch");
        var other = await Site.DbAsync(db => db.Producers.Where(p => p.Id != product.ProducerId).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var someone = await Site.CreateUserAsync(Roles.Customer);
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var __ = client;
        var create = await client.GetDocumentAsync("/admin/kiem-tra/tao");

        var refused = await client.PostAsync(create, "form#inspection-plan", new() { ["Form.ProducerId"] = other.ToString(), ["Form.ProductId"] = product.Id.ToString() });
        Assert.Equal("Sản phẩm không thuộc chủ thể này.", refused.TextOf("[data-testid='form-error']"));

        refused = await client.PostAsync(refused, "form#inspection-plan", new()
        {
            ["Form.ProducerId"] = product.ProducerId.ToString(), ["Form.ProductId"] = "", ["Form.InspectorUserId"] = someone.Id.ToString(),
        });
        Assert.StartsWith("Vui lòng chọn cán bộ kiểm tra", refused.TextOf("[data-testid='form-error']"));
        Assert.Equal(0, await Site.DbAsync(db => db.Inspections.CountAsync(i => i.ProductId == product.Id)));
    }

    [Fact]
    public async Task The_inspection_list_filters_by_status_and_outcome()
    {
        await using var product = await Site.NewProductAsync("inspections");
        var ids = await Site.DbAsync(async db =>
        {
            var open = new Inspection { ProducerId = product.ProducerId, ProductId = product.Id, PlannedOn = Today, InspectorName = "Cán bộ A", CreatedAt = Site.Time.GetUtcNow() };
            var warned = new Inspection
            {
                ProducerId = product.ProducerId, ProductId = product.Id, PlannedOn = Today.AddDays(-9), InspectedOn = Today.AddDays(-8), InspectorName = "Cán bộ B",
                Status = InspectionStatus.Completed, Outcome = InspectionOutcome.Warning, Findings = "Nhãn thiếu hạn sử dụng.", CreatedAt = Site.Time.GetUtcNow(),
            };
            db.Inspections.AddRange(open, warned);
            await db.SaveChangesAsync();
            return (open.Id, warned.Id);
        });
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.Inspector);
        using var __ = client;
        var q = Uri.EscapeDataString(product.Name);

        var openList = await client.GetDocumentAsync($"/admin/kiem-tra?status=Open&q={q}");
        Assert.NotNull(openList.QuerySelector($"tr[data-inspection='{ids.Item1}']"));
        Assert.Null(openList.QuerySelector($"tr[data-inspection='{ids.Item2}']"));

        var warnings = await client.GetDocumentAsync($"/admin/kiem-tra?outcome=Warning&q={q}");
        Assert.Equal("Cảnh báo", warnings.TextOf($"tr[data-inspection='{ids.Item2}'] [data-testid='inspection-status']"));
        Assert.Null(warnings.QuerySelector($"tr[data-inspection='{ids.Item1}']"));
        Assert.Null(warnings.QuerySelector("a[href^='/admin/san-pham']"));
    }
}

[Collection(Collections.Sqlite)]
public sealed class RegisterAccessSqliteTests(SqliteWebFactory site) : RegisterAccessTests(site);

[Collection(Collections.Postgres)]
public sealed class RegisterAccessPostgresTests(PostgresWebFactory site) : RegisterAccessTests(site);
