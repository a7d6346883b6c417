using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.News;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Newsletter;

public sealed class SubscriberListQuery : ListQuery
{
    public SubscriberStatus? Status { get; set; }
}

public sealed class SubscriberRow
{
    public int Id { get; init; }
    public string Email { get; init; } = "";
    public string Culture { get; init; } = "";
    public SubscriberStatus Status { get; init; }
    public DateTimeOffset SubscribedAt { get; init; }
    public DateTimeOffset? ConfirmedAt { get; init; }
    public DateTimeOffset? UnsubscribedAt { get; init; }
    public string ConsentText { get; init; } = "";
}

public sealed record SubscriberAdminList(SubscriberListQuery Query, PagedList<SubscriberRow> Rows, IReadOnlyDictionary<SubscriberStatus, int> Counts);

/// <summary>The office's view of the subscribers, and the export of the confirmed ones (the only people who may be mailed).</summary>
public sealed class NewsletterDesk(OcopDbContext db)
{
    private static readonly SortMap<SubscriberRow> Sorts = new SortMap<SubscriberRow>()
        .Add("subscribed", r => r.SubscribedAt)
        .Add("email", r => r.Email)
        .Add("confirmed", r => r.ConfirmedAt);

    public async Task<SubscriberAdminList> ListAsync(SubscriberListQuery query, CancellationToken ct)
    {
        if (query.Sort is null) { query.Sort = "subscribed"; query.Desc = true; }
        var subscribers = db.NewsletterSubscribers.AsNoTracking();
        if (query.Text is string text)
        {
            var lower = text.ToLowerInvariant();
            subscribers = subscribers.Where(s => s.Email.Contains(lower));
        }
        var counts = await subscribers.GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        if (query.Status is { } status) subscribers = subscribers.Where(s => s.Status == status);
        var rows = await subscribers.Select(s => new SubscriberRow
            {
                Id = s.Id, Email = s.Email, Culture = s.Culture, Status = s.Status, SubscribedAt = s.SubscribedAt,
                ConfirmedAt = s.ConfirmedAt, UnsubscribedAt = s.UnsubscribedAt, ConsentText = s.ConsentText,
            })
            .ToPagedListAsync(query, Sorts, ct);
        return new SubscriberAdminList(query, rows, Enum.GetValues<SubscriberStatus>().ToDictionary(s => s, s => counts.GetValueOrDefault(s)));
    }

    /// <summary>CSV (UTF-8 with BOM so spreadsheet programs read the Vietnamese letters) of confirmed subscribers: email, culture, confirmed at (UTC, ISO 8601).</summary>
    public async Task<byte[]> ConfirmedCsvAsync(CancellationToken ct)
    {
        var rows = await db.NewsletterSubscribers.AsNoTracking().Where(s => s.Status == SubscriberStatus.Confirmed)
            .OrderBy(s => s.Email).Select(s => new { s.Email, s.Culture, s.ConfirmedAt }).ToListAsync(ct);
        using var buffer = new MemoryStream();
        // Escape: an address cannot start a spreadsheet formula; CsvHelper does the quoting.
        var options = CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            csv.WriteRecord(["email", "culture", "confirmed_at"]);
            foreach (var r in rows)
                csv.WriteRecord([r.Email, r.Culture, r.ConfirmedAt?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? ""]);
        }
        return buffer.ToArray();
    }
}
