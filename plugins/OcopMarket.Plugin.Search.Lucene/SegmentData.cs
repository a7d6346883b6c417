using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace OcopMarket.Plugin.Search.Lucene;

/// <summary>
/// The doc values of one segment copied into plain arrays the first time a search meets the
/// segment (cached by the segment's core key, so they survive NRT reopens that only add segments
/// or delete documents). Reading arrays costs a few nanoseconds per document, where doc-value
/// calls cost tens: it is what keeps counting every facet over 100,000 documents within budget.
/// Doc-value instances are not shared across threads; these arrays are immutable and are.
/// </summary>
internal sealed class SegmentData
{
    private static readonly ConditionalWeakTable<object, SegmentData> Cache = new();

    public long[] Price { get; }
    public long[] Created { get; }
    public int[] Id { get; }
    public bool[] InStock { get; }
    public bool[] Featured { get; }
    public long[]?[] Certs { get; }
    /// <summary>Per string facet (<see cref="SearchCollector.StringFacets"/>): the ordinal of each document, -1 when it has none.</summary>
    public int[][] Ords { get; }
    /// <summary>Per string facet: the value of each ordinal, and the ordinal of each value.</summary>
    public string[][] Values { get; }
    public Dictionary<string, int>[] OrdOf { get; }

    private StarsCache? _stars;

    private sealed record StarsCache(int Day, byte[] Stars);

    public static SegmentData For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentData(reader));

    private SegmentData(AtomicReader r)
    {
        var n = r.MaxDoc;
        Price = Longs(r, F.Price, n) ?? new long[n];
        Created = Longs(r, F.Created, n) ?? new long[n];
        var ids = Longs(r, F.IdDv, n) ?? new long[n];
        Id = Array.ConvertAll(ids, v => (int)v);
        InStock = Array.ConvertAll(Longs(r, F.InStock, n) ?? new long[n], v => v != 0);
        Featured = Array.ConvertAll(Longs(r, F.Featured, n) ?? new long[n], v => v != 0);
        Certs = F.Certs.Select(f => Longs(r, f, n)).ToArray();
        var facets = SearchCollector.StringFacets;
        Ords = new int[facets.Length][];
        Values = new string[facets.Length][];
        OrdOf = new Dictionary<string, int>[facets.Length];
        var scratch = new BytesRef();
        for (var i = 0; i < facets.Length; i++)
        {
            var sdv = r.GetSortedDocValues(facets[i].Field);
            var ords = new int[n];
            if (sdv is null)
            {
                Array.Fill(ords, -1);
                Values[i] = [];
            }
            else
            {
                for (var d = 0; d < n; d++) ords[d] = sdv.GetOrd(d);
                var values = new string[sdv.ValueCount];
                for (var o = 0; o < values.Length; o++)
                {
                    sdv.LookupOrd(o, scratch);
                    values[o] = scratch.Utf8ToString();
                }
                Values[i] = values;
            }
            Ords[i] = ords;
            OrdOf[i] = Values[i].Select((v, o) => (v, o)).ToDictionary(x => x.v, x => x.o, StringComparer.Ordinal);
        }
    }

    private static long[]? Longs(AtomicReader r, string field, int n)
    {
        var dv = r.GetNumericDocValues(field);
        if (dv is null) return null;
        var values = new long[n];
        for (var d = 0; d < n; d++) values[d] = dv.Get(d);
        return values;
    }

    /// <summary>Each document's stars on <paramref name="day"/> (yyyymmdd); the last day asked is cached.</summary>
    public byte[] StarsOn(int day)
    {
        if (_stars is { } cached && cached.Day == day) return cached.Stars;
        var stars = new byte[Price.Length];
        foreach (var slot in Certs)
        {
            if (slot is null) continue;
            for (var d = 0; d < stars.Length; d++)
            {
                var s = ProductDocuments.StarsOn(slot[d], day);
                if (s > stars[d]) stars[d] = (byte)s;
            }
        }
        _stars = new StarsCache(day, stars);
        return stars;
    }
}
