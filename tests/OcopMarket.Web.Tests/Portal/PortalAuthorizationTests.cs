using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Tests.Account;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Portal;

/// <summary>
/// Role and ownership boundaries of /portal: a producer reaching for another producer's ids gets 404 on every
/// route and changes nothing; customers and office staff are denied; an unlinked producer account sees only a notice.
/// </summary>
public abstract class PortalAuthorizationTests(OcopWebFactory site)
{
    protected OcopWebFactory Site { get; } = site;

    private sealed record Snapshot(string Name, long Price, int Stock, ModerationStatus Status, bool Published, int ProducerId, DateTimeOffset Updated, int Images, int ChangeRequests);

    private Task<Snapshot> SnapshotAsync(int productId) => Site.DbAsync(db => db.Products.AsNoTracking().Where(p => p.Id == productId)
        .Select(p => new Snapshot(p.Name, p.Price, p.StockQuantity, p.ModerationStatus, p.IsPublished, p.ProducerId, p.UpdatedAt, p.Images.Count,
            db.ProductChangeRequests.Count(r => r.ProductId == p.Id)))
        .FirstAsync());

    [Fact]
    public async Task A_producer_gets_404_on_every_route_with_another_producers_ids_and_nothing_changes()
    {
        var (hoaCu, hoaCuUser, _) = await Site.ProducerClientAsync("hoa-cu");
        var (binhSon, _, binhSonId) = await Site.ProducerClientAsync("binh-son");
        using var _a = hoaCu;
        using var _b = binhSon;
        // Bình Sơn's seeded approved honey, a draft of its own and a document of its own.
        var honey = await Site.DbAsync(db => db.Products.Where(p => p.ProducerId == binhSonId && p.ModerationStatus == ModerationStatus.Approved).Select(p => p.Id).FirstAsync());
        var draft = await Site.CreateProductAsync(binhSonId, "Sáp ong Bình Sơn " + Guid.NewGuid().ToString("N")[..6], ModerationStatus.Draft);
        var upload = await binhSon.GetDocumentAsync("/portal/tai-lieu/them");
        using (await binhSon.SubmitMultipartFormAsync(upload, "form#document-form", [("Kind", "VietGap"), ("Title", "VietGAP Bình Sơn")],
                   new UploadFile("File", "vietgap.pdf", PortalSamples.Pdf(), "application/pdf"))) { }
        var document = await Site.DbAsync(db => db.ProducerDocuments.AsNoTracking().Where(d => d.ProducerId == binhSonId).OrderByDescending(d => d.Id).FirstAsync());
        var documentFile = Path.Combine(Site.TempRoot, "App_Data", "documents", document.StorageKey);
        try
        {
            var honeyBefore = await SnapshotAsync(honey);
            var draftBefore = await SnapshotAsync(draft.Id);
            var auditBefore = await Site.DbAsync(db => db.AuditLog.CountAsync(a => a.UserId == hoaCuUser.Id));
            var token = await hoaCu.GetAntiforgeryTokenAsync("/portal/san-pham/them");

            async Task Expect404(HttpMethod method, string url, HttpContent? body = null)
            {
                using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = body };
                using var response = await hoaCu.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"[{Site.ProviderName}] {method} {url} answered {(int)response.StatusCode}");
                var text = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain("Mật ong Bình Sơn", text, StringComparison.Ordinal);
                Assert.DoesNotContain(draft.Name, text, StringComparison.Ordinal);
                Assert.DoesNotContain("VietGAP Bình Sơn", text, StringComparison.Ordinal);
            }
            FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
                new([new(SiteTestHelpers.AntiforgeryField, token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);
            MultipartFormDataContent Multipart(params (string Key, string Value)[] fields)
            {
                var content = new MultipartFormDataContent { { new StringContent(token), SiteTestHelpers.AntiforgeryField } };
                foreach (var (key, value) in fields) content.Add(new StringContent(value), key);
                content.Add(new ByteArrayContent(PortalSamples.Png()), "NewImages", "chiem.png");
                return content;
            }
            (string, string)[] edit =
            [
                ("Name", "Bị chiếm"), ("CategoryId", draft.CategoryId.ToString()), ("ShortDescription", "x"), ("Price", "1000"),
                ("Unit", "hũ"), ("Stock", "1"), ("RemoveImageIds", "1"), ("MainImageId", "1"),
            ];

            foreach (var id in new[] { honey, draft.Id, int.MaxValue })
            {
                await Expect404(HttpMethod.Get, $"/portal/san-pham/{id}/sua");
                await Expect404(HttpMethod.Post, $"/portal/san-pham/{id}/sua", Form(edit));
                await Expect404(HttpMethod.Post, $"/portal/san-pham/{id}/sua", Multipart(edit)); // with a new image
                await Expect404(HttpMethod.Get, $"/portal/san-pham/{id}/ton-kho");
                await Expect404(HttpMethod.Post, $"/portal/san-pham/{id}/ton-kho", Form(("Stock", "1")));
                await Expect404(HttpMethod.Post, $"/portal/san-pham/{id}/gui-duyet", Form());
            }
            foreach (var id in new[] { document.Id, int.MaxValue })
            {
                await Expect404(HttpMethod.Get, $"/portal/tai-lieu/{id}/tai-ve");
                await Expect404(HttpMethod.Post, $"/portal/tai-lieu/{id}/xoa", Form());
            }

            Assert.Equal(honeyBefore, await SnapshotAsync(honey));
            Assert.Equal(draftBefore, await SnapshotAsync(draft.Id));
            Assert.True(await Site.DbAsync(db => db.ProducerDocuments.AnyAsync(d => d.Id == document.Id && d.ProducerId == binhSonId)));
            Assert.True(File.Exists(documentFile));
            Assert.Equal(auditBefore, await Site.DbAsync(db => db.AuditLog.CountAsync(a => a.UserId == hoaCuUser.Id)));

            // The lists show only the producer's own rows.
            foreach (var url in new[] { "/portal", "/portal/san-pham", "/portal/san-pham?status=Draft", "/portal/chung-nhan", "/portal/tai-lieu" })
            {
                var text = (await hoaCu.GetDocumentAsync(url)).Body!.TextContent;
                Assert.DoesNotContain("Mật ong Bình Sơn", text, StringComparison.Ordinal);
                Assert.DoesNotContain(draft.Name, text, StringComparison.Ordinal);
                Assert.DoesNotContain("VietGAP Bình Sơn", text, StringComparison.Ordinal);
            }
            // While the owner itself can use the same routes.
            using var own = await binhSon.GetAsync(new Uri($"/portal/tai-lieu/{document.Id}/tai-ve", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await binhSon.GetAsync(new Uri($"/portal/san-pham/{draft.Id}/sua", UriKind.Relative))).StatusCode);
        }
        finally
        {
            await Site.DeleteProductsAsync(draft.Id);
            await Site.DbAsync(db => db.ProducerDocuments.Where(d => d.Id == document.Id).ExecuteDeleteAsync());
        }
    }

    public static readonly TheoryData<string> OtherRoles = [Roles.Customer, Roles.OfficeStaff, Roles.Administrator, Roles.Inspector];

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task Users_without_the_producer_role_are_denied_every_portal_route(string role)
    {
        var producerId = await Site.ProducerIdAsync("hoa-cu");
        var (client, _) = await Site.CreateSignedInClientAsync(role, producerId); // even with a producer id set
        using var _c = client;
        var product = await Site.CreateProductAsync(producerId, "Hồng thử quyền " + Guid.NewGuid().ToString("N")[..6], stock: 9);
        try
        {
            var token = await client.GetAntiforgeryTokenAsync("/tai-khoan");
            foreach (var url in new[] { "/portal", "/portal/cua-hang", "/portal/san-pham", "/portal/san-pham/them", $"/portal/san-pham/{product.Id}/sua",
                         $"/portal/san-pham/{product.Id}/ton-kho", "/portal/chung-nhan", "/portal/tai-lieu", "/portal/tai-lieu/them" })
            {
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"[{role}] GET {url} answered {(int)response.StatusCode}");
                Assert.Equal("/tai-khoan/tu-choi", response.RequestMessage!.RequestUri!.AbsolutePath);
            }
            foreach (var (url, fields) in new (string, (string, string)[])[]
                     {
                         ($"/portal/san-pham/{product.Id}/ton-kho", [("Stock", "1")]),
                         ($"/portal/san-pham/{product.Id}/sua", [("Name", "Chiếm"), ("Price", "1")]),
                         ($"/portal/san-pham/{product.Id}/gui-duyet", []),
                         ("/portal/cua-hang", [("Story", "Chiếm"), ("Address", "x")]),
                     })
            {
                using var response = await client.PostAsync(new Uri(url, UriKind.Relative),
                    new FormUrlEncodedContent([new(SiteTestHelpers.AntiforgeryField, token), .. fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]));
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"[{role}] POST {url} answered {(int)response.StatusCode}");
            }
            var after = await Site.DbAsync(db => db.Products.AsNoTracking().FirstAsync(p => p.Id == product.Id));
            Assert.Equal((product.Name, 9, 85_000L), (after.Name, after.StockQuantity, after.Price));
        }
        finally
        {
            await Site.DeleteProductsAsync(product.Id);
        }
    }

    [Fact]
    public async Task Visitors_are_sent_to_sign_in()
    {
        using var client = Site.CreateClient();
        using var response = await client.GetAsync(new Uri("/portal/san-pham", UriKind.Relative));
        Assert.Equal(SiteTestHelpers.LoginPath, response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("returnUrl=%2Fportal%2Fsan-pham", response.RequestMessage.RequestUri.Query, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_producer_account_not_linked_to_a_producer_sees_a_notice_and_can_change_nothing()
    {
        var producerId = await Site.ProducerIdAsync("hoa-cu");
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.Producer, null);
        using var _c = client;
        var product = await Site.CreateProductAsync(producerId, "Hồng chưa gắn " + Guid.NewGuid().ToString("N")[..6], stock: 4);
        try
        {
            foreach (var url in new[] { "/portal", "/portal/san-pham", "/portal/cua-hang", "/portal/chung-nhan", "/portal/tai-lieu", $"/portal/san-pham/{product.Id}/sua" })
            {
                var page = await client.GetDocumentAsync(url);
                Assert.NotNull(page.QuerySelector("[data-portal='not-linked']"));
                Assert.Equal("Tài khoản chưa được gắn với chủ thể OCOP", page.QuerySelector("h1")?.TextContent.Trim());
            }
            var token = await client.GetAntiforgeryTokenAsync("/tai-khoan");
            using var post = await client.PostAsync(new Uri($"/portal/san-pham/{product.Id}/ton-kho", UriKind.Relative),
                new FormUrlEncodedContent([new(SiteTestHelpers.AntiforgeryField, token), new("Stock", "0")]));
            Assert.NotNull((await post.ReadDocumentAsync()).QuerySelector("[data-portal='not-linked']"));
            Assert.Equal(4, await Site.DbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.StockQuantity).FirstAsync()));
        }
        finally
        {
            await Site.DeleteProductsAsync(product.Id);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class PortalAuthorizationSqliteTests(SqliteWebFactory site) : PortalAuthorizationTests(site);

[Collection(Collections.Postgres)]
public sealed class PortalAuthorizationPostgresTests(PostgresWebFactory site) : PortalAuthorizationTests(site);
