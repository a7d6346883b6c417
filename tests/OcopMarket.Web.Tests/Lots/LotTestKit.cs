using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Producers;
using OcopMarket.Core.Traceability;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Portal;

namespace OcopMarket.Web.Tests.Lots;

/// <summary>A producer of the test's own with a product that has a valid GTIN, and cleanup of the lots and places it makes.</summary>
internal static class LotTestKit
{
    private static int _gtinSerial;

    /// <summary>A unique valid GTIN-13 with prefix 893 (never one of the demo's, which use 8938888…).</summary>
    public static string NewGtin() =>
        Gtin.WithCheckDigit("8937777" + (Interlocked.Increment(ref _gtinSerial) + Random.Shared.Next(0, 90_000) * 10).ToString("D5"));

    public static async Task<Product> ProductWithGtinAsync(this OcopWebFactory site, int producerId, string name, string? gtin)
    {
        var product = await site.CreateProductAsync(producerId, name + " " + Guid.NewGuid().ToString("N")[..6]);
        await site.DbAsync(db => db.Products.Where(p => p.Id == product.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Gtin, gtin)));
        product.Gtin = gtin;
        return product;
    }

    public static Task<int> AddLocationAsync(this OcopWebFactory site, int? producerId, string name, TraceLocationKind kind = TraceLocationKind.Farm) =>
        site.DbAsync(async db =>
        {
            var location = new TraceLocation { ProducerId = producerId, Name = name, Kind = kind, Latitude = 19.77, Longitude = 105.51 };
            db.TraceLocations.Add(location);
            await db.SaveChangesAsync();
            return location.Id;
        });

    public static Task<int> AddDocumentAsync(this OcopWebFactory site, int producerId, string title, DocumentKind kind = DocumentKind.VietGap) =>
        site.DbAsync(async db =>
        {
            var document = new ProducerDocument
            {
                ProducerId = producerId, Kind = kind, Title = title, OriginalFileName = "giay.pdf", ContentType = "application/pdf", SizeBytes = 10,
                StorageKey = $"{producerId}/{Guid.NewGuid():N}.pdf", UploadedAt = site.Time.GetUtcNow(),
            };
            db.ProducerDocuments.Add(document);
            await db.SaveChangesAsync();
            return document.Id;
        });

    public static Task<int> SeededLotIdAsync(this OcopWebFactory site, string code) =>
        site.DbAsync(db => db.Lots.Where(l => l.Code == code).Select(l => l.Id).SingleAsync());

    /// <summary>Removes what the test made for <paramref name="producerId"/>: events (with document links), lots, places, inspections.</summary>
    public static Task CleanUpAsync(this OcopWebFactory site, int producerId) => site.DbAsync(async db =>
    {
        var lots = db.Lots.Where(l => l.Product!.ProducerId == producerId).Select(l => l.Id);
        await db.TraceEventDocuments.Where(d => db.TraceEvents.Any(e => e.Id == d.TraceEventId && lots.Contains(e.LotId))).ExecuteDeleteAsync();
        await db.TraceEvents.Where(e => lots.Contains(e.LotId)).ExecuteDeleteAsync();
        await db.Lots.Where(l => l.Product!.ProducerId == producerId).ExecuteDeleteAsync();
        await db.TraceLocations.Where(l => l.ProducerId == producerId).ExecuteDeleteAsync();
        await db.Inspections.Where(i => i.ProducerId == producerId).ExecuteDeleteAsync();
    });
}
