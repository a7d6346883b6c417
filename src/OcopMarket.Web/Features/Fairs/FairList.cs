using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Fairs;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Fairs;

/// <summary>The fair list's filters besides the text: the phase by Việt Nam's today.</summary>
public sealed class FairListQuery : ListQuery
{
    public FairPhase? Phase { get; set; }
}

/// <summary>One row (a member-init class so the database can sort and page on its columns).</summary>
public sealed class FairRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string Slug { get; init; } = "";
    public DateOnly StartsOn { get; init; }
    public DateOnly EndsOn { get; init; }
    public string VenueName { get; init; } = "";
    public string? Province { get; init; }
    public int Booths { get; init; }
    public bool IsPublished { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

public sealed record FairListPage(PagedList<FairRow> Rows, FairListQuery Query, DateOnly Today);

/// <summary>/admin/hoi-cho: search, filter by phase, sort and page on the server.</summary>
public sealed class FairList(OcopDbContext db, TimeProvider time)
{
    private static readonly SortMap<FairRow> Sorts = new SortMap<FairRow>()
        .Add("start", r => r.StartsOn)
        .Add("name", r => r.Name)
        .Add("booths", r => r.Booths)
        .Add("updated", r => r.UpdatedAt);

    public async Task<FairListPage> GetAsync(FairListQuery query, CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        var fairs = db.TradeFairs.AsNoTracking();
        if (query.Text is { } text)
        {
            var slug = SlugGenerator.Generate(text);
            fairs = fairs.Where(f => f.Name.Contains(text) || (f.NameEn != null && f.NameEn.Contains(text)) || f.VenueName.Contains(text)
                || f.VenueAddress.Contains(text) || (slug.Length > 0 && f.Slug.Contains(slug)));
        }
        fairs = query.Phase switch
        {
            FairPhase.Upcoming => fairs.Where(f => f.StartsOn > today),
            FairPhase.Ongoing => fairs.Where(f => f.StartsOn <= today && f.EndsOn >= today),
            FairPhase.Past => fairs.Where(f => f.EndsOn < today),
            _ => fairs,
        };
        var rows = await fairs.Select(f => new FairRow
            {
                Id = f.Id, Name = f.Name, Slug = f.Slug, StartsOn = f.StartsOn, EndsOn = f.EndsOn, VenueName = f.VenueName,
                Province = f.Commune != null ? f.Commune.Parent!.Name : null, Booths = f.Booths.Count, IsPublished = f.IsPublished, UpdatedAt = f.UpdatedAt,
            })
            .ToPagedListAsync(query, Sorts, ct);
        return new FairListPage(rows, query, today);
    }
}
