using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using OcopMarket.Core.Search;

namespace OcopMarket.Plugin.Search.Lucene;

internal struct HitEntry
{
    public int Doc;
    public float Score;
    public int Stars;
    public bool InStock;
    public bool Featured;
    public long Price;
    public long Created;
    public int Id;
}

internal enum HitOrder
{
    TextRelevance,
    BrowseRelevance,
    PriceAsc,
    PriceDesc,
    Newest,
    Stars,
    Suggest,
}

/// <summary>Result order: negative when <c>a</c> comes before <c>b</c>.</summary>
internal sealed class HitComparer(HitOrder order) : IComparer<HitEntry>
{
    public int Compare(HitEntry a, HitEntry b)
    {
        var c = order switch
        {
            HitOrder.TextRelevance => Desc(a.Score, b.Score) is var s and not 0 ? s : b.Stars.CompareTo(a.Stars),
            HitOrder.BrowseRelevance => b.Featured.CompareTo(a.Featured) is var f and not 0 ? f
                : b.Stars.CompareTo(a.Stars) is var st and not 0 ? st : b.InStock.CompareTo(a.InStock),
            HitOrder.PriceAsc => a.Price.CompareTo(b.Price),
            HitOrder.PriceDesc => b.Price.CompareTo(a.Price),
            HitOrder.Newest => b.Created.CompareTo(a.Created),
            HitOrder.Stars => b.Stars.CompareTo(a.Stars) is var st2 and not 0 ? st2 : Desc(a.Score, b.Score),
            HitOrder.Suggest => b.Stars.CompareTo(a.Stars) is var st3 and not 0 ? st3
                : b.InStock.CompareTo(a.InStock) is var i and not 0 ? i : Desc(a.Score, b.Score),
            _ => 0,
        };
        return c != 0 ? c : a.Id.CompareTo(b.Id);
    }

    private static int Desc(float a, float b) => b.CompareTo(a);
}

/// <summary>
/// One pass over the documents matching the text query computes the page (a bounded heap), the
/// total and every facet's counts, with doc values only (no Facet module). Each document gets a
/// mask of the facet filters it fails: none → a hit, counted in every facet; exactly one → counted
/// only in that facet (a facet's counts ignore its own selection, "drill sideways"); more → skipped.
/// </summary>
internal sealed class SearchCollector : ICollector
{
    // String facets (SortedDocValues), then computed ones.
    public static readonly (string Key, string Field)[] StringFacets =
    [
        (FacetKeys.Group, F.Group),
        (FacetKeys.Subgroup, F.Subgroup),
        (FacetKeys.Province, F.Province),
        (FacetKeys.District, F.District),
        (FacetKeys.Commune, F.Commune),
        (FacetKeys.Producer, F.ProducerSlug),
    ];
    private const int StarsBit = 6;
    private const int PriceBit = 7;
    private const int InStockBit = 8;

    private readonly int _today;
    private readonly bool _withFacets;
    private readonly bool _needScore;
    private readonly long? _minPrice;
    private readonly long? _maxPrice;
    private readonly HashSet<string>?[] _selected = new HashSet<string>?[StringFacets.Length];
    private readonly HashSet<int>? _selectedStars;
    private readonly bool[]? _selectedBands;
    private readonly bool _inStockOnly;
    private readonly int _window;
    private readonly HitComparer _order;
    private readonly PriorityQueue<HitEntry, HitEntry> _heap;

    // Per segment.
    private int _docBase;
    private Scorer? _scorer;
    private SegmentData _seg = null!;
    private byte[] _stars = [];
    private readonly bool[]?[] _selectedOrds = new bool[]?[StringFacets.Length];
    private readonly int[]?[] _segmentCounts = new int[]?[StringFacets.Length];
    private readonly int[] _ords = new int[StringFacets.Length];

    public SearchCollector(SearchQuery query, int today, HitOrder order, bool needScore, int window, bool withFacets)
    {
        _today = today;
        _withFacets = withFacets;
        _needScore = needScore;
        _minPrice = query.MinPrice;
        _maxPrice = query.MaxPrice;
        _window = window;
        _order = new HitComparer(order);
        _heap = new PriorityQueue<HitEntry, HitEntry>(Comparer<HitEntry>.Create((a, b) => _order.Compare(b, a)));
        for (var i = 0; i < StringFacets.Length; i++)
            if (query.Selected(StringFacets[i].Key) is { Count: > 0 } values) _selected[i] = values.ToHashSet(StringComparer.Ordinal);
        if (query.Selected(FacetKeys.Stars) is { Count: > 0 } stars)
            _selectedStars = stars.Select(s => int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1).ToHashSet();
        if (query.Selected(FacetKeys.Price) is { Count: > 0 } prices)
            _selectedBands = PriceRanges.All.Select(r => prices.Contains(r.Key)).ToArray();
        _inStockOnly = query.Selected(FacetKeys.InStock).Contains("1");
    }

    public int Total { get; private set; }
    public Dictionary<string, int>[] StringCounts { get; } = StringFacets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    public int[] StarCounts { get; } = new int[16];
    public int[] PriceCounts { get; } = new int[PriceRanges.All.Length];
    public int InStockCount { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _docBase = context.DocBase;
        _seg = SegmentData.For(context.AtomicReader);
        _stars = _seg.StarsOn(_today);
        for (var i = 0; i < StringFacets.Length; i++)
        {
            var valueCount = _seg.Values[i].Length;
            _segmentCounts[i] = _withFacets ? new int[valueCount] : null;
            if (_selected[i] is { } values)
            {
                var ords = new bool[valueCount];
                foreach (var v in values)
                    if (_seg.OrdOf[i].TryGetValue(v, out var ord)) ords[ord] = true;
                _selectedOrds[i] = ords;
            }
        }
    }

    public void Collect(int doc)
    {
        var seg = _seg;
        var price = seg.Price[doc];
        if (_minPrice is { } min && price < min) return;
        if (_maxPrice is { } max && price > max) return;
        int stars = _stars[doc];
        var inStock = seg.InStock[doc];
        var band = Band(price);

        var failed = 0;
        var fails = 0;
        var allOrds = seg.Ords;
        for (var i = 0; i < allOrds.Length; i++)
        {
            var ord = allOrds[i][doc];
            _ords[i] = ord;
            if (_selectedOrds[i] is { } sel && (ord < 0 || !sel[ord])) { failed |= 1 << i; fails++; }
        }
        if (_selectedStars is not null && !_selectedStars.Contains(stars)) { failed |= 1 << StarsBit; fails++; }
        if (_selectedBands is not null && (band < 0 || !_selectedBands[band])) { failed |= 1 << PriceBit; fails++; }
        if (_inStockOnly && !inStock) { failed |= 1 << InStockBit; fails++; }

        if (fails == 0)
        {
            Total++;
            if (_withFacets) CountAll(stars, band, inStock);
            if (_window > 0) Offer(doc, price, stars, inStock);
        }
        else if (fails == 1 && _withFacets)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(failed);
            if (bit < StringFacets.Length) { if (_ords[bit] >= 0) _segmentCounts[bit]![_ords[bit]]++; }
            else if (bit == StarsBit) StarCounts[stars]++;
            else if (bit == PriceBit) { if (band >= 0) PriceCounts[band]++; }
            else if (inStock) InStockCount++;
        }
    }

    private void CountAll(int stars, int band, bool inStock)
    {
        for (var i = 0; i < _ords.Length; i++)
            if (_ords[i] >= 0) _segmentCounts[i]![_ords[i]]++;
        StarCounts[stars]++;
        if (band >= 0) PriceCounts[band]++;
        if (inStock) InStockCount++;
    }

    private void Offer(int doc, long price, int stars, bool inStock)
    {
        var score = _needScore && _scorer is not null ? _scorer.GetScore() : 0f;
        // Relevance prefers today's higher stars and what can be bought now (up to +25 % and +5 %).
        if (_needScore) score *= 1f + 0.05f * stars + (inStock ? 0.05f : 0f);
        var hit = new HitEntry
        {
            Doc = _docBase + doc,
            Score = score,
            Stars = stars,
            InStock = inStock,
            Featured = _seg.Featured[doc],
            Price = price,
            Created = _seg.Created[doc],
            Id = _seg.Id[doc],
        };
        if (_heap.Count < _window) _heap.Enqueue(hit, hit);
        else if (_heap.TryPeek(out var worst, out _) && _order.Compare(hit, worst) < 0) _heap.EnqueueDequeue(hit, hit);
    }

    private static int Band(long price)
    {
        var all = PriceRanges.All;
        for (var i = 0; i < all.Length; i++)
            if ((all[i].From is not { } from || price >= from) && (all[i].To is not { } to || price < to)) return i;
        return -1;
    }

    private void FlushSegment()
    {
        if (!_withFacets) return;
        for (var i = 0; i < _segmentCounts.Length; i++)
        {
            if (_segmentCounts[i] is not { } counts) continue;
            var target = StringCounts[i];
            var values = _seg.Values[i];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                var key = values[ord];
                target[key] = target.GetValueOrDefault(key) + counts[ord];
            }
            _segmentCounts[i] = null;
        }
    }

    /// <summary>Ends the pass: flushes the last segment's counts and returns the collected hits in result order.</summary>
    public List<HitEntry> Finish()
    {
        FlushSegment();
        var list = new List<HitEntry>(_heap.Count);
        while (_heap.TryDequeue(out var h, out _)) list.Add(h);
        list.Sort(_order);
        return list;
    }
}
