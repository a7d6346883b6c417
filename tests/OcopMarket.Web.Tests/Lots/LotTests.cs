using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Traceability;
using OcopMarket.Web.Tests.Account;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Portal;

namespace OcopMarket.Web.Tests.Lots;

/// <summary>Lots and events in the portal and the admin, scoping to the producer, and the EPCIS 2.0 export.</summary>
public abstract class LotTests(OcopWebFactory site)
{
    protected OcopWebFactory Site { get; } = site;

    private Task<TemporaryProducer> NewProducerAsync() => Site.TemporaryProducerAsync("HTX Lô hàng thử " + Guid.NewGuid().ToString("N")[..6]);

    private static Task<HttpResponseMessage> CreateLotAsync(HttpClient client, IDocument form, int productId, string code, string? produced = "2026-11-20") =>
        client.SubmitFormAsync(form, "form#lot-form", new Dictionary<string, string?>
        {
            ["Form.ProductId"] = productId.ToString(), ["Form.Code"] = code, ["Form.ProducedOn"] = produced, ["Form.ExpiresOn"] = "2027-11-19",
            ["Form.Quantity"] = "200", ["Form.Notes"] = "Lô thử nghiệm",
        });

    [Fact]
    public async Task A_producer_creates_a_lot_with_the_products_gtin_and_bad_codes_duplicates_and_products_without_gtin_are_refused()
    {
        await using var producer = await NewProducerAsync();
        var client = producer.Client;
        var gtin = LotTestKit.NewGtin();
        var product = await Site.ProductWithGtinAsync(producer.Id, "Mật ong thử", gtin);
        var noGtin = await Site.ProductWithGtinAsync(producer.Id, "Sáp ong chưa có mã", null);
        try
        {
            var form = await client.GetDocumentAsync("/portal/lo-hang/them");
            // The product without a GTIN is offered but disabled, with a note saying why.
            Assert.True(form.QuerySelector($"select[name='Form.ProductId'] option[value='{noGtin.Id}']")!.HasAttribute("disabled"));
            Assert.Contains(noGtin.Name, form.QuerySelector("[data-no-gtin]")!.TextContent, StringComparison.Ordinal);

            using (var bad = await CreateLotAsync(client, form, product.Id, "LÔ 1"))
            {
                var page = await bad.ReadDocumentAsync();
                Assert.StartsWith("Mã lô gồm 1–20 ký tự", page.FieldError("Form.Code"), StringComparison.Ordinal);
            }
            using (var future = await CreateLotAsync(client, form, product.Id, "T-02", "2026-12-01"))
                Assert.Equal("Ngày sản xuất không được sau hôm nay.", (await future.ReadDocumentAsync()).FieldError("Form.ProducedOn"));

            using (var ok = await CreateLotAsync(client, form, product.Id, " t-01 "))
            {
                var page = await ok.ReadDocumentAsync();
                Assert.Matches(@"^/portal/lo-hang/\d+$", ok.RequestMessage!.RequestUri!.AbsolutePath);
                Assert.Contains("Đã tạo lô T-01", page.StatusMessage(), StringComparison.Ordinal);
                Assert.Equal("T-01", page.QuerySelector("[data-lot-code]")!.TextContent.Trim());
                Assert.Equal($"/portal/tem?lot={ok.RequestMessage.RequestUri.AbsolutePath.Split('/')[^1]}", page.QuerySelector("[data-stamps-link]")!.GetAttribute("href"));
            }
            var lot = await Site.DbAsync(db => db.Lots.AsNoTracking().SingleAsync(l => l.ProductId == product.Id));
            Assert.Equal(gtin.PadLeft(14, '0'), lot.Gtin);
            Assert.Equal(("T-01", 200, new DateOnly(2026, 11, 20)), (lot.Code, lot.Quantity, lot.ProducedOn));

            using (var duplicate = await CreateLotAsync(client, form, product.Id, "T-01"))
                Assert.Equal("Sản phẩm đã có lô mang mã T-01.", (await duplicate.ReadDocumentAsync()).FieldError("Form.Code"));
            using (var withoutGtin = await CreateLotAsync(client, form, noGtin.Id, "S-01"))
                Assert.StartsWith($"Sản phẩm “{noGtin.Name}” chưa có mã GTIN", (await withoutGtin.ReadDocumentAsync()).FieldError("Form.ProductId"), StringComparison.Ordinal);
            Assert.Equal(1, await Site.DbAsync(db => db.Lots.CountAsync(l => l.Product!.ProducerId == producer.Id)));

            // Another producer's product is not found.
            var honey = await Site.DbAsync(db => db.Products.Where(p => p.Name == "Mật ong Bình Sơn").Select(p => p.Id).SingleAsync());
            using var foreign = await CreateLotAsync(client, form, honey, "X-01");
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }
        finally
        {
            await Site.CleanUpAsync(producer.Id);
        }
    }

    [Fact]
    public async Task Events_in_the_future_or_with_another_producers_place_or_document_are_refused_and_a_good_one_is_on_the_timeline()
    {
        await using var producer = await NewProducerAsync();
        var client = producer.Client;
        var product = await Site.ProductWithGtinAsync(producer.Id, "Chè thử", LotTestKit.NewGtin());
        var binhSon = await Site.ProducerIdAsync("binh-son");
        var foreignPlace = await Site.DbAsync(db => db.TraceLocations.Where(l => l.ProducerId == binhSon).Select(l => l.Id).FirstAsync());
        var foreignDocument = await Site.DbAsync(db => db.ProducerDocuments.Where(d => d.ProducerId == binhSon).Select(d => d.Id).FirstAsync());
        try
        {
            var farm = await Site.AddLocationAsync(producer.Id, "Đồi chè thử");
            var store = await Site.AddLocationAsync(producer.Id, "Kho thử", TraceLocationKind.Warehouse);
            var document = await Site.AddDocumentAsync(producer.Id, "VietGAP đồi chè thử");
            using (await CreateLotAsync(client, await client.GetDocumentAsync("/portal/lo-hang/them"), product.Id, "CHE-01")) { }
            var lotId = await Site.DbAsync(db => db.Lots.Where(l => l.ProductId == product.Id).Select(l => l.Id).SingleAsync());
            var form = await client.GetDocumentAsync($"/portal/lo-hang/{lotId}/su-kien/them");
            // Only the producer's own places and documents (and the office's shared places) are offered.
            Assert.NotNull(form.QuerySelector($"select[name='Form.LocationId'] option[value='{farm}']"));
            Assert.Null(form.QuerySelector($"select[name='Form.LocationId'] option[value='{foreignPlace}']"));
            Assert.NotNull(form.QuerySelector($"input[name='Form.DocumentIds'][value='{document}']"));
            Assert.Null(form.QuerySelector($"input[name='Form.DocumentIds'][value='{foreignDocument}']"));

            Task<HttpResponseMessage> Post(string date, int? place, int? documentId, string step = "Harvesting", int? to = null) =>
                client.SubmitFormAsync(form, "form#event-form", new Dictionary<string, string?>
                {
                    ["Form.Step"] = step, ["Form.Date"] = date, ["Form.Time"] = "07:30", ["Form.LocationId"] = place?.ToString(),
                    ["Form.DestinationLocationId"] = to?.ToString(), ["Form.Quantity"] = "180,5", ["Form.Unit"] = "KGM",
                    ["Form.Note"] = "Hái búp một tôm hai lá", ["Form.DocumentIds"] = documentId?.ToString(),
                });

            using (var future = await Post("2026-11-26", farm, document))
                Assert.Equal("Thời điểm diễn ra không được sau hiện tại.", (await future.ReadDocumentAsync()).FieldError("Form.Date"));
            using (var tooEarly = await Post("2025-10-01", farm, document))
                Assert.StartsWith("Sự kiện diễn ra trước ngày sản xuất", (await tooEarly.ReadDocumentAsync()).FieldError("Form.Date"), StringComparison.Ordinal);
            using (var noDestination = await Post("2026-11-21", store, null, "Shipping"))
                Assert.Equal("Vui lòng chọn nơi nhận hàng.", (await noDestination.ReadDocumentAsync()).FieldError("Form.DestinationLocationId"));
            using (var theirPlace = await Post("2026-11-18", foreignPlace, document))
                Assert.Equal(HttpStatusCode.NotFound, theirPlace.StatusCode);
            using (var theirDocument = await Post("2026-11-18", farm, foreignDocument))
                Assert.Equal(HttpStatusCode.NotFound, theirDocument.StatusCode);
            Assert.Equal(0, await Site.DbAsync(db => db.TraceEvents.CountAsync(e => e.LotId == lotId)));

            using (var ok = await Post("2026-11-18", farm, document))
            {
                var page = await ok.ReadDocumentAsync();
                Assert.Contains("Đã ghi sự kiện “Thu hoạch”", page.StatusMessage(), StringComparison.Ordinal);
                var item = page.QuerySelector("#lot-timeline [data-step='Harvesting']")!;
                Assert.Contains("Đồi chè thử", item.TextContent, StringComparison.Ordinal);
                Assert.Contains("180,5 kg", item.TextContent, StringComparison.Ordinal);
                Assert.NotNull(item.QuerySelector($"a[data-document='{document}']"));
            }
            using (await Post("2026-11-22", store, null, "Shipping", farm)) { }
            var events = await Site.DbAsync(db => db.TraceEvents.AsNoTracking().Include(e => e.Documents).Where(e => e.LotId == lotId).OrderBy(e => e.Id).ToListAsync());
            Assert.Equal(2, events.Count);
            Assert.Equal(new DateTimeOffset(2026, 11, 18, 7, 30, 0, TimeSpan.FromHours(7)), events[0].OccurredAt);
            Assert.Equal((180.5m, "KGM", false), (events[0].Quantity, events[0].QuantityUnit, events[0].RecordedByOffice));
            Assert.Equal(document, Assert.Single(events[0].Documents).ProducerDocumentId);
            Assert.Equal((TraceStep.Shipping, store, farm), (events[1].Step, events[1].LocationId, events[1].DestinationLocationId));
        }
        finally
        {
            await Site.CleanUpAsync(producer.Id);
            await Site.DbAsync(db => db.ProducerDocuments.Where(d => d.ProducerId == producer.Id).ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task Another_producers_lots_places_and_events_answer_404_in_the_portal()
    {
        await using var producer = await NewProducerAsync();
        var client = producer.Client;
        var lotId = await Site.SeededLotIdAsync("BS-MO-2611");
        var binhSon = await Site.ProducerIdAsync("binh-son");
        var eventId = await Site.DbAsync(db => db.TraceEvents.Where(e => e.LotId == lotId && !e.RecordedByOffice).Select(e => e.Id).FirstAsync());
        var placeId = await Site.DbAsync(db => db.TraceLocations.Where(l => l.ProducerId == binhSon).Select(l => l.Id).FirstAsync());
        var eventsBefore = await Site.DbAsync(db => db.TraceEvents.CountAsync(e => e.LotId == lotId));
        var token = await client.GetAntiforgeryTokenAsync("/portal/lo-hang/them");
        var post = new Dictionary<string, string> { [SiteTestHelpers.AntiforgeryField] = token, ["Form.Step"] = "Harvesting", ["Form.Date"] = "2026-11-01", ["Form.Name"] = "Chiếm chỗ" };

        foreach (var url in new[]
                 {
                     $"/portal/lo-hang/{lotId}", $"/portal/lo-hang/{lotId}/sua", $"/portal/lo-hang/{lotId}/epcis.jsonld", $"/portal/lo-hang/{lotId}/su-kien/them",
                     $"/portal/lo-hang/{lotId}/su-kien/{eventId}/sua", $"/portal/lo-hang/dia-diem/{placeId}/sua",
                 })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"[{Site.ProviderName}] GET {url} answered {(int)response.StatusCode}");
        }
        foreach (var url in new[]
                 {
                     $"/portal/lo-hang/{lotId}/sua", $"/portal/lo-hang/{lotId}/xoa", $"/portal/lo-hang/{lotId}/su-kien/them",
                     $"/portal/lo-hang/{lotId}/su-kien/{eventId}/sua", $"/portal/lo-hang/{lotId}/su-kien/{eventId}/xoa",
                     $"/portal/lo-hang/dia-diem/{placeId}/sua", $"/portal/lo-hang/dia-diem/{placeId}/xoa",
                 })
        {
            using var content = new FormUrlEncodedContent(post);
            using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"[{Site.ProviderName}] POST {url} answered {(int)response.StatusCode}");
        }
        Assert.Equal(eventsBefore, await Site.DbAsync(db => db.TraceEvents.CountAsync(e => e.LotId == lotId)));
        Assert.True(await Site.DbAsync(db => db.TraceLocations.AnyAsync(l => l.Id == placeId && l.Name != "Chiếm chỗ")));
        // The lists show only the producer's own rows.
        Assert.DoesNotContain("BS-MO-2611", (await client.GetDocumentAsync("/portal/lo-hang?q=BS-MO")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Null((await client.GetDocumentAsync("/portal/lo-hang/dia-diem")).QuerySelector($"[data-location-id='{placeId}']"));
    }

    [Fact]
    public async Task An_inspector_records_an_inspection_event_as_the_office_which_the_producer_sees_but_cannot_edit()
    {
        await using var producer = await NewProducerAsync();
        var product = await Site.ProductWithGtinAsync(producer.Id, "Mật ong kiểm tra", LotTestKit.NewGtin());
        var (inspector, _) = await Site.CreateSignedInClientAsync(Roles.Inspector);
        using var _i = inspector;
        var binhSon = await Site.ProducerIdAsync("binh-son");
        try
        {
            using (await CreateLotAsync(producer.Client, await producer.Client.GetDocumentAsync("/portal/lo-hang/them"), product.Id, "KT-01")) { }
            var lotId = await Site.DbAsync(db => db.Lots.Where(l => l.ProductId == product.Id).Select(l => l.Id).SingleAsync());
            var lab = await Site.DbAsync(db => db.TraceLocations.Where(l => l.ProducerId == null && l.Kind == TraceLocationKind.Laboratory).Select(l => l.Id).FirstAsync());
            var document = await Site.AddDocumentAsync(producer.Id, "Phiếu kết quả thử nghiệm KT-01", Core.Producers.DocumentKind.TestResult);
            var (inspection, foreignInspection) = await Site.DbAsync(async db =>
            {
                var own = new Inspection { ProducerId = producer.Id, ProductId = product.Id, PlannedOn = new DateOnly(2026, 11, 20), InspectorName = "Cán bộ thử", CreatedAt = Site.Time.GetUtcNow() };
                var other = new Inspection { ProducerId = binhSon, PlannedOn = new DateOnly(2026, 11, 20), InspectorName = "Cán bộ thử", CreatedAt = Site.Time.GetUtcNow() };
                db.Inspections.AddRange(own, other);
                await db.SaveChangesAsync();
                return (own.Id, other.Id);
            });
            try
            {
                var list = await inspector.GetDocumentAsync("/admin/truy-xuat/lo?q=KT-01");
                Assert.NotNull(list.QuerySelector($"#lot-list tr[data-lot-id='{lotId}']"));
                var details = await inspector.GetDocumentAsync($"/admin/truy-xuat/lo/{lotId}");
                Assert.Equal($"/admin/truy-xuat/tem?lot={lotId}", details.QuerySelector("[data-stamps-link]")!.GetAttribute("href"));

                var form = await inspector.GetDocumentAsync($"/admin/truy-xuat/lo/{lotId}/kiem-tra");
                Assert.Null(form.QuerySelector("select[name='Form.Step']")); // always an inspection
                Assert.NotNull(form.QuerySelector($"select[name='Form.InspectionId'] option[value='{inspection}']"));
                Dictionary<string, string?> Values(int inspectionId) => new()
                {
                    ["Form.Date"] = "2026-11-24", ["Form.Time"] = "09:00", ["Form.LocationId"] = lab.ToString(), ["Form.InspectionId"] = inspectionId.ToString(),
                    ["Form.Note"] = "Mẫu đạt TCVN 12605:2019.", ["Form.DocumentIds"] = document.ToString(), ["Form.Quantity"] = "",
                };
                using (var foreign = await inspector.SubmitFormAsync(form, "form#event-form", Values(foreignInspection)))
                    Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
                using (var ok = await inspector.SubmitFormAsync(form, "form#event-form", Values(inspection)))
                {
                    var page = await ok.ReadDocumentAsync();
                    Assert.Contains("Đã ghi kết quả kiểm tra lô KT-01", page.StatusMessage(), StringComparison.Ordinal);
                    Assert.NotNull(page.QuerySelector("#lot-timeline [data-step='Inspecting'] [data-office-event]"));
                }
                var e = await Site.DbAsync(db => db.TraceEvents.AsNoTracking().Include(x => x.Documents).SingleAsync(x => x.LotId == lotId));
                Assert.Equal((TraceStep.Inspecting, true, inspection, lab), (e.Step, e.RecordedByOffice, e.InspectionId, e.LocationId));
                Assert.Equal(document, Assert.Single(e.Documents).ProducerDocumentId);

                // The producer sees it as recorded by the office, without edit buttons, and cannot edit or delete it.
                var portal = await producer.Client.GetDocumentAsync($"/portal/lo-hang/{lotId}");
                var item = portal.QuerySelector($"#event-{e.Id}")!;
                Assert.NotNull(item.QuerySelector("[data-office-event]"));
                Assert.Null(item.QuerySelector("form"));
                using (var edit = await producer.Client.GetAsync(new Uri($"/portal/lo-hang/{lotId}/su-kien/{e.Id}/sua", UriKind.Relative)))
                    Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
            }
            finally
            {
                await Site.CleanUpAsync(producer.Id);
                await Site.DbAsync(db => db.Inspections.Where(i => i.Id == foreignInspection).ExecuteDeleteAsync());
                await Site.DbAsync(db => db.ProducerDocuments.Where(d => d.ProducerId == producer.Id).ExecuteDeleteAsync());
            }
        }
        finally
        {
            await Site.CleanUpAsync(producer.Id);
        }
    }

    [Fact]
    public async Task The_epcis_export_is_json_ld_with_one_event_per_lot_event_in_epcis_2_shape()
    {
        var (client, _, _) = await Site.ProducerClientAsync("binh-son");
        using var _c = client;
        var lotId = await Site.SeededLotIdAsync("BS-MO-2611");
        var lot = await Site.DbAsync(db => db.Lots.AsNoTracking().SingleAsync(l => l.Id == lotId));
        var events = await Site.DbAsync(db => db.TraceEvents.AsNoTracking().Where(e => e.LotId == lotId).ToListAsync());
        events = events.OrderBy(e => e.OccurredAt.UtcDateTime).ThenBy(e => e.Id).ToList();

        using var response = await client.GetAsync(new Uri($"/portal/lo-hang/{lotId}/epcis.jsonld", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("epcis-BS-MO-2611.jsonld", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;

        var context = root.GetProperty("@context");
        Assert.Equal("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", context[0].GetString());
        Assert.EndsWith("/ns/ocop#", context[1].GetProperty("ocop").GetString(), StringComparison.Ordinal);
        Assert.Equal("EPCISDocument", root.GetProperty("type").GetString());
        Assert.Equal("2.0", root.GetProperty("schemaVersion").GetString());
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("creationDate").GetString(), out _));

        var list = root.GetProperty("epcisBody").GetProperty("eventList").EnumerateArray().ToList();
        Assert.Equal(events.Count, list.Count);
        var epcClass = $"https://id.gs1.org/01/{lot.Gtin}/10/BS-MO-2611";
        for (var i = 0; i < list.Count; i++)
        {
            var e = list[i];
            var expected = events[i];
            var type = e.GetProperty("type").GetString();
            Assert.Equal(expected.Step == TraceStep.Processing ? "TransformationEvent" : "ObjectEvent", type);
            Assert.Equal(expected.OccurredAt, DateTimeOffset.Parse(e.GetProperty("eventTime").GetString()!));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$", e.GetProperty("eventTime").GetString());
            Assert.Equal("+07:00", e.GetProperty("eventTimeZoneOffset").GetString());
            Assert.False(string.IsNullOrEmpty(e.GetProperty("bizStep").GetString()));
            if (type == "ObjectEvent")
            {
                Assert.Equal(expected.Step == TraceStep.Harvesting ? "ADD" : "OBSERVE", e.GetProperty("action").GetString());
                var quantity = e.GetProperty("quantityList")[0];
                Assert.Equal(epcClass, quantity.GetProperty("epcClass").GetString());
                if (expected.Quantity is { } q) Assert.Equal(q, quantity.GetProperty("quantity").GetDecimal());
            }
            else
            {
                Assert.Equal(epcClass, e.GetProperty("inputQuantityList")[0].GetProperty("epcClass").GetString());
                Assert.Equal(expected.Quantity, e.GetProperty("outputQuantityList")[0].GetProperty("quantity").GetDecimal());
            }
            if (expected.LocationId is { } place)
                Assert.EndsWith($"/dia-diem/{place}", e.GetProperty("readPoint").GetProperty("id").GetString(), StringComparison.Ordinal);
        }
        var byStep = list.ToLookup(e => e.GetProperty("ocop:step").GetString());
        var harvest = byStep["Harvesting"].Single();
        Assert.Equal("commissioning", harvest.GetProperty("bizStep").GetString());
        Assert.Equal("KGM", harvest.GetProperty("quantityList")[0].GetProperty("uom").GetString());
        Assert.True(harvest.TryGetProperty("certificationInfo", out _)); // the VietGAP certificate
        Assert.Equal("Chứng nhận VietGAP chăn nuôi ong mật", harvest.GetProperty("ocop:documents")[0].GetProperty("ocop:title").GetString());
        var shipping = byStep["Shipping"].Single();
        Assert.Equal("shipping", shipping.GetProperty("bizStep").GetString());
        Assert.Equal("in_transit", shipping.GetProperty("disposition").GetString());
        Assert.Equal("location", shipping.GetProperty("sourceList")[0].GetProperty("type").GetString());
        Assert.EndsWith("/dia-diem/" + events.Single(e => e.Step == TraceStep.Shipping).DestinationLocationId,
            shipping.GetProperty("destinationList")[0].GetProperty("destination").GetString(), StringComparison.Ordinal);
        Assert.Equal("retail_selling", byStep["RetailSelling"].Single().GetProperty("bizStep").GetString());
        Assert.Contains(byStep["Inspecting"], e => e.GetProperty("ocop:recordedByOffice").GetBoolean());

        // The office downloads the same document from the admin.
        var (inspector, _) = await Site.CreateSignedInClientAsync(Roles.Inspector);
        using var _i = inspector;
        using var admin = await inspector.GetAsync(new Uri($"/admin/truy-xuat/lo/{lotId}/epcis.jsonld", UriKind.Relative));
        Assert.Equal("application/ld+json", admin.Content.Headers.ContentType?.MediaType);
        using var adminJson = JsonDocument.Parse(await admin.Content.ReadAsStringAsync());
        Assert.Equal(list.Count, adminJson.RootElement.GetProperty("epcisBody").GetProperty("eventList").GetArrayLength());

        // The office opens the documents attached to the lot's events, and no other of the producer's documents through it.
        var attached = await Site.DbAsync(db => db.TraceEventDocuments.Where(d => db.TraceEvents.Any(e => e.Id == d.TraceEventId && e.LotId == lotId))
            .Select(d => d.ProducerDocumentId).FirstAsync());
        using (var document = await inspector.GetAsync(new Uri($"/admin/truy-xuat/lo/{lotId}/tai-lieu/{attached}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, document.StatusCode);
            Assert.Equal("attachment", document.Content.Headers.ContentDisposition?.DispositionType);
        }
        var otherLot = await Site.SeededLotIdAsync("TS-TRA-2611");
        using (var elsewhere = await inspector.GetAsync(new Uri($"/admin/truy-xuat/lo/{otherLot}/tai-lieu/{attached}", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task A_producer_adds_a_place_with_a_pin_and_a_pin_outside_vietnam_is_refused()
    {
        await using var producer = await NewProducerAsync();
        try
        {
            var form = await producer.Client.GetDocumentAsync("/portal/lo-hang/dia-diem/them");
            Assert.NotNull(form.QuerySelector("#pin-map"));
            using (var outside = await producer.Client.SubmitFormAsync(form, "form#location-form", new Dictionary<string, string?>
                   { ["Form.Name"] = "Trại ong thử", ["Form.Kind"] = "Farm", ["Form.Latitude"] = "48.85", ["Form.Longitude"] = "2.35" }))
                Assert.Equal("Vị trí phải nằm trong lãnh thổ Việt Nam (vĩ độ 6–24, kinh độ 102–118).", (await outside.ReadDocumentAsync()).FieldError("Form.Latitude"));
            using (var ok = await producer.Client.SubmitFormAsync(form, "form#location-form", new Dictionary<string, string?>
                   { ["Form.Name"] = "Trại ong thử", ["Form.Kind"] = "Farm", ["Form.Address"] = "Thôn 5", ["Form.Latitude"] = "19,7583", ["Form.Longitude"] = "105.5012", ["Form.Gln"] = "" }))
            {
                Assert.Equal("/portal/lo-hang/dia-diem", ok.RequestMessage!.RequestUri!.AbsolutePath);
                Assert.Contains("Trại ong thử", (await ok.ReadDocumentAsync()).QuerySelector("#location-list")!.TextContent, StringComparison.Ordinal);
            }
            var place = await Site.DbAsync(db => db.TraceLocations.AsNoTracking().SingleAsync(l => l.ProducerId == producer.Id));
            Assert.Equal((TraceLocationKind.Farm, 19.7583, 105.5012), (place.Kind, place.Latitude!.Value, place.Longitude!.Value));
        }
        finally
        {
            await Site.CleanUpAsync(producer.Id);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class LotSqliteTests(SqliteWebFactory site) : LotTests(site);

[Collection(Collections.Postgres)]
public sealed class LotPostgresTests(PostgresWebFactory site) : LotTests(site);
