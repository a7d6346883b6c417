using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Producers;

namespace OcopMarket.Core.Traceability.Lots;

/// <summary>
/// A lot's journey as a GS1 EPCIS 2.0 JSON-LD document (for the national traceability portal and trading partners),
/// read from <see cref="LotTimeline"/> so it always says what the lot pages say.
/// <para>Our steps map to EPCIS events and CBV 2.0 short names:</para>
/// <list type="bullet">
/// <item>Harvesting → ObjectEvent, action ADD, bizStep commissioning, disposition active: the lot's goods come into being.</item>
/// <item>Processing → TransformationEvent, bizStep creating_class_instance, disposition active. We do not keep the raw
///   material as a lot of its own, so the input is the lot's class with the quantity last recorded before the processing
///   (what went in) and the output is the lot's class with the processed quantity (what came out): filtering honey or
///   firing tea changes the goods and their amount, which is what a TransformationEvent is for.</item>
/// <item>Packing, Inspecting, Shipping, Receiving, Retail selling → ObjectEvent, action OBSERVE, with bizStep packing,
///   inspecting, shipping, receiving, retail_selling and dispositions active, (none), in_transit, in_progress,
///   sellable_accessible.</item>
/// </list>
/// <para>What: a quantityList whose epcClass is the lot's GS1 Digital Link URI (https://id.gs1.org/01/{GTIN-14}/10/{lot}),
/// which EPCIS 2.0 accepts in place of a urn:epc:class:lgtin. Where: a place with a GLN is named by its Digital Link
/// (https://id.gs1.org/414/{GLN}); an SGLN URN would need the GS1 company prefix length, which a bare GLN does not tell.
/// Other places by their own URL on the site (&lt;site&gt;/dia-diem/{id}).</para>
/// </summary>
public sealed class EpcisExport(OcopDbContext db, LotTimeline timeline, TimeProvider time)
{
    public const string EpcisContext = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    public const string ContentType = "application/ld+json";
    private const string ZoneOffset = "+07:00";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The document of the lot, or null when there is no such lot. <paramref name="siteUrl"/> is the site's root ("https://ocop.example.vn").</summary>
    public async Task<JsonObject?> BuildAsync(int lotId, string siteUrl, CancellationToken ct = default)
    {
        var lot = await db.Lots.AsNoTracking().Where(l => l.Id == lotId)
            .Select(l => new { l.Id, l.Code, l.Gtin, l.ProducedOn, l.ExpiresOn, ProductName = l.Product!.Name, ProducerName = l.Product.Producer!.Name })
            .FirstOrDefaultAsync(ct);
        if (lot is null) return null;
        var site = siteUrl.TrimEnd('/');
        var epcClass = LotClass(lot.Gtin, lot.Code);
        var lotInfo = new JsonObject
        {
            ["ocop:gtin"] = lot.Gtin,
            ["ocop:lotCode"] = lot.Code,
            ["ocop:product"] = lot.ProductName,
            ["ocop:producer"] = lot.ProducerName,
            ["ocop:producedOn"] = lot.ProducedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (lot.ExpiresOn is { } expires) lotInfo["ocop:expiresOn"] = expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var entries = await timeline.LoadAsync(lotId, ct);

        var events = new JsonArray();
        decimal? lastQuantity = null;
        string? lastUnit = null;
        TimelinePlace? lastShippedFrom = null;
        foreach (var entry in entries)
        {
            events.Add(Event(entry, site, epcClass, lastQuantity, lastUnit, lastShippedFrom));
            if (entry.Quantity is not null) (lastQuantity, lastUnit) = (entry.Quantity, entry.QuantityUnit);
            if (entry.Step == TraceStep.Shipping) lastShippedFrom = entry.Location;
        }

        return new JsonObject
        {
            ["@context"] = new JsonArray(EpcisContext, new JsonObject { ["ocop"] = $"{site}/ns/ocop#" }),
            ["type"] = "EPCISDocument",
            ["schemaVersion"] = "2.0",
            ["creationDate"] = Iso(time.GetUtcNow()),
            ["ocop:lot"] = lotInfo,
            ["epcisBody"] = new JsonObject { ["eventList"] = events },
        };
    }

    /// <summary>The document as indented UTF-8 JSON text.</summary>
    public static string Serialize(JsonObject document) => document.ToJsonString(Indented);

    public static string LotClass(string gtin14, string lotCode) => $"https://id.gs1.org/01/{gtin14}/10/{Uri.EscapeDataString(lotCode)}";

    public static string PlaceId(TimelinePlace place, string site) =>
        place.Gln is { Length: 13 } gln ? $"https://id.gs1.org/414/{gln}" : $"{site}/dia-diem/{place.Id.ToString(CultureInfo.InvariantCulture)}";

    public static (string Type, string? Action, string BizStep, string? Disposition) Mapping(TraceStep step) => step switch
    {
        TraceStep.Harvesting => ("ObjectEvent", "ADD", "commissioning", "active"),
        TraceStep.Processing => ("TransformationEvent", null, "creating_class_instance", "active"),
        TraceStep.Packing => ("ObjectEvent", "OBSERVE", "packing", "active"),
        TraceStep.Inspecting => ("ObjectEvent", "OBSERVE", "inspecting", null),
        TraceStep.Shipping => ("ObjectEvent", "OBSERVE", "shipping", "in_transit"),
        TraceStep.Receiving => ("ObjectEvent", "OBSERVE", "receiving", "in_progress"),
        TraceStep.RetailSelling => ("ObjectEvent", "OBSERVE", "retail_selling", "sellable_accessible"),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    private static JsonObject Event(TimelineEntry e, string site, string epcClass, decimal? lastQuantity, string? lastUnit, TimelinePlace? lastShippedFrom)
    {
        var (type, action, bizStep, disposition) = Mapping(e.Step);
        var json = new JsonObject
        {
            ["type"] = type,
            ["eventTime"] = Iso(e.OccurredAt),
            ["eventTimeZoneOffset"] = ZoneOffset,
        };
        if (e.RecordedAt != default) json["recordTime"] = Iso(e.RecordedAt);
        if (type == "TransformationEvent")
        {
            json["inputQuantityList"] = new JsonArray(Quantity(epcClass, lastQuantity, lastUnit));
            json["outputQuantityList"] = new JsonArray(Quantity(epcClass, e.Quantity, e.QuantityUnit));
        }
        else
        {
            json["action"] = action;
            json["epcList"] = new JsonArray();
            json["quantityList"] = new JsonArray(Quantity(epcClass, e.Quantity, e.QuantityUnit));
        }
        json["bizStep"] = bizStep;
        if (disposition is not null) json["disposition"] = disposition;
        if (e.Location is { } where)
        {
            var id = PlaceId(where, site);
            json["readPoint"] = new JsonObject { ["id"] = id };
            // In transit the goods are nowhere in particular; everywhere else the place is also the business location.
            if (e.Step != TraceStep.Shipping) json["bizLocation"] = new JsonObject { ["id"] = id };
        }
        if (e.Step == TraceStep.Shipping)
        {
            if (e.Location is { } from) json["sourceList"] = new JsonArray(new JsonObject { ["type"] = "location", ["source"] = PlaceId(from, site) });
            if (e.Destination is { } to) json["destinationList"] = new JsonArray(new JsonObject { ["type"] = "location", ["destination"] = PlaceId(to, site) });
        }
        else if (e.Step == TraceStep.Receiving)
        {
            if (lastShippedFrom is { } from) json["sourceList"] = new JsonArray(new JsonObject { ["type"] = "location", ["source"] = PlaceId(from, site) });
            if (e.Location is { } at) json["destinationList"] = new JsonArray(new JsonObject { ["type"] = "location", ["destination"] = PlaceId(at, site) });
        }

        // EPCIS 2.0 has one certificationInfo (a URI) per event: the first certificate attached. All documents are in ocop:documents.
        var certificate = e.Documents.FirstOrDefault(d => IsCertificate(d.Kind));
        if (certificate is not null) json["certificationInfo"] = DocumentId(certificate, site);
        if (e.Documents.Count > 0)
        {
            json["ocop:documents"] = new JsonArray(e.Documents.Select(d => (JsonNode)new JsonObject
            {
                ["@id"] = DocumentId(d, site),
                ["ocop:title"] = d.Title,
                ["ocop:kind"] = d.Kind.ToString(),
            }).ToArray());
        }
        if (e.Note is not null) json["ocop:note"] = e.Note;
        json["ocop:step"] = e.Step.ToString();
        json["ocop:recordedByOffice"] = e.RecordedByOffice;
        if (e.Location is { } place) json["ocop:locationName"] = place.Name;
        if (e.Destination is { } dest && e.Step == TraceStep.Shipping) json["ocop:destinationName"] = dest.Name;
        return json;
    }

    private static JsonObject Quantity(string epcClass, decimal? quantity, string? unit)
    {
        var json = new JsonObject { ["epcClass"] = epcClass };
        if (quantity is { } q)
        {
            json["quantity"] = q / 1.000000000000000000000000000000000m; // no trailing zeros from the column's scale
            if (unit is not null && unit != "H87") json["uom"] = unit; // pieces are EPCIS's default: no uom
        }
        return json;
    }

    private static bool IsCertificate(DocumentKind kind) =>
        kind is DocumentKind.VietGap or DocumentKind.GlobalGap or DocumentKind.Organic or DocumentKind.FoodSafety;

    private static string DocumentId(TimelineDocument d, string site) => $"{site}/ns/ocop/tai-lieu/{d.Id.ToString(CultureInfo.InvariantCulture)}";

    private static string Iso(DateTimeOffset at) => at.ToOffset(TraceTime.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
