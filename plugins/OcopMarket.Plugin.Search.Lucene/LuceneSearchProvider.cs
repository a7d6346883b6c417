using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using OcopMarket.Core.Search;
using OcopMarket.Web.Framework.Plugins;

namespace OcopMarket.Plugin.Search.Lucene;

/// <summary>
/// Search over the Lucene index with the semantics of the database listing (filters AND across
/// facets, OR within one, counts that ignore their own facet, stars judged on <see cref="SearchQuery.Today"/>).
///
/// Text matching: the user's text is only ever tokenized by our analyzer, never parsed as query
/// syntax. Every word must match (minimum-should-match = all words, as the database provider does);
/// a word matches when it is in an exact field (diacritics kept, highest boost), in a folded field,
/// is a prefix (last word only: typing as you go) or, when it is not in the vocabulary, within 1 edit
/// (4–6 letters) or 2 edits (7+) of a term. Fields weigh name &gt; producer &gt; categories, English name and
/// places (one field) &gt; description; two or more words also boost a phrase match on the name. Zero results
/// first trigger "did you mean"; only when there is nothing to suggest do we relax: words that occur
/// nowhere in the index are dropped, then (3+ words) two thirds of the words suffice — so
/// "mật AND ong" or "title:mật ong" still find honey.
/// </summary>
public sealed class LuceneSearchProvider(LuceneSearchIndex index, PluginStates? plugins = null) : ISearchProvider
{
    public const string ProviderName = "lucene";
    public const int MaxPageSize = 200;
    /// <summary>Deepest result position a page may reach (Total stays exact beyond it; the page is empty).</summary>
    public const int MaxWindow = 100_000;

    private static readonly StringComparer Vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    public string Name => ProviderName;

    public bool IsReady => index.IsReady && (plugins?.IsEnabled(LuceneSearchPlugin.SystemName) ?? true);

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        index.Open();
        if (!index.IsReady && !index.IsRebuilding) return Task.FromResult(SearchResult.Empty);
        var words = TextAnalysis.Words(query.Text);
        var result = index.Read(s =>
        {
            var r = Execute(s, query, words, query.WithFacets, highlight: true);
            if (words.Count == 0 || r.Total > 0) return r;
            var suggestion = DidYouMean(s, query, words);
            // Nothing found: drop the words that occur nowhere in the index (e.g. "mật ong AND"), if some remain.
            var known = words.Where(w => Anywhere(s.IndexReader, w)).ToList();
            if (known.Count > 0 && known.Count < words.Count && Execute(s, query, known, query.WithFacets, highlight: true) is { Total: > 0 } dropped)
                return dropped with { DidYouMean = suggestion };
            // Three words or more: settle for two thirds of them — matched as typed, never by fuzzy
            // expansion, or "điện thoại samsung" would find "điểm" and "thái" ("tinh dau hoy" still finds "tinh dầu").
            if (words.Count >= 3 && Execute(s, query, words, query.WithFacets, highlight: true, minimumShouldMatch: (words.Count * 2 + 2) / 3, fuzzy: false) is { Total: > 0 } most)
                return most with { DidYouMean = suggestion };
            return r with { DidYouMean = suggestion };
        });
        return Task.FromResult(result);
    }

    private static HitOrder OrderOf(string? sort, bool hasText) => sort switch
    {
        SearchSorts.PriceAsc => HitOrder.PriceAsc,
        SearchSorts.PriceDesc => HitOrder.PriceDesc,
        SearchSorts.Newest => HitOrder.Newest,
        SearchSorts.Stars => HitOrder.Stars,
        _ => hasText ? HitOrder.TextRelevance : HitOrder.BrowseRelevance,
    };

    private SearchResult Execute(IndexSearcher searcher, SearchQuery query, IReadOnlyList<QueryWord> words, bool withFacets, bool highlight, int? minimumShouldMatch = null, bool fuzzy = true)
    {
        var hasText = words.Count > 0;
        var order = OrderOf(query.Sort, hasText);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, query.Page);
        var window = (long)page * pageSize > MaxWindow ? 0 : page * pageSize;
        var collector = new SearchCollector(query, ProductDocuments.DateKey(query.Today), order,
            needScore: hasText && order is HitOrder.TextRelevance or HitOrder.Stars, window, withFacets);
        searcher.Search(hasText ? BuildQuery(searcher.IndexReader, words, minimumShouldMatch, fuzzy) : new MatchAllDocsQuery(), collector);
        var sorted = collector.Finish();

        var hits = new List<SearchHit>(pageSize);
        var fields = new HashSet<string>(StringComparer.Ordinal) { F.Name, F.Snippet };
        foreach (var h in sorted.Skip((page - 1) * pageSize).Take(pageSize))
        {
            if (!highlight || !hasText)
            {
                hits.Add(new SearchHit(h.Id, h.Score, null, null));
                continue;
            }
            var doc = searcher.Doc(h.Doc, fields);
            hits.Add(new SearchHit(h.Id, h.Score, Highlighting.Name(doc.Get(F.Name), words), Highlighting.Snippet(doc.Get(F.Snippet), words)));
        }
        return new SearchResult(hits, collector.Total, withFacets ? Facets(collector, query) : [], null);
    }

    // ---- query building --------------------------------------------------------------------------

    internal static Query BuildQuery(IndexReader reader, IReadOnlyList<QueryWord> words, int? minimumShouldMatch = null, bool fuzzy = true)
    {
        var all = new BooleanQuery();
        for (var i = 0; i < words.Count; i++)
            all.Add(WordQuery(reader, words[i], last: i == words.Count - 1, fuzzy), Occur.SHOULD);
        all.MinimumNumberShouldMatch = Math.Clamp(minimumShouldMatch ?? words.Count, 1, words.Count);
        if (words.Count < 2) return all;

        var top = new BooleanQuery { { all, Occur.MUST } };
        var folded = new PhraseQuery { Slop = 2, Boost = 6f };
        var exact = new PhraseQuery { Slop = 1, Boost = 4f };
        foreach (var w in words)
        {
            folded.Add(new Term(F.Name, w.Folded));
            exact.Add(new Term(F.NameExact, w.Exact));
        }
        top.Add(folded, Occur.SHOULD);
        top.Add(exact, Occur.SHOULD);
        return top;
    }

    private static Query WordQuery(IndexReader reader, QueryWord w, bool last, bool fuzzy)
    {
        var q = new DisjunctionMaxQuery(0.1f);
        void Add(Query query, float boost)
        {
            query.Boost = boost;
            q.Add(query);
        }
        // Exact (diacritics kept) clauses only when the word has diacritics: otherwise they equal the folded ones.
        var marked = w.Exact != w.Folded;
        if (marked) Add(new TermQuery(new Term(F.NameExact, w.Exact)), 12f);
        Add(new TermQuery(new Term(F.Name, w.Folded)), 8f);
        if (marked) Add(new TermQuery(new Term(F.ProducerExact, w.Exact)), 6f);
        Add(new TermQuery(new Term(F.Producer, w.Folded)), 4f);
        if (marked) Add(new TermQuery(new Term(F.MetaExact, w.Exact)), 4f);
        Add(new TermQuery(new Term(F.Meta, w.Folded)), 3f);
        Add(new TermQuery(new Term(F.Description, w.Folded)), 1f);
        if (w.Exact.Length >= 8 && w.Exact.All(char.IsAsciiDigit)) Add(new TermQuery(new Term(F.Gtin, w.Exact)), 10f);
        if (last) Add(new PrefixQuery(new Term(F.Name, w.Folded)), 2f);
        var edits = TextAnalysis.FuzzyEdits(w.Folded);
        if (fuzzy && edits > 0 && w.Folded.Length <= 30 && !Known(reader, w.Folded))
        {
            Add(new FuzzyQuery(new Term(F.Name, w.Folded), edits, 1), 1.5f);
            Add(new FuzzyQuery(new Term(F.Producer, w.Folded), edits, 1), 0.8f);
            Add(new FuzzyQuery(new Term(F.Meta, w.Folded), edits, 1), 0.6f);
        }
        return q;
    }

    /// <summary>The word is a term of the name/producer/category/place vocabulary (then no fuzzy expansion).</summary>
    private static bool Known(IndexReader reader, string folded)
    {
        foreach (var field in F.Vocabulary)
            if (reader.DocFreq(new Term(field, folded)) > 0) return true;
        return false;
    }

    /// <summary>The word can match something: a term of any folded field, a GTIN, or a fuzzy candidate.</summary>
    private static bool Anywhere(IndexReader reader, QueryWord w)
    {
        if (TextAnalysis.FuzzyEdits(w.Folded) > 0 || Known(reader, w.Folded)) return true;
        return reader.DocFreq(new Term(F.Description, w.Folded)) > 0 || reader.DocFreq(new Term(F.Gtin, w.Exact)) > 0;
    }

    // ---- facets ---------------------------------------------------------------------------------

    private List<FacetResult> Facets(SearchCollector c, SearchQuery query)
    {
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var catalog = index.Catalog;
        var facets = new List<FacetResult>();
        for (var i = 0; i < SearchCollector.StringFacets.Length; i++)
        {
            var key = SearchCollector.StringFacets[i].Key;
            Func<string, string> label = key switch
            {
                FacetKeys.Group or FacetKeys.Subgroup => v => catalog.Categories.TryGetValue(v, out var cat) ? (english && cat.NameEn.Length > 0 ? cat.NameEn : cat.Name) : v,
                FacetKeys.Producer => v => catalog.Producers.TryGetValue(v, out var p) ? p.Name : v,
                _ => v => catalog.Units.GetValueOrDefault(v, v),
            };
            facets.Add(Build(key, c.StringCounts[i], label, query, ordered: null));
        }

        var stars = new Dictionary<string, int>();
        for (var n = 1; n < c.StarCounts.Length; n++)
            if (c.StarCounts[n] > 0) stars[n.ToString(CultureInfo.InvariantCulture)] = c.StarCounts[n];
        var starsFacet = Build(FacetKeys.Stars, stars, v => v, query, ordered: null);
        facets.Insert(2, starsFacet with { Values = starsFacet.Values.OrderByDescending(v => v.Value, StringComparer.Ordinal).ToList() });

        var prices = new Dictionary<string, int>();
        for (var b = 0; b < PriceRanges.All.Length; b++)
            if (c.PriceCounts[b] > 0) prices[PriceRanges.All[b].Key] = c.PriceCounts[b];
        facets.Add(Build(FacetKeys.Price, prices, v => v, query, ordered: PriceRanges.All.Select(r => r.Key).ToList()));

        var inStock = new Dictionary<string, int>();
        if (c.InStockCount > 0) inStock["1"] = c.InStockCount;
        facets.Add(Build(FacetKeys.InStock, inStock, v => v, query, ordered: ["1"]));
        return facets.Where(f => f.Values.Count > 0).ToList();
    }

    public const int MaxFacetValues = 30;

    /// <summary>The <paramref name="n"/> largest counts, with ties at the cut kept whole (labels sort them later).</summary>
    private static IEnumerable<FacetCount> TopByCount(IEnumerable<FacetCount> values, int n)
    {
        var list = values.ToList();
        if (list.Count <= n) return list;
        var threshold = list.Select(v => v.Count).OrderDescending().ElementAt(n - 1);
        var above = list.Where(v => v.Count > threshold).ToList();
        // Ordinal, not culture-aware: with thousands of single-count values the cut must stay cheap.
        var ties = list.Where(v => v.Count == threshold).OrderBy(v => v.Label, StringComparer.Ordinal).Take(n - above.Count);
        return above.Concat(ties);
    }

    /// <summary>Counts desc then label (vi-VN); selected values stay listed (with 0) so they can be unselected.</summary>
    private static FacetResult Build(string key, Dictionary<string, int> counts, Func<string, string> label, SearchQuery query, IReadOnlyList<string>? ordered)
    {
        var selected = query.Selected(key);
        var values = counts.Keys.Union(selected)
            .Where(v => ordered is null || ordered.Contains(v))
            .Select(v => new FacetCount(v, label(v), counts.GetValueOrDefault(v), selected.Contains(v)));
        // A sidebar shows a handful of values: the top ones by count (ties by label) plus any selected.
        // Ordering thousands of producers or communes by a culture-aware label would dominate a broad search.
        var list = ordered is null
            ? values.Where(v => v.Selected).Concat(TopByCount(values.Where(v => !v.Selected), MaxFacetValues))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Label, Vietnamese).ToList()
            : values.OrderBy(v => ordered.ToList().IndexOf(v.Value)).ToList();
        return new FacetResult(key, list);
    }

    // ---- did you mean ---------------------------------------------------------------------------

    /// <summary>
    /// For each word missing from the vocabulary, the closest indexed term (name, producer, category
    /// and place fields) within 2 edits (1 for words of up to 4 letters), the most frequent on ties;
    /// returned only if the corrected text finds something under the same filters.
    /// </summary>
    private string? DidYouMean(IndexSearcher searcher, SearchQuery query, IReadOnlyList<QueryWord> words)
    {
        var reader = searcher.IndexReader;
        var corrected = words.Select(w => w.Folded).ToArray();
        var unknown = Enumerable.Range(0, words.Count)
            .Where(i => words[i].Folded.Length is >= 3 and <= 30 && !words[i].Folded.All(char.IsAsciiDigit) && !Known(reader, words[i].Folded))
            .ToList();
        if (unknown.Count == 0) return null;
        bool Finds(IEnumerable<string> text)
        {
            var joined = string.Join(' ', text);
            return Execute(searcher, query with { Text = joined, Page = 1, PageSize = 1, Sort = SearchSorts.Relevance }, TextAnalysis.Words(joined),
                withFacets: false, highlight: false).Total > 0;
        }
        // Greedy: each unknown word takes the best candidate that still finds something together with
        // the known words and the corrections chosen so far.
        var decided = Enumerable.Range(0, words.Count).Except(unknown).ToHashSet();
        foreach (var i in unknown)
        {
            var candidates = Candidates(reader, words[i].Folded);
            if (candidates.Count == 0) return null;
            corrected[i] = candidates[0];
            foreach (var c in candidates)
            {
                corrected[i] = c;
                if (Finds(Enumerable.Range(0, words.Count).Where(j => j == i || decided.Contains(j)).Select(j => corrected[j]))) break;
                corrected[i] = candidates[0];
            }
            decided.Add(i);
        }
        var text = string.Join(' ', corrected);
        var check = Execute(searcher, query with { Text = text, Page = 1, PageSize = 1, Sort = SearchSorts.Relevance }, TextAnalysis.Words(text), withFacets: false, highlight: false);
        if (check.Total == 0) return null;

        // Show the words as the best hit's name writes them (with diacritics) when it has them.
        var doc = FindDoc(searcher, check.Hits[0].ProductId);
        var name = doc < 0 ? "" : searcher.Doc(doc, new HashSet<string> { F.Name }).Get(F.Name) ?? "";
        var forms = TextAnalysis.Analyze(TextAnalysis.Exact, name).Select(t => t.Term)
            .GroupBy(TextAnalysis.Fold).ToDictionary(g => g.Key, g => g.First());
        return string.Join(' ', corrected.Select(c => forms.GetValueOrDefault(c, c)));
    }

    private static int FindDoc(IndexSearcher searcher, int productId)
    {
        var top = searcher.Search(new TermQuery(new Term(F.Id, productId.ToString(CultureInfo.InvariantCulture))), 1);
        return top.ScoreDocs.Length > 0 ? top.ScoreDocs[0].Doc : -1;
    }

    /// <summary>Up to 5 indexed terms within the edit budget, closest first, then the most frequent.</summary>
    private static List<string> Candidates(IndexReader reader, string folded)
    {
        var maxEdits = folded.Length <= 4 ? 1 : 2;
        var found = new Dictionary<string, (int Distance, int Freq)>(StringComparer.Ordinal);
        foreach (var field in F.Vocabulary)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null) continue;
            var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, folded), maxEdits, 1, true);
            var seen = 0;
            while (seen++ < 500 && fuzzy.MoveNext())
            {
                var candidate = fuzzy.Term.Utf8ToString();
                if (candidate == folded || candidate.Length < 2) continue;
                var distance = TextAnalysis.Distance(folded, candidate, maxEdits);
                if (distance > maxEdits) continue;
                var freq = fuzzy.DocFreq + (found.TryGetValue(candidate, out var f) ? f.Freq : 0);
                found[candidate] = (distance, freq);
            }
        }
        return found.OrderBy(c => c.Value.Distance).ThenByDescending(c => c.Value.Freq).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(5).Select(c => c.Key).ToList();
    }

    // ---- autocomplete ---------------------------------------------------------------------------

    /// <summary>
    /// Products whose name words start with every typed word (an edge n-gram field: one term lookup
    /// per word), today's stars and stock first; then producers and categories from memory.
    /// </summary>
    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int max, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var words = TextAnalysis.Words(prefix);
        if (words.Count == 0 || max <= 0) return Task.FromResult<IReadOnlyList<Suggestion>>([]);
        max = Math.Min(max, 50);
        index.Open();
        var result = new List<Suggestion>();
        if (index.IsReady || index.IsRebuilding)
            result.AddRange(index.Read(s => SuggestProducts(s, words, max)));

        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var others = Math.Min(3, max);
        result.AddRange(index.Catalog.Producers.Values
            .Where(p => p.Published && AllPrefixes(words, p.Words))
            .OrderByDescending(p => p.Words.Length > 0 && p.Words[0].StartsWith(words[0].Folded, StringComparison.Ordinal))
            .ThenBy(p => p.Name, Vietnamese)
            .Take(others)
            .Select(p => new Suggestion(SuggestionKind.Producer, p.Name, "/chu-the/" + p.Slug, null)));
        result.AddRange(index.Catalog.Categories.Values
            .Where(c => AllPrefixes(words, c.Words))
            .OrderByDescending(c => c.IsGroup)
            .ThenBy(c => c.Name, Vietnamese)
            .Take(others)
            .Select(c => new Suggestion(SuggestionKind.Category, english && c.NameEn.Length > 0 ? c.NameEn : c.Name, "/danh-muc/" + c.Slug, null)));
        return Task.FromResult<IReadOnlyList<Suggestion>>(result);
    }

    private static bool AllPrefixes(IReadOnlyList<QueryWord> words, string[] entryWords)
    {
        foreach (var w in words)
        {
            var found = false;
            foreach (var e in entryWords)
                if (e.StartsWith(w.Folded, StringComparison.Ordinal)) { found = true; break; }
            if (!found) return false;
        }
        return true;
    }

    private List<Suggestion> SuggestProducts(IndexSearcher searcher, IReadOnlyList<QueryWord> words, int max)
    {
        var query = new BooleanQuery();
        foreach (var w in words)
        {
            var gram = w.Folded.Length > VietnameseAnalyzer.MaxGram ? w.Folded[..VietnameseAnalyzer.MaxGram] : w.Folded;
            query.Add(new TermQuery(new Term(F.Autocomplete, gram)), Occur.MUST);
        }
        var collector = new SearchCollector(new SearchQuery(), ProductDocuments.DateKey(index.Today), HitOrder.Suggest, needScore: true, window: max, withFacets: false);
        searcher.Search(query, collector);
        var fields = new HashSet<string>(StringComparer.Ordinal) { F.Name, F.Slug, F.Producer };
        return collector.Finish().Select(h =>
        {
            var doc = searcher.Doc(h.Doc, fields);
            return new Suggestion(SuggestionKind.Product, doc.Get(F.Name), "/san-pham/" + doc.Get(F.Slug), doc.Get(F.Producer));
        }).ToList();
    }
}
