using System.Globalization;
using System.Linq.Expressions;
using System.Net;
using System.Text.RegularExpressions;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;

namespace OcopMarket.Plugin.Search.Lucene;

/// <summary>What the index needs of one product, read in one projection (plus one query for certificates).</summary>
internal sealed class ProductRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string? NameEn { get; init; }
    public string Slug { get; init; } = "";
    public string ShortDescription { get; init; } = "";
    public string Description { get; init; } = "";
    public long Price { get; init; }
    public int StockQuantity { get; init; }
    public string? Gtin { get; init; }
    public bool IsFeatured { get; init; }
    public bool IsPublished { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string ProducerName { get; init; } = "";
    public string ProducerSlug { get; init; } = "";
    public bool ProducerPublished { get; init; }
    public string CategorySlug { get; init; } = "";
    public string CategoryName { get; init; } = "";
    public string CategoryNameEn { get; init; } = "";
    public string? ParentSlug { get; init; }
    public string? ParentName { get; init; }
    public string? ParentNameEn { get; init; }
    public string CommuneCode { get; init; } = "";
    public string CommuneName { get; init; } = "";
    public string? SuccessorCode { get; init; }
    public string? SuccessorName { get; init; }
    public string? DistrictCode { get; init; }
    public string? DistrictName { get; init; }
    public string ProvinceCode { get; init; } = "";
    public string ProvinceName { get; init; } = "";
    public List<CertRow> Certificates { get; } = [];

    public bool Visible => IsPublished && ProducerPublished;
    public string TodayCommuneCode => SuccessorCode ?? CommuneCode;
    public string TodayCommuneName => SuccessorName ?? CommuneName;
}

internal sealed record CertRow(int ProductId, int Stars, DateOnly IssuedOn, DateOnly ExpiresOn, DateOnly? RevokedOn);

/// <summary>
/// Builds the Lucene document of a product.
///
/// Stars by date: the index never stores "current stars" (that would go stale the day a certificate
/// expires). It stores each badge-capable certificate (≥ 3★) as an interval [from, to] packed in one
/// numeric doc value per slot (up to <see cref="F.CertSlots"/>), where to = min(ExpiresOn, RevokedOn − 1 day);
/// the searcher computes the stars of <c>SearchQuery.Today</c> per document (see <see cref="CurrentStars"/>).
/// See docs/adr/0005-search-stars-by-date.md.
/// </summary>
internal static partial class ProductDocuments
{
    public const int SnippetChars = 400;

    public static async Task<List<ProductRow>> LoadAsync(OcopDbContext db, Expression<Func<Product, bool>> where, int? take, CancellationToken ct)
    {
        IQueryable<Product> q = db.Products.AsNoTracking().Where(where).OrderBy(p => p.Id);
        if (take is { } n) q = q.Take(n);
        var rows = await q.Select(p => new ProductRow
        {
            Id = p.Id,
            Name = p.Name,
            NameEn = p.NameEn,
            Slug = p.Slug,
            ShortDescription = p.ShortDescription,
            Description = p.Description,
            Price = p.Price,
            StockQuantity = p.StockQuantity,
            Gtin = p.Gtin,
            IsFeatured = p.IsFeatured,
            IsPublished = p.IsPublished,
            CreatedAt = p.CreatedAt,
            ProducerName = p.Producer!.Name,
            ProducerSlug = p.Producer.Slug,
            ProducerPublished = p.Producer.IsPublished,
            CategorySlug = p.Category!.Slug,
            CategoryName = p.Category.Name,
            CategoryNameEn = p.Category.NameEn,
            ParentSlug = p.Category.Parent != null ? p.Category.Parent.Slug : null,
            ParentName = p.Category.Parent != null ? p.Category.Parent.Name : null,
            ParentNameEn = p.Category.Parent != null ? p.Category.Parent.NameEn : null,
            CommuneCode = p.Producer.Commune!.Code,
            CommuneName = p.Producer.Commune.Name,
            SuccessorCode = p.Producer.Commune.Successor != null ? p.Producer.Commune.Successor.Code : null,
            SuccessorName = p.Producer.Commune.Successor != null ? p.Producer.Commune.Successor.Name : null,
            DistrictCode = p.Producer.District != null ? p.Producer.District.Code : null,
            DistrictName = p.Producer.District != null ? p.Producer.District.Name : null,
            ProvinceCode = p.Producer.Province!.Code,
            ProvinceName = p.Producer.Province.Name,
        }).ToListAsync(ct);
        if (rows.Count == 0) return rows;

        var ids = rows.Select(r => r.Id).ToList();
        var byId = rows.ToDictionary(r => r.Id);
        IQueryable<Certificate> certs = db.Certificates.AsNoTracking().Where(c => c.Stars >= CertificateStatusPolicy.MinimumBadgeStars);
        // A contiguous id range (rebuild batches) is one cheap range scan; a scattered set is an IN list.
        int lo = ids[0], hi = ids[^1];
        certs = ids.Count > 50 && hi - lo < 4 * ids.Count ? certs.Where(c => c.ProductId >= lo && c.ProductId <= hi) : certs.Where(c => ids.Contains(c.ProductId));
        foreach (var c in await certs.Select(c => new CertRow(c.ProductId, c.Stars, c.IssuedOn, c.ExpiresOn, c.RevokedOn)).ToListAsync(ct))
            if (byId.TryGetValue(c.ProductId, out var row)) row.Certificates.Add(c);
        return rows;
    }

    public static Document Build(ProductRow p)
    {
        string N(string? s) => TextAnalysis.Nfc(s);
        var name = N(p.Name);
        var producer = N(p.ProducerName);
        var categories = string.Join(" | ", new[] { p.ParentName, p.CategoryName, p.ParentNameEn, p.CategoryNameEn }.Where(s => !string.IsNullOrEmpty(s)).Select(N));
        var places = string.Join(" | ", new[] { p.CommuneName, p.SuccessorName, p.DistrictName, p.ProvinceName }.Where(s => !string.IsNullOrEmpty(s)).Distinct().Select(N));
        var description = StripHtml(N(p.Description));
        var shortDescription = N(p.ShortDescription);
        var id = p.Id.ToString(CultureInfo.InvariantCulture);

        var doc = new Document
        {
            new StringField(F.Id, id, Field.Store.NO),
            new NumericDocValuesField(F.IdDv, p.Id),
            new TextField(F.Name, name, Field.Store.YES),
            new TextField(F.NameExact, name, Field.Store.NO),
            new TextField(F.Autocomplete, name, Field.Store.NO),
            new TextField(F.Producer, producer, Field.Store.YES),
            new TextField(F.ProducerExact, producer, Field.Store.NO),
            new TextField(F.Meta, categories + " | " + places, Field.Store.NO),
            new TextField(F.MetaExact, categories + " | " + places, Field.Store.NO),
            new TextField(F.Description, shortDescription + "\n" + description, Field.Store.NO),
            new StoredField(F.Slug, p.Slug),
            new NumericDocValuesField(F.Price, p.Price),
            new NumericDocValuesField(F.Created, p.CreatedAt.UtcTicks),
            new NumericDocValuesField(F.InStock, p.StockQuantity > 0 ? 1 : 0),
            new NumericDocValuesField(F.Featured, p.IsFeatured ? 1 : 0),
            new SortedDocValuesField(F.Group, new BytesRef(p.ParentSlug ?? p.CategorySlug)),
            new SortedDocValuesField(F.Province, new BytesRef(p.ProvinceCode)),
            new SortedDocValuesField(F.Commune, new BytesRef(p.TodayCommuneCode)),
            new SortedDocValuesField(F.ProducerSlug, new BytesRef(p.ProducerSlug)),
        };
        if (!string.IsNullOrWhiteSpace(p.NameEn)) doc.Add(new TextField(F.Meta, N(p.NameEn), Field.Store.NO));
        if (!string.IsNullOrWhiteSpace(p.Gtin)) doc.Add(new StringField(F.Gtin, p.Gtin.Trim(), Field.Store.NO));
        if (p.ParentSlug is not null) doc.Add(new SortedDocValuesField(F.Subgroup, new BytesRef(p.CategorySlug)));
        if (p.DistrictCode is not null) doc.Add(new SortedDocValuesField(F.District, new BytesRef(p.DistrictCode)));
        var snippet = string.IsNullOrWhiteSpace(shortDescription) ? description : shortDescription + " " + description;
        if (snippet.Length > SnippetChars) snippet = snippet[..SnippetChars];
        if (snippet.Length > 0) doc.Add(new StoredField(F.Snippet, snippet));

        var slot = 0;
        foreach (var packed in PackCertificates(p.Certificates))
            doc.Add(new NumericDocValuesField(F.Certs[slot++], packed));
        return doc;
    }

    /// <summary>
    /// Up to <see cref="F.CertSlots"/> badge intervals, those lasting longest first. Packed as
    /// stars (bits 0–3) | from yyyymmdd (bits 4–31) | to yyyymmdd (bits 32–59); 0 means an empty slot.
    /// </summary>
    public static IEnumerable<long> PackCertificates(IEnumerable<CertRow> certificates) =>
        certificates
            .Where(c => c.Stars >= CertificateStatusPolicy.MinimumBadgeStars)
            .Select(c => (c.Stars, From: c.IssuedOn, To: c.RevokedOn is { } r && r.AddDays(-1) < c.ExpiresOn ? r.AddDays(-1) : c.ExpiresOn))
            .Where(c => c.From <= c.To)
            .OrderByDescending(c => c.To).ThenByDescending(c => c.Stars)
            .Take(F.CertSlots)
            .Select(c => (long)Math.Min(c.Stars, 15) | ((long)DateKey(c.From) << 4) | ((long)DateKey(c.To) << 32));

    public static int DateKey(DateOnly d) => d.Year * 10000 + d.Month * 100 + d.Day;

    /// <summary>The product's stars on <paramref name="today"/> (yyyymmdd): the best slot whose interval contains it, else 0.</summary>
    public static int StarsOn(long packed, int today)
    {
        if (packed == 0) return 0;
        var from = (int)((packed >> 4) & 0xFFFFFFF);
        var to = (int)(packed >> 32);
        return from <= today && today <= to ? (int)(packed & 0xF) : 0;
    }

    public static string StripHtml(string html)
    {
        if (string.IsNullOrEmpty(html)) return "";
        var text = TagRegex().Replace(html, " ");
        text = WebUtility.HtmlDecode(text);
        return SpaceRegex().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceRegex();
}
