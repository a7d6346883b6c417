using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Account;

/// <summary>The account pages through real HTTP: forms, antiforgery tokens, cookies, the mail pickup folder.</summary>
public abstract class AccountTests(OcopWebFactory site)
{
    protected OcopWebFactory Site { get; } = site;

    private const string RegisterPath = "/tai-khoan/dang-ky";
    private const string ForgotPath = "/tai-khoan/quen-mat-khau";
    private const string LoginPath = SiteTestHelpers.LoginPath;

    private static string NewEmail(string what) => $"acct-{what}-{Guid.NewGuid():N}@ocopmarket.test";

    [Fact]
    public async Task Register_creates_a_signed_in_customer()
    {
        var (client, cookies) = Site.CreateClientWithCookies();
        using var _ = client;
        var email = NewEmail("register");

        using var response = await client.SubmitFormAsync(RegisterPath, new Dictionary<string, string>
        {
            ["FullName"] = "Trần Thị Bình",
            ["Email"] = email,
            ["PhoneNumber"] = "0912 345 678",
            ["Password"] = "Mat-khau-123",
            ["ConfirmPassword"] = "Mat-khau-123",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(cookies.IsSignedIn(), $"[{Site.ProviderName}] no auth cookie after registering");
        Assert.Equal("/tai-khoan", response.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("Trần Thị Bình", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(email, page.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal("Khách hàng", page.QuerySelector("[data-role='Customer']")?.TextContent.Trim());

        await using var scope = Site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.NotNull(user);
        Assert.Equal(["Customer"], await users.GetRolesAsync(user));
        Assert.Equal("Trần Thị Bình", user.FullName);
        Assert.Equal(OcopWebFactory.Now, user.CreatedAt);
    }

    [Fact]
    public async Task Register_with_a_taken_email_shows_one_vietnamese_error()
    {
        var existing = await Site.CreateUserAsync();
        var (client, cookies) = Site.CreateClientWithCookies();
        using var _ = client;

        using var response = await client.SubmitFormAsync(RegisterPath, new Dictionary<string, string>
        {
            ["FullName"] = "Người trùng email",
            ["Email"] = existing.Email,
            ["Password"] = "Mat-khau-123",
            ["ConfirmPassword"] = "Mat-khau-123",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(cookies.IsSignedIn());
        var page = await response.ReadDocumentAsync();
        var fieldError = page.QuerySelector("#Email-error")?.TextContent;
        Assert.Equal($"Email '{existing.Email}' đã được dùng cho một tài khoản khác.", fieldError);
        Assert.Single(page.QuerySelectorAll("#error-summary li"));
    }

    [Fact]
    public async Task Register_with_a_weak_password_explains_in_vietnamese()
    {
        var (client, _) = Site.CreateClientWithCookies();
        using var c = client;

        using var response = await client.SubmitFormAsync(RegisterPath, new Dictionary<string, string>
        {
            ["FullName"] = "Mật khẩu yếu",
            ["Email"] = NewEmail("weak"),
            ["Password"] = "matkhaudai",
            ["ConfirmPassword"] = "matkhaudai",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        // The field shows the first problem, the summary all of them.
        Assert.StartsWith("Mật khẩu phải có ít nhất", page.QuerySelector("#Password-error")!.TextContent, StringComparison.Ordinal);
        var summary = page.QuerySelector("#error-summary")!.TextContent;
        Assert.Contains("Mật khẩu phải có ít nhất một chữ số", summary, StringComparison.Ordinal);
        Assert.Contains("Mật khẩu phải có ít nhất một chữ hoa", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_with_a_wrong_password_stays_on_the_form_with_a_vietnamese_error()
    {
        var user = await Site.CreateUserAsync();
        var (client, cookies) = Site.CreateClientWithCookies();
        using var _ = client;

        using var response = await client.SubmitLoginFormAsync(user.Email, "Sai-mat-khau-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LoginPath, response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.False(cookies.IsSignedIn());
        var page = await response.ReadDocumentAsync();
        Assert.Contains("Email hoặc mật khẩu không đúng.", page.QuerySelector("#error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(user.Email, page.QuerySelector<IHtmlInputElement>("input[name='Email']")?.Value);
        Assert.Equal("", page.QuerySelector<IHtmlInputElement>("input[name='Password']")?.Value ?? "");
    }

    [Fact]
    public async Task Login_for_an_unknown_email_gives_the_same_error()
    {
        var (client, _) = Site.CreateClientWithCookies();
        using var c = client;
        using var response = await client.SubmitLoginFormAsync(NewEmail("nobody"), "Sai-mat-khau-1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Email hoặc mật khẩu không đúng.", await response.ReadTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_locks_the_account_after_five_failures()
    {
        var user = await Site.CreateUserAsync();
        var (client, cookies) = Site.CreateClientWithCookies();
        using var _ = client;
        for (var i = 0; i < 5; i++)
            (await client.SubmitLoginFormAsync(user.Email, "Sai-mat-khau-1")).Dispose();

        // Even the right password is refused while locked out.
        using var response = await client.SubmitLoginFormAsync(user.Email, user.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(cookies.IsSignedIn());
        Assert.Contains("tài khoản tạm khóa", await response.ReadTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_goes_to_a_local_return_url()
    {
        var user = await Site.CreateUserAsync();
        using var client = Site.CreateNonRedirectingClient();
        using var response = await client.SubmitLoginFormAsync(user.Email, user.Password, returnUrl: "/danh-muc?trang=2");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/danh-muc?trang=2", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(Roles.OfficeStaff, "/admin")]
    [InlineData(Roles.Inspector, "/admin")]
    [InlineData(Roles.Producer, "/portal")]
    [InlineData(Roles.Customer, "/")]
    public async Task Login_without_a_return_url_lands_on_the_start_page_of_the_role(string role, string expected)
    {
        var user = await Site.CreateUserAsync(role);
        using var client = Site.CreateNonRedirectingClient();
        using var response = await client.SubmitLoginFormAsync(user.Email, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_header_greets_the_signed_in_person_by_name()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.Customer);
        using (client)
        {
            var page = await client.GetDocumentAsync("/");
            Assert.Contains("Người dùng thử Customer", page.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("http:evil.example")]
    public async Task Login_never_redirects_off_site(string returnUrl)
    {
        var user = await Site.CreateUserAsync();
        using var client = Site.CreateNonRedirectingClient();

        // The form does not even carry the foreign address...
        var page = await client.GetDocumentAsync($"{LoginPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal("", page.QuerySelector<IHtmlInputElement>("input[name='ReturnUrl']")?.Value ?? "");

        // ...and a forged field is ignored: the redirect stays on the site.
        using var response = await client.SubmitFormAsync($"{LoginPath}?returnUrl={Uri.EscapeDataString(returnUrl)}", new Dictionary<string, string>
        {
            ["Email"] = user.Email,
            ["Password"] = user.Password,
            ["ReturnUrl"] = returnUrl,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.False(location.IsAbsoluteUri, $"redirected to {location}");
        Assert.Equal("/", location.OriginalString);
    }

    [Fact]
    public async Task Forgot_password_mails_a_link_that_resets_the_password()
    {
        var user = await Site.CreateUserAsync();
        var (client, cookies) = Site.CreateClientWithCookies();
        using var _ = client;

        using (var response = await client.SubmitFormAsync(ForgotPath, new Dictionary<string, string> { ["Email"] = user.Email }))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Nếu có tài khoản với địa chỉ", await response.ReadTextAsync(), StringComparison.Ordinal);
        }

        var eml = await Site.FindMailToAsync(user.Email);
        Assert.NotNull(eml);
        Assert.Equal("1.0", AccountTestHelpers.Header(eml, "MIME-Version"));
        Assert.StartsWith("=?utf-8?B?", AccountTestHelpers.Header(eml, "Subject"), StringComparison.Ordinal);
        Assert.Equal("Đặt lại mật khẩu OcopMarket", AccountTestHelpers.DecodeWords(AccountTestHelpers.Header(eml, "Subject")));
        Assert.All(eml.Split("\r\n"), line => Assert.True(line.Length <= 78, $"line too long: {line}"));
        Assert.All(eml, ch => Assert.True(ch < 128, "the .eml must be 7-bit: headers RFC 2047 encoded, bodies base64"));
        var parts = AccountTestHelpers.DecodeParts(eml);
        Assert.Contains("text/html", parts.Keys);
        Assert.Contains("Xin chào", parts["text/html"], StringComparison.Ordinal);
        var link = AccountTestHelpers.ResetLinkIn(parts["text/plain"]);
        Assert.Contains(link.Replace("&", "&amp;", StringComparison.Ordinal), parts["text/html"], StringComparison.Ordinal);
        var linkUri = new Uri(link);
        Assert.Equal("/tai-khoan/dat-lai-mat-khau", linkUri.AbsolutePath);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(linkUri.Query);
        Assert.Equal(user.Email, query["email"].ToString());
        Assert.False(string.IsNullOrEmpty(query["token"].ToString()));

        const string newPassword = "Mat-khau-moi-456";
        using (var response = await client.SubmitFormAsync(linkUri.PathAndQuery, new Dictionary<string, string>
        {
            ["Password"] = newPassword,
            ["ConfirmPassword"] = newPassword,
        }))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Mật khẩu của bạn đã được thay đổi.", await response.ReadTextAsync(), StringComparison.Ordinal);
        }

        // The link is single-use.
        using (var again = await client.SubmitFormAsync(linkUri.PathAndQuery, new Dictionary<string, string>
        {
            ["Password"] = "Mat-khau-khac-789",
            ["ConfirmPassword"] = "Mat-khau-khac-789",
        }))
        {
            Assert.Contains("Đường dẫn đặt lại mật khẩu không hợp lệ hoặc đã hết hạn.", await again.ReadTextAsync(), StringComparison.Ordinal);
        }

        (await client.SubmitLoginFormAsync(user.Email, user.Password)).Dispose();
        Assert.False(cookies.IsSignedIn(), "the old password still works");
        using var login = await client.SubmitLoginFormAsync(user.Email, newPassword);
        Assert.True(cookies.IsSignedIn(), "the new password does not work");
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_an_unknown_address_and_sends_nothing()
    {
        var (client, _) = Site.CreateClientWithCookies();
        using var c = client;
        var email = NewEmail("unknown");

        using var response = await client.SubmitFormAsync(ForgotPath, new Dictionary<string, string> { ["Email"] = email });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nếu có tài khoản với địa chỉ", await response.ReadTextAsync(), StringComparison.Ordinal);
        Assert.Null(await Site.FindMailToAsync(email));
    }

    [Fact]
    public async Task Forgot_password_mail_follows_the_request_language()
    {
        var user = await Site.CreateUserAsync();
        var (client, _) = Site.CreateClientWithCookies();
        using var c = client;

        using var response = await client.SubmitFormAsync(ForgotPath + "?culture=en-US", new Dictionary<string, string> { ["Email"] = user.Email });

        Assert.Contains("If an account exists for", await response.ReadTextAsync(), StringComparison.Ordinal);
        var eml = await Site.FindMailToAsync(user.Email);
        Assert.NotNull(eml);
        Assert.Equal("Reset your OcopMarket password", AccountTestHelpers.Header(eml, "Subject"));
        Assert.Contains("Hello ", AccountTestHelpers.DecodeParts(eml)["text/plain"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_with_a_forged_token_is_refused()
    {
        var user = await Site.CreateUserAsync();
        var (client, _) = Site.CreateClientWithCookies();
        using var c = client;

        using var response = await client.SubmitFormAsync(
            $"/tai-khoan/dat-lai-mat-khau?email={Uri.EscapeDataString(user.Email)}&token=bm90LWEtdG9rZW4",
            new Dictionary<string, string> { ["Password"] = "Mat-khau-moi-456", ["ConfirmPassword"] = "Mat-khau-moi-456" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đường dẫn đặt lại mật khẩu không hợp lệ hoặc đã hết hạn.", await response.ReadTextAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LoginPath)]
    [InlineData(RegisterPath)]
    [InlineData(ForgotPath)]
    [InlineData("/tai-khoan/dat-lai-mat-khau")]
    [InlineData("/tai-khoan/dang-xuat")]
    public async Task Post_without_an_antiforgery_token_is_400(string path)
    {
        var user = await Site.CreateUserAsync();
        using var client = Site.CreateNonRedirectingClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = user.Email,
            ["Password"] = user.Password,
            ["ConfirmPassword"] = user.Password,
            ["FullName"] = "X",
            ["Token"] = "x",
        });
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Sign_out_is_post_only()
    {
        using var client = Site.CreateNonRedirectingClient();
        using var response = await client.GetAsync(new Uri("/tai-khoan/dang-xuat", UriKind.Relative));
        Assert.True(response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound, $"GET answered {response.StatusCode}");
    }

    [Fact]
    public async Task Sign_out_clears_the_auth_cookie()
    {
        var (client, user) = await Site.CreateSignedInClientAsync();
        using var _ = client;
        var page = await client.GetDocumentAsync("/tai-khoan");
        Assert.Contains(user.Email, page.Body!.TextContent, StringComparison.Ordinal);
        var form = page.QuerySelectorAll<IHtmlFormElement>("form")
            .First(f => f.GetAttribute("action") == "/tai-khoan/dang-xuat");
        var token = form.QuerySelector<IHtmlInputElement>($"input[name='{SiteTestHelpers.AntiforgeryField}']")!.Value;

        using var content = new FormUrlEncodedContent([new(SiteTestHelpers.AntiforgeryField, token)]);
        using var response = await client.PostAsync(new Uri("/tai-khoan/dang-xuat", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/", response.RequestMessage!.RequestUri!.AbsolutePath);
        using var account = await client.GetAsync(new Uri("/tai-khoan", UriKind.Relative));
        Assert.Equal(LoginPath, account.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Validation_messages_are_vietnamese_by_default()
    {
        var (client, _) = Site.CreateClientWithCookies();
        using var c = client;
        using var response = await client.SubmitFormAsync(LoginPath, new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("Vui lòng nhập email.", page.QuerySelector("#Email-error")?.TextContent);
        Assert.Equal("Vui lòng nhập mật khẩu.", page.QuerySelector("#Password-error")?.TextContent);
        Assert.Equal("Mật khẩu", page.QuerySelector("label[for='Password']")?.TextContent);
    }

    [Fact]
    public async Task Validation_messages_are_english_with_culture_en_US()
    {
        var (client, _) = Site.CreateClientWithCookies();
        using var c = client;
        using var response = await client.SubmitFormAsync(RegisterPath + "?culture=en-US", new Dictionary<string, string>
        {
            ["FullName"] = "",
            ["Email"] = "not-an-email",
            ["Password"] = "Abcdefg1",
            ["ConfirmPassword"] = "Abcdefg2",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("Please enter your full name.", page.QuerySelector("#FullName-error")?.TextContent);
        Assert.Equal("Please enter a valid email address.", page.QuerySelector("#Email-error")?.TextContent);
        Assert.Equal("The passwords do not match.", page.QuerySelector("#ConfirmPassword-error")?.TextContent);
        Assert.Equal("Full name", page.QuerySelector("label[for='FullName']")?.TextContent);
    }

    [Fact]
    public async Task My_account_requires_sign_in()
    {
        using var client = Site.CreateNonRedirectingClient();
        using var response = await client.GetAsync(new Uri("/tai-khoan", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(LoginPath, response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Ftai-khoan", response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Access_denied_page_is_403_and_localised()
    {
        using var client = Site.CreateClient();
        using var response = await client.GetAsync(new Uri("/tai-khoan/tu-choi", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Không có quyền truy cập", await response.ReadTextAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LoginPath)]
    [InlineData(RegisterPath)]
    [InlineData(ForgotPath)]
    public async Task Form_pages_render_in_both_languages(string path)
    {
        using var client = Site.CreateClient();
        var vi = await client.GetDocumentAsync(path);
        var en = await client.GetDocumentAsync(path + "?culture=en-US");
        Assert.NotEqual(vi.QuerySelector("h1")?.TextContent, en.QuerySelector("h1")?.TextContent);
        Assert.Equal("email", vi.QuerySelector("input[name='Email']")?.GetAttribute("type"));
        Assert.NotNull(vi.QuerySelector("input[name='Email'][autocomplete]"));
    }
}

[Collection(Collections.Sqlite)]
public sealed class AccountTestsSqlite(SqliteWebFactory site) : AccountTests(site);

[Collection(Collections.Postgres)]
public sealed class AccountTestsPostgres(PostgresWebFactory site) : AccountTests(site);
