using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Producers;
using OcopMarket.Web.Tests.Account;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Portal;

/// <summary>Producer documents: checked by content and size, stored under a random name, downloaded only by their owner as an attachment.</summary>
public abstract class PortalDocumentTests(OcopWebFactory site)
{
    protected OcopWebFactory Site { get; } = site;

    private Task<TemporaryProducer> NewProducerAsync() => Site.TemporaryProducerAsync("Hộ kinh doanh Tài liệu " + Guid.NewGuid().ToString("N")[..6]);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, UploadFile file, string title = "Giấy chứng nhận ATTP", string kind = "FoodSafety", string? validUntil = null)
    {
        var form = await client.GetDocumentAsync("/portal/tai-lieu/them");
        return await client.SubmitMultipartFormAsync(form, "form#document-form", [("Kind", kind), ("Title", title), ("ValidUntil", validUntil)], file);
    }

    private Task<List<ProducerDocument>> DocumentsOfAsync(int producerId) =>
        Site.DbAsync(db => db.ProducerDocuments.AsNoTracking().Where(d => d.ProducerId == producerId).ToListAsync());

    private string DocumentsRoot => Path.Combine(Site.TempRoot, "App_Data", "documents");

    [Fact]
    public async Task A_real_pdf_is_accepted_stored_under_a_random_name_and_downloaded_as_an_attachment()
    {
        await using var producer = await NewProducerAsync();
        var (client, producerId) = (producer.Client, producer.Id);
        var pdf = PortalSamples.Pdf();

        using var response = await UploadAsync(client, new UploadFile("File", "C:\\fakepath\\Giấy ATTP (2025).pdf", pdf, "application/pdf"), validUntil: "2027-03-31");

        Assert.Equal("/portal/tai-lieu", response.RequestMessage!.RequestUri!.AbsolutePath);
        var list = await response.ReadDocumentAsync();
        Assert.Contains("Đã tải lên tài liệu", list.StatusMessage(), StringComparison.Ordinal);
        var document = Assert.Single(await DocumentsOfAsync(producerId));
        Assert.Equal(DocumentKind.FoodSafety, document.Kind);
        Assert.Equal("Giấy chứng nhận ATTP", document.Title);
        Assert.Equal("application/pdf", document.ContentType);
        Assert.Equal(pdf.Length, document.SizeBytes);
        Assert.Equal(new DateOnly(2027, 3, 31), document.ValidUntil);
        Assert.Equal("Giấy ATTP (2025).pdf", document.OriginalFileName);
        Assert.Matches($@"^{producerId}/[0-9a-f]{{32}}\.pdf$", document.StorageKey);
        var stored = Path.Combine(DocumentsRoot, document.StorageKey);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(stored));
        Assert.NotNull(list.QuerySelector($"tr[data-document-id='{document.Id}']"));

        using var download = await client.GetAsync(new Uri($"/portal/tai-lieu/{document.Id}/tai-ve", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Giấy ATTP (2025).pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_png_scan_is_accepted()
    {
        await using var producer = await NewProducerAsync();
        var (client, producerId) = (producer.Client, producer.Id);
        using var response = await UploadAsync(client, new UploadFile("File", "ket-qua.png", PortalSamples.Png(), "image/png"), "Phiếu kiểm nghiệm", "TestResult");
        Assert.Equal("/portal/tai-lieu", response.RequestMessage!.RequestUri!.AbsolutePath);
        var document = Assert.Single(await DocumentsOfAsync(producerId));
        Assert.Equal("image/png", document.ContentType);
        Assert.Equal(DocumentKind.TestResult, document.Kind);
        Assert.EndsWith(".png", document.StorageKey, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exe")]
    [InlineData("text")]
    [InlineData("png-named-pdf-but-broken")]
    public async Task Files_that_are_not_really_pdf_or_images_are_refused_whatever_their_name(string sample)
    {
        await using var producer = await NewProducerAsync();
        var (client, producerId) = (producer.Client, producer.Id);
        var bytes = sample switch
        {
            "exe" => PortalSamples.Exe(),
            "text" => PortalSamples.Text,
            _ => PortalSamples.Png()[..40], // a truncated image
        };

        using var response = await UploadAsync(client, new UploadFile("File", "giay-chung-nhan.pdf", bytes, "application/pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        var error = page.FieldError("File");
        Assert.NotNull(error);
        Assert.True(error.StartsWith("Chỉ chấp nhận tài liệu PDF", StringComparison.Ordinal) || error.StartsWith("Ảnh bị hỏng", StringComparison.Ordinal), error);
        // The form keeps what was typed.
        Assert.Equal("Giấy chứng nhận ATTP", page.QuerySelector("input[name='Title']")?.GetAttribute("value"));
        Assert.Empty(await DocumentsOfAsync(producerId));
        Assert.False(Directory.Exists(Path.Combine(DocumentsRoot, producerId.ToString())) && Directory.EnumerateFiles(Path.Combine(DocumentsRoot, producerId.ToString())).Any());
    }

    [Fact]
    public async Task A_pdf_without_its_end_marker_is_refused_as_damaged()
    {
        await using var producer = await NewProducerAsync();
        var (client, producerId) = (producer.Client, producer.Id);
        var pdf = PortalSamples.Pdf();
        using var response = await UploadAsync(client, new UploadFile("File", "cat-do.pdf", pdf[..(pdf.Length - 8)], "application/pdf"));
        Assert.StartsWith("Tệp PDF bị thiếu hoặc hỏng", (await response.ReadDocumentAsync()).FieldError("File"), StringComparison.Ordinal);
        Assert.Empty(await DocumentsOfAsync(producerId));
    }

    [Fact]
    public async Task A_file_over_ten_megabytes_is_refused()
    {
        await using var producer = await NewProducerAsync();
        var (client, producerId) = (producer.Client, producer.Id);
        using var response = await UploadAsync(client, new UploadFile("File", "qua-lon.pdf", PortalSamples.PdfOfSize(10 * 1024 * 1024 + 1), "application/pdf"));
        Assert.Equal("Tệp quá lớn: tối đa 10 MB.", (await response.ReadDocumentAsync()).FieldError("File"));
        Assert.Empty(await DocumentsOfAsync(producerId));

        // Exactly the limit is fine.
        using var atLimit = await UploadAsync(client, new UploadFile("File", "vua-du.pdf", PortalSamples.PdfOfSize(10 * 1024 * 1024), "application/pdf"));
        Assert.Single(await DocumentsOfAsync(producerId));
    }

    [Fact]
    public async Task Missing_fields_are_explained_in_vietnamese()
    {
        await using var producer = await NewProducerAsync();
        var (client, producerId) = (producer.Client, producer.Id);
        var form = await client.GetDocumentAsync("/portal/tai-lieu/them");
        using var response = await client.SubmitMultipartFormAsync(form, "form#document-form", [("Kind", ""), ("Title", ""), ("ValidUntil", "31/02/2027")]);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("Vui lòng chọn loại tài liệu.", page.FieldError("Kind"));
        Assert.Equal("Vui lòng nhập tiêu đề.", page.FieldError("Title"));
        Assert.Equal("Nhập ngày theo dạng ngày/tháng/năm.", page.FieldError("ValidUntil"));
        Assert.Equal("Vui lòng chọn tệp cần tải lên.", page.FieldError("File"));
        Assert.Empty(await DocumentsOfAsync(producerId));
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused()
    {
        await using var producer = await NewProducerAsync();
        var (client, producerId) = (producer.Client, producer.Id);
        using var content = new MultipartFormDataContent
        {
            { new StringContent("FoodSafety"), "Kind" },
            { new StringContent("Không có mã chống giả mạo"), "Title" },
            { new ByteArrayContent(PortalSamples.Pdf()), "File", "attp.pdf" },
        };
        using var response = await client.PostAsync(new Uri("/portal/tai-lieu/them", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await DocumentsOfAsync(producerId));
    }

    [Fact]
    public async Task Deleting_a_document_removes_its_row_and_its_file()
    {
        await using var producer = await NewProducerAsync();
        var (client, producerId) = (producer.Client, producer.Id);
        using (await UploadAsync(client, new UploadFile("File", "vietgap.pdf", PortalSamples.Pdf("VietGAP"), "application/pdf"), "VietGAP 2025", "VietGap")) { }
        var document = Assert.Single(await DocumentsOfAsync(producerId));
        var file = Path.Combine(DocumentsRoot, document.StorageKey);
        Assert.True(File.Exists(file));

        var list = await client.GetDocumentAsync("/portal/tai-lieu");
        var form = list.QuerySelector($"tr[data-document-id='{document.Id}'] form")!;
        Assert.Contains("Xóa tài liệu", form.GetAttribute("data-confirm"), StringComparison.Ordinal);
        using var deleted = await client.SubmitFormAsync(list, $"tr[data-document-id='{document.Id}'] form");
        Assert.Contains("Đã xóa tài liệu \"VietGAP 2025\".", (await deleted.ReadDocumentAsync()).StatusMessage(), StringComparison.Ordinal);
        Assert.Empty(await DocumentsOfAsync(producerId));
        Assert.False(File.Exists(file));
    }
}

[Collection(Collections.Sqlite)]
public sealed class PortalDocumentSqliteTests(SqliteWebFactory site) : PortalDocumentTests(site);

[Collection(Collections.Postgres)]
public sealed class PortalDocumentPostgresTests(PostgresWebFactory site) : PortalDocumentTests(site);
