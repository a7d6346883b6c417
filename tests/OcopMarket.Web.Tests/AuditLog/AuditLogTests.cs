using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Audit;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.RegisterImport;

namespace OcopMarket.Web.Tests.AuditLog;

/// <summary>/admin/nhat-ky: changes made through the unit of work appear with before/after; filters; paging; read-only.</summary>
public abstract class AuditLogTests(OcopWebFactory site) : IAsyncLifetime
{
    private readonly OfficeTestRows _rows = new(site);

    protected OcopWebFactory Site { get; } = site;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _rows.RemoveAsync();

    /// <summary>Creates a product of a seeded producer (audited "Created"), then changes its price and name (audited "Updated").</summary>
    private async Task<(int ProductId, string Name)> CreateAndEditProductAsync()
    {
        var name = "Sản phẩm nhật ký " + _rows.NewTag();
        var id = await Site.DbAsync(async db =>
        {
            var product = new Product
            {
                Name = name,
                Slug = Core.Common.SlugGenerator.Generate(name),
                ProducerId = await db.Producers.Select(p => p.Id).FirstAsync(),
                CategoryId = await db.Categories.Where(c => c.ParentId != null).Select(c => c.Id).FirstAsync(),
                Price = 120_000,
                Unit = "hộp",
                IsPublished = false,
                CreatedAt = Site.Time.GetUtcNow(),
                UpdatedAt = Site.Time.GetUtcNow(),
            };
            db.Products.Add(product);
            await db.SaveChangesAsync();
            return product.Id;
        });
        await Site.DbAsync(async db =>
        {
            var product = await db.Products.SingleAsync(p => p.Id == id);
            product.Price = 135_000;
            product.Name = name + " (mới)";
            await db.SaveChangesAsync();
        });
        return (id, name);
    }

    private static IReadOnlyList<IElement> Rows(IDocument page) => page.QuerySelectorAll("#audit-rows > tbody > tr").ToList();

    [Fact]
    public async Task An_edit_through_the_context_is_logged_and_shown_with_before_and_after()
    {
        var (id, name) = await CreateAndEditProductAsync();
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;

        var list = await client.GetDocumentAsync($"/admin/nhat-ky?type=Product&entityId={id}");
        var rows = Rows(list);
        Assert.Equal(2, rows.Count);
        // Newest first: the update, then the creation.
        Assert.Equal("Cập nhật", rows[0].QuerySelector(".audit-action .badge")!.TextContent.Trim());
        Assert.Equal("Tạo mới", rows[1].QuerySelector(".audit-action .badge")!.TextContent.Trim());
        Assert.Contains($"Sản phẩm #{id}", rows[0].QuerySelector(".audit-object")!.TextContent);
        Assert.Contains("Giá bán", rows[0].QuerySelector(".audit-diff summary")!.TextContent);

        var entry = await Site.DbAsync(db => db.AuditLog.Where(e => e.EntityType == "Product" && e.EntityId == id.ToString() && e.Action == AuditAction.Updated).SingleAsync());
        Assert.Equal("system", entry.UserName);
        var detail = await client.GetDocumentAsync($"/admin/nhat-ky/{entry.Id}");
        var price = detail.QuerySelector("tr[data-property='Price']")!;
        Assert.Equal("120000", price.QuerySelector(".audit-before")!.TextContent.Trim());
        Assert.Equal("135000", price.QuerySelector(".audit-after")!.TextContent.Trim());
        var nameRow = detail.QuerySelector("tr[data-property='Name']")!;
        Assert.Equal(name, nameRow.QuerySelector(".audit-before")!.TextContent.Trim());
        Assert.Equal(name + " (mới)", nameRow.QuerySelector(".audit-after")!.TextContent.Trim());
        Assert.Equal($"/admin/san-pham/{id}", detail.QuerySelector("#entity-link")!.GetAttribute("href"));
        Assert.Equal("Updated", detail.QuerySelector("[data-action]")!.GetAttribute("data-action"));
    }

    [Fact]
    public async Task Changes_made_on_a_request_carry_the_signed_in_user_who_can_be_filtered_by()
    {
        var (client, user) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;
        // An import through the site: the producer, product and certificate it creates are the user's doing.
        var tag = _rows.NewTag("AUD");
        using var uploaded = await client.UploadAsync(ImportTestFiles.Csv([ImportTestFiles.Row(1, tag)]), "so.csv");
        using var imported = await client.SubmitFormAsync(await uploaded.ReadDocumentAsync(), "form#import-all");
        Assert.Equal("/admin/nhap-so/ket-qua", imported.RequestMessage!.RequestUri!.AbsolutePath);

        var mine = await client.GetDocumentAsync("/admin/nhat-ky?user=" + Uri.EscapeDataString(user.Email.Split('@')[0].ToUpperInvariant()));
        var rows = Rows(mine);
        Assert.Equal(["Certificate", "Producer", "Product"], rows.Select(r => r.QuerySelector(".audit-object a")!.GetAttribute("href")!)
            .Select(h => Uri.UnescapeDataString(h.Split("type=")[1].Split('&')[0])).Order());
        Assert.All(rows, r =>
        {
            Assert.Contains("Người dùng thử OfficeStaff", r.QuerySelector(".audit-user")!.TextContent);
            Assert.Contains(user.Email, r.QuerySelector(".audit-user")!.TextContent);
            Assert.Equal("Tạo mới", r.QuerySelector(".audit-action .badge")!.TextContent.Trim());
        });
        var stored = await Site.DbAsync(db => db.AuditLog.Where(e => e.UserId == user.Id).Select(e => e.UserName).Distinct().ToListAsync());
        Assert.Equal([user.Email], stored);

        // By full name too, and by action.
        var byFullName = Rows(await client.GetDocumentAsync("/admin/nhat-ky?pageSize=100&action=Created&type=Certificate&user=" + Uri.EscapeDataString("người dùng thử officestaff")));
        Assert.Single(byFullName, r => r.TextContent.Contains(user.Email));
        Assert.Empty(Rows(await client.GetDocumentAsync("/admin/nhat-ky?user=khong-co-ai-ten-nay")));
    }

    [Fact]
    public async Task Date_filters_use_vietnam_days_and_the_list_is_paged_on_the_server()
    {
        await CreateAndEditProductAsync();
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.Administrator);
        using var _c = client;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Site.Time.GetUtcNow(), Site.Time.LocalTimeZone).DateTime);

        var total = await Site.DbAsync(db => db.AuditLog.CountAsync());
        var first = await client.GetDocumentAsync("/admin/nhat-ky");
        Assert.Equal(Math.Min(25, total), Rows(first).Count);
        var newest = await Site.DbAsync(db => db.AuditLog.MaxAsync(e => e.Id));
        Assert.Equal(newest.ToString(), Rows(first)[0].GetAttribute("data-audit-id"));
        Assert.Contains($"trên {total:N0}".Replace(",", "."), first.QuerySelector("main")!.TextContent);

        var page2 = await client.GetDocumentAsync("/admin/nhat-ky?page=2&pageSize=10");
        Assert.Equal(10, Rows(page2).Count);
        var ids = Rows(page2).Select(r => long.Parse(r.GetAttribute("data-audit-id")!)).ToList();
        Assert.Equal(ids.OrderDescending(), ids);

        var tomorrow = today.AddDays(1).ToString("yyyy-MM-dd");
        Assert.Empty(Rows(await client.GetDocumentAsync($"/admin/nhat-ky?from={tomorrow}")));
        var todays = await client.GetDocumentAsync($"/admin/nhat-ky?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}&type=Product&action=Updated");
        Assert.NotEmpty(Rows(todays));
    }

    [Fact]
    public async Task Audit_rows_cannot_be_changed_or_deleted_over_http()
    {
        var (id, _) = await CreateAndEditProductAsync();
        var entry = await Site.DbAsync(db => db.AuditLog.AsNoTracking().FirstAsync(e => e.EntityType == "Product" && e.EntityId == id.ToString()));
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.Administrator);
        using var _c = client;
        var token = await client.GetAntiforgeryTokenAsync("/admin/nhap-so");
        var count = await Site.DbAsync(db => db.AuditLog.CountAsync());

        foreach (var url in new[] { $"/admin/nhat-ky/{entry.Id}", "/admin/nhat-ky", $"/admin/nhat-ky/{entry.Id}/xoa", $"/admin/nhat-ky/{entry.Id}/sua" })
        {
            foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
            {
                using var request = new HttpRequestMessage(method, url)
                {
                    Content = new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        [SiteTestHelpers.AntiforgeryField] = token,
                        ["UserName"] = "hacker",
                        ["Changes"] = "[]",
                    }),
                };
                using var response = await client.SendAsync(request);
                Assert.True(response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound,
                    $"{method} {url} answered {(int)response.StatusCode}");
            }
        }

        var after = await Site.DbAsync(db => db.AuditLog.AsNoTracking().SingleAsync(e => e.Id == entry.Id));
        Assert.Equal(entry.UserName, after.UserName);
        Assert.Equal(entry.Changes, after.Changes);
        Assert.Equal(entry.At, after.At);
        Assert.Equal(count, await Site.DbAsync(db => db.AuditLog.CountAsync()));

        // And no page offers a form to do it.
        var detail = await client.GetDocumentAsync($"/admin/nhat-ky/{entry.Id}");
        Assert.Empty(detail.QuerySelectorAll("main form[method='post']"));
    }

    [Fact]
    public async Task An_unknown_entry_is_not_found()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;
        using var response = await client.GetAsync(new Uri("/admin/nhat-ky/987654321", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Producer)]
    [InlineData(Roles.Customer)]
    [InlineData(Roles.Inspector)]
    [InlineData(Roles.TradePromotion)]
    public async Task Only_the_office_reads_the_log(string role)
    {
        var producerId = role == Roles.Producer ? await Site.DbAsync(db => db.Producers.Select(p => p.Id).FirstAsync()) : (int?)null;
        var (client, _) = await Site.CreateSignedInClientAsync(role, producerId);
        using var _c = client;
        var anyId = await Site.DbAsync(db => db.AuditLog.Select(e => e.Id).FirstAsync());
        foreach (var url in new[] { "/admin/nhat-ky", $"/admin/nhat-ky/{anyId}" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("/tai-khoan/tu-choi", response.RequestMessage!.RequestUri!.AbsolutePath);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class AuditLogSqliteTests(SqliteWebFactory site) : AuditLogTests(site);

[Collection(Collections.Postgres)]
public sealed class AuditLogPostgresTests(PostgresWebFactory site) : AuditLogTests(site);
