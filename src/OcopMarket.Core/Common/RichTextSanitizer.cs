using Ganss.Xss;

namespace OcopMarket.Core.Common;

/// <summary>
/// Cleans HTML typed by producers and staff (descriptions, stories) before it is stored: formatting,
/// lists, links and images stay; scripts, event handlers, styles and foreign frames go.
/// </summary>
public sealed class RichTextSanitizer
{
    private readonly HtmlSanitizer _sanitizer;

    public RichTextSanitizer()
    {
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h2", "h3", "h4", "blockquote", "a", "img",
                "table", "thead", "tbody", "tr", "th", "td", "span", "figure", "figcaption",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src", "alt", "title", "width", "height" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
        });
        // Links from user content open as ordinary links but never pass rank or the opener.
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement a) a.SetAttribute("rel", "nofollow noopener");
        };
    }

    /// <summary>Sanitised, NFC-normalised HTML; empty for null or blank input.</summary>
    public string Sanitize(string? html) =>
        string.IsNullOrWhiteSpace(html) ? "" : _sanitizer.Sanitize(html.Normalize(System.Text.NormalizationForm.FormC)).Trim();
}
