using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Places;
using OcopMarket.Web.Framework.BackOffice;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Portal;
using OcopMarket.Web.Tests.SystemAdmin;

namespace OcopMarket.Web.Tests.PointsAdmin;

/// <summary>/admin/diem-ban: the office's list and form of display points, through real HTTP and forms.</summary>
public abstract class PointsAdminTests(OcopWebFactory site)
{
    private static string Tag() => Guid.NewGuid().ToString("N")[..6];

    private static IReadOnlyList<IElement> Rows(IDocument page) => page.QuerySelectorAll("#point-list tbody tr[data-id]").ToList();

    [Fact]
    public async Task The_list_searches_without_diacritics_and_filters_by_type_province_and_publication()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        var tag = Tag();
        var shop = await site.AddPointAsync($"Cửa hàng thử Đông Sơn {tag}", address: $"Số 12 đường Trần Hưng Đạo {tag}");
        var booth = await site.AddPointAsync($"Gian hàng hội chợ thử {tag}", PointsAdminTestData.DongKinhCommune, DisplayPointType.FairBooth, published: false);
        try
        {
            // Folded name, folded address, and both.
            var byName = Rows(await client.GetDocumentAsync($"{DisplayPointAdminPaths.List}?q=cua+hang+thu+dong+son+{tag}"));
            Assert.Equal(shop.Id.ToString(), Assert.Single(byName).GetAttribute("data-id"));
            var byAddress = Rows(await client.GetDocumentAsync($"{DisplayPointAdminPaths.List}?q=tran+hung+dao+{tag}"));
            Assert.Equal(shop.Id.ToString(), Assert.Single(byAddress).GetAttribute("data-id"));
            Assert.Equal(2, Rows(await client.GetDocumentAsync($"{DisplayPointAdminPaths.List}?q={tag}")).Count);

            var booths = Rows(await client.GetDocumentAsync($"{DisplayPointAdminPaths.List}?q={tag}&type=FairBooth"));
            Assert.Equal(booth.Id.ToString(), Assert.Single(booths).GetAttribute("data-id"));
            Assert.Contains("Gian hàng hội chợ", booths[0].TextContent);
            Assert.Contains("Đang ẩn", booths[0].TextContent);
            var hidden = Rows(await client.GetDocumentAsync($"{DisplayPointAdminPaths.List}?q={tag}&published=false"));
            Assert.Equal(booth.Id.ToString(), Assert.Single(hidden).GetAttribute("data-id"));
            var (_, thanhHoa) = await site.CommuneAsync(PointsAdminTestData.TrieuSonCommune);
            var inThanhHoa = Rows(await client.GetDocumentAsync($"{DisplayPointAdminPaths.List}?q={tag}&province={thanhHoa}"));
            var row = Assert.Single(inThanhHoa);
            Assert.Equal(shop.Id.ToString(), row.GetAttribute("data-id"));
            Assert.Contains("Tỉnh Thanh Hóa", row.TextContent);
            Assert.Equal("0", row.QuerySelector("[data-col=photos]")!.TextContent.Trim());

            // Sorting by a whitelisted column, descending; an unknown column falls back to the name.
            var sorted = Rows(await client.GetDocumentAsync($"{DisplayPointAdminPaths.List}?q={tag}&sort=name&desc=true"));
            Assert.Equal(new[] { booth.Id, shop.Id }.Select(i => i.ToString()), sorted.Select(r => r.GetAttribute("data-id")));
            Assert.Equal(2, Rows(await client.GetDocumentAsync($"{DisplayPointAdminPaths.List}?q={tag}&sort=drop+table&page=-3")).Count);
        }
        finally
        {
            await site.DeletePointsByTagAsync(tag);
        }
    }

    [Fact]
    public async Task The_demo_points_have_generated_shop_front_photos()
    {
        var photos = await site.DbAsync(db => db.DisplayPoints.AsNoTracking()
            .Where(p => p.Slug == "diem-gioi-thieu-va-ban-san-pham-ocop-trieu-son" || p.Slug == "diem-ocop-buu-dien-kon-ray")
            .Select(p => new { p.Name, Photos = p.Photos.Select(x => new { x.AltText, x.MediaFileId }).ToList() })
            .ToListAsync());
        Assert.Equal(2, photos.Count);
        foreach (var point in photos)
        {
            var photo = Assert.Single(point.Photos);
            Assert.Equal(point.Name, photo.AltText);
            var media = await site.DbAsync(db => db.MediaFiles.SingleAsync(m => m.Id == photo.MediaFileId));
            Assert.Equal((800, 533, "image/jpeg"), (media.Width, media.Height, media.ContentType));
        }
        // The list shows the photo and its count.
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        var row = Assert.Single(Rows(await client.GetDocumentAsync($"{DisplayPointAdminPaths.List}?q=buu+dien+kon+ray")));
        Assert.Equal("1", row.QuerySelector("[data-col=photos]")!.TextContent.Trim());
        Assert.NotNull(row.QuerySelector("img.pa-thumb[src^='/media/']"));
    }

    [Fact]
    public async Task Bad_hours_a_pin_outside_Vietnam_and_a_bad_phone_are_refused_and_the_input_is_kept()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        var tag = Tag();
        var (commune, province) = await site.CommuneAsync(PointsAdminTestData.TrieuSonCommune);
        var page = await client.GetDocumentAsync(DisplayPointAdminPaths.Create);
        using var response = await client.SubmitFormAsync(page, "#point-form", new Dictionary<string, string?>
        {
            ["Name"] = "Điểm thử lỗi " + tag, ["Type"] = "Shop", ["ProvinceId"] = province.ToString(), ["CommuneId"] = commune.ToString(),
            ["Address"] = "Khu phố 4", ["Latitude"] = "48.8584", ["Longitude"] = "2.2945", ["Phone"] = "12345",
            ["OpeningHours"] = "T2–T6 07:30–25:00; CN nghỉ",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await SiteTestHelpers.ParseAsync(await response.Content.ReadAsStringAsync(), response.RequestMessage!.RequestUri!);
        Assert.NotNull(html.QuerySelector("#error-summary"));
        Assert.Equal("Vị trí nằm ngoài Việt Nam: vĩ độ phải từ 8 đến 24 (độ Bắc).", html.FieldError("Latitude"));
        Assert.Equal("Vị trí nằm ngoài Việt Nam: kinh độ phải từ 102 đến 110 (độ Đông).", html.FieldError("Longitude"));
        Assert.Equal("Vui lòng nhập số điện thoại Việt Nam (ví dụ 0912 345 678 hoặc 0237 3861 234).", html.FieldError("Phone"));
        Assert.Equal("\"07:30–25:00\" không phải là khoảng giờ hợp lệ (ví dụ 07:30–17:00).", html.FieldError("OpeningHours"));
        // What was typed stays, the commune list follows the province.
        Assert.Equal("48.8584", html.QuerySelector<IHtmlInputElement>("#Latitude")!.Value);
        Assert.Equal("12345", html.QuerySelector<IHtmlInputElement>("#Phone")!.Value);
        Assert.Equal("T2–T6 07:30–25:00; CN nghỉ", html.QuerySelector<IHtmlTextAreaElement>("#OpeningHours")!.Value);
        Assert.Equal("Điểm thử lỗi " + tag, html.QuerySelector<IHtmlInputElement>("#Name")!.Value);
        Assert.Equal(commune.ToString(), html.QuerySelector<IHtmlSelectElement>("#CommuneId")!.Value);
        Assert.False(await site.DbAsync(db => db.DisplayPoints.AnyAsync(p => p.Name.Contains(tag))));

        // Swapped coordinates and an unknown day get their own messages; in English too.
        await client.GetAsync("/ngon-ngu/en");
        using var english = await client.SubmitFormAsync(html, "#point-form", new Dictionary<string, string?>
        {
            ["Latitude"] = "105.6", ["Longitude"] = "19.8", ["Phone"] = "0237 3867 000", ["OpeningHours"] = "Thứ 2 08:00–17:00",
        });
        var en = await SiteTestHelpers.ParseAsync(await english.Content.ReadAsStringAsync(), english.RequestMessage!.RequestUri!);
        Assert.Equal("The latitude and longitude look swapped: latitude is the smaller number (8–24), longitude the larger (102–110).", en.FieldError("Latitude"));
        Assert.Equal("\"Thứ 2\" is not a day or a range of days (T2 … T7, CN).", en.FieldError("OpeningHours"));
        Assert.Null(en.FieldError("Phone"));
        await client.GetAsync("/ngon-ngu/vi");
        Assert.False(await site.DbAsync(db => db.DisplayPoints.AnyAsync(p => p.Name.Contains(tag))));
    }

    [Fact]
    public async Task The_office_creates_then_edits_a_point_and_sees_the_week_it_typed()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        var tag = Tag();
        var (commune, province) = await site.CommuneAsync(PointsAdminTestData.TrieuSonCommune);
        try
        {
            // The province select reloads the form with its communes, without saving.
            var page = await client.GetDocumentAsync(DisplayPointAdminPaths.Create);
            Assert.True(page.QuerySelector<IHtmlSelectElement>("#CommuneId")!.IsDisabled);
            using var reloaded = await client.SubmitFormAsync(page, "#point-form", new Dictionary<string, string?>
            {
                ["Name"] = $"Ki-ốt OCOP Bến xe thử {tag}", ["ProvinceId"] = province.ToString(), ["reload"] = "places",
            });
            page = await SiteTestHelpers.ParseAsync(await reloaded.Content.ReadAsStringAsync(), reloaded.RequestMessage!.RequestUri!);
            Assert.Null(page.QuerySelector("#error-summary"));
            Assert.NotNull(page.QuerySelector($"#CommuneId option[value='{commune}']"));

            using var created = await client.SubmitFormAsync(page, "#point-form", new Dictionary<string, string?>
            {
                ["Type"] = "TouristSiteKiosk", ["CommuneId"] = commune.ToString(), ["Address"] = "Bến xe Triệu Sơn",
                ["Latitude"] = "19,8138", ["Longitude"] = "105.6064", ["Phone"] = "0912 345 678",
                ["OpeningHours"] = "T2–T6 07:30–11:30, 13:30–17:00; T7 08:00–12:00; CN nghỉ",
                ["Description"] = "Ki-ốt bán đặc sản.\n\n<script>alert(1)</script>Mở cửa cả ngày lễ.",
            });
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
            var id = int.Parse(created.RequestMessage!.RequestUri!.AbsolutePath.Split('/').Last());
            var edit = await SiteTestHelpers.ParseAsync(await created.Content.ReadAsStringAsync(), created.RequestMessage.RequestUri);
            Assert.Equal("Đã tạo điểm bán.", edit.StatusMessage());

            var point = await site.DbAsync(db => db.DisplayPoints.AsNoTracking().SingleAsync(p => p.Id == id));
            Assert.Equal($"ki-ot-ocop-ben-xe-thu-{tag}", point.Slug);
            Assert.Equal(DisplayPointType.TouristSiteKiosk, point.Type);
            Assert.Equal((19.8138, 105.6064), (point.Latitude, point.Longitude));
            Assert.Equal(site.Time.GetUtcNow(), point.CreatedAt);
            Assert.Equal(site.Time.GetUtcNow(), point.UpdatedAt);
            Assert.DoesNotContain("<script", point.Description);
            Assert.StartsWith("<p>Ki-ốt bán đặc sản.</p>", point.Description);
            Assert.True(point.IsPublished);

            // The week as visitors will read it: the factory's clock is Wednesday 25/11/2026 10:00 in Việt Nam.
            Assert.Equal("07:30–11:30, 13:30–17:00", edit.QuerySelector("#hours-preview tr[data-day='2'] td")!.TextContent.Trim());
            Assert.Equal("08:00–12:00", edit.QuerySelector("#hours-preview tr[data-day='5'] td")!.TextContent.Trim());
            Assert.Equal("Nghỉ", edit.QuerySelector("#hours-preview tr[data-day='6'] td")!.TextContent.Trim());
            Assert.Equal("Đang mở cửa · đóng cửa lúc 11:30", edit.QuerySelector("#open-now")!.TextContent.Trim());

            // A second point with the same name gets the next free slug; a typed slug already taken is refused.
            var second = await client.GetDocumentAsync(DisplayPointAdminPaths.Edit(id));
            using var renamed = await client.SubmitFormAsync(second, "#point-form", new Dictionary<string, string?>
            {
                ["Name"] = $"Ki-ốt OCOP Bến xe thử {tag} (đã chuyển)", ["OpeningHours"] = "00:00–24:00", ["IsPublished"] = "false",
            });
            Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
            point = await site.DbAsync(db => db.DisplayPoints.AsNoTracking().SingleAsync(p => p.Id == id));
            Assert.Equal($"Ki-ốt OCOP Bến xe thử {tag} (đã chuyển)", point.Name);
            Assert.Equal($"ki-ot-ocop-ben-xe-thu-{tag}", point.Slug); // the slug field kept its value
            Assert.False(point.IsPublished);
            var after = await client.GetDocumentAsync(DisplayPointAdminPaths.Edit(id));
            Assert.Equal("Mở cửa 24/24, mọi ngày", after.QuerySelector("#open-now")!.TextContent.Trim());

            var other = await site.AddPointAsync($"Điểm thử trùng đường dẫn {tag}");
            using var taken = await client.SubmitFormAsync(after, "#point-form", new Dictionary<string, string?> { ["Slug"] = other.Slug });
            var takenPage = await SiteTestHelpers.ParseAsync(await taken.Content.ReadAsStringAsync(), taken.RequestMessage!.RequestUri!);
            Assert.Equal("Đường dẫn này đã được một điểm bán khác dùng; hãy chọn đường dẫn khác.", takenPage.FieldError("Slug"));
        }
        finally
        {
            await site.DeletePointsByTagAsync(tag);
        }
    }

    [Fact]
    public async Task Photos_are_uploaded_through_the_image_pipeline_described_reordered_and_removed_and_a_non_image_is_refused()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        var tag = Tag();
        var point = await site.AddPointAsync("Điểm thử ảnh " + tag);
        try
        {
            var page = await client.GetDocumentAsync(DisplayPointAdminPaths.Edit(point.Id));
            using var uploaded = await client.SubmitMultipartFormAsync(page, "#photo-upload", [("altText", "Mặt tiền cửa hàng")],
                new UploadFile("files", "mat-tien.png", PortalSamples.Png(120, 90), "image/png"),
                new UploadFile("files", "quay-ke.png", PortalSamples.Png(64, 48), "image/png"));
            var edit = await SiteTestHelpers.ParseAsync(await uploaded.Content.ReadAsStringAsync(), uploaded.RequestMessage!.RequestUri!);
            Assert.Equal("Đã thêm 2 ảnh.", edit.StatusMessage());
            var photos = await site.DbAsync(db => db.DisplayPointPhotos.AsNoTracking().Where(x => x.DisplayPointId == point.Id).OrderBy(x => x.SortOrder).ToListAsync());
            Assert.Equal(2, photos.Count);
            Assert.All(photos, x => Assert.Equal("Mặt tiền cửa hàng", x.AltText));
            var media = await site.DbAsync(db => db.MediaFiles.AsNoTracking().SingleAsync(m => m.Id == photos[0].MediaFileId));
            Assert.Equal((120, 90, "image/png"), (media.Width, media.Height, media.ContentType));
            using (var variant = await client.GetAsync($"/media/{media.Id}/160.jpg"))
                Assert.Equal(HttpStatusCode.OK, variant.StatusCode);

            // A text file named .jpg is refused, with the shared upload message; nothing is added.
            using var refused = await client.SubmitMultipartFormAsync(edit, "#photo-upload", null,
                new UploadFile("files", "khong-phai-anh.jpg", PortalSamples.Text, "image/jpeg"));
            var refusedPage = await SiteTestHelpers.ParseAsync(await refused.Content.ReadAsStringAsync(), refused.RequestMessage!.RequestUri!);
            Assert.Contains("Chưa thêm ảnh nào. khong-phai-anh.jpg: Tệp không phải là ảnh hợp lệ", refusedPage.StatusMessage());
            Assert.Equal(2, await site.DbAsync(db => db.DisplayPointPhotos.CountAsync(x => x.DisplayPointId == point.Id)));

            // Second photo first, a new description, then remove the (now) second.
            using var moved = await client.SubmitFormAsync(refusedPage, "#photos-form", new Dictionary<string, string?>
            {
                ["move"] = $"{photos[1].Id}:-1", [$"alt[{photos[1].Id}]"] = "Quầy kệ bên trong",
            });
            var order = await site.DbAsync(db => db.DisplayPointPhotos.AsNoTracking().Where(x => x.DisplayPointId == point.Id).OrderBy(x => x.SortOrder)
                .Select(x => new { x.Id, x.AltText }).ToListAsync());
            Assert.Equal(new[] { photos[1].Id, photos[0].Id }, order.Select(x => x.Id));
            Assert.Equal("Quầy kệ bên trong", order[0].AltText);
            var movedPage = await SiteTestHelpers.ParseAsync(await moved.Content.ReadAsStringAsync(), moved.RequestMessage!.RequestUri!);
            Assert.Equal(photos[1].Id.ToString(), movedPage.QuerySelector("#photos-form li")!.GetAttribute("data-photo"));
            Assert.NotNull(movedPage.QuerySelector($"#photos-form button[name=remove][value='{photos[0].Id}'][data-confirm]"));

            using var removed = await client.SubmitFormAsync(movedPage, "#photos-form", new Dictionary<string, string?> { ["remove"] = photos[0].Id.ToString() });
            Assert.Equal(new[] { photos[1].Id }, await site.DbAsync(db => db.DisplayPointPhotos.Where(x => x.DisplayPointId == point.Id).Select(x => x.Id).ToListAsync()));
        }
        finally
        {
            await site.DeletePointsByTagAsync(tag);
        }
    }

    [Fact]
    public async Task A_point_used_for_pickup_cannot_be_deleted_but_can_be_unpublished_and_an_unused_one_is_deleted()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        var tag = Tag();
        var used = await site.AddPointAsync("Điểm thử có đơn nhận " + tag);
        var unused = await site.AddPointAsync("Điểm thử không đơn " + tag);
        var order = await site.AddPickupOrderAsync(used.Id);
        try
        {
            var page = await client.GetDocumentAsync(DisplayPointAdminPaths.Edit(used.Id));
            Assert.Contains("Có 1 đơn hàng nhận tại điểm này nên không thể xóa", page.QuerySelector("#delete-card")!.TextContent);
            // The button is disabled, so post the form as a stale page would.
            page.QuerySelector<IHtmlButtonElement>("#delete-form button")!.RemoveAttribute("disabled");
            using var refused = await client.SubmitFormAsync(page, "#delete-form");
            var after = await SiteTestHelpers.ParseAsync(await refused.Content.ReadAsStringAsync(), refused.RequestMessage!.RequestUri!);
            Assert.EndsWith(DisplayPointAdminPaths.Edit(used.Id), refused.RequestMessage.RequestUri!.AbsolutePath);
            Assert.Contains($"Không thể xóa Điểm thử có đơn nhận {tag}: có 1 đơn hàng nhận tại điểm này. Hãy ẩn điểm", after.StatusMessage());
            Assert.True(await site.DbAsync(db => db.DisplayPoints.AnyAsync(p => p.Id == used.Id)));

            using var hidden = await client.SubmitFormAsync(after, "#publish-form");
            Assert.False(await site.DbAsync(db => db.DisplayPoints.Where(p => p.Id == used.Id).Select(p => p.IsPublished).SingleAsync()));

            var other = await client.GetDocumentAsync(DisplayPointAdminPaths.Edit(unused.Id));
            Assert.NotNull(other.QuerySelector("#delete-form[data-confirm]"));
            using var deleted = await client.SubmitFormAsync(other, "#delete-form");
            Assert.Equal(DisplayPointAdminPaths.List, deleted.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.False(await site.DbAsync(db => db.DisplayPoints.AnyAsync(p => p.Id == unused.Id)));
        }
        finally
        {
            await site.DeleteOrderAsync(order);
            await site.DeletePointsByTagAsync(tag);
        }
    }

    [Fact]
    public async Task The_storefront_shows_an_edit_at_once_though_its_pages_are_cached()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var visitor = site.CreateClient();
        var tag = Tag();
        var point = await site.AddPointAsync("Điểm thử bộ nhớ đệm " + tag);
        try
        {
            var page = await client.GetDocumentAsync(DisplayPointAdminPaths.Edit(point.Id));
            using (await client.SubmitFormAsync(page, "#point-form", new Dictionary<string, string?> { ["Name"] = "Điểm thử trước khi đổi tên " + tag })) { }
            Assert.Contains("Điểm thử trước khi đổi tên " + tag, await visitor.GetStringAsync("/diem-ban")); // now in the output cache

            page = await client.GetDocumentAsync(DisplayPointAdminPaths.Edit(point.Id));
            using (await client.SubmitFormAsync(page, "#point-form", new Dictionary<string, string?> { ["Name"] = "Điểm thử sau khi đổi tên " + tag })) { }
            var after = await visitor.GetStringAsync("/diem-ban");
            Assert.Contains("Điểm thử sau khi đổi tên " + tag, after);
            Assert.DoesNotContain("Điểm thử trước khi đổi tên " + tag, after);

            using (await client.SubmitFormAsync(await client.GetDocumentAsync(DisplayPointAdminPaths.Edit(point.Id)), "#publish-form")) { }
            Assert.DoesNotContain("Điểm thử sau khi đổi tên " + tag, await visitor.GetStringAsync("/diem-ban"));
        }
        finally
        {
            await site.DeletePointsByTagAsync(tag);
        }
    }

    [Theory]
    [InlineData(Roles.Producer)]
    [InlineData(Roles.Customer)]
    [InlineData(Roles.TradePromotion)]
    [InlineData(Roles.Inspector)]
    public async Task Only_the_office_reaches_or_changes_display_points(string role)
    {
        var producer = role == Roles.Producer ? await SystemAdminTestHelpers.ProducerIdAsync(site, "htx-nong-nghiep-binh-son") : (int?)null;
        var (client, _) = await site.CreateSignedInRawClientAsync(role, producer);
        var tag = Tag();
        var point = await site.AddPointAsync("Điểm thử quyền " + tag);
        try
        {
            foreach (var path in new[] { DisplayPointAdminPaths.List, DisplayPointAdminPaths.Create, DisplayPointAdminPaths.Edit(point.Id), DisplayPointAdminPaths.Shelf(point.Id) })
            {
                using var response = await client.GetAsync(path);
                Assert.True(response.IsDenied(), $"{role} was answered {(int)response.StatusCode} for {path}");
            }
            // Posts are refused before anything runs (the role check comes before the form is read).
            using var post = await client.PostFormAsync(DisplayPointAdminPaths.Edit(point.Id) + "/cong-bo", [new("published", "false")]);
            Assert.True(post.IsDenied(), $"{role} was answered {(int)post.StatusCode} for the publish post");
            Assert.True(await site.DbAsync(db => db.DisplayPoints.Where(p => p.Id == point.Id).Select(p => p.IsPublished).SingleAsync()));
        }
        finally
        {
            await site.DeletePointsByTagAsync(tag);
        }
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_posts_need_the_antiforgery_token()
    {
        using var anonymous = site.CreateRawClient();
        using (var response = await anonymous.GetAsync(DisplayPointAdminPaths.List))
            Assert.True(response.IsLoginRedirect());

        var (client, _) = await site.CreateSignedInRawClientAsync(Roles.OfficeStaff);
        var tag = Tag();
        var point = await site.AddPointAsync("Điểm thử chống giả mạo " + tag);
        try
        {
            using var noToken = await client.PostFormAsync(DisplayPointAdminPaths.Edit(point.Id) + "/xoa", []);
            Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
            using var create = await client.PostFormAsync(DisplayPointAdminPaths.Create, [new("Name", "Điểm giả mạo " + tag), new("Type", "Shop")]);
            Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
            Assert.True(await site.DbAsync(db => db.DisplayPoints.AnyAsync(p => p.Id == point.Id)));
            Assert.False(await site.DbAsync(db => db.DisplayPoints.AnyAsync(p => p.Name == "Điểm giả mạo " + tag)));

            using var missing = await client.GetAsync(DisplayPointAdminPaths.Edit(987654));
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
        finally
        {
            await site.DeletePointsByTagAsync(tag);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class PointsAdminTestsSqlite(SqliteWebFactory site) : PointsAdminTests(site);

[Collection(Collections.Postgres)]
public sealed class PointsAdminTestsPostgres(PostgresWebFactory site) : PointsAdminTests(site);
