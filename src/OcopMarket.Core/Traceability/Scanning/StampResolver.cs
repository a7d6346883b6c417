using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Traceability.Scanning;

public enum ResolutionKind
{
    /// <summary>Malformed, or a GTIN that is not one of our products.</summary>
    NotOurs,
    /// <summary>Our GTIN alone.</summary>
    Product,
    /// <summary>Our GTIN and one of its lots.</summary>
    Lot,
    /// <summary>A stamp we issued (by serial, with or without its lot).</summary>
    Stamp,
    /// <summary>Our GTIN with a lot or serial we never issued: a counterfeit signal.</summary>
    NeverIssued,
}

/// <summary>What a Digital Link points at on this site.</summary>
public sealed record StampResolution(ResolutionKind Kind, DigitalLinkResult Link, int? ProductId = null, int? LotId = null, int? StampId = null)
{
    public bool IsOurs => Kind != ResolutionKind.NotOurs;

    public ScanOutcome Outcome => Kind switch
    {
        ResolutionKind.Stamp => ScanOutcome.Genuine,
        ResolutionKind.NeverIssued => ScanOutcome.NeverIssued,
        _ => ScanOutcome.LotOrProduct,
    };
}

/// <summary>
/// Resolves a parsed Digital Link to our product, lot or stamp. A GTIN is ours when a lot carries it or a product's
/// barcode is it (products keep their GTIN-8/12/13 form, lots the GTIN-14 form). Lot codes and serials are compared
/// exactly (GS1 values are case-sensitive).
/// </summary>
public sealed class StampResolver(OcopDbContext db)
{
    public async Task<StampResolution> ResolveAsync(DigitalLinkResult link, CancellationToken ct = default)
    {
        if (!link.IsValid) return new(ResolutionKind.NotOurs, link);
        var gtin14 = link.Gtin14!;

        var lot = link.Lot is null ? null
            : await db.Lots.AsNoTracking().Where(l => l.Gtin == gtin14 && l.Code == link.Lot).Select(l => new { l.Id, l.ProductId }).FirstOrDefaultAsync(ct);
        var productId = lot?.ProductId ?? await ProductIdAsync(gtin14, ct);
        if (productId is null) return new(ResolutionKind.NotOurs, link);
        if (link.Lot is not null && lot is null) return new(ResolutionKind.NeverIssued, link, productId);

        if (link.Serial is null)
            return lot is null ? new(ResolutionKind.Product, link, productId) : new(ResolutionKind.Lot, link, productId, lot.Id);

        var stamp = await db.Stamps.AsNoTracking()
            .Where(s => s.Serial == link.Serial && s.Lot!.Gtin == gtin14)
            .Select(s => new { s.Id, s.LotId, s.Lot!.ProductId })
            .FirstOrDefaultAsync(ct);
        if (stamp is null || (lot is not null && stamp.LotId != lot.Id))
            return new(ResolutionKind.NeverIssued, link, productId, lot?.Id);
        return new(ResolutionKind.Stamp, link, stamp.ProductId, stamp.LotId, stamp.Id);
    }

    private async Task<int?> ProductIdAsync(string gtin14, CancellationToken ct)
    {
        var fromLot = await db.Lots.AsNoTracking().Where(l => l.Gtin == gtin14).OrderBy(l => l.Id).Select(l => (int?)l.ProductId).FirstOrDefaultAsync(ct);
        if (fromLot is not null) return fromLot;
        var forms = StoredForms(gtin14);
        return await db.Products.AsNoTracking().Where(p => p.Gtin != null && forms.Contains(p.Gtin)).OrderBy(p => p.Id)
            .Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The ways a product's barcode may be stored for this GTIN-14: itself and its 13, 12 and 8-digit forms.</summary>
    private static List<string> StoredForms(string gtin14)
    {
        var forms = new List<string> { gtin14 };
        foreach (var length in new[] { 13, 12, 8 })
            if (gtin14[..(14 - length)].All(c => c == '0')) forms.Add(gtin14[(14 - length)..]);
        return forms;
    }
}
