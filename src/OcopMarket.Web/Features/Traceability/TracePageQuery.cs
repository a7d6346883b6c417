using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;
using OcopMarket.Core.Settings;
using OcopMarket.Core.Traceability;
using OcopMarket.Core.Traceability.Scanning;
using OcopMarket.Web.Features.Catalog;
using OcopMarket.Web.Framework.Localization;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Traceability;

/// <summary>Reads everything the public traceability page shows for a resolved code (never cached: counts and warnings are live).</summary>
public sealed class TracePageQuery(
    OcopDbContext db, CertificateStatusPolicy certificates, LotTimeline timeline, StampAnomalyDetector anomalies, PlaceNames places, ISiteSettings settings)
{
    public async Task<TracePageModel> GetAsync(StampResolution resolution, StampScan? scan, string? scanToken, CancellationToken ct)
    {
        var link = resolution.Link;
        var p = await db.Products.AsNoTracking()
            .Include(x => x.Producer)
            .Include(x => x.Category)
            .Include(x => x.Certificates)
            .AsSplitQuery()
            .FirstAsync(x => x.Id == resolution.ProductId, ct);
        var photo = await db.Products.Where(x => x.Id == p.Id)
            .Select(x => x.Images.OrderBy(i => i.SortOrder).Select(i => (int?)i.MediaFileId).FirstOrDefault()).FirstOrDefaultAsync(ct);
        var producer = p.Producer!;
        var visible = p.IsPublished && producer.IsPublished;
        var product = new TraceProductModel(p.Id, Cultures.Pick(p.Name, p.NameEn), visible ? p.Slug : null, photo, Cultures.Pick(p.Category!.Name, p.Category.NameEn));
        var place = await places.ForAsync(producer.CommuneId, producer.DistrictId, producer.ProvinceId, ct);

        var kind = resolution.Kind switch
        {
            ResolutionKind.Stamp => TracePageKind.Stamp,
            ResolutionKind.Lot => TracePageKind.Lot,
            ResolutionKind.NeverIssued => TracePageKind.NeverIssued,
            _ => TracePageKind.Product,
        };
        // The counterfeit warning shows no lot: the code named none that we know of, or a stamp we never printed for it.
        var lotId = kind is TracePageKind.Lot or TracePageKind.Stamp ? resolution.LotId : null;
        TraceLotModel? lot = null;
        IReadOnlyList<TimelineEntry> events = [];
        if (lotId is int id)
        {
            lot = await db.Lots.AsNoTracking().Where(l => l.Id == id)
                .Select(l => new TraceLotModel(l.Code, l.ProducedOn, l.ExpiresOn, l.Quantity, l.Events.Count)).FirstAsync(ct);
            events = await timeline.LoadAsync(id, ct);
        }
        TraceStampModel? stamp = resolution.StampId is int stampId
            ? await db.Stamps.AsNoTracking().Where(s => s.Id == stampId)
                .Select(s => new TraceStampModel(s.Number, s.Serial, s.ScanCount, s.FirstScannedAt)).FirstAsync(ct)
            : null;

        var warnings = await anomalies.OpenFor(resolution.StampId, link.Gtin14!, link.Lot, link.Serial)
            .Select(a => a.Kind).Distinct().ToListAsync(ct);

        return new TracePageModel(
            kind, link.CanonicalPath!, link.Gtin14!, link.Lot, link.Serial, link.Expiry,
            product, Certificate(p.Certificates),
            new TraceProducerModel(producer.Name, producer.IsPublished ? producer.Slug : null, place.Display, producer.Phone),
            kind == TracePageKind.Product ? await db.Lots.CountAsync(l => l.ProductId == p.Id, ct) : 0,
            lot, events, stamp, warnings.OrderBy(k => k).ToList(),
            scan is null ? null : scanToken, ShopSettings.From(settings), certificates.Today);
    }

    private TraceCertificateModel? Certificate(IEnumerable<Certificate> all)
    {
        var list = all.ToList();
        var c = certificates.BadgeCertificate(list) ?? CertificateStatusPolicy.Latest(list);
        return c is null ? null
            : new TraceCertificateModel(certificates.StatusOf(c), c.Stars, c.DecisionNumber, c.IssuingBody, c.IssuedOn, c.ExpiresOn, c.RevokedOn);
    }
}
