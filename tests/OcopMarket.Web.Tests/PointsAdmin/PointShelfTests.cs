using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Places;
using OcopMarket.Plugin.Shipping.Pickup;
using OcopMarket.Web.Framework.BackOffice;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Portal;
using OcopMarket.Web.Tests.Register;
using OcopMarket.Web.Tests.Shipping;

namespace OcopMarket.Web.Tests.PointsAdmin;

/// <summary>
/// The products a point stocks (/admin/diem-ban/{id}/san-pham): only products with a valid 3★+ certificate today
/// may be ticked (Decision 950/QĐ-BCT); the pickup plugin's page leads here.
/// </summary>
public abstract class PointShelfTests(OcopWebFactory site)
{
    [Fact]
    public async Task Only_products_with_a_valid_3_star_certificate_can_be_stocked()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        var honey = await site.SeededProducerIdAsync(ShippingTestData.BinhSon);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var valid = await site.CreateProductAsync(honey, "Mật ong kệ hợp lệ " + tag);
        var uncertified = await site.CreateProductAsync(honey, "Mật ong kệ chưa chứng nhận " + tag);
        var expired = await site.CreateProductAsync(honey, "Mật ong kệ hết hạn " + tag);
        var twoStars = await site.CreateProductAsync(honey, "Mật ong kệ hai sao " + tag);
        await site.AddCertificateAsync(valid.Id, 4, new DateOnly(2025, 3, 1));
        await site.AddCertificateAsync(expired.Id, 3, new DateOnly(2022, 1, 10)); // expired 09/01/2025
        await site.AddCertificateAsync(twoStars.Id, 2, new DateOnly(2025, 3, 1));
        var point = await site.CreatePointAsync("Điểm thử kệ 3 sao " + tag, null, expired.Id); // stocked before it expired
        try
        {
            var page = await client.GetDocumentAsync($"{DisplayPointAdminPaths.Shelf(point.Id)}?q={Uri.EscapeDataString(tag)}");
            Assert.Equal(4, page.QuerySelectorAll("#point-stock tbody tr[data-id]").Length);
            Assert.False(page.QuerySelector<IHtmlInputElement>($"#stock-{valid.Id}")!.IsDisabled);
            foreach (var id in new[] { uncertified.Id, expired.Id, twoStars.Id })
            {
                Assert.True(page.QuerySelector<IHtmlInputElement>($"#stock-{id}")!.IsDisabled);
                Assert.Equal("false", page.QuerySelector($"tr[data-id='{id}']")!.GetAttribute("data-allowed"));
            }
            Assert.Contains("chưa có giấy chứng nhận OCOP", page.QuerySelector($"#why-{uncertified.Id}")!.TextContent);
            Assert.Contains("giấy chứng nhận hết hạn ngày 09/01/2025", page.QuerySelector($"#why-{expired.Id}")!.TextContent);
            Assert.Contains("Vẫn đang bày bán", page.QuerySelector($"#why-{expired.Id}")!.TextContent);
            Assert.Contains("xếp hạng 2★", page.QuerySelector($"#why-{twoStars.Id}")!.TextContent);
            Assert.Contains("Có 1 sản phẩm đang bày bán không còn giấy chứng nhận 3★+ hiệu lực", page.QuerySelector("#shelf-warning")!.TextContent);
            Assert.Equal("★★★★", page.QuerySelector($"tr[data-id='{valid.Id}'] .pa-stars")!.TextContent);

            // A post that ticks an uncertified product (a stale page, or a crafted one) is refused whole.
            using var refused = await client.SubmitFormAsync(page, "#point-stock", new Dictionary<string, string?>
            {
                ["stocked"] = uncertified.Id.ToString(),
            });
            var refusedPage = await SiteTestHelpers.ParseAsync(await refused.Content.ReadAsStringAsync(), refused.RequestMessage!.RequestUri!);
            Assert.Contains("Chưa lưu thay đổi nào", refusedPage.StatusMessage());
            Assert.Contains($"Mật ong kệ chưa chứng nhận {tag} (chưa có giấy chứng nhận OCOP)", refusedPage.StatusMessage());
            Assert.Equal(new[] { expired.Id }, await ShelfAsync(point.Id));

            // Ticking the valid one saves; the expired one, unticked and disabled, comes off the shelf.
            refusedPage.QuerySelector<IHtmlInputElement>($"#stock-{valid.Id}")!.IsChecked = true;
            using var saved = await client.SubmitFormAsync(refusedPage, "#point-stock");
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.Contains("thêm 1 sản phẩm, bỏ 1 sản phẩm", await saved.Content.ReadAsStringAsync());
            Assert.Contains("q=" + tag, saved.RequestMessage!.RequestUri!.Query);
            Assert.Equal(new[] { valid.Id }, await ShelfAsync(point.Id));

            var choosable = await client.GetDocumentAsync($"{DisplayPointAdminPaths.Shelf(point.Id)}?q={tag}&scope=Choosable");
            Assert.Equal(valid.Id.ToString(), Assert.Single(choosable.QuerySelectorAll("#point-stock tbody tr[data-id]")).GetAttribute("data-id"));
        }
        finally
        {
            await site.DeletePointsAsync(point.Id);
            await site.DeleteProductsAsync(valid.Id, uncertified.Id, expired.Id, twoStars.Id);
        }
    }

    [Fact]
    public async Task The_pickup_page_leads_to_the_one_shelf_editor()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var point = await site.CreatePointAsync("Điểm thử nhận hàng " + tag, null);
        try
        {
            var list = await client.GetDocumentAsync(PickupPointsController.Path + "?q=" + tag);
            var link = Assert.Single(list.QuerySelectorAll("#pickup-points tbody tr[data-id] a.btn")).GetAttribute("href");
            Assert.Equal(DisplayPointAdminPaths.Shelf(point.Id), link);
            // The old address of the shelf forwards, filters included.
            using var old = await client.GetAsync($"{PickupPointsController.Path}/{point.Id}?scope=Stocked");
            Assert.Equal(HttpStatusCode.OK, old.StatusCode);
            Assert.Equal(DisplayPointAdminPaths.Shelf(point.Id), old.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.Equal("?scope=Stocked", old.RequestMessage.RequestUri.Query);
            // The point editor links to its shelf too.
            var edit = await client.GetDocumentAsync(DisplayPointAdminPaths.Edit(point.Id));
            Assert.Equal(DisplayPointAdminPaths.Shelf(point.Id), edit.QuerySelector("#open-shelf")!.GetAttribute("href"));
        }
        finally
        {
            await site.DeletePointsAsync(point.Id);
        }
    }

    private Task<List<int>> ShelfAsync(int pointId) =>
        site.DbAsync(db => db.Set<DisplayPointProduct>().Where(s => s.DisplayPointId == pointId).Select(s => s.ProductId).OrderBy(id => id).ToListAsync());
}

[Collection(Collections.Sqlite)]
public sealed class PointShelfTestsSqlite(SqliteWebFactory site) : PointShelfTests(site);

[Collection(Collections.Postgres)]
public sealed class PointShelfTestsPostgres(PostgresWebFactory site) : PointShelfTests(site);
