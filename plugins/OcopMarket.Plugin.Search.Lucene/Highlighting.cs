using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace OcopMarket.Plugin.Search.Lucene;

/// <summary>
/// Highlighting without the Highlighter module: the stored text is run through the folded analyzer
/// (so offsets are exactly those the index saw), tokens whose folded form matches a query word —
/// equal, a prefix of the last word, or within the fuzzy edit distance — are wrapped in &lt;mark&gt;,
/// and everything else is HTML-encoded.
/// (HtmlEncoder with all Unicode ranges allowed rather than WebUtility.HtmlEncode, which would turn ê into &amp;#234;.)
/// </summary>
internal static class Highlighting
{
    public const int SnippetLength = 180;
    // Encodes markup characters (< > & " ' and controls) but leaves Vietnamese letters readable, like the site's own encoder.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);
    private const int Lead = 40;

    public static bool Matches(string token, IReadOnlyList<QueryWord> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].Folded;
            if (token == w) return true;
            if (i == words.Count - 1 && token.StartsWith(w, StringComparison.Ordinal)) return true;
            var edits = TextAnalysis.FuzzyEdits(w);
            if (edits > 0 && token.Length > 0 && token[0] == w[0] && TextAnalysis.Distance(token, w, edits) <= edits) return true;
        }
        return false;
    }

    private static List<(int Start, int End)> Spans(string text, IReadOnlyList<QueryWord> words) =>
        TextAnalysis.Analyze(TextAnalysis.Folded, text)
            .Where(t => Matches(t.Term, words))
            .Select(t => (t.Start, t.End))
            .ToList();

    public static string? Name(string? name, IReadOnlyList<QueryWord> words) =>
        string.IsNullOrEmpty(name) || words.Count == 0 ? null : Render(name, Spans(name, words), 0, name.Length);

    public static string? Snippet(string? text, IReadOnlyList<QueryWord> words)
    {
        if (string.IsNullOrWhiteSpace(text) || words.Count == 0) return null;
        var spans = Spans(text, words);
        var start = 0;
        if (spans.Count > 0 && spans[0].Start > Lead)
        {
            start = text.IndexOf(' ', spans[0].Start - Lead);
            start = start < 0 || start >= spans[0].Start ? spans[0].Start : start + 1;
        }
        var end = Math.Min(text.Length, start + SnippetLength);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, end - start);
            if (space > start) end = space;
        }
        var body = Render(text, spans, start, end);
        return (start > 0 ? "…" : "") + body + (end < text.Length ? "…" : "");
    }

    private static string Render(string text, List<(int Start, int End)> spans, int from, int to)
    {
        var sb = new StringBuilder(to - from + 32);
        var pos = from;
        foreach (var (s, e) in spans)
        {
            if (s < from || e > to) continue;
            sb.Append(Encode(text[pos..s]));
            sb.Append("<mark>").Append(Encode(text[s..e])).Append("</mark>");
            pos = e;
        }
        sb.Append(Encode(text[pos..to]));
        return sb.ToString();
    }
}
