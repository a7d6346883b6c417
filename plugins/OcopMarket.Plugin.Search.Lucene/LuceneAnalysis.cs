using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace OcopMarket.Plugin.Search.Lucene;

/// <summary>Field names of a product document (see <see cref="ProductDocuments"/>).</summary>
internal static class F
{
    public const string Id = "id";            // StringField, the update/delete key
    public const string IdDv = "id_n";        // NumericDocValues
    public const string Name = "name";        // folded, stored (original text)
    public const string NameExact = "name_x"; // lower-cased, diacritics kept
    public const string Autocomplete = "ac";  // folded edge n-grams of the name
    public const string Producer = "producer";          // folded, stored
    public const string ProducerExact = "producer_x";
    // Group and subgroup names (vi and en), the English product name, commune (old and today's),
    // district and province names: one field, as they weigh the same (fewer clauses per word).
    public const string Meta = "meta";
    public const string MetaExact = "meta_x";
    public const string Description = "desc"; // short description + description without HTML
    public const string Gtin = "gtin";        // StringField
    public const string Slug = "slug";        // stored only
    public const string Snippet = "snip";     // stored only: the start of the description text

    public const string Price = "price";
    public const string Created = "created";
    public const string InStock = "stock";
    public const string Featured = "featured";
    public const int CertSlots = 4;
    public static readonly string[] Certs = ["cert0", "cert1", "cert2", "cert3"];

    public const string Group = "f_group";
    public const string Subgroup = "f_subgroup";
    public const string Province = "f_province";
    public const string District = "f_district";
    public const string Commune = "f_commune";
    public const string ProducerSlug = "f_producer";

    /// <summary>Folded fields the fuzzy and did-you-mean vocabulary come from.</summary>
    public static readonly string[] Vocabulary = [Name, Producer, Meta];
}

/// <summary>StandardTokenizer → LowerCaseFilter → (ASCIIFoldingFilter) → (edge n-grams).</summary>
internal sealed class VietnameseAnalyzer(bool fold, bool edgeNGrams = false) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const int MaxGram = 20;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream ts = new LowerCaseFilter(Version, source);
        if (fold) ts = new ASCIIFoldingFilter(ts);
        if (edgeNGrams) ts = new EdgeNGramTokenFilter(Version, ts, 1, MaxGram);
        return new TokenStreamComponents(source, ts);
    }
}

/// <summary>One word of the user's text: lower-cased with its diacritics, and folded.</summary>
internal sealed record QueryWord(string Exact, string Folded);

internal static class TextAnalysis
{
    public const int MaxWords = 10;
    public const int MaxInputChars = 1000;
    private const string SyntaxChars = ":\"*~^()[]{}\\/!+&|?";

    public static readonly Analyzer Folded = new VietnameseAnalyzer(fold: true);
    public static readonly Analyzer Exact = new VietnameseAnalyzer(fold: false);
    public static readonly Analyzer Ngrams = new VietnameseAnalyzer(fold: true, edgeNGrams: true);

    public static Analyzer ForIndexing() => new PerFieldAnalyzerWrapper(Folded, new Dictionary<string, Analyzer>
    {
        [F.NameExact] = Exact,
        [F.ProducerExact] = Exact,
        [F.MetaExact] = Exact,
        [F.Autocomplete] = Ngrams,
    });

    /// <summary>NFC without ever throwing (a lone surrogate in user input makes Normalize throw).</summary>
    public static string Nfc(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            var sb = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); }
                else if (char.IsSurrogate(c)) sb.Append(' ');
                else sb.Append(c);
            }
            return sb.ToString().Normalize(NormalizationForm.FormC);
        }
    }

    /// <summary>
    /// The user's text as plain words (no query syntax at all: quotes, *, ~, AND, brackets are just
    /// punctuation to the tokenizer), at most <see cref="MaxWords"/> distinct words.
    /// </summary>
    public static IReadOnlyList<QueryWord> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        if (text.Length > MaxInputChars) text = text[..MaxInputChars];
        var words = new List<QueryWord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Query syntax characters become spaces (UAX#29 would keep "title:mật" as one word).
        var plain = new StringBuilder(text.Length);
        foreach (var c in text) plain.Append(SyntaxChars.Contains(c) ? ' ' : c);
        foreach (var (exact, _, _) in Analyze(Exact, Nfc(plain.ToString())))
        {
            var word = new QueryWord(exact, Fold(exact));
            if (seen.Add(word.Exact)) words.Add(word);
            if (words.Count == MaxWords) break;
        }
        return words;
    }

    /// <summary>Tokens with their offsets in <paramref name="text"/>.</summary>
    public static IEnumerable<(string Term, int Start, int End)> Analyze(Analyzer analyzer, string text)
    {
        using var ts = analyzer.GetTokenStream("_", new StringReader(text));
        var term = ts.AddAttribute<ICharTermAttribute>();
        var offset = ts.AddAttribute<IOffsetAttribute>();
        ts.Reset();
        while (ts.IncrementToken())
            yield return (term.ToString(), offset.StartOffset, offset.EndOffset);
        ts.End();
    }

    /// <summary>The same folding as <see cref="ASCIIFoldingFilter"/> (đ→d, ư→u, ấ→a) on a lower-cased word.</summary>
    public static string Fold(string word)
    {
        var input = word.ToCharArray();
        var output = new char[input.Length * 4];
        var n = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, n);
    }

    /// <summary>Folded, lower-cased words (for in-memory matching of producers and categories).</summary>
    public static string[] FoldedWords(string? text) =>
        string.IsNullOrEmpty(text) ? [] : Analyze(Folded, Nfc(text)).Select(t => t.Term).ToArray();

    /// <summary>Edit distance with adjacent transpositions (optimal string alignment), capped at max + 1.</summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var prev2 = new int[b.Length + 1];
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
            (prev2, prev, cur) = (prev, cur, prev2);
        }
        return Math.Min(prev[b.Length], max + 1);
    }

    /// <summary>Edits a fuzzy match may use: none under 4 letters, 1 for 4–6, 2 from 7.</summary>
    public static int FuzzyEdits(string folded) => folded.Length switch
    {
        < 4 => 0,
        <= 6 => 1,
        _ => 2,
    };
}
