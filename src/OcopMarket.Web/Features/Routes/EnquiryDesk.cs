using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places.Routes;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Routes;

public sealed class EnquiryListQuery : ListQuery
{
    public EnquiryStatus? Status { get; set; }
    public int? Producer { get; set; }
    public int? Route { get; set; }
}

/// <summary>A row of the list. A class with init properties (not a positional record) so EF can sort on its members.</summary>
public sealed class EnquiryRow
{
    public int Id { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateOnly PreferredDate { get; init; }
    public int GroupSize { get; init; }
    public string ContactName { get; init; } = "";
    public string Phone { get; init; } = "";
    public string ProducerName { get; init; } = "";
    public string? RouteName { get; init; }
    public string? ExperienceName { get; init; }
    public EnquiryStatus Status { get; init; }
}

public sealed record Choice(int Id, string Name);

/// <summary>A list of enquiries for the portal (one producer) or the office (all, with producer and route filters).</summary>
public sealed record EnquiryListPage(
    EnquiryListQuery Query, PagedList<EnquiryRow> Rows, IReadOnlyDictionary<EnquiryStatus, int> Counts, string BasePath,
    bool Office, IReadOnlyList<Choice> Producers, IReadOnlyList<Choice> Routes);

public sealed record EnquiryDetail(
    int Id, string ProducerName, string? ProducerPhone, string? RouteName, string? RouteSlug, string? StopName, string? ExperienceName,
    long? PricePerPerson, DateOnly PreferredDate, int GroupSize, string ContactName, string Phone, string? Email, string? Message,
    string Culture, bool FromCustomerAccount, EnquiryStatus Status, string? StaffNote, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt, string BasePath);

/// <summary>The status change a producer or the office records after calling the visitor back.</summary>
public sealed class EnquiryStatusForm
{
    public EnquiryStatus? Status { get; set; }
    public string? Note { get; set; }
}

/// <summary>
/// Where enquiries are answered. <c>producerId</c> scopes every call to one producer (the portal); null is the office.
/// An enquiry outside the scope is "not found", so the portal answers 404 for another producer's id.
/// </summary>
public sealed class EnquiryDesk(OcopDbContext db, TimeProvider time)
{
    public const int MaxNote = 2000;

    /// <summary>The statuses a person may set (New is only where an enquiry starts).</summary>
    public static readonly EnquiryStatus[] Answers = [EnquiryStatus.Contacted, EnquiryStatus.Confirmed, EnquiryStatus.Declined, EnquiryStatus.Closed];

    private static readonly SortMap<EnquiryRow> Sorts = new SortMap<EnquiryRow>()
        .Add("created", r => r.CreatedAt)
        .Add("date", r => r.PreferredDate)
        .Add("name", r => r.ContactName)
        .Add("size", r => r.GroupSize)
        .Add("status", r => r.Status);

    private IQueryable<ExperienceEnquiry> Scope(int? producerId) =>
        producerId is int id ? db.ExperienceEnquiries.Where(e => e.ProducerId == id) : db.ExperienceEnquiries;

    public async Task<EnquiryListPage> ListAsync(int? producerId, EnquiryListQuery query, string basePath, CancellationToken ct)
    {
        var scoped = Scope(producerId).AsNoTracking();
        if (producerId is null && query.Producer is int p) scoped = scoped.Where(e => e.ProducerId == p);
        if (query.Route is int r) scoped = scoped.Where(e => e.RouteId == r);
        if (query.Text is string text)
        {
            var digits = new string(text.Where(char.IsDigit).ToArray());
            scoped = scoped.Where(e => e.ContactName.Contains(text) || (digits.Length >= 3 && e.Phone.Contains(digits)));
        }
        var counts = await scoped.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        if (query.Status is EnquiryStatus s) scoped = scoped.Where(e => e.Status == s);
        if (string.IsNullOrEmpty(query.Sort)) { query.Sort = "created"; query.Desc = true; }
        var rows = await scoped.Select(e => new EnquiryRow
            {
                Id = e.Id, CreatedAt = e.CreatedAt, PreferredDate = e.PreferredDate, GroupSize = e.GroupSize, ContactName = e.ContactName,
                Phone = e.Phone, ProducerName = e.Producer!.Name, RouteName = e.Route != null ? e.Route.Name : null,
                ExperienceName = e.Stop != null ? e.Stop.ExperienceName : null, Status = e.Status,
            })
            .ToPagedListAsync(query, Sorts, ct);

        IReadOnlyList<Choice> producers = [], routes = [];
        if (producerId is null)
        {
            producers = await db.Producers.AsNoTracking()
                .Where(x => db.ExperienceEnquiries.Any(e => e.ProducerId == x.Id) || db.TourismRouteStops.Any(st => st.ProducerId == x.Id))
                .OrderBy(x => x.Name).Select(x => new Choice(x.Id, x.Name)).ToListAsync(ct);
            routes = await db.TourismRoutes.AsNoTracking().OrderBy(x => x.Name).Select(x => new Choice(x.Id, x.Name)).ToListAsync(ct);
        }
        return new EnquiryListPage(query, rows, counts, basePath, producerId is null, producers, routes);
    }

    public Task<EnquiryDetail?> GetAsync(int id, int? producerId, string basePath, CancellationToken ct) =>
        Scope(producerId).AsNoTracking().Where(e => e.Id == id)
            .Select(e => new EnquiryDetail(
                e.Id, e.Producer!.Name, e.Producer.Phone, e.Route != null ? e.Route.Name : null, e.Route != null && e.Route.IsPublished ? e.Route.Slug : null,
                e.Stop != null ? e.Stop.Name : null, e.Stop != null ? e.Stop.ExperienceName : null, e.Stop != null ? e.Stop.ExperiencePricePerPerson : null,
                e.PreferredDate, e.GroupSize, e.ContactName, e.Phone, e.Email, e.Message, e.Culture, e.CustomerUserId != null,
                e.Status, e.StaffNote, e.CreatedAt, e.UpdatedAt, basePath))
            .FirstOrDefaultAsync(ct);

    public enum UpdateOutcome { NotFound, Invalid, Saved }

    /// <summary>Records the answer (status + note) on an enquiry in the scope; the note replaces the previous one when given.</summary>
    public async Task<UpdateOutcome> UpdateAsync(int id, int? producerId, EnquiryStatusForm form, CancellationToken ct)
    {
        var enquiry = await Scope(producerId).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enquiry is null) return UpdateOutcome.NotFound;
        if (form.Status is not EnquiryStatus status || !Answers.Contains(status) || form.Note?.Length > MaxNote) return UpdateOutcome.Invalid;
        enquiry.Status = status;
        if (!string.IsNullOrWhiteSpace(form.Note)) enquiry.StaffNote = form.Note.Trim();
        enquiry.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return UpdateOutcome.Saved;
    }

    public Task<int> NewCountAsync(int producerId, CancellationToken ct) =>
        db.ExperienceEnquiries.CountAsync(e => e.ProducerId == producerId && e.Status == EnquiryStatus.New, ct);
}
