using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.SystemAdmin;

/// <summary>Clients that do not follow redirects (so 302s and 403s can be checked) and hand-built posts.</summary>
internal static class SystemAdminTestHelpers
{
    /// <summary>A new user in <paramref name="role"/>, signed in through the login form, on a client that keeps cookies but does not follow redirects.</summary>
    public static async Task<(HttpClient Client, TestUser User)> CreateSignedInRawClientAsync(this OcopWebFactory site, string role, int? producerId = null,
        string baseAddress = "http://localhost")
    {
        var user = await site.CreateUserAsync(role, producerId);
        var cookies = new CookieContainer();
        var client = site.CreateDefaultClient(new Uri(baseAddress), new CookieContainerHandler(cookies));
        using var response = await client.SubmitLoginFormAsync(user.Email, user.Password);
        if (cookies.GetCookies(client.BaseAddress!)[SiteTestHelpers.AuthCookieName] is null)
            throw new InvalidOperationException($"Signing in as {user.Email} ({role}) set no auth cookie: {(int)response.StatusCode}");
        return (client, user);
    }

    /// <summary>An anonymous client that keeps cookies but does not follow redirects.</summary>
    public static HttpClient CreateRawClient(this OcopWebFactory site) =>
        site.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(new CookieContainer()));

    public static Task<int> ProducerIdAsync(this OcopWebFactory site, string slug) =>
        site.DbAsync(db => db.Producers.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    /// <summary>Posts form fields as they are given (token included only if the caller puts it in).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>The validation message shown for a field (asp-validation-for), or null.</summary>
    public static string? FieldError(AngleSharp.Dom.IDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>Whether the answer is the access-denied page (403) or a redirect to it.</summary>
    public static bool IsDenied(this HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/tai-khoan/tu-choi", StringComparison.Ordinal) == true;

    /// <summary>Whether the answer sends the visitor to sign in.</summary>
    public static bool IsLoginRedirect(this HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains(SiteTestHelpers.LoginPath, StringComparison.Ordinal) == true;
}
