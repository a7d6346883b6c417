using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Media;

/// <summary>The image endpoints over HTTP: upload with sign-in and antiforgery, refusals in the user's language, sized variants.</summary>
public abstract class MediaEndpointTests(OcopWebFactory site)
{
    private const string UploadUrl = "/api/media/images";
    private const string Immutable = "public,max-age=31536000,immutable";

    [Fact]
    public async Task Producer_uploads_a_photo_and_gets_its_urls()
    {
        var (client, token) = await SignedInAsync(Roles.Producer);

        using var response = await PostAsync(client, UploadSamples.Jpeg(1000, 750), "hồng.jpg", token);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("id").GetInt32();
        Assert.Equal(1000, json.RootElement.GetProperty("width").GetInt32());
        Assert.Equal(750, json.RootElement.GetProperty("height").GetInt32());
        var urls = json.RootElement.GetProperty("urls");
        Assert.Equal($"/media/{id}/400.webp", urls.GetProperty("webp").GetProperty("400").GetString());
        Assert.Equal($"/media/{id}/800.jpg", urls.GetProperty("jpg").GetProperty("800").GetString());
        Assert.Equal($"/media/{id}/800.jpg", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Variant_is_webp_cached_for_a_year_and_revalidates_with_304()
    {
        var id = await UploadAsync(UploadSamples.Jpeg(1200, 900));
        using var client = site.CreateClient();

        using var first = await client.GetAsync(new Uri($"/media/{id}/400.webp", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/webp", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Immutable, first.Headers.CacheControl?.ToString().Replace(", ", ",", StringComparison.Ordinal));
        var etag = first.Headers.ETag ?? throw new Xunit.Sdk.XunitException("no ETag on the variant");
        using (var codec = SkiaSharp.SKCodec.Create(new MemoryStream(await first.Content.ReadAsByteArrayAsync())))
            Assert.Equal((400, 300), (codec.Info.Width, codec.Info.Height));

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/media/{id}/400.webp");
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);

        using var jpg = await client.GetAsync(new Uri($"/media/{id}/160.jpg", UriKind.Relative));
        Assert.Equal("image/jpeg", jpg.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/media/{0}/123.webp")]   // width not served
    [InlineData("/media/{0}/400.png")]    // extension not served
    [InlineData("/media/99999999/400.webp")] // no such image
    [InlineData("/media/placeholder/500.jpg")]
    public async Task Unknown_variants_are_404(string pattern)
    {
        var id = await UploadAsync(UploadSamples.Jpeg(640, 480));
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, id), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Placeholder_is_served_as_an_image()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri("/media/placeholder/160.webp", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_renamed_to_jpg_is_refused_in_vietnamese()
    {
        var (client, token) = await SignedInAsync(Roles.Producer);

        using var response = await PostAsync(client, UploadSamples.TextRenamedJpg, "anh.jpg", token);

        var problem = await ProblemAsync(response);
        Assert.Equal("Tệp không phải là ảnh hợp lệ (JPEG, PNG, WebP).", problem.Detail);
        Assert.Equal("Ảnh không được chấp nhận", problem.Title);
        Assert.Equal("not-an-image", problem.Code);
    }

    [Fact]
    public async Task Refusal_is_in_english_for_an_english_ui()
    {
        var (client, token) = await SignedInAsync(Roles.OfficeStaff);

        using var response = await PostAsync(client, UploadSamples.TextRenamedJpg, "anh.jpg", token, "?culture=en-US&ui-culture=en-US");

        var problem = await ProblemAsync(response);
        Assert.Equal("The file is not a valid image (JPEG, PNG, WebP).", problem.Detail);
        Assert.Equal("The image was not accepted", problem.Title);
    }

    [Fact]
    public async Task Decompression_bomb_is_refused_with_the_pixel_limit()
    {
        var (client, token) = await SignedInAsync(Roles.Administrator);
        var bomb = UploadSamples.PngBomb();
        Assert.True(bomb.Length < 1_000_000, $"the bomb should be small, it is {bomb.Length} bytes");

        using var response = await PostAsync(client, bomb, "bomb.png", token);

        var problem = await ProblemAsync(response);
        Assert.StartsWith("Ảnh quá lớn: tối đa 40 megapixel", problem.Detail, StringComparison.Ordinal);
        Assert.Equal("too-many-pixels", problem.Code);
    }

    [Fact]
    public async Task Missing_file_and_missing_token_are_explained()
    {
        var (client, token) = await SignedInAsync(Roles.Producer);

        using (var noFile = new MultipartFormDataContent { { new StringContent(token), SiteTestHelpers.AntiforgeryField } })
        using (var response = await client.PostAsync(new Uri(UploadUrl, UriKind.Relative), noFile))
            Assert.Equal("no-file", (await ProblemAsync(response)).Code);

        using (var response = await PostAsync(client, UploadSamples.Jpeg(200, 100), "a.jpg", token: null))
        {
            var problem = await ProblemAsync(response);
            Assert.Equal("antiforgery", problem.Code);
            Assert.Contains("tải lại trang", problem.Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Anonymous_upload_is_sent_to_sign_in()
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await PostAsync(client, UploadSamples.Jpeg(200, 100), "a.jpg", token: null);

        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith(SiteTestHelpers.LoginPath, response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Customer_may_not_upload()
    {
        var (client, token) = await SignedInAsync(Roles.Customer);
        await using var scope = site.Services.CreateAsyncScope();
        var before = await scope.ServiceProvider.GetRequiredService<OcopDbContext>().MediaFiles.CountAsync();

        using var response = await PostAsync(client, UploadSamples.Jpeg(200, 100), "a.jpg", token);

        Assert.NotEqual(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("/tai-khoan/tu-choi", response.RequestMessage?.RequestUri?.AbsolutePath ?? "", StringComparison.Ordinal);
        Assert.Equal(before, await scope.ServiceProvider.GetRequiredService<OcopDbContext>().MediaFiles.CountAsync());
    }

    [Fact]
    public async Task Demo_products_have_seeded_images()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        var productsWithImages = await db.ProductImages.Select(i => i.ProductId).Distinct().CountAsync();
        Assert.Equal(20, productsWithImages);
        var first = await db.ProductImages.OrderBy(i => i.Id).Select(i => i.MediaFileId).FirstAsync();

        using var client = site.CreateClient();
        using var response = await client.GetAsync(new Uri($"/media/{first}/800.webp", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<int> UploadAsync(byte[] jpeg)
    {
        var (client, token) = await SignedInAsync(Roles.Producer);
        using var response = await PostAsync(client, jpeg, "photo.jpg", token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetInt32();
    }

    /// <summary>Signs in through the login form, then takes the antiforgery token a page issues to that user.</summary>
    private async Task<(HttpClient Client, string Token)> SignedInAsync(string role)
    {
        var (client, _) = await site.CreateSignedInClientAsync(role);
        var page = await client.GetDocumentAsync("/");
        var token = (page.QuerySelector($"input[name='{SiteTestHelpers.AntiforgeryField}']") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException("The home page shows a signed-in user no form with an antiforgery token.");
        return (client, token);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] bytes, string fileName, string? token, string query = "")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", fileName);
        if (token is not null) form.Add(new StringContent(token), SiteTestHelpers.AntiforgeryField);
        return await client.PostAsync(new Uri(UploadUrl + query, UriKind.Relative), form);
    }

    private sealed record Problem(string? Title, string? Detail, string? Code);

    private static async Task<Problem> ProblemAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        string? Read(string name) => json.RootElement.TryGetProperty(name, out var v) ? v.GetString() : null;
        return new Problem(Read("title"), Read("detail"), Read("code"));
    }
}

[Collection(Collections.Sqlite)]
public sealed class MediaEndpointTestsSqlite(SqliteWebFactory site) : MediaEndpointTests(site);

[Collection(Collections.Postgres)]
public sealed class MediaEndpointTestsPostgres(PostgresWebFactory site) : MediaEndpointTests(site);
