using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Tests.Account;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Security;

/// <summary>Lockout after repeated failures, the sign-in cookie's flags, and how passwords are stored.</summary>
public abstract class SignInSecurityTests(OcopWebFactory site)
{
    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_and_the_sixth_with_the_right_password_is_refused()
    {
        var user = await site.CreateUserAsync(Roles.OfficeStaff);
        var (client, cookies) = site.CreateClientWithCookies();
        using var _ = client;
        for (var i = 1; i <= 5; i++)
        {
            using var failed = await client.SubmitLoginFormAsync(user.Email, $"Sai-mat-khau-{i}");
            Assert.False(cookies.IsSignedIn());
        }
        var stored = await site.DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.NotNull(stored.LockoutEnd);

        using var sixth = await client.SubmitLoginFormAsync(user.Email, user.Password);
        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        Assert.False(cookies.IsSignedIn(), "the right password signed in a locked account");
        Assert.Contains("Bạn đã nhập sai quá nhiều lần: tài khoản tạm khóa trong vài phút.", await sixth.ReadTextAsync(), StringComparison.Ordinal);
        stored = await site.DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.NotNull(stored.LockoutEnd);
        Assert.True(stored.LockoutEnabled);
    }

    [Fact]
    public async Task The_auth_cookie_is_http_only_same_site_lax_and_secure_over_https()
    {
        var user = await site.CreateUserAsync();

        var https = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
        using (https)
        {
            using var response = await https.SubmitLoginFormAsync(user.Email, user.Password);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var cookie = AuthCookie(response);
            Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        }

        // Plain HTTP (a local run) still works: the flag follows the request's scheme.
        using var http = site.CreateNonRedirectingClient();
        using var plain = await http.SubmitLoginFormAsync(user.Email, user.Password);
        var plainCookie = AuthCookie(plain);
        Assert.Contains("; httponly", plainCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("; secure", plainCookie, StringComparison.OrdinalIgnoreCase);
    }

    private static string AuthCookie(HttpResponseMessage response)
    {
        Assert.True(response.Headers.TryGetValues("Set-Cookie", out var values), "no Set-Cookie");
        return Assert.Single(values, v => v.StartsWith(SiteTestHelpers.AuthCookieName + "=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Passwords_are_stored_as_identity_hashes_never_as_typed()
    {
        var user = await site.CreateUserAsync();
        var stored = await site.DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        var hash = stored.PasswordHash;

        Assert.False(string.IsNullOrEmpty(hash));
        Assert.NotEqual(user.Password, hash);
        Assert.DoesNotContain(user.Password, hash, StringComparison.Ordinal);
        // Identity's v3 format: a version byte 0x01, PBKDF2 with a per-user salt.
        Assert.Equal(0x01, Convert.FromBase64String(hash)[0]);
        var hasher = new PasswordHasher<AppUser>();
        Assert.NotEqual(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(stored, hash, user.Password));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(stored, hash, user.Password + "x"));

        // The same password twice gives two different hashes (salted).
        var other = await site.CreateUserAsync();
        var otherHash = await site.DbAsync(db => db.Users.Where(u => u.Id == other.Id).Select(u => u.PasswordHash).SingleAsync());
        Assert.NotEqual(hash, otherHash);
    }
}

[Collection(Collections.Sqlite)]
public sealed class SignInSecurityTestsSqlite(SqliteWebFactory site) : SignInSecurityTests(site);

[Collection(Collections.Postgres)]
public sealed class SignInSecurityTestsPostgres(PostgresWebFactory site) : SignInSecurityTests(site);
