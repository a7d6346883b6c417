using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;

namespace OcopMarket.Plugin.Search.Lucene;

internal sealed record CategoryEntry(string Slug, string Name, string NameEn, bool IsGroup, string[] Words);

internal sealed record ProducerEntry(string Slug, string Name, bool Published, string[] Words);

/// <summary>
/// The small in-memory side of the index: facet labels (category names in both languages, admin
/// unit names, producer names) and the producer and category lists autocomplete scans. Loaded from
/// the database when the index opens and kept up to date by every indexing pass.
/// </summary>
internal sealed class IndexCatalog
{
    public ConcurrentDictionary<string, CategoryEntry> Categories { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, ProducerEntry> Producers { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, string> Units { get; } = new(StringComparer.Ordinal);

    public void Load(OcopDbContext db)
    {
        foreach (var c in db.Categories.AsNoTracking().Select(c => new { c.Slug, c.Name, c.NameEn, c.ParentId }).ToList())
            Categories[c.Slug] = new CategoryEntry(c.Slug, c.Name, c.NameEn, c.ParentId == null, Words(c.Name, c.NameEn));
        foreach (var p in db.Producers.AsNoTracking().Select(p => new { p.Slug, p.Name, p.IsPublished }).ToList())
            Producers[p.Slug] = new ProducerEntry(p.Slug, p.Name, p.IsPublished, Words(p.Name, null));
        foreach (var u in db.AdminUnits.AsNoTracking().Select(u => new { u.Code, u.Name }).ToList())
            Units[u.Code] = u.Name;
    }

    public void Update(ProductRow r)
    {
        if (!Producers.TryGetValue(r.ProducerSlug, out var p) || p.Name != r.ProducerName || p.Published != r.ProducerPublished)
            Producers[r.ProducerSlug] = new ProducerEntry(r.ProducerSlug, r.ProducerName, r.ProducerPublished, Words(r.ProducerName, null));
        if (!Categories.TryGetValue(r.CategorySlug, out var c) || c.Name != r.CategoryName || c.NameEn != r.CategoryNameEn)
            Categories[r.CategorySlug] = new CategoryEntry(r.CategorySlug, r.CategoryName, r.CategoryNameEn, r.ParentSlug is null, Words(r.CategoryName, r.CategoryNameEn));
        if (r.ParentSlug is not null && (!Categories.TryGetValue(r.ParentSlug, out var g) || g.Name != r.ParentName))
            Categories[r.ParentSlug] = new CategoryEntry(r.ParentSlug, r.ParentName ?? "", r.ParentNameEn ?? "", true, Words(r.ParentName, r.ParentNameEn));
        Units[r.CommuneCode] = r.CommuneName;
        if (r.SuccessorCode is not null) Units[r.SuccessorCode] = r.SuccessorName ?? r.SuccessorCode;
        if (r.DistrictCode is not null) Units[r.DistrictCode] = r.DistrictName ?? r.DistrictCode;
        Units[r.ProvinceCode] = r.ProvinceName;
    }

    private static string[] Words(string? vi, string? en) =>
        TextAnalysis.FoldedWords(vi).Concat(TextAnalysis.FoldedWords(en)).Distinct().ToArray();
}
