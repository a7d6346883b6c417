using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Identity;

namespace OcopMarket.Web.Tests.Infrastructure;

/// <summary>A user the test created, with its clear password.</summary>
public sealed record TestUser(int Id, string Email, string Password, string Role);

/// <summary>Page parsing, users and signing in through the real login form.</summary>
public static class SiteTestHelpers
{
    public const string LoginPath = "/tai-khoan/dang-nhap";
    public const string AuthCookieName = ".OcopMarket.Auth";
    public const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>GETs <paramref name="url"/>, requires a 2xx HTML answer, and parses it.</summary>
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        var html = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"GET {url} answered {(int)response.StatusCode} {response.StatusCode}:\n{Excerpt(html)}", null, response.StatusCode);
        return await ParseAsync(html, response.RequestMessage?.RequestUri ?? new Uri(client.BaseAddress!, url));
    }

    /// <summary>Parses HTML with AngleSharp; <paramref name="address"/> resolves relative links and form actions.</summary>
    public static async Task<IDocument> ParseAsync(string html, Uri address)
    {
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html).Address(address));
    }

    /// <summary>Creates a confirmed user in <paramref name="role"/> (see <see cref="Roles"/>) with a known password.</summary>
    public static async Task<TestUser> CreateUserAsync(this OcopWebFactory factory, string role = Roles.Customer, int? producerId = null, string? email = null)
    {
        email ??= $"test-{role.ToLowerInvariant()}-{Guid.NewGuid():N}@ocopmarket.test";
        const string password = "Test-Passw0rd-9";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = "Người dùng thử " + role,
            ProducerId = producerId,
            CreatedAt = factory.Time.GetUtcNow(),
        };
        Check(await users.CreateAsync(user, password), "create user " + email);
        Check(await users.AddToRoleAsync(user, role), $"add {email} to role {role}");
        return new TestUser(user.Id, email, password, role);
    }

    /// <summary>Runs <paramref name="work"/> against the site's database in a fresh scope (arrange and assert straight in the tables).</summary>
    public static async Task<T> DbAsync<T>(this OcopWebFactory factory, Func<OcopMarket.Core.Data.OcopDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OcopMarket.Core.Data.OcopDbContext>());
    }

    public static Task DbAsync(this OcopWebFactory factory, Func<OcopMarket.Core.Data.OcopDbContext, Task> work) =>
        factory.DbAsync(async db => { await work(db); return true; });

    /// <summary>A client that keeps cookies and follows redirects, with its cookie jar exposed.</summary>
    public static (HttpClient Client, CookieContainer Cookies) CreateClientWithCookies(this OcopWebFactory factory)
    {
        var cookies = new CookieContainer();
        var client = factory.CreateDefaultClient(new Uri("http://localhost"), new RedirectHandler(), new CookieContainerHandler(cookies));
        return (client, cookies);
    }

    /// <summary>Creates a user in <paramref name="role"/> and returns a client signed in as them through the login form.</summary>
    public static async Task<(HttpClient Client, TestUser User)> CreateSignedInClientAsync(this OcopWebFactory factory, string role = Roles.Customer, int? producerId = null)
    {
        var user = await factory.CreateUserAsync(role, producerId);
        var (client, cookies) = factory.CreateClientWithCookies();
        using var response = await client.SubmitLoginFormAsync(user.Email, user.Password);
        if (cookies.GetCookies(client.BaseAddress!)[AuthCookieName] is null)
        {
            var html = await response.Content.ReadAsStringAsync();
            client.Dispose();
            throw new InvalidOperationException(
                $"Signing in as {user.Email} through {LoginPath} set no {AuthCookieName} cookie; ended at {response.RequestMessage?.RequestUri} ({(int)response.StatusCode}):\n{Excerpt(html)}");
        }
        return (client, user);
    }

    /// <summary>
    /// Fills and posts the real login form (Email, Password and its antiforgery token plus any other fields
    /// it carries). Returns the final answer; the caller decides what success means (see <see cref="CreateSignedInClientAsync"/>).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitLoginFormAsync(this HttpClient client, string email, string password, string? returnUrl = null)
    {
        var url = returnUrl is null ? LoginPath : $"{LoginPath}?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var page = await client.GetDocumentAsync(url);
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").FirstOrDefault(f => f.QuerySelector("[name='Email']") is not null)
            ?? throw new InvalidOperationException($"{LoginPath} has no form with an Email field:\n{Excerpt(page.DocumentElement.OuterHtml)}");
        if (form.QuerySelector($"input[name='{AntiforgeryField}']") is null)
            throw new InvalidOperationException($"The login form carries no {AntiforgeryField}.");

        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (input.Name is "Email" or "Password") continue;
            if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
            if (input.Type is "submit" or "button" or "image") continue;
            fields.Add(new(input.Name!, input.Value));
        }
        fields.Add(new("Email", email));
        fields.Add(new("Password", password));

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.Action;
        using var content = new FormUrlEncodedContent(fields);
        if (string.Equals(form.Method, "get", StringComparison.OrdinalIgnoreCase))
        {
            // A GET form sends its fields as the query string, like a browser.
            var query = await content.ReadAsStringAsync();
            return await client.GetAsync(new Uri(action.Split('?')[0] + "?" + query, UriKind.RelativeOrAbsolute));
        }
        return await client.PostAsync(new Uri(action, UriKind.RelativeOrAbsolute), content);
    }

    /// <summary>
    /// Fills and posts a form of <paramref name="page"/> as a browser would: every field the form carries
    /// (hidden ones and the antiforgery token included, checked boxes only, selects' selected option),
    /// then <paramref name="values"/> on top (a key set to null removes the field). Returns the answer
    /// (redirects followed if the client follows them).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, IDocument page, string formSelector,
        IReadOnlyDictionary<string, string?>? values = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"{page.Url} has no form matching '{formSelector}'.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !input.IsDisabled:
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
                    if (input.Type is "submit" or "button" or "image" or "file") continue;
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !select.IsDisabled:
                    foreach (var option in select.Options.Where(o => o.IsSelected))
                        fields.Add(new(select.Name!, option.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !area.IsDisabled:
                    fields.Add(new(area.Name!, area.Value));
                    break;
            }
        }
        if (values is not null)
        {
            foreach (var (key, value) in values)
            {
                fields.RemoveAll(f => f.Key == key);
                if (value is not null) fields.Add(new(key, value));
            }
        }
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.Action;
        using var content = new FormUrlEncodedContent(fields);
        if (string.Equals(form.Method, "get", StringComparison.OrdinalIgnoreCase))
        {
            // A GET form sends its fields as the query string, like a browser.
            var query = await content.ReadAsStringAsync();
            return await client.GetAsync(new Uri(action.Split('?')[0] + "?" + query, UriKind.RelativeOrAbsolute));
        }
        return await client.PostAsync(new Uri(action, UriKind.RelativeOrAbsolute), content);
    }

    /// <summary>The antiforgery token of the first form on <paramref name="url"/>, for posts built by hand (tampering tests).</summary>
    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string url)
    {
        var page = await client.GetDocumentAsync(url);
        return page.QuerySelector<IHtmlInputElement>($"input[name='{AntiforgeryField}']")?.Value
            ?? throw new InvalidOperationException($"{url} carries no {AntiforgeryField}.");
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not {what}: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    private static string Excerpt(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}
