using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Audit;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Register;

/// <summary>The dossier screens through their real forms: opening, commune assessment, submission, evaluation, certificate.</summary>
public abstract class DossierFlowTests(OcopWebFactory site) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Site.RemoveTestProductsAsync();

    protected OcopWebFactory Site { get; } = site;

    private static readonly DateOnly Today = DateOnly.FromDateTime(OcopWebFactory.Now.DateTime);

    private async Task<IDocument> OpenDossierAsync(HttpClient client, int productId, string kind = "Initial")
    {
        var create = await client.GetDocumentAsync("/admin/ho-so/tao");
        var details = await client.PostAsync(create, "form#dossier-create", new() { ["Form.ProductId"] = productId.ToString(), ["Form.Kind"] = kind });
        Assert.Matches("^/admin/ho-so/[0-9]+$", details.Path());
        return details;
    }

    [Fact]
    public async Task A_product_goes_from_dossier_to_certificate_through_the_forms_and_gets_its_badge()
    {
        await using var product = await Site.NewProductAsync("flow", published: true);
        var (client, office) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = client;

        var page = await OpenDossierAsync(client, product.Id);
        var dossierId = page.IdFromPath();
        Assert.Contains(product.Name, page.Text());
        Assert.Equal("Mới lập", page.TextOf("[data-testid='dossier-status']"));
        Assert.Null(page.QuerySelector("form#submit"));

        page = await client.PostAsync(page, "form#assessment", new()
        {
            ["Assessment.LocalRawMaterials"] = "Mật ong từ 300 đàn ong nuôi trong xã",
            ["Assessment.LocalLabour"] = "18 thành viên hợp tác xã, đều cư trú tại xã",
            ["Assessment.IdeaOrigin"] = "Nghề nuôi ong truyền thống của gia đình",
            ["Assessment.LocalIdentity"] = "Gắn với vùng đồi keo, hoa rừng của xã",
            ["Assessment.Passed"] = "true",
            ["Assessment.AssessedOn"] = Today.AddDays(-20).Iso(),
        });
        Assert.Equal("Đã đánh giá cấp xã", page.TextOf("[data-testid='dossier-status']"));

        page = await client.PostAsync(page, "form#submit", new() { ["Submit.SubmittedOn"] = Today.AddDays(-15).Iso() });
        Assert.Equal("Đã nộp hội đồng", page.TextOf("[data-testid='dossier-status']"));

        // "32,5" with a comma and "25.25" with a dot both read as decimals, whatever the UI language: 32.5 + 20 + 25.25 = 77.75 → 4★.
        page = await client.PostAsync(page, "form#evaluation", new()
        {
            ["Evaluation.Level"] = "Province",
            ["Evaluation.Set"] = "Decision148",
            ["Evaluation.ScoreA"] = "32,5",
            ["Evaluation.ScoreB"] = "20",
            ["Evaluation.ScoreC"] = "25.25",
            ["Evaluation.EvaluatedOn"] = Today.AddDays(-5).Iso(),
        });
        Assert.Equal("77,75", page.TextOf("[data-testid='total-score']"));
        Assert.Equal("★★★★", page.TextOf("[data-testid='stars']"));
        Assert.Contains("Tổng 77,75 điểm: đạt 4 sao.", page.Text());

        var number = $"{Random.Shared.Next(100, 999)}/QĐ-UBND-{Guid.NewGuid().ToString("N")[..6]}";
        page = await client.PostAsync(page, "form#issue", new()
        {
            ["Issue.DecisionNumber"] = number,
            ["Issue.IssuingBody"] = "UBND tỉnh Thanh Hóa",
            ["Issue.IssuedOn"] = Today.AddDays(-1).Iso(),
        });
        Assert.Matches("^/admin/chung-nhan/[0-9]+$", page.Path());
        var certificateId = page.IdFromPath();
        Assert.Contains($"Đã cấp giấy chứng nhận {number}.", page.Text());
        Assert.Equal("Còn hiệu lực", page.TextOf("[data-testid='certificate-status']"));

        var (certificate, dossier, audit) = await Site.DbAsync(async db => (
            await db.Certificates.SingleAsync(c => c.Id == certificateId),
            await db.Dossiers.SingleAsync(d => d.Id == dossierId),
            await db.AuditLog.Where(a => a.EntityType == "Certificate" && a.EntityId == certificateId.ToString()).ToListAsync()));
        Assert.Equal(product.Id, certificate.ProductId);
        Assert.Equal(4, certificate.Stars);
        Assert.Equal(77.75m, certificate.Score);
        Assert.Equal(CouncilLevel.Province, certificate.CouncilLevel);
        Assert.Equal(CertificateKind.Initial, certificate.Kind);
        Assert.Equal(dossierId, certificate.DossierId);
        Assert.Null(certificate.PreviousCertificateId);
        Assert.Equal(Today.AddDays(-1), certificate.IssuedOn);
        Assert.Equal(CertificateStatusPolicy.DefaultExpiry(Today.AddDays(-1)), certificate.ExpiresOn);
        Assert.Equal(DossierStatus.Certified, dossier.Status);
        Assert.Equal(certificateId, dossier.CertificateId);
        var created = Assert.Single(audit);
        Assert.Equal(AuditAction.Created, created.Action);
        Assert.Equal(office.Id, created.UserId);
        Assert.Contains(number, created.Changes);

        // The storefront shows the new badge straight away.
        using var visitor = Site.CreateClient();
        var productPage = await visitor.GetDocumentAsync("/san-pham/" + product.Slug);
        var badge = productPage.QuerySelector("[data-testid='ocop-badge']");
        Assert.NotNull(badge);
        Assert.Contains(number, badge.TextContent);
    }

    [Fact]
    public async Task A_district_council_granting_4_stars_is_refused_with_the_rule_named_on_the_page()
    {
        await using var product = await Site.NewProductAsync("district");
        var dossierId = await Site.AddSubmittedDossierAsync(product.Id, new DateOnly(2025, 5, 2));
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var __ = client;
        var page = await client.GetDocumentAsync($"/admin/ho-so/{dossierId}");

        // 30 + 20 + 25 = 75 → 4★, decided on 10/06/2025 while Decision 148 was in force.
        var refused = await client.PostAsync(page, "form#evaluation", new()
        {
            ["Evaluation.Level"] = "District",
            ["Evaluation.ScoreA"] = "30",
            ["Evaluation.ScoreB"] = "20",
            ["Evaluation.ScoreC"] = "25",
            ["Evaluation.EvaluatedOn"] = "2025-06-10",
        });
        var error = refused.TextOf("[data-testid='evaluation-error']");
        Assert.NotNull(error);
        Assert.Contains("Hội đồng cấp huyện không được công nhận 4 sao hoặc 5 sao", error);
        Assert.Contains("148/QĐ-TTg", error);
        // The form keeps what was typed.
        Assert.Equal("30", refused.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Evaluation.ScoreA']")!.Value);

        // After 6 July 2025 there is no district council at all, even for 3★.
        refused = await client.PostAsync(refused, "form#evaluation", new()
        {
            ["Evaluation.Level"] = "District",
            ["Evaluation.ScoreA"] = "25",
            ["Evaluation.ScoreB"] = "15",
            ["Evaluation.ScoreC"] = "20",
            ["Evaluation.EvaluatedOn"] = Today.AddDays(-3).Iso(),
        });
        Assert.Contains("Từ 06/07/2025 (Quyết định 1489/QĐ-TTg) không còn hội đồng cấp huyện", refused.TextOf("[data-testid='evaluation-error']"));

        var dossier = await Site.DbAsync(db => db.Dossiers.SingleAsync(d => d.Id == dossierId));
        Assert.Equal(DossierStatus.Submitted, dossier.Status);
        Assert.Null(dossier.TotalScore);
        Assert.Null(dossier.CouncilLevel);
    }

    [Fact]
    public async Task A_province_council_scoring_90_after_Decision_1489_must_propose_the_product_to_the_central_level()
    {
        await using var product = await Site.NewProductAsync("five");
        var dossierId = await Site.AddSubmittedDossierAsync(product.Id, Today.AddDays(-30));
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.Administrator);
        using var __ = client;
        var page = await client.GetDocumentAsync($"/admin/ho-so/{dossierId}");

        page = await client.PostAsync(page, "form#evaluation", new()
        {
            ["Evaluation.Level"] = "Province",
            ["Evaluation.ScoreA"] = "38",
            ["Evaluation.ScoreB"] = "22",
            ["Evaluation.ScoreC"] = "30",
            ["Evaluation.EvaluatedOn"] = Today.AddDays(-10).Iso(),
        });
        // The score is kept (total 90, potential 5★) but the province cannot issue it.
        Assert.Equal("90", page.TextOf("[data-testid='total-score']"));
        Assert.Null(page.QuerySelector("form#issue"));
        Assert.Contains("phải đề xuất lên cấp Trung ương", page.TextOf("[data-testid='issue-blocked']"));

        // Posting the certificate anyway is refused with the same rule.
        var token = await client.GetAntiforgeryTokenAsync($"/admin/ho-so/{dossierId}");
        using var forced = await client.PostAsync(new Uri($"/admin/ho-so/{dossierId}/cap-giay", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [SiteTestHelpers.AntiforgeryField] = token,
            ["Issue.DecisionNumber"] = "1/QĐ-UBND-FORCED",
            ["Issue.IssuingBody"] = "UBND tỉnh Thanh Hóa",
            ["Issue.IssuedOn"] = Today.Iso(),
        }));
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Contains("Hội đồng cấp tỉnh không công nhận 5 sao", (await forced.ReadPageAsync()).TextOf("[data-testid='issue-error']"));
        Assert.False(await Site.DbAsync(db => db.Certificates.AnyAsync(c => c.ProductId == product.Id)));

        // The central council's result replaces the province's, and then the certificate can be issued.
        page = await client.PostAsync(page, "form#evaluation", new()
        {
            ["Evaluation.Level"] = "Central",
            ["Evaluation.ScoreA"] = "38",
            ["Evaluation.ScoreB"] = "23",
            ["Evaluation.ScoreC"] = "31,5",
            ["Evaluation.EvaluatedOn"] = Today.AddDays(-2).Iso(),
        });
        Assert.Equal("★★★★★", page.TextOf("[data-testid='stars']"));
        Assert.NotNull(page.QuerySelector("form#issue"));
    }

    [Fact]
    public async Task An_upgrade_must_raise_the_rank_and_keeps_the_old_certificate_as_history()
    {
        await using var product = await Site.NewProductAsync("upgrade");
        var old = await Site.AddCertificateAsync(product.Id, 3, new DateOnly(2024, 2, 15), CouncilLevel.District);
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var __ = client;

        // A first-evaluation dossier is refused for a certified product.
        var create = await client.GetDocumentAsync($"/admin/ho-so/tao?productId={product.Id}");
        var refused = await client.PostAsync(create, "form#dossier-create", new() { ["Form.Kind"] = "Initial" });
        Assert.Contains("Sản phẩm đã có giấy chứng nhận", refused.TextOf("[data-testid='form-error']"));

        var page = await client.PostAsync(refused, "form#dossier-create", new() { ["Form.Kind"] = "Upgrade" });
        var dossierId = page.IdFromPath();
        await Site.DbAsync(async db =>
        {
            var d = await db.Dossiers.SingleAsync(x => x.Id == dossierId);
            d.Status = DossierStatus.Submitted;
            d.CommuneAssessmentPassed = true;
            d.CommuneAssessedOn = Today.AddDays(-40);
            d.SubmittedOn = Today.AddDays(-30);
            await db.SaveChangesAsync();
        });
        page = await client.GetDocumentAsync($"/admin/ho-so/{dossierId}");

        // 3★ again: recorded, but it is no upgrade.
        page = await client.PostAsync(page, "form#evaluation", new()
        {
            ["Evaluation.Level"] = "Province", ["Evaluation.ScoreA"] = "25", ["Evaluation.ScoreB"] = "15", ["Evaluation.ScoreC"] = "25",
            ["Evaluation.EvaluatedOn"] = Today.AddDays(-20).Iso(),
        });
        Assert.Contains("Nâng hạng phải đạt hạng cao hơn: giấy chứng nhận hiện có 3 sao, kết quả chấm điểm lần này là 3 sao.", page.TextOf("[data-testid='issue-blocked']"));
        Assert.Null(page.QuerySelector("form#issue"));

        // 4★ is an upgrade.
        page = await client.PostAsync(page, "form#evaluation", new()
        {
            ["Evaluation.Level"] = "Province", ["Evaluation.ScoreA"] = "30", ["Evaluation.ScoreB"] = "20", ["Evaluation.ScoreC"] = "28",
            ["Evaluation.EvaluatedOn"] = Today.AddDays(-10).Iso(),
        });
        var number = $"77/QĐ-UBND-{Guid.NewGuid().ToString("N")[..6]}";
        page = await client.PostAsync(page, "form#issue", new()
        {
            ["Issue.DecisionNumber"] = number, ["Issue.IssuingBody"] = "UBND tỉnh Thanh Hóa", ["Issue.IssuedOn"] = Today.AddDays(-3).Iso(),
        });
        var newId = page.IdFromPath();
        var (upgraded, before) = await Site.DbAsync(async db => (await db.Certificates.SingleAsync(c => c.Id == newId), await db.Certificates.SingleAsync(c => c.Id == old.Id)));
        Assert.Equal(CertificateKind.Upgrade, upgraded.Kind);
        Assert.Equal(4, upgraded.Stars);
        Assert.Equal(old.Id, upgraded.PreviousCertificateId);
        // The old certificate is untouched.
        Assert.Equal((old.Stars, old.DecisionNumber, old.IssuedOn, old.ExpiresOn, old.RevokedOn), (before.Stars, before.DecisionNumber, before.IssuedOn, before.ExpiresOn, before.RevokedOn));

        // The certificate page shows the chain both ways.
        Assert.Equal($"/admin/chung-nhan/{old.Id}", page.QuerySelector("[data-testid='previous-certificate']")!.GetAttribute("href"));
        Assert.Equal(2, page.QuerySelectorAll("[data-testid='history'] li").Length);
        var oldPage = await client.GetDocumentAsync($"/admin/chung-nhan/{old.Id}");
        Assert.Equal($"/admin/chung-nhan/{newId}", oldPage.QuerySelector("[data-testid='next-certificate']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Forms_explain_mistakes_in_vietnamese_and_english()
    {
        await using var product = await Site.NewProductAsync("errors");
        var dossierId = await Site.AddSubmittedDossierAsync(product.Id, Today.AddDays(-30));
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var __ = client;
        var page = await client.GetDocumentAsync($"/admin/ho-so/{dossierId}");

        var wrong = await client.PostAsync(page, "form#evaluation", new()
        {
            ["Evaluation.Level"] = "Province", ["Evaluation.ScoreA"] = "45", ["Evaluation.ScoreB"] = "", ["Evaluation.ScoreC"] = "abc",
            ["Evaluation.EvaluatedOn"] = Today.Iso(),
        });
        Assert.Equal("Vui lòng nhập điểm phần B.", wrong.TextOf("[data-valmsg-for='Evaluation.ScoreB']"));
        Assert.Equal("Vui lòng nhập số, ví dụ 32,5.", wrong.TextOf("[data-valmsg-for='Evaluation.ScoreC']"));

        wrong = await client.PostAsync(wrong, "form#evaluation", new() { ["Evaluation.ScoreA"] = "45", ["Evaluation.ScoreB"] = "20", ["Evaluation.ScoreC"] = "30" });
        Assert.Equal("Điểm phần A phải từ 0 đến 40 theo bộ tiêu chí này.", wrong.TextOf("[data-testid='evaluation-error']"));
        // Under Decision 1048 part A goes to 35 only.
        wrong = await client.PostAsync(wrong, "form#evaluation", new() { ["Evaluation.Set"] = "Decision1048", ["Evaluation.ScoreA"] = "36" });
        Assert.Equal("Điểm phần A phải từ 0 đến 35 theo bộ tiêu chí này.", wrong.TextOf("[data-testid='evaluation-error']"));

        await client.GetAsync(new Uri("/ngon-ngu/en-US?returnUrl=/", UriKind.Relative));
        page = await client.GetDocumentAsync($"/admin/ho-so/{dossierId}");
        wrong = await client.PostAsync(page, "form#evaluation", new()
        {
            ["Evaluation.Level"] = "District", ["Evaluation.ScoreA"] = "30", ["Evaluation.ScoreB"] = "20", ["Evaluation.ScoreC"] = "25",
        });
        Assert.StartsWith("From 06/07/2025 (Decision 1489/QĐ-TTg) there is no district-level council", wrong.TextOf("[data-testid='evaluation-error']"));
        wrong = await client.PostAsync(wrong, "form#evaluation", new() { ["Evaluation.Level"] = "Province", ["Evaluation.ScoreA"] = "45", ["Evaluation.ScoreB"] = "" });
        Assert.Equal("Enter the score of part B.", wrong.TextOf("[data-valmsg-for='Evaluation.ScoreB']"));
        Assert.Equal("Part A is scored from 0 to 40 points under this criteria set.", (await client.PostAsync(wrong, "form#evaluation", new() { ["Evaluation.ScoreB"] = "20" })).TextOf("[data-testid='evaluation-error']"));
        Assert.Equal(DossierStatus.Submitted, await Site.DbAsync(db => db.Dossiers.Where(d => d.Id == dossierId).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_failed_commune_assessment_cannot_be_submitted_and_a_low_total_is_not_ranked()
    {
        await using var product = await Site.NewProductAsync("low");
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var __ = client;
        var page = await OpenDossierAsync(client, product.Id);
        var dossierId = page.IdFromPath();

        // A pass needs the four local criteria.
        var refused = await client.PostAsync(page, "form#assessment", new() { ["Assessment.Passed"] = "true", ["Assessment.LocalLabour"] = "Lao động trong xã" });
        Assert.Equal("Cần mô tả đủ bốn tiêu chí địa phương trước khi ghi nhận kết quả đạt.", refused.TextOf("[data-testid='assessment-error']"));

        page = await client.PostAsync(refused, "form#assessment", new() { ["Assessment.Passed"] = "false" });
        Assert.NotNull(page.QuerySelector("[data-testid='submit-blocked']"));
        Assert.Null(page.QuerySelector("form#submit"));

        page = await client.PostAsync(page, "form#assessment", new()
        {
            ["Assessment.LocalRawMaterials"] = "Gạo nếp trong xã", ["Assessment.LocalLabour"] = "Lao động trong xã",
            ["Assessment.IdeaOrigin"] = "Nghề truyền thống", ["Assessment.LocalIdentity"] = "Làng nghề", ["Assessment.Passed"] = "true",
        });
        page = await client.PostAsync(page, "form#submit", new());
        // 20 + 14.99 + 15 = 49.99: below 50, not ranked.
        page = await client.PostAsync(page, "form#evaluation", new()
        {
            ["Evaluation.Level"] = "Province", ["Evaluation.ScoreA"] = "20", ["Evaluation.ScoreB"] = "14,99", ["Evaluation.ScoreC"] = "15",
        });
        Assert.Equal("Không đạt hạng", page.TextOf("[data-testid='dossier-status']"));
        Assert.Equal("49,99", page.TextOf("[data-testid='total-score']"));
        Assert.Null(page.QuerySelector("form#issue"));
        Assert.Equal(DossierStatus.NotRanked, await Site.DbAsync(db => db.Dossiers.Where(d => d.Id == dossierId).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_dossier_list_finds_by_producer_without_diacritics_and_filters_by_status()
    {
        await using var product = await Site.NewProductAsync("list");
        var dossierId = await Site.AddSubmittedDossierAsync(product.Id, Today.AddDays(-3));
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var __ = client;

        var folded = OcopMarket.Core.Common.VietnameseText.Fold(product.ProducerName).ToLowerInvariant();
        var page = await client.GetDocumentAsync($"/admin/ho-so?q={Uri.EscapeDataString(folded)}&status=Submitted&sort=product");
        Assert.NotNull(page.QuerySelector($"tr[data-dossier='{dossierId}']"));
        Assert.All(page.QuerySelectorAll("#dossiers tbody tr .badge"), b => Assert.Equal("Đã nộp hội đồng", b.TextContent.Trim()));
        Assert.Equal("ascending", page.QuerySelector("a[aria-sort]")!.GetAttribute("aria-sort"));

        page = await client.GetDocumentAsync($"/admin/ho-so?q={Uri.EscapeDataString(product.Name)}&status=Certified");
        Assert.Null(page.QuerySelector($"tr[data-dossier='{dossierId}']"));
        // Nonsense in the query string is a list, not an error.
        using var odd = await client.GetAsync(new Uri("/admin/ho-so?status=zzz&kind=99&sort=drop%20table&page=-4", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, odd.StatusCode);
    }
}

[Collection(Collections.Sqlite)]
public sealed class DossierFlowSqliteTests(SqliteWebFactory site) : DossierFlowTests(site);

[Collection(Collections.Postgres)]
public sealed class DossierFlowPostgresTests(PostgresWebFactory site) : DossierFlowTests(site);
