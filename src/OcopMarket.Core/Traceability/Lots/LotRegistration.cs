using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Audit;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Traceability.Lots;

/// <summary>What a producer types for a lot.</summary>
public sealed record LotDraft(int ProductId, string? Code, DateOnly ProducedOn, DateOnly? ExpiresOn, int Quantity, string? Notes);

/// <summary>
/// Creates, edits and deletes a producer's lots. The GTIN is copied from the product (as GTIN-14) when the lot is created,
/// so the pair (GTIN, lot code) printed on stamps never changes under them; the database keeps that pair unique too.
/// </summary>
public sealed class LotRegistration(OcopDbContext db, TimeProvider time, IAuditActor actor)
{
    public const int NotesMaxLength = 2000;
    public const int MaxQuantity = 10_000_000;

    // Error keys (English; the web layer localises them). The "No such" ones mean "not yours": the web answers 404.
    public const string NoSuchLot = "No such lot.";
    public const string NoSuchProduct = "No such product.";
    public const string BadCode = "The lot code must have 1–20 characters: letters A–Z, digits and - . _ only.";
    public const string DuplicateCode = "The product already has a lot with the code {0}.";
    public const string NoGtin = "The product \"{0}\" has no valid GTIN (barcode), so it cannot have lots. Add its GTIN first.";
    public const string ProducedInFuture = "The production date cannot be in the future.";
    public const string ProducedTooLongAgo = "The production date is too long ago.";
    public const string ExpiresBeforeProduced = "The expiry date must be after the production date.";
    public const string BadQuantity = "The quantity must be a whole number greater than 0.";
    public const string NotesTooLong = "The notes are too long (at most 2,000 characters).";
    public const string CodeLockedByStamps = "Stamps were already issued for this lot, so its code can no longer change.";
    public const string HasStamps = "Stamps were already issued for this lot, so it cannot be deleted.";

    public async Task<OperationResult<int>> CreateAsync(int producerId, LotDraft draft, CancellationToken ct = default)
    {
        var product = await db.Products.AsNoTracking()
            .Where(p => p.Id == draft.ProductId && p.ProducerId == producerId)
            .Select(p => new { p.Id, p.Name, p.Gtin })
            .FirstOrDefaultAsync(ct);
        if (product is null) return OperationResult<int>.Fail(NoSuchProduct);
        var gtin = Gtin.ToGtin14(product.Gtin);
        if (gtin is null) return OperationResult<int>.Fail(NoGtin, product.Name);

        var code = LotCode.Normalize(draft.Code);
        if (Check(draft, code) is { } error) return OperationResult<int>.Fail(error.Error!, error.Arguments ?? []);
        if (await db.Lots.AnyAsync(l => l.Gtin == gtin && l.Code == code, ct)) return OperationResult<int>.Fail(DuplicateCode, code);

        var lot = new Lot
        {
            ProductId = product.Id,
            Code = code,
            Gtin = gtin,
            ProducedOn = draft.ProducedOn,
            ExpiresOn = draft.ExpiresOn,
            Quantity = draft.Quantity,
            Notes = CleanNotes(draft.Notes),
            CreatedAt = time.GetUtcNow(),
            CreatedByUserId = actor.UserId,
        };
        db.Lots.Add(lot);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two producers' clerks typing the same code at once: the unique index decides.
            db.Entry(lot).State = EntityState.Detached;
            if (await db.Lots.AnyAsync(l => l.Gtin == gtin && l.Code == code, ct)) return OperationResult<int>.Fail(DuplicateCode, code);
            throw;
        }
        return OperationResult<int>.Ok(lot.Id);
    }

    /// <summary>Edits the code, dates, quantity and notes; the product (and so the GTIN) of a lot never changes.</summary>
    public async Task<OperationResult> UpdateAsync(int producerId, int lotId, LotDraft draft, CancellationToken ct = default)
    {
        var lot = await OwnLot(producerId, lotId).FirstOrDefaultAsync(ct);
        if (lot is null) return OperationResult.Fail(NoSuchLot);
        var code = LotCode.Normalize(draft.Code);
        if (Check(draft, code) is { } error) return error;
        if (code != lot.Code)
        {
            if (lot.StampsIssued > 0) return OperationResult.Fail(CodeLockedByStamps);
            if (await db.Lots.AnyAsync(l => l.Id != lot.Id && l.Gtin == lot.Gtin && l.Code == code, ct)) return OperationResult.Fail(DuplicateCode, code);
        }
        lot.Code = code;
        lot.ProducedOn = draft.ProducedOn;
        lot.ExpiresOn = draft.ExpiresOn;
        lot.Quantity = draft.Quantity;
        lot.Notes = CleanNotes(draft.Notes);
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    /// <summary>Deletes a lot and its events, unless stamps already carry its code.</summary>
    public async Task<OperationResult> DeleteAsync(int producerId, int lotId, CancellationToken ct = default)
    {
        var lot = await OwnLot(producerId, lotId).Include(l => l.Events).ThenInclude(e => e.Documents).FirstOrDefaultAsync(ct);
        if (lot is null) return OperationResult.Fail(NoSuchLot);
        if (lot.StampsIssued > 0 || await db.Stamps.AnyAsync(s => s.LotId == lotId, ct) || await db.StampSeries.AnyAsync(s => s.LotId == lotId, ct)
            || await db.StampScans.AnyAsync(s => s.LotId == lotId, ct))
            return OperationResult.Fail(HasStamps);
        db.Lots.Remove(lot); // events and their document links go with it (cascade), audited one by one
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    private IQueryable<Lot> OwnLot(int producerId, int lotId) =>
        db.Lots.Where(l => l.Id == lotId && l.Product!.ProducerId == producerId);

    private OperationResult? Check(LotDraft draft, string code)
    {
        if (!LotCode.IsValid(code)) return OperationResult.Fail(BadCode);
        var today = TraceTime.Today(time);
        if (draft.ProducedOn > today) return OperationResult.Fail(ProducedInFuture);
        if (draft.ProducedOn < today.AddYears(-10)) return OperationResult.Fail(ProducedTooLongAgo);
        if (draft.ExpiresOn is { } expires && expires <= draft.ProducedOn) return OperationResult.Fail(ExpiresBeforeProduced);
        if (draft.Quantity is <= 0 or > MaxQuantity) return OperationResult.Fail(BadQuantity);
        if (draft.Notes is { } notes && notes.Trim().Length > NotesMaxLength) return OperationResult.Fail(NotesTooLong);
        return null;
    }

    private static string? CleanNotes(string? notes) => string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
}
