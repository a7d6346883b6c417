using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Fairs;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Fairs;

public sealed record BoothProductOption(int Id, string Name, string Unit, bool Shown);

public sealed record BoothRow(int Id, int ProducerId, string ProducerName, string ProducerSlug, string BoothCode, string? Note,
    IReadOnlyList<BoothProductOption> Products);

public sealed record ProducerOption(int Id, string Name);

public sealed record BoothsPage(int FairId, string FairName, string FairSlug, DateOnly StartsOn, DateOnly EndsOn, bool IsPublished,
    IReadOnlyList<BoothRow> Booths, IReadOnlyList<ProducerOption> Producers, string? Search);

/// <summary>
/// /admin/hoi-cho/{id}/gian-hang: the producers at a fair, their booth codes and the products to find there.
/// A producer has one booth per fair (the database's unique index says so too; this class says it first, in words).
/// Each write is one SaveChanges and evicts the storefront cache.
/// </summary>
public sealed class FairBooths(OcopDbContext db, IOutputCacheStore pages, TimeProvider time)
{
    public const int BoothCodeMaxLength = 20;
    public const int NoteMaxLength = 500;
    private const int MaxProducerOptions = 200;

    public async Task<BoothsPage?> GetAsync(int fairId, string? search, CancellationToken ct)
    {
        var fair = await db.TradeFairs.AsNoTracking().Where(f => f.Id == fairId)
            .Select(f => new { f.Id, f.Name, f.Slug, f.StartsOn, f.EndsOn, f.IsPublished }).FirstOrDefaultAsync(ct);
        if (fair is null) return null;
        var booths = await db.FairBooths.AsNoTracking().Where(b => b.FairId == fairId)
            .OrderBy(b => b.BoothCode).ThenBy(b => b.Id)
            .Select(b => new { b.Id, b.ProducerId, b.Producer!.Name, b.Producer.Slug, b.BoothCode, b.Note, Shown = b.Products.Select(p => p.ProductId).ToList() })
            .ToListAsync(ct);
        var producerIds = booths.Select(b => b.ProducerId).ToList();
        // The producers' published products, plus any shown product that has since been unpublished (so it can be unticked).
        var shownIds = booths.SelectMany(b => b.Shown).ToList();
        var products = await db.Products.AsNoTracking()
            .Where(p => producerIds.Contains(p.ProducerId) && (p.IsPublished || shownIds.Contains(p.Id)))
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.ProducerId, p.Name, p.Unit }).ToListAsync(ct);
        var rows = booths.Select(b => new BoothRow(b.Id, b.ProducerId, b.Name, b.Slug, b.BoothCode, b.Note,
            products.Where(p => p.ProducerId == b.ProducerId).Select(p => new BoothProductOption(p.Id, p.Name, p.Unit, b.Shown.Contains(p.Id))).ToList())).ToList();

        var candidates = db.Producers.AsNoTracking().Where(p => p.IsPublished && !producerIds.Contains(p.Id));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            var slug = SlugGenerator.Generate(text);
            candidates = candidates.Where(p => p.Name.Contains(text) || (slug.Length > 0 && p.Slug.Contains(slug)));
        }
        var options = await candidates.OrderBy(p => p.Name).Take(MaxProducerOptions).Select(p => new ProducerOption(p.Id, p.Name)).ToListAsync(ct);
        return new BoothsPage(fair.Id, fair.Name, fair.Slug, fair.StartsOn, fair.EndsOn, fair.IsPublished, rows, options, search);
    }

    /// <summary>Adds a producer's booth showing all its published products (the office unticks what is not brought).</summary>
    public async Task<OperationResult> AddAsync(int fairId, int? producerId, string? boothCode, string? note, CancellationToken ct)
    {
        if (!await db.TradeFairs.AnyAsync(f => f.Id == fairId, ct)) return OperationResult.Fail("The fair does not exist.");
        if (producerId is not { } pid) return OperationResult.Fail("Please choose the producer.");
        var producer = await db.Producers.AsNoTracking().Where(p => p.Id == pid && p.IsPublished).Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(ct);
        if (producer is null) return OperationResult.Fail("Please choose the producer.");
        var code = CleanCode(boothCode);
        var check = await CheckAsync(fairId, null, code, note, ct);
        if (!check.Succeeded) return check;
        var existing = await db.FairBooths.AsNoTracking().Where(b => b.FairId == fairId && b.ProducerId == pid).Select(b => b.BoothCode).FirstOrDefaultAsync(ct);
        if (existing is not null)
            return OperationResult.Fail("{0} already has booth {1} at this fair: a producer has one booth per fair. Change that booth instead.", producer.Name, existing);

        var booth = new FairBooth { FairId = fairId, ProducerId = pid, BoothCode = code!, Note = CleanNote(note) };
        var productIds = await db.Products.AsNoTracking().Where(p => p.ProducerId == pid && p.IsPublished).Select(p => p.Id).ToListAsync(ct);
        booth.Products.AddRange(productIds.Select(id => new FairBoothProduct { ProductId = id }));
        db.FairBooths.Add(booth);
        await TouchAsync(fairId, ct);
        await db.SaveChangesAsync(ct);
        await pages.EvictByTagAsync(CacheTags.Storefront, ct);
        return OperationResult.Ok;
    }

    /// <summary>Changes a booth's code, note and the products shown there (only the producer's own products count).</summary>
    public async Task<OperationResult> UpdateAsync(int fairId, int boothId, string? boothCode, string? note, IReadOnlyCollection<int> productIds, CancellationToken ct)
    {
        var booth = await db.FairBooths.Include(b => b.Products).FirstOrDefaultAsync(b => b.Id == boothId && b.FairId == fairId, ct);
        if (booth is null) return OperationResult.Fail("The booth does not exist.");
        var code = CleanCode(boothCode);
        var check = await CheckAsync(fairId, boothId, code, note, ct);
        if (!check.Succeeded) return check;
        var wanted = await db.Products.AsNoTracking()
            .Where(p => p.ProducerId == booth.ProducerId && productIds.Contains(p.Id) && (p.IsPublished || booth.Products.Select(x => x.ProductId).Contains(p.Id)))
            .Select(p => p.Id).ToListAsync(ct);
        booth.BoothCode = code!;
        booth.Note = CleanNote(note);
        booth.Products.RemoveAll(p => !wanted.Contains(p.ProductId));
        booth.Products.AddRange(wanted.Where(id => booth.Products.All(p => p.ProductId != id)).Select(id => new FairBoothProduct { ProductId = id }));
        await TouchAsync(fairId, ct);
        await db.SaveChangesAsync(ct);
        await pages.EvictByTagAsync(CacheTags.Storefront, ct);
        return OperationResult.Ok;
    }

    public async Task<bool> RemoveAsync(int fairId, int boothId, CancellationToken ct)
    {
        var booth = await db.FairBooths.Include(b => b.Products).FirstOrDefaultAsync(b => b.Id == boothId && b.FairId == fairId, ct);
        if (booth is null) return false;
        db.FairBooths.Remove(booth);
        await TouchAsync(fairId, ct);
        await db.SaveChangesAsync(ct);
        await pages.EvictByTagAsync(CacheTags.Storefront, ct);
        return true;
    }

    private async Task<OperationResult> CheckAsync(int fairId, int? boothId, string? code, string? note, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(code)) return OperationResult.Fail("Please enter the booth code, as on the fair's plan (e.g. A12).");
        if (code.Length > BoothCodeMaxLength) return OperationResult.Fail("The booth code must be at most {0} characters.", BoothCodeMaxLength);
        if ((note?.Trim().Length ?? 0) > NoteMaxLength) return OperationResult.Fail("The note must be at most {0} characters.", NoteMaxLength);
        var taken = await db.FairBooths.AsNoTracking().Where(b => b.FairId == fairId && b.BoothCode == code && b.Id != boothId)
            .Select(b => b.Producer!.Name).FirstOrDefaultAsync(ct);
        return taken is null ? OperationResult.Ok : OperationResult.Fail("Booth {0} is already given to {1} at this fair.", code, taken);
    }

    /// <summary>Booth changes are changes to the fair: its UpdatedAt moves (and the fair's audit entry says when).</summary>
    private async Task TouchAsync(int fairId, CancellationToken ct)
    {
        var fair = await db.TradeFairs.FirstAsync(f => f.Id == fairId, ct);
        fair.UpdatedAt = time.GetUtcNow();
    }

    private static string? CleanCode(string? code) => code?.Trim().ToUpperInvariant() is { Length: > 0 } c ? c : null;

    private static string? CleanNote(string? note) => VietnameseText.Normalize(note) is { Length: > 0 } n ? n : null;
}
