using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Producers;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>The producer list's filters besides the text: type, today's province, published or not.</summary>
public sealed class ProducerListQuery : ListQuery
{
    public ProducerType? Type { get; set; }
    public int? Province { get; set; }
    public bool? Published { get; set; }
}

/// <summary>One row (a member-init class so the database can sort on its columns).</summary>
public sealed class ProducerRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string Slug { get; init; } = "";
    public ProducerType Type { get; init; }
    public string Commune { get; init; } = "";
    /// <summary>Today's commune when the recorded one was merged in 2025.</summary>
    public string? CommuneNow { get; init; }
    public string Province { get; init; } = "";
    public int Products { get; init; }
    public bool IsPublished { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

public sealed record ProducerListPage(PagedList<ProducerRow> Rows, ProducerListQuery Query, IReadOnlyList<PlaceOption> Provinces);

public sealed class ProducerList(OcopDbContext db, PlaceOptions places)
{
    private static readonly SortMap<ProducerRow> Sorts = new SortMap<ProducerRow>()
        .Add("name", r => r.Name)
        .Add("type", r => r.Type)
        .Add("province", r => r.Province)
        .Add("products", r => r.Products)
        .Add("created", r => r.CreatedAt);

    public async Task<ProducerListPage> GetAsync(ProducerListQuery query, CancellationToken ct)
    {
        var producers = db.Producers.AsNoTracking();
        if (query.Text is { } text)
        {
            // Names are stored NFC with diacritics; also match the slug so "hoa cu" finds "HTX Hòa Cư".
            var folded = SlugGenerator.Generate(text);
            producers = producers.Where(p => p.Name.Contains(text) || (folded != "" && p.Slug.Contains(folded)) || (p.Phone != null && p.Phone.Contains(text)));
        }
        if (query.Type is { } type) producers = producers.Where(p => p.Type == type);
        if (query.Province is { } province) producers = producers.Where(p => p.ProvinceId == province);
        if (query.Published is { } published) producers = producers.Where(p => p.IsPublished == published);

        var rows = producers.Select(p => new ProducerRow
        {
            Id = p.Id,
            Name = p.Name,
            Slug = p.Slug,
            Type = p.Type,
            Commune = p.Commune!.Name,
            CommuneNow = p.Commune.Successor != null ? p.Commune.Successor.Name : null,
            Province = p.Province!.Name,
            Products = db.Products.Count(x => x.ProducerId == p.Id),
            IsPublished = p.IsPublished,
            CreatedAt = p.CreatedAt,
        });
        var page = await rows.ToPagedListAsync(query, Sorts, ct);
        return new ProducerListPage(page, query, await places.ProvincesAsync(ct));
    }
}
