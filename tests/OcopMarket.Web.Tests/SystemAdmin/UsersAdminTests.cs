using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Audit;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Tests.Account;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.SystemAdmin;

/// <summary>/admin/nguoi-dung through real HTTP: forms, roles, lockout, password links, and who may use it.</summary>
public abstract class UsersAdminTests(OcopWebFactory site)
{
    private const string List = "/admin/nguoi-dung";

    private static string NewEmail(string what) => $"users-{what}-{Guid.NewGuid():N}@ocopmarket.test";

    private async Task<AppUser> FindAsync(string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"no user {email}");
    }

    private async Task<IList<string>> RolesOfAsync(string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }

    private async Task<bool> CanSignInAsync(string email, string password)
    {
        var (client, cookies) = site.CreateClientWithCookies();
        using var _ = client;
        (await client.SubmitLoginFormAsync(email, password)).Dispose();
        return cookies.IsSignedIn();
    }

    [Fact]
    public async Task Office_staff_is_refused_every_action_get_and_post()
    {
        var target = await site.CreateUserAsync(Roles.Customer);
        var (client, _) = await site.CreateSignedInRawClientAsync(Roles.OfficeStaff);
        using var c = client;
        // A valid token (from a page staff may open), so only the role decides.
        var token = await client.GetAntiforgeryTokenAsync("/admin/cai-dat");

        foreach (var url in new[] { List, List + "/them", $"{List}/{target.Id}", $"{List}?q=a&role=Customer" })
        {
            using var get = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(get.IsDenied(), $"[{site.ProviderName}] GET {url} answered {(int)get.StatusCode} {get.Headers.Location}");
        }
        foreach (var url in new[] { List + "/them", $"{List}/{target.Id}", $"{List}/{target.Id}/khoa", $"{List}/{target.Id}/mo-khoa", $"{List}/{target.Id}/dat-lai-mat-khau" })
        {
            using var post = await client.PostFormAsync(url, new Dictionary<string, string>
            {
                [SiteTestHelpers.AntiforgeryField] = token,
                ["Email"] = NewEmail("staff"),
                ["FullName"] = "Không được phép",
                ["Roles"] = Roles.Administrator,
                ["Form.FullName"] = "Không được phép",
                ["Form.Roles"] = Roles.Administrator,
                ["PasswordMode"] = "SetNow",
                ["Password"] = "Mat-khau-123",
                ["ConfirmPassword"] = "Mat-khau-123",
            });
            Assert.True(post.IsDenied(), $"[{site.ProviderName}] POST {url} answered {(int)post.StatusCode} {post.Headers.Location}");
        }

        // The denied page is a real 403 page.
        using var denied = await client.GetAsync(new Uri("/tai-khoan/tu-choi", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        // Nothing changed.
        var after = await FindAsync(target.Email);
        Assert.Null(after.LockoutEnd);
        Assert.Equal(["Customer"], await RolesOfAsync(target.Email));
        Assert.True(await CanSignInAsync(target.Email, target.Password));
    }

    [Fact]
    public async Task Administrator_creates_an_inspector_with_a_password_and_the_change_is_audited()
    {
        var (client, admin) = await site.CreateSignedInClientAsync(Roles.Administrator);
        using var c = client;
        var email = NewEmail("inspector");
        var page = await client.GetDocumentAsync(List + "/them");
        using var response = await client.SubmitFormAsync(page, "form#user-create", new Dictionary<string, string?>
        {
            ["Email"] = email,
            ["FullName"] = "Phạm Thị Hoa",
            ["PhoneNumber"] = "0912 345 678",
            ["Roles"] = Roles.Inspector,
            ["PasswordMode"] = "SetNow",
            ["Password"] = "Kiem-tra-2026",
            ["ConfirmPassword"] = "Kiem-tra-2026",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = await FindAsync(email);
        Assert.Equal($"{List}/{user.Id}", response.RequestMessage!.RequestUri!.AbsolutePath);
        var edit = await response.ReadDocumentAsync();
        Assert.Contains("Đã tạo tài khoản.", edit.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Phạm Thị Hoa", user.FullName);
        Assert.Equal("0912 345 678", user.PhoneNumber);
        Assert.Null(user.ProducerId);
        Assert.Equal(["Inspector"], await RolesOfAsync(email));
        Assert.NotEqual("Kiem-tra-2026", user.PasswordHash);
        Assert.True(await CanSignInAsync(email, "Kiem-tra-2026"));

        var key = user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = await site.DbAsync(db => db.AuditLog.AsNoTracking().Where(a => a.EntityId == key || a.EntityId.StartsWith(key + "/")).ToListAsync());
        var created = Assert.Single(audit, a => a.EntityType == nameof(AppUser) && a.Action == AuditAction.Created);
        Assert.Equal(admin.Id, created.UserId);
        Assert.Contains(audit, a => a.EntityType.Contains("UserRole", StringComparison.Ordinal) && a.Action == AuditAction.Created);
    }

    [Fact]
    public async Task A_producer_account_needs_its_producer()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.Administrator);
        using var c = client;
        var email = NewEmail("producer");
        var page = await client.GetDocumentAsync(List + "/them");
        var fields = new Dictionary<string, string?>
        {
            ["Email"] = email,
            ["FullName"] = "Nguyễn Văn Sơn",
            ["Roles"] = Roles.Producer,
            ["ProducerId"] = "",
            ["PasswordMode"] = "SetNow",
            ["Password"] = "Chu-the-2026",
            ["ConfirmPassword"] = "Chu-the-2026",
        };
        using (var refused = await client.SubmitFormAsync(page, "form#user-create", fields))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var again = await refused.ReadDocumentAsync();
            Assert.Equal("Vui lòng chọn chủ thể mà người dùng này đại diện.", SystemAdminTestHelpers.FieldError(again, "ProducerId"));
            // The typed password is not sent back.
            Assert.Equal("", again.QuerySelector<IHtmlInputElement>("input[name='Password']")?.Value ?? "");
        }
        Assert.Equal(0, await site.DbAsync(db => db.Users.CountAsync(u => u.Email == email)));

        var producerId = await site.ProducerIdAsync("htx-nong-nghiep-binh-son");
        fields["ProducerId"] = producerId.ToString();
        using (var ok = await client.SubmitFormAsync(page, "form#user-create", fields))
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var user = await FindAsync(email);
        Assert.Equal(producerId, user.ProducerId);
        Assert.Equal(["Producer"], await RolesOfAsync(email));
    }

    [Fact]
    public async Task Invalid_input_is_explained_in_vietnamese()
    {
        var existing = await site.CreateUserAsync();
        var (client, _) = await site.CreateSignedInClientAsync(Roles.Administrator);
        using var c = client;
        var page = await client.GetDocumentAsync(List + "/them");

        using var duplicate = await client.SubmitFormAsync(page, "form#user-create", new Dictionary<string, string?>
        {
            ["Email"] = existing.Email,
            ["FullName"] = "Trùng email",
            ["Roles"] = Roles.Customer,
            ["PasswordMode"] = "SetNow",
            ["Password"] = "Mat-khau-123",
            ["ConfirmPassword"] = "Mat-khau-123",
        });
        var doc = await duplicate.ReadDocumentAsync();
        Assert.Equal($"Email '{existing.Email}' đã được dùng cho một tài khoản khác.", SystemAdminTestHelpers.FieldError(doc, "Email"));

        using var empty = await client.SubmitFormAsync(page, "form#user-create", new Dictionary<string, string?>
        {
            ["Email"] = "khong-phai-email",
            ["FullName"] = "",
            ["PasswordMode"] = "SetNow",
            ["Password"] = "ngan",
            ["ConfirmPassword"] = "khac",
        });
        doc = await empty.ReadDocumentAsync();
        Assert.Equal("Vui lòng nhập địa chỉ email hợp lệ.", SystemAdminTestHelpers.FieldError(doc, "Email"));
        Assert.Equal("Vui lòng nhập họ và tên.", SystemAdminTestHelpers.FieldError(doc, "FullName"));
        Assert.Equal("Vui lòng chọn ít nhất một vai trò.", SystemAdminTestHelpers.FieldError(doc, "Roles"));
        Assert.Equal("Hai mật khẩu không khớp.", SystemAdminTestHelpers.FieldError(doc, "ConfirmPassword"));
        Assert.NotNull(doc.QuerySelector("#form-errors"));
    }

    [Fact]
    public async Task An_emailed_link_lets_the_new_user_choose_the_password()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.Administrator);
        using var c = client;
        var email = NewEmail("invite");
        var page = await client.GetDocumentAsync(List + "/them");
        using (var response = await client.SubmitFormAsync(page, "form#user-create", new Dictionary<string, string?>
        {
            ["Email"] = email,
            ["FullName"] = "Đỗ Thị Lan",
            ["Roles"] = Roles.OfficeStaff,
            ["PasswordMode"] = "EmailLink",
        }))
        {
            Assert.Contains($"Đường dẫn đặt mật khẩu đã được gửi tới {email}", await response.ReadTextAsync(), StringComparison.Ordinal);
        }
        var user = await FindAsync(email);
        Assert.Null(user.PasswordHash);

        var eml = await site.FindMailToAsync(email);
        Assert.NotNull(eml);
        Assert.Equal("Tài khoản OcopMarket của bạn", AccountTestHelpers.DecodeWords(AccountTestHelpers.Header(eml, "Subject")));
        var link = new Uri(AccountTestHelpers.ResetLinkIn(AccountTestHelpers.DecodeParts(eml)["text/plain"]));

        var (anonymous, cookies) = site.CreateClientWithCookies();
        using var a = anonymous;
        using (var reset = await anonymous.SubmitFormAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["Password"] = "Van-phong-789",
            ["ConfirmPassword"] = "Van-phong-789",
        }))
        {
            Assert.Contains("Mật khẩu của bạn đã được thay đổi.", await reset.ReadTextAsync(), StringComparison.Ordinal);
        }
        Assert.True(await CanSignInAsync(email, "Van-phong-789"));
    }

    [Fact]
    public async Task The_list_searches_and_filters_on_the_server()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var inspector = await site.CreateUserAsync(Roles.Inspector, email: $"loc-{marker}-a@ocopmarket.test");
        var customer = await site.CreateUserAsync(Roles.Customer, email: $"loc-{marker}-b@ocopmarket.test");
        await site.DbAsync(async db =>
        {
            var u = await db.Users.SingleAsync(x => x.Id == customer.Id);
            u.LockoutEnd = OcopWebFactory.Now.AddDays(1).ToUniversalTime();
            await db.SaveChangesAsync();
        });
        var (client, _) = await site.CreateSignedInClientAsync(Roles.Administrator);
        using var c = client;

        int[] Ids(AngleSharp.Dom.IDocument d) => [.. d.QuerySelectorAll("#users tbody tr[data-user-id]").Select(r => int.Parse(r.GetAttribute("data-user-id")!))];

        var both = await client.GetDocumentAsync($"{List}?q={marker.ToUpperInvariant()}");
        Assert.Equal([inspector.Id, customer.Id], Ids(both).Order());
        var inspectors = await client.GetDocumentAsync($"{List}?q={marker}&role=Inspector");
        Assert.Equal([inspector.Id], Ids(inspectors));
        Assert.Equal("Cán bộ kiểm tra", inspectors.QuerySelector($"tr[data-user-id='{inspector.Id}'] [data-role='Inspector']")?.TextContent.Trim());
        var locked = await client.GetDocumentAsync($"{List}?q={marker}&status=locked");
        Assert.Equal([customer.Id], Ids(locked));
        Assert.NotNull(locked.QuerySelector($"tr[data-user-id='{customer.Id}'] [data-status='locked']"));
        var active = await client.GetDocumentAsync($"{List}?q={marker}&status=active&sort=email&desc=true");
        Assert.Equal([inspector.Id], Ids(active));
        // Junk filters are ignored, never a 500.
        var junk = await client.GetDocumentAsync($"{List}?role=Hacker&status=x&sort=PasswordHash&page=-4");
        Assert.NotEmpty(Ids(junk));
    }

    [Fact]
    public async Task Editing_changes_name_roles_and_producer_and_drops_the_link_with_the_role()
    {
        var producerId = await site.ProducerIdAsync("htx-san-xuat-va-kinh-doanh-qua-sach-hoa-cu");
        var target = await site.CreateUserAsync(Roles.Customer);
        var (client, _) = await site.CreateSignedInClientAsync(Roles.Administrator);
        using var c = client;
        var url = $"{List}/{target.Id}";

        var page = await client.GetDocumentAsync(url);
        Assert.Equal(target.Email, page.QuerySelector("[data-email]")?.TextContent.Trim());
        using (var saved = await client.SubmitFormAsync(page, "form#user-edit", new Dictionary<string, string?>
        {
            ["Form.FullName"] = "Lê Văn Hòa",
            ["Form.Roles"] = Roles.Producer,
            ["Form.ProducerId"] = producerId.ToString(),
        }))
        {
            Assert.Contains("Đã lưu thay đổi.", await saved.ReadTextAsync(), StringComparison.Ordinal);
        }
        var user = await FindAsync(target.Email);
        Assert.Equal("Lê Văn Hòa", user.FullName);
        Assert.Equal(producerId, user.ProducerId);
        Assert.Equal(["Producer"], await RolesOfAsync(target.Email));

        page = await client.GetDocumentAsync(url);
        using (var saved = await client.SubmitFormAsync(page, "form#user-edit", new Dictionary<string, string?> { ["Form.Roles"] = Roles.TradePromotion }))
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        user = await FindAsync(target.Email);
        Assert.Null(user.ProducerId);
        Assert.Equal(["TradePromotion"], await RolesOfAsync(target.Email));

        // Role membership changes are in the audit log.
        var prefix = target.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/";
        var roleRows = await site.DbAsync(db => db.AuditLog.AsNoTracking().Where(a => a.EntityId.StartsWith(prefix) && a.EntityType.Contains("UserRole")).ToListAsync());
        Assert.Contains(roleRows, a => a.Action == AuditAction.Deleted);
        Assert.Contains(roleRows, a => a.Action == AuditAction.Created);

        using var missing = await client.GetAsync(new Uri($"{List}/987654", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Lock_keeps_the_user_out_until_unlocked()
    {
        var target = await site.CreateUserAsync(Roles.Producer, await site.ProducerIdAsync("cong-ty-tnhh-dac-san-mau-son"));
        var (client, _) = await site.CreateSignedInClientAsync(Roles.Administrator);
        using var c = client;
        var url = $"{List}/{target.Id}";

        var page = await client.GetDocumentAsync(url);
        Assert.NotNull(page.QuerySelector("form#user-lock[data-confirm]"));
        using (var locked = await client.SubmitFormAsync(page, "form#user-lock"))
            Assert.Contains("Đã khóa tài khoản", await locked.ReadTextAsync(), StringComparison.Ordinal);
        var user = await FindAsync(target.Email);
        Assert.True(user.LockoutEnd > OcopWebFactory.Now.AddYears(50), $"LockoutEnd {user.LockoutEnd}");
        Assert.False(await CanSignInAsync(target.Email, target.Password));

        page = await client.GetDocumentAsync(url);
        Assert.NotNull(page.QuerySelector("[data-status='locked']"));
        using (var unlocked = await client.SubmitFormAsync(page, "form#user-unlock"))
            Assert.Contains("Đã mở khóa tài khoản.", await unlocked.ReadTextAsync(), StringComparison.Ordinal);
        Assert.Null((await FindAsync(target.Email)).LockoutEnd);
        Assert.True(await CanSignInAsync(target.Email, target.Password));
    }

    [Fact]
    public async Task A_forced_reset_voids_the_password_and_mails_a_link()
    {
        var target = await site.CreateUserAsync(Roles.OfficeStaff);
        var (client, _) = await site.CreateSignedInClientAsync(Roles.Administrator);
        using var c = client;

        var page = await client.GetDocumentAsync($"{List}/{target.Id}");
        using (var reset = await client.SubmitFormAsync(page, "form#user-reset"))
            Assert.Contains("Mật khẩu cũ đã hết hiệu lực", await reset.ReadTextAsync(), StringComparison.Ordinal);
        Assert.False(await CanSignInAsync(target.Email, target.Password), "the old password still works");

        var eml = await site.FindMailToAsync(target.Email);
        Assert.NotNull(eml);
        Assert.Equal("Đặt mật khẩu mới cho OcopMarket", AccountTestHelpers.DecodeWords(AccountTestHelpers.Header(eml, "Subject")));
        var link = new Uri(AccountTestHelpers.ResetLinkIn(AccountTestHelpers.DecodeParts(eml)["text/plain"]));
        var (anonymous, _) = site.CreateClientWithCookies();
        using var a = anonymous;
        (await anonymous.SubmitFormAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["Password"] = "Mat-khau-moi-2026",
            ["ConfirmPassword"] = "Mat-khau-moi-2026",
        })).Dispose();
        Assert.True(await CanSignInAsync(target.Email, "Mat-khau-moi-2026"));
    }

    [Fact]
    public async Task An_administrator_cannot_demote_or_lock_themselves()
    {
        var (client, admin) = await site.CreateSignedInClientAsync(Roles.Administrator);
        using var c = client;
        var url = $"{List}/{admin.Id}";
        var page = await client.GetDocumentAsync(url);
        // No lock or reset buttons on one's own page...
        Assert.Null(page.QuerySelector("form#user-lock"));
        Assert.Null(page.QuerySelector("form#user-reset"));

        using (var demote = await client.SubmitFormAsync(page, "form#user-edit", new Dictionary<string, string?> { ["Form.Roles"] = Roles.OfficeStaff }))
        {
            var doc = await demote.ReadDocumentAsync();
            Assert.Equal("Bạn không thể tự bỏ vai trò Quản trị viên của mình.", doc.QuerySelector("[data-valmsg-for='Form.Roles']")?.TextContent.Trim());
        }
        Assert.Equal(["Administrator"], await RolesOfAsync(admin.Email));

        // ...and a hand-made post is refused by the server.
        var token = await client.GetAntiforgeryTokenAsync(url);
        using (var lockSelf = await client.PostFormAsync($"{url}/khoa", [new(SiteTestHelpers.AntiforgeryField, token)]))
            Assert.Contains("Bạn không thể tự khóa tài khoản của mình.", await lockSelf.ReadTextAsync(), StringComparison.Ordinal);
        using (var resetSelf = await client.PostFormAsync($"{url}/dat-lai-mat-khau", [new(SiteTestHelpers.AntiforgeryField, token)]))
            Assert.Equal(HttpStatusCode.OK, resetSelf.StatusCode);
        var me = await FindAsync(admin.Email);
        Assert.Null(me.LockoutEnd);
        Assert.NotNull(me.PasswordHash);
        Assert.True(await CanSignInAsync(admin.Email, admin.Password));
    }
}

[Collection(Collections.Sqlite)]
public sealed class UsersAdminTestsSqlite(SqliteWebFactory site) : UsersAdminTests(site);

[Collection(Collections.Postgres)]
public sealed class UsersAdminTestsPostgres(PostgresWebFactory site) : UsersAdminTests(site);
