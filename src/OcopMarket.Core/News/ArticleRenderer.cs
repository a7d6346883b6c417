using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OcopMarket.Core.Common;

namespace OcopMarket.Core.News;

/// <summary>
/// Turns an article's Markdown into the HTML readers see. Two locks: Markdig runs with raw HTML disabled (typed tags
/// come out as text), and the result still goes through <see cref="RichTextSanitizer"/>. On the way, headings move down
/// one level (the page title is the only h1; "#" becomes h2, deeper levels stop at h4, the sanitiser's last heading),
/// images are kept only from our own /media/ paths (others become their alt text), and links to other hosts carry
/// rel="nofollow noopener" while links inside the site stay plain.
/// </summary>
public sealed class ArticleRenderer(RichTextSanitizer sanitizer)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .Build();

    private static readonly HtmlParser Parser = new();

    /// <summary>Safe HTML for <paramref name="markdown"/>; empty for blank input.</summary>
    public string Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdown.Parse(markdown.Normalize(System.Text.NormalizationForm.FormC), Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
            heading.Level = Math.Min(heading.Level + 1, 4);
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage).ToList())
        {
            if (IsOwnMedia(image.Url)) continue;
            image.ReplaceBy(new LiteralInline(AltText(image)));
        }
        var html = sanitizer.Sanitize(Markdown.ToHtml(document, Pipeline));
        return html.Length == 0 ? "" : MarkExternalLinks(html);
    }

    /// <summary>A path on this site's media store ("/media/12/800.jpg"), not another host nor a path escaping it.</summary>
    public static bool IsOwnMedia(string? url) =>
        url is not null && url.StartsWith("/media/", StringComparison.Ordinal) && !url.Contains("..", StringComparison.Ordinal)
        && !url.Contains('\\', StringComparison.Ordinal);

    /// <summary>True for links that leave the site: anything absolute or protocol-relative ("//host").</summary>
    public static bool IsExternal(string href) =>
        !(href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)) && !href.StartsWith('#');

    private static string AltText(LinkInline image) =>
        string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    // The sanitiser gives every link rel="nofollow noopener"; our own pages deserve a plain link (and their rank).
    private static string MarkExternalLinks(string html)
    {
        var fragment = Parser.ParseDocument("<body></body>").Body!;
        fragment.InnerHtml = html;
        foreach (var a in fragment.QuerySelectorAll("a[href]"))
        {
            if (IsExternal(a.GetAttribute("href")!)) a.SetAttribute("rel", "nofollow noopener");
            else a.RemoveAttribute("rel");
        }
        return fragment.InnerHtml;
    }
}
