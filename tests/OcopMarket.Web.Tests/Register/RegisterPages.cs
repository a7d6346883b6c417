using AngleSharp.Dom;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Register;

/// <summary>Small page helpers for the register tests.</summary>
internal static class RegisterPages
{
    public static async Task<IDocument> ReadPageAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await SiteTestHelpers.ParseAsync(html, response.RequestMessage?.RequestUri ?? new Uri("http://localhost/"));
    }

    /// <summary>Posts <paramref name="formSelector"/> of <paramref name="page"/> with <paramref name="values"/> and parses where it ends.</summary>
    public static async Task<IDocument> PostAsync(this HttpClient client, IDocument page, string formSelector, Dictionary<string, string?> values)
    {
        using var response = await client.SubmitFormAsync(page, formSelector, values);
        var result = await response.ReadPageAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {formSelector} answered {(int)response.StatusCode} at {response.RequestMessage?.RequestUri}:\n{Text(result)[..Math.Min(1500, Text(result).Length)]}");
        return result;
    }

    public static string Path(this IDocument page) => new Uri(page.Url).AbsolutePath;

    public static string Text(this IDocument page) => page.Body?.TextContent ?? "";

    public static string? TextOf(this IDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim();

    public static string Iso(this DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The last number of a path like /admin/ho-so/42.</summary>
    public static int IdFromPath(this IDocument page) => int.Parse(page.Path().TrimEnd('/').Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
}
