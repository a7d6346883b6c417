using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Certification.Import;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Producers;
using OcopMarket.Web.Tests.Infrastructure;
using static OcopMarket.Web.Tests.RegisterImport.ImportTestFiles;

namespace OcopMarket.Web.Tests.RegisterImport;

/// <summary>/admin/nhap-so end to end: upload, preview with Vietnamese row errors, all-or-nothing import, templates, ownership, roles.</summary>
public abstract class RegisterImportTests(OcopWebFactory site) : IAsyncLifetime
{
    private readonly OfficeTestRows _rows = new(site);

    protected OcopWebFactory Site { get; } = site;

    private string NewTag() => _rows.NewTag();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _rows.RemoveAsync();

    private Task<int> CountImportedAsync(string tag) =>
        Site.DbAsync(db => db.Certificates.CountAsync(c => c.DecisionNumber.StartsWith(tag + "-")));

    [Fact]
    public async Task A_file_with_one_bad_row_is_previewed_with_vietnamese_errors_and_writes_nothing()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;
        var tag = NewTag();
        var file = Csv([Row(1, tag), Row(2, tag), Row(3, tag, ("Ngày cấp", "31/02/2023")), Row(4, tag)]);

        using var uploaded = await client.UploadAsync(file, "so-ocop.csv");
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var preview = await uploaded.ReadDocumentAsync();
        Assert.StartsWith("/admin/nhap-so/xem-truoc/", preview.Url.Replace("http://localhost", ""));

        // Row 3 of the data is line 4 of the file (the headings are line 1).
        var errors = preview.QuerySelectorAll("#row-errors li").Select(li => li.TextContent.Trim()).ToList();
        var error = Assert.Single(errors);
        Assert.StartsWith("Dòng 4: Ngày cấp '31/02/2023' không hợp lệ", error);
        Assert.Equal("3", preview.QuerySelector("[data-stat='valid']")!.TextContent.Trim());
        Assert.Equal("1", preview.QuerySelector("[data-stat='invalid']")!.TextContent.Trim());
        Assert.Equal("false", preview.QuerySelector("tr[data-row='4']")!.GetAttribute("data-valid"));
        Assert.Contains("Ngày cấp '31/02/2023' không hợp lệ", preview.QuerySelector("tr[data-row='4'] [data-errors]")!.TextContent);
        Assert.Null(preview.QuerySelector("form#import-all"));

        // Asking for everything anyway (a hand-made post) writes nothing and says why.
        Assert.NotNull(preview.QuerySelector("form#import-valid"));
        using var forced = await client.SubmitFormAsync(preview, "form#import-valid", new Dictionary<string, string?> { ["mode"] = "all" });
        var back = await forced.ReadDocumentAsync();
        Assert.Contains("Tệp có dòng bị lỗi nên chưa nhập gì", back.QuerySelector(".alert-danger[role='status']")?.TextContent ?? "");
        Assert.Equal(0, await CountImportedAsync(tag));
        Assert.False(await Site.DbAsync(db => db.Producers.AnyAsync(p => p.Name.Contains(tag))));
        Assert.False(await Site.DbAsync(db => db.Products.AnyAsync(p => p.Name.Contains(tag))));
    }

    [Fact]
    public async Task Importing_only_the_valid_rows_writes_exactly_those_in_one_go()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;
        var tag = NewTag();
        var file = Csv([Row(1, tag), Row(2, tag, ("Hạng sao", "6")), Row(3, tag, ("Xã/phường", "Xã Không Có")), Row(4, tag)]);

        using var uploaded = await client.UploadAsync(file, "so-ocop.csv");
        var preview = await uploaded.ReadDocumentAsync();
        using var imported = await client.SubmitFormAsync(preview, "form#import-valid", new Dictionary<string, string?> { ["confirm"] = "true" });
        var result = await imported.ReadDocumentAsync();

        Assert.Equal("/admin/nhap-so/ket-qua", imported.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("2", result.QuerySelector("[data-stat='certificates']")!.TextContent.Trim());
        Assert.Equal("1", result.QuerySelector("[data-stat='producers-created']")!.TextContent.Trim());
        Assert.Equal("2", result.QuerySelector("[data-stat='products-created']")!.TextContent.Trim());
        Assert.Equal("2", result.QuerySelector("[data-stat='skipped']")!.TextContent.Trim());

        var certificates = await Site.DbAsync(db => db.Certificates.Where(c => c.DecisionNumber.StartsWith(tag + "-")).OrderBy(c => c.DecisionNumber).ToListAsync());
        Assert.Equal([$"{tag}-1/QĐ-UBND", $"{tag}-4/QĐ-UBND"], certificates.Select(c => c.DecisionNumber));
        Assert.All(certificates, c =>
        {
            Assert.Equal(CertificateKind.Imported, c.Kind);
            Assert.Equal(4, c.Stars);
            Assert.Equal(81.5m, c.Score);
            Assert.Equal(CouncilLevel.Province, c.CouncilLevel);
            Assert.Equal(new DateOnly(2024, 9, 3), c.IssuedOn);
            Assert.Equal(new DateOnly(2027, 9, 2), c.ExpiresOn);
        });

        var products = await Site.DbAsync(db => db.Products.Include(p => p.Producer).Where(p => p.Name.Contains(tag)).OrderBy(p => p.Name).ToListAsync());
        Assert.Equal([$"Mật ong thử nghiệm {tag} 1", $"Mật ong thử nghiệm {tag} 4"], products.Select(p => p.Name));
        var honey = await Site.DbAsync(db => db.Categories.Where(c => c.Code == "1.3").Select(c => c.Id).SingleAsync());
        Assert.All(products, p =>
        {
            Assert.False(p.IsPublished);
            Assert.Equal(ModerationStatus.Approved, p.ModerationStatus);
            Assert.Equal(0, p.Price);
            Assert.Equal(honey, p.CategoryId);
        });
        var producer = Assert.Single(products.Select(p => p.Producer!).DistinctBy(p => p.Id));
        Assert.False(producer.IsPublished);
        Assert.Equal(ProducerType.Cooperative, producer.Type);
        // Signed in 2024, before the reform: recorded in the old Xã Thọ Bình, today's province.
        var (communeCode, provinceCode) = await Site.DbAsync(async db =>
            (await db.AdminUnits.Where(u => u.Id == producer.CommuneId).Select(u => u.Code).SingleAsync(),
             await db.AdminUnits.Where(u => u.Id == producer.ProvinceId).Select(u => u.Code).SingleAsync()));
        Assert.Equal("OC15670", communeCode);
        Assert.Equal("P38", provinceCode);

        // Every write went through the audited unit of work, with the real keys of the rows inserted together.
        var certificateIds = certificates.Select(c => c.Id.ToString()).ToList();
        var audited = await Site.DbAsync(db => db.AuditLog.Where(a => a.EntityType == "Certificate" && certificateIds.Contains(a.EntityId)).ToListAsync());
        Assert.Equal(2, audited.Count);
        Assert.All(audited, a => Assert.Contains($"{{\"Property\":\"ProductId\",\"Before\":null,\"After\":\"{certificates.Single(c => c.Id.ToString() == a.EntityId).ProductId}\"}}", a.Changes));
        var productAudit = await Site.DbAsync(db => db.AuditLog.SingleAsync(a => a.EntityType == "Product" && a.EntityId == products[0].Id.ToString()));
        Assert.Contains($"{{\"Property\":\"ProducerId\",\"Before\":null,\"After\":\"{producer.Id}\"}}", productAudit.Changes);
    }

    [Fact]
    public async Task Xlsx_with_real_excel_dates_matches_existing_producers_and_products_and_refuses_recorded_decisions()
    {
        var tag = NewTag();
        // An existing producer recorded in the old commune Bình Sơn (merged into today's Xã Thọ Bình), with one certified product.
        var (producerId, productId) = await Site.DbAsync(async db =>
        {
            var commune = await db.AdminUnits.SingleAsync(u => u.Code == "OC15769");
            var province = await db.AdminUnits.SingleAsync(u => u.Code == "P38");
            var category = await db.Categories.SingleAsync(c => c.Code == "1.3");
            var producer = new Producer { Name = $"HTX Ong mật thử nghiệm {tag}", Slug = "htx-" + tag.ToLowerInvariant(), Type = ProducerType.Cooperative, CommuneId = commune.Id, ProvinceId = province.Id, IsPublished = false, CreatedAt = Site.Time.GetUtcNow() };
            var product = new Product { Name = $"Mật ong thử nghiệm {tag} 1", Slug = "mo-" + tag.ToLowerInvariant(), Producer = producer, CategoryId = category.Id, IsPublished = false, CreatedAt = Site.Time.GetUtcNow(), UpdatedAt = Site.Time.GetUtcNow() };
            product.Certificates.Add(new Certificate { DecisionNumber = $"{tag}-OLD/QĐ-UBND", IssuingBody = "UBND huyện Triệu Sơn", CouncilLevel = CouncilLevel.District, Stars = 3, Score = 60, IssuedOn = new DateOnly(2021, 5, 10), ExpiresOn = new DateOnly(2024, 5, 9), CriteriaSet = CriteriaSet.Decision1048 });
            db.Products.Add(product);
            await db.SaveChangesAsync();
            return (producer.Id, product.Id);
        });

        var (client, _) = await Site.CreateSignedInClientAsync(Roles.Administrator);
        using var _c = client;
        var file = Xlsx(
        [
            // Re-evaluation of the existing product, after the reform: written with today's commune and a real Excel date.
            Row(1, tag, ("Ngày cấp", new DateTime(2025, 8, 20)), ("Hạng sao", 4), ("Điểm", 78.25)),
            // A new product of the same producer.
            Row(2, tag, ("Ngày cấp", new DateTime(2025, 8, 20)), ("Xã/phường", "xa tho binh"), ("Tỉnh", "TINH THANH HOA")),
        ]);

        using var uploaded = await client.UploadAsync(file, "so-ocop.xlsx");
        var preview = await uploaded.ReadDocumentAsync();
        Assert.Empty(preview.QuerySelectorAll("#row-errors li"));
        Assert.Contains("20/08/2025", preview.QuerySelector("tr[data-row='2']")!.TextContent);
        Assert.Equal("0", preview.QuerySelector("[data-stat='new-producers']")!.TextContent.Trim());
        Assert.Equal("1", preview.QuerySelector("[data-stat='new-products']")!.TextContent.Trim());

        using var imported = await client.SubmitFormAsync(preview, "form#import-all");
        var result = await imported.ReadDocumentAsync();
        Assert.Equal("0", result.QuerySelector("[data-stat='producers-created']")!.TextContent.Trim());
        Assert.Equal("1", result.QuerySelector("[data-stat='producers-matched']")!.TextContent.Trim());
        Assert.Equal("1", result.QuerySelector("[data-stat='products-matched']")!.TextContent.Trim());
        Assert.Equal("1", result.QuerySelector("[data-stat='products-created']")!.TextContent.Trim());

        var certificates = await Site.DbAsync(db => db.Certificates.Where(c => c.ProductId == productId).OrderBy(c => c.IssuedOn).ToListAsync());
        Assert.Equal(2, certificates.Count);
        Assert.Equal(new DateOnly(2025, 8, 20), certificates[1].IssuedOn);
        Assert.Equal(78.25m, certificates[1].Score);
        Assert.Equal(1, await Site.DbAsync(db => db.Products.CountAsync(p => p.ProducerId == producerId && p.Id != productId)));

        // The same decisions again: already in the register, so every row is an error and nothing is imported.
        using var again = await client.UploadAsync(file, "so-ocop.xlsx");
        var second = await again.ReadDocumentAsync();
        var errors = second.QuerySelectorAll("#row-errors li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal([$"Dòng 2: Quyết định {tag}-1/QĐ-UBND của sản phẩm này đã có trong sổ.", $"Dòng 3: Quyết định {tag}-2/QĐ-UBND của sản phẩm này đã có trong sổ."], errors);
        Assert.Null(second.QuerySelector("form#import-all"));
        Assert.Null(second.QuerySelector("form#import-valid"));
    }

    [Fact]
    public async Task Rule_violations_are_explained_per_row_in_vietnamese()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;
        var tag = NewTag();
        var file = Csv(
        [
            Row(1, tag, ("Hạng sao", "4"), ("Điểm", "65")),
            Row(2, tag, ("Cấp hội đồng", "Huyện"), ("Ngày cấp", "10/05/2023"), ("Điểm", "")),
            Row(3, tag, ("Hạng sao", "2"), ("Điểm", "")),
            Row(4, tag, ("Tên sản phẩm", "")),
            Row(5, tag, ("Xã/phường", "Xã Không Có Thật")),
            Row(6, tag, ("Số quyết định", $"{tag}-1/QĐ-UBND"), ("Tên sản phẩm", $"Mật ong thử nghiệm {tag} 1")),
        ], separator: ',');

        using var uploaded = await client.UploadAsync(file, "so.csv");
        var preview = await uploaded.ReadDocumentAsync();
        var errors = preview.QuerySelectorAll("#row-errors li").Select(li => li.TextContent.Trim()).ToList();

        Assert.Equal(
        [
            "Dòng 2: Điểm 65 tương ứng hạng 3★, không khớp hạng 4★.",
            "Dòng 3: Hội đồng cấp huyện không có thẩm quyền công nhận 4★ vào ngày 10/05/2023.",
            "Dòng 4: Hạng 2★ chỉ có theo bộ tiêu chí Quyết định 1048 (2019); dòng này dùng Quyết định 148.",
            "Dòng 5: Thiếu Tên sản phẩm.",
            "Dòng 6: Không tìm thấy xã/phường 'Xã Không Có Thật' thuộc Tỉnh Thanh Hóa.",
            $"Dòng 7: Quyết định {tag}-1/QĐ-UBND cho sản phẩm này đã có ở dòng 2.",
        ], errors);
    }

    [Fact]
    public async Task The_format_is_decided_by_content_not_by_name()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;

        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
        using var refused = await client.UploadAsync(png, "so-ocop.csv");
        var page = await refused.ReadDocumentAsync();
        Assert.Equal("/admin/nhap-so", refused.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Tệp không phải là tệp CSV hay sổ tính Excel (.xlsx).", page.QuerySelector("#upload-error")!.TextContent.Trim());
        Assert.Empty(Directory.Exists(UploadFolder) ? Directory.GetFiles(UploadFolder, "*.upload").Where(f => File.ReadAllBytes(f).SequenceEqual(png)) : []);

        // CSV text named .xlsx is read as the CSV it is.
        using var renamed = await client.UploadAsync(Csv([Row(1, NewTag())]), "so-ocop.xlsx");
        var preview = await renamed.ReadDocumentAsync();
        Assert.Contains("CSV", preview.QuerySelector("main p")!.TextContent);
        Assert.NotNull(preview.QuerySelector("form#import-all"));

        using var tooBig = await client.UploadAsync(new byte[RegisterFileReader.MaxBytes + 1], "lon.csv");
        Assert.Equal("Tệp lớn hơn 5 MB.", (await tooBig.ReadDocumentAsync()).QuerySelector("#upload-error")!.TextContent.Trim());
    }

    private string UploadFolder => Path.Combine(Site.TempRoot, "App_Data", "imports");

    [Fact]
    public async Task An_upload_belongs_to_the_user_who_made_it()
    {
        var (owner, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        var (other, _) = await Site.CreateSignedInClientAsync(Roles.Administrator);
        using var _o = owner;
        using var _t = other;
        var tag = NewTag();

        using var uploaded = await owner.UploadAsync(Csv([Row(1, tag)]), "so.csv");
        var previewUrl = uploaded.RequestMessage!.RequestUri!.AbsolutePath;
        var token = previewUrl.Split('/').Last();

        using var peek = await other.GetAsync(new Uri(previewUrl, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, peek.StatusCode);

        var antiforgery = await other.GetAntiforgeryTokenAsync("/admin/nhap-so");
        using var steal = await other.PostAsync(new Uri($"/admin/nhap-so/nhap/{token}", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { [SiteTestHelpers.AntiforgeryField] = antiforgery, ["mode"] = "all" }));
        Assert.Equal(HttpStatusCode.NotFound, steal.StatusCode);
        Assert.Equal(0, await CountImportedAsync(tag));

        // The owner still can; afterwards the upload is gone.
        var preview = await owner.GetDocumentAsync(previewUrl);
        using var imported = await owner.SubmitFormAsync(preview, "form#import-all");
        Assert.Equal("/admin/nhap-so/ket-qua", imported.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(1, await CountImportedAsync(tag));
        using var gone = await owner.GetAsync(new Uri(previewUrl, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.False(File.Exists(Path.Combine(UploadFolder, token + ".upload")));
    }

    [Fact]
    public async Task Templates_download_with_the_headings_the_import_reads()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;
        var reader = new RegisterFileReader();

        using var xlsx = await client.GetAsync(new Uri("/admin/nhap-so/mau.xlsx", UriKind.Relative));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var xlsxBytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal(RegisterFileFormat.Xlsx, RegisterFileReader.DetectFormat(xlsxBytes));
        // Headings only: every required column is recognised, there is just no row yet.
        Assert.Equal(ImportMessages.NoRows, reader.Read(xlsxBytes).Error?.Key);

        using var csv = await client.GetAsync(new Uri("/admin/nhap-so/mau.csv", UriKind.Relative));
        var csvBytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csvBytes[..3]);
        Assert.Equal(ImportMessages.NoRows, reader.Read(csvBytes).Error?.Key);
    }

    [Theory]
    [InlineData(Roles.Producer)]
    [InlineData(Roles.Customer)]
    [InlineData(Roles.TradePromotion)]
    [InlineData(Roles.Inspector)]
    public async Task Only_the_office_may_import(string role)
    {
        var (client, _) = await Site.CreateSignedInClientAsync(role, role == Roles.Producer ? await Site.DbAsync(db => db.Producers.Select(p => p.Id).FirstAsync()) : null);
        using var _c = client;
        foreach (var url in new[] { "/admin/nhap-so", "/admin/nhap-so/mau.xlsx" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("/tai-khoan/tu-choi", response.RequestMessage!.RequestUri!.AbsolutePath);
        }
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    public void Every_import_message_is_translated(string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var localizer = Site.Services.GetRequiredService<IStringLocalizer<OcopMarket.Web.Framework.OfficeResource>>();
            Assert.DoesNotContain(ImportMessages.All(), key => localizer[key].ResourceNotFound);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class RegisterImportSqliteTests(SqliteWebFactory site) : RegisterImportTests(site);

[Collection(Collections.Postgres)]
public sealed class RegisterImportPostgresTests(PostgresWebFactory site) : RegisterImportTests(site);
