using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Account;

/// <summary>Filling real forms (antiforgery token included) and reading the .eml files the site drops.</summary>
internal static partial class AccountTestHelpers
{
    /// <summary>A client that keeps cookies but does not follow redirects, so Location headers can be checked.</summary>
    public static HttpClient CreateNonRedirectingClient(this OcopWebFactory site) =>
        site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("http://localhost") });

    /// <summary>
    /// GETs <paramref name="url"/>, takes its first POST form holding an antiforgery token, keeps the form's
    /// own values (hidden fields, token), overrides them with <paramref name="values"/> and posts it to its action.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string url, IReadOnlyDictionary<string, string> values)
    {
        var page = await client.GetDocumentAsync(url);
        var form = FindForm(page);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (values.ContainsKey(input.Name!)) continue;
            if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
            if (input.Type is "submit" or "button" or "image") continue;
            fields.Add(new(input.Name!, input.Value));
        }
        fields.AddRange(values);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.Action;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(action, UriKind.RelativeOrAbsolute), content);
    }

    public static IHtmlFormElement FindForm(IDocument page) =>
        page.QuerySelectorAll<IHtmlFormElement>("form[method='post']")
            .FirstOrDefault(f => f.QuerySelector($"input[name='{SiteTestHelpers.AntiforgeryField}']") is not null && f.QuerySelector("input[name='Email']") is not null)
        ?? throw new InvalidOperationException($"{page.Url} has no POST form with an Email field and an antiforgery token.");

    public static async Task<IDocument> ReadDocumentAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await SiteTestHelpers.ParseAsync(html, response.RequestMessage?.RequestUri ?? new Uri("http://localhost/"));
    }

    /// <summary>The page's visible text, entities decoded (Razor writes non-ASCII letters as character references).</summary>
    public static async Task<string> ReadTextAsync(this HttpResponseMessage response) => (await response.ReadDocumentAsync()).Body?.TextContent ?? "";

    public static bool IsSignedIn(this CookieContainer cookies) =>
        cookies.GetCookies(new Uri("http://localhost"))[SiteTestHelpers.AuthCookieName] is { Expired: false, Value.Length: > 0 };

    public static string MailFolder(this OcopWebFactory site) => Path.Combine(site.TempRoot, "App_Data", "mail");

    /// <summary>Waits briefly for the .eml addressed to <paramref name="email"/> (the file is written before the POST answers, so this is a formality).</summary>
    public static async Task<string?> FindMailToAsync(this OcopWebFactory site, string email)
    {
        var folder = site.MailFolder();
        for (var i = 0; i < 10; i++)
        {
            if (Directory.Exists(folder))
                foreach (var file in Directory.GetFiles(folder, "*.eml"))
                {
                    var text = await File.ReadAllTextAsync(file);
                    if (text.Contains($"<{email}>", StringComparison.OrdinalIgnoreCase)) return text;
                }
            await Task.Delay(50);
        }
        return null;
    }

    /// <summary>The decoded bodies of the message's base64 parts, keyed by content type.</summary>
    public static Dictionary<string, string> DecodeParts(string eml)
    {
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in PartRegex().Matches(eml))
            parts[m.Groups["type"].Value] = Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups["body"].Value.Replace("\r\n", "", StringComparison.Ordinal)));
        return parts;
    }

    /// <summary>The raw header value (unfolded).</summary>
    public static string Header(string eml, string name)
    {
        var head = eml[..eml.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Replace("\r\n ", " ", StringComparison.Ordinal);
        var line = head.Split("\r\n").First(l => l.StartsWith(name + ": ", StringComparison.OrdinalIgnoreCase));
        return line[(name.Length + 2)..];
    }

    /// <summary>Decodes RFC 2047 "B" encoded-words (adjacent words joined, as RFC 2047 says).</summary>
    public static string DecodeWords(string value) =>
        EncodedWordsRegex().Replace(value, m => string.Concat(m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Encoding.UTF8.GetString(Convert.FromBase64String(w["=?utf-8?B?".Length..^2])))));

    public static string ResetLinkIn(string text) =>
        ResetLinkRegex().Match(text) is { Success: true } m ? m.Value : throw new InvalidOperationException("No reset link in:\n" + text);

    [GeneratedRegex(@"Content-Type: (?<type>text/[a-z]+); charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n(?<body>[A-Za-z0-9+/=\r\n]+?)\r\n--", RegexOptions.None, 1000)]
    private static partial Regex PartRegex();

    [GeneratedRegex(@"=\?utf-8\?B\?[A-Za-z0-9+/=]*\?=(\s+=\?utf-8\?B\?[A-Za-z0-9+/=]*\?=)*", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex EncodedWordsRegex();

    [GeneratedRegex(@"https?://[^\s""<>]+/tai-khoan/dat-lai-mat-khau\?[^\s""<>]+", RegexOptions.None, 1000)]
    private static partial Regex ResetLinkRegex();
}
