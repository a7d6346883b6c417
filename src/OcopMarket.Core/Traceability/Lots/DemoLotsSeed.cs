using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Producers;
using OcopMarket.Core.Producers.Documents;
using OcopMarket.Core.Seeding;

namespace OcopMarket.Core.Traceability.Lots;

/// <summary>
/// Demo traceability: the producers' farms, workshops and warehouses, the office's labs and display points as places,
/// a few documents (VietGAP certificates and test reports as small PNG scans) and six lots with believable journeys.
/// Lot codes are fixed (BS-MO-2611, BS-MO-2609, HC-HKH-2410, HC-HKH-2610, TS-TRA-2611, KR-MOR-2605) so stamps, the public
/// trace page and the tests can find them. Runs on every start; writes only while lot BS-MO-2611 does not exist.
/// </summary>
public sealed class DemoLotsSeed(OcopDbContext db, ProducerDocumentStore documents, TimeProvider time) : IDemoSeedStep
{
    public const string FlagshipLot = "BS-MO-2611";

    public int Order => 30;

    private sealed record Place(string Key, string? ProducerName, string Name, TraceLocationKind Kind, string Address, double Lat, double Lng, string? DisplayPointName = null);

    private const string BinhSon = "HTX Nông nghiệp Bình Sơn";
    private const string HoaCu = "HTX Sản xuất và Kinh doanh Quả sạch Hòa Cư";
    private const string TaySon = "Công ty CP Trà Tây Sơn";
    private const string TanLap = "HTX Nông nghiệp và Dịch vụ Tân Lập";

    private static readonly Place[] Places =
    [
        new("bs-apiary", BinhSon, "Trại ong chân núi Nưa", TraceLocationKind.Farm, "Thôn 5, xã Bình Sơn, Triệu Sơn, Thanh Hóa", 19.7583, 105.5012),
        new("bs-workshop", BinhSon, "Xưởng lọc và đóng chai mật ong Bình Sơn", TraceLocationKind.Workshop, "Thôn 3, xã Bình Sơn, Triệu Sơn, Thanh Hóa", 19.7712, 105.5146),
        new("bs-store", BinhSon, "Kho thành phẩm HTX Bình Sơn", TraceLocationKind.Warehouse, "Thôn 3, xã Bình Sơn, Triệu Sơn, Thanh Hóa", 19.7709, 105.5151),
        new("hc-orchard", HoaCu, "Vườn hồng Nà Tâm", TraceLocationKind.Farm, "Thôn Nà Tâm, xã Hòa Cư, Cao Lộc, Lạng Sơn", 21.9235, 106.8391),
        new("hc-workshop", HoaCu, "Nhà sơ chế và khử chát hồng Hòa Cư", TraceLocationKind.Workshop, "Thôn Nà Tâm, xã Hòa Cư, Cao Lộc, Lạng Sơn", 21.9198, 106.8331),
        new("ts-hill", TaySon, "Đồi chè Hòa Hiệp", TraceLocationKind.Farm, "Thôn Hòa Hiệp, xã Tây Giang, Tây Sơn, Bình Định", 13.9512, 108.8655),
        new("ts-workshop", TaySon, "Xưởng sao chè Tây Sơn", TraceLocationKind.Workshop, "Thôn Hòa Hiệp, xã Tây Giang, Tây Sơn, Bình Định", 13.9449, 108.8742),
        new("kr-forest", TanLap, "Khu gác kèo ong rừng Tân Lập", TraceLocationKind.Farm, "Rừng phòng hộ thôn 4, xã Tân Lập, Kon Rẫy, Kon Tum", 14.5610, 108.1702),
        new("kr-workshop", TanLap, "Nhà lọc mật HTX Tân Lập", TraceLocationKind.Workshop, "Thôn 4, xã Tân Lập, Kon Rẫy, Kon Tum", 14.5441, 108.1893),
        new("lab-th", null, "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Thanh Hóa", TraceLocationKind.Laboratory, "Số 8 Phan Chu Trinh, phường Điện Biên, TP Thanh Hóa", 19.8067, 105.7764),
        new("lab-kt", null, "Trung tâm Kiểm nghiệm Kon Tum", TraceLocationKind.Laboratory, "Số 2 Trần Hưng Đạo, TP Kon Tum", 14.3497, 108.0005),
        new("lab-ls", null, "Trung tâm Kiểm nghiệm Lạng Sơn", TraceLocationKind.Laboratory, "Số 20 Bà Triệu, TP Lạng Sơn", 21.8537, 106.7615),
        new("dp-trieu-son", null, "Điểm giới thiệu và bán sản phẩm OCOP Triệu Sơn", TraceLocationKind.DisplayPoint, "", 0, 0, "Điểm giới thiệu và bán sản phẩm OCOP Triệu Sơn"),
        new("dp-muong-thanh", null, "Quầy OCOP Khách sạn Mường Thanh Thanh Hóa", TraceLocationKind.DisplayPoint, "", 0, 0, "Quầy OCOP Khách sạn Mường Thanh Thanh Hóa"),
        new("dp-dong-kinh", null, "Gian hàng OCOP chợ Đông Kinh", TraceLocationKind.DisplayPoint, "", 0, 0, "Gian hàng OCOP chợ Đông Kinh"),
        new("dp-huu-nghi", null, "Điểm OCOP cửa khẩu Hữu Nghị", TraceLocationKind.DisplayPoint, "", 0, 0, "Điểm OCOP cửa khẩu Hữu Nghị"),
        new("dp-quang-trung", null, "Ki-ốt OCOP Khu di tích Quang Trung", TraceLocationKind.DisplayPoint, "", 0, 0, "Ki-ốt OCOP Khu di tích Quang Trung"),
        new("dp-kon-ray", null, "Điểm OCOP Bưu điện Kon Rẫy", TraceLocationKind.DisplayPoint, "", 0, 0, "Điểm OCOP Bưu điện Kon Rẫy"),
    ];

    private sealed record Doc(string Key, string ProducerName, DocumentKind Kind, string Title, DateOnly? ValidUntil, string Issuer, string[] Lines);

    private static readonly Doc[] Docs =
    [
        new("bs-vietgap", BinhSon, DocumentKind.VietGap, "Chứng nhận VietGAP chăn nuôi ong mật", new(2027, 8, 14), "TỔ CHỨC CHỨNG NHẬN VIETGAP",
            ["Cơ sở: HTX Nông nghiệp Bình Sơn", "Sản phẩm: mật ong (400 đàn ong nội)", "Tiêu chuẩn: TCVN 11892-1:2017", "Số: VietGAP-CN-21-08-0456", "Hiệu lực đến: 14/08/2027"]),
        new("bs-test", BinhSon, DocumentKind.TestResult, "Phiếu kết quả thử nghiệm mật ong lô BS-MO-2611", null, "TRUNG TÂM KỸ THUẬT TC-ĐL-CL THANH HÓA",
            ["Mẫu: mật ong, lô BS-MO-2611", "Độ ẩm: 19,3 % (≤ 20 %)", "HMF: 12 mg/kg (≤ 40 mg/kg)", "Đường khử: 71,2 %", "Kháng sinh: không phát hiện", "Kết luận: đạt TCVN 12605:2019"]),
        new("bs-attp", BinhSon, DocumentKind.FoodSafety, "Giấy chứng nhận cơ sở đủ điều kiện ATTP", new(2028, 3, 31), "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG THANH HÓA",
            ["Cơ sở: HTX Nông nghiệp Bình Sơn", "Ngành nghề: sơ chế, đóng chai mật ong", "Số: 125/2025/NNPTNT-TH", "Hiệu lực đến: 31/03/2028"]),
        new("hc-vietgap", HoaCu, DocumentKind.VietGap, "Chứng nhận VietGAP trồng trọt hồng không hạt", new(2026, 9, 30), "TỔ CHỨC CHỨNG NHẬN VIETGAP",
            ["Cơ sở: HTX Quả sạch Hòa Cư", "Sản phẩm: hồng không hạt, 18 ha", "Tiêu chuẩn: TCVN 11892-1:2017", "Số: VietGAP-TT-23-09-0112"]),
        new("kr-test", TanLap, DocumentKind.TestResult, "Phiếu kết quả thử nghiệm mật ong rừng KR-MOR-2605", null, "TRUNG TÂM KIỂM NGHIỆM KON TUM",
            ["Mẫu: mật ong rừng, lô KR-MOR-2605", "Độ ẩm: 19,8 %", "HMF: 9 mg/kg", "Kết luận: đạt TCVN 12605:2019"]),
        new("ts-organic", TaySon, DocumentKind.Organic, "Chứng nhận chè hữu cơ đồi Hòa Hiệp", new(2027, 5, 31), "TỔ CHỨC CHỨNG NHẬN HỮU CƠ",
            ["Cơ sở: Công ty CP Trà Tây Sơn", "Vùng trồng: đồi Hòa Hiệp, 12 ha", "Tiêu chuẩn: TCVN 11041-2:2017", "Hiệu lực đến: 31/05/2027"]),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Lots.AnyAsync(l => l.Code == FlagshipLot, ct)) return;
        var producers = await db.Producers.AsNoTracking().Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Name, p => p.Id, ct);
        if (!producers.ContainsKey(BinhSon)) return; // not the demo catalogue
        var points = await db.DisplayPoints.AsNoTracking().ToDictionaryAsync(p => p.Name, ct);
        var products = await db.Products.AsNoTracking().Select(p => new { p.Id, p.Name, p.Gtin }).ToDictionaryAsync(p => p.Name, ct);

        var docs = new Dictionary<string, int>();
        foreach (var d in Docs)
        {
            var producerId = producers[d.ProducerName];
            var existing = await db.ProducerDocuments.Where(x => x.ProducerId == producerId && x.Title == d.Title).Select(x => (int?)x.Id).FirstOrDefaultAsync(ct);
            if (existing is null)
            {
                using var content = new MemoryStream(DemoDocumentImage.Render(d.Issuer, d.Title, d.Lines));
                var saved = await documents.SaveAsync(producerId, new DocumentUpload(d.Kind, d.Title, d.ValidUntil, SlugGenerator.Generate(d.Title) + ".png"), content, ct);
                existing = saved.Document?.Id;
            }
            if (existing is { } id) docs[d.Key] = id;
        }

        var places = new Dictionary<string, TraceLocation>();
        foreach (var p in Places)
        {
            var location = new TraceLocation
            {
                ProducerId = p.ProducerName is null ? null : producers[p.ProducerName],
                Name = p.Name, Kind = p.Kind, Address = p.Address, Latitude = p.Lat, Longitude = p.Lng,
            };
            if (p.DisplayPointName is not null)
            {
                if (!points.TryGetValue(p.DisplayPointName, out var point)) continue;
                (location.DisplayPointId, location.Address, location.Latitude, location.Longitude) = (point.Id, point.Address, point.Latitude, point.Longitude);
            }
            places[p.Key] = location;
            db.TraceLocations.Add(location);
        }

        var now = time.GetUtcNow();
        Lot NewLot(string productName, string code, DateOnly produced, DateOnly? expires, int quantity, string? notes)
        {
            var product = products[productName];
            var lot = new Lot
            {
                ProductId = product.Id, Code = code, Gtin = Gtin.ToGtin14(product.Gtin)!, ProducedOn = produced, ExpiresOn = expires,
                Quantity = quantity, Notes = notes, CreatedAt = now,
            };
            db.Lots.Add(lot);
            return lot;
        }
        void Add(Lot lot, TraceStep step, string when, string? at, decimal? quantity, string? unit, string note, string? to = null, bool office = false, params string[] attach)
        {
            // Stored in UTC (PostgreSQL's timestamptz takes nothing else); pages and the EPCIS export show Việt Nam time.
            var occurred = DateTimeOffset.Parse(when + ":00+07:00", System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();
            var e = new TraceEvent
            {
                Step = step, OccurredAt = occurred, Location = at is null ? null : places.GetValueOrDefault(at),
                DestinationLocation = to is null ? null : places.GetValueOrDefault(to), Quantity = quantity, QuantityUnit = unit, Note = note,
                RecordedByOffice = office, RecordedAt = occurred.AddHours(2) < now ? occurred.AddHours(2) : now,
            };
            foreach (var key in attach)
                if (docs.TryGetValue(key, out var id)) e.Documents.Add(new TraceEventDocument { ProducerDocumentId = id });
            lot.Events.Add(e);
        }

        // Mật ong Bình Sơn, autumn 2026: the full journey from the apiary to the shelf in Triệu Sơn.
        var honey = NewLot("Mật ong Bình Sơn", FlagshipLot, new(2026, 10, 22), new(2028, 10, 21), 480, "Mật hoa keo vụ thu, chai 500 ml.");
        Add(honey, TraceStep.Harvesting, "2026-10-08T07:30", "bs-apiary", 260, "KGM", "Quay mật 38 đàn ong nội vụ hoa keo cuối mùa; độ ẩm đo tại trại 20,5 %.", attach: "bs-vietgap");
        Add(honey, TraceStep.Processing, "2026-10-12T08:00", "bs-workshop", 245, "KGM", "Lọc lạnh qua ba lớp lưới inox, để lắng 72 giờ, hạ độ ẩm bằng phòng sấy khô xuống 19,3 %.", attach: "bs-attp");
        Add(honey, TraceStep.Inspecting, "2026-10-17T09:15", "lab-th", null, null, "Gửi mẫu kiểm nghiệm: đạt TCVN 12605:2019 (độ ẩm 19,3 %, HMF 12 mg/kg, không phát hiện kháng sinh).", attach: "bs-test");
        Add(honey, TraceStep.Packing, "2026-10-22T14:00", "bs-workshop", 480, "H87", "Đóng 480 chai thủy tinh 500 ml, dán nhãn và tem truy xuất.");
        Add(honey, TraceStep.Shipping, "2026-10-28T07:00", "bs-store", 120, "H87", "Xe của HTX chở 120 chai đến điểm bán OCOP Triệu Sơn.", to: "dp-trieu-son");
        Add(honey, TraceStep.Receiving, "2026-10-28T09:30", "dp-trieu-son", 120, "H87", "Điểm bán nhận đủ 120 chai, không vỡ.");
        Add(honey, TraceStep.RetailSelling, "2026-11-02T08:00", "dp-trieu-son", 120, "H87", "Lên kệ tại điểm giới thiệu và bán sản phẩm OCOP Triệu Sơn.");
        Add(honey, TraceStep.Inspecting, "2026-11-10T10:00", "bs-workshop", null, null, "Kiểm tra sau chứng nhận của Phòng Kinh tế: điều kiện ATTP, nhãn và tem OCOP đúng quy định.", office: true, attach: "bs-attp");

        var honeySeptember = NewLot("Mật ong Bình Sơn", "BS-MO-2609", new(2026, 9, 18), new(2028, 9, 17), 360, "Mật hoa bạch đàn, chai 500 ml.");
        Add(honeySeptember, TraceStep.Harvesting, "2026-09-05T07:00", "bs-apiary", 190, "KGM", "Quay mật 30 đàn, hoa bạch đàn.", attach: "bs-vietgap");
        Add(honeySeptember, TraceStep.Processing, "2026-09-09T08:00", "bs-workshop", 182, "KGM", "Lọc lạnh, để lắng 72 giờ.");
        Add(honeySeptember, TraceStep.Packing, "2026-09-18T14:00", "bs-workshop", 360, "H87", "Đóng 360 chai 500 ml.");
        Add(honeySeptember, TraceStep.Shipping, "2026-09-25T07:30", "bs-store", 60, "H87", "Giao 60 chai cho quầy OCOP Khách sạn Mường Thanh.", to: "dp-muong-thanh");
        Add(honeySeptember, TraceStep.Receiving, "2026-09-25T10:00", "dp-muong-thanh", 60, "H87", "Quầy nhận đủ 60 chai.");

        // Hồng không hạt Bảo Lâm, harvest of October 2024 (the product's certificate expired that month).
        var persimmon = NewLot("Hồng không hạt Bảo Lâm", "HC-HKH-2410", new(2024, 10, 8), new(2024, 11, 7), 1000, "Hồng chín cây vụ 2024, hộp 1 kg.");
        Add(persimmon, TraceStep.Harvesting, "2024-10-05T06:30", "hc-orchard", 1200, "KGM", "Hái tay quả già, lót rơm trong sọt tre.", attach: "hc-vietgap");
        Add(persimmon, TraceStep.Processing, "2024-10-06T07:00", "hc-workshop", 1080, "KGM", "Khử chát bằng nước ấm 40 °C trong 14 giờ theo cách truyền thống; loại quả dập.");
        Add(persimmon, TraceStep.Packing, "2024-10-08T13:00", "hc-workshop", 1000, "H87", "Đóng 1.000 hộp giấy 1 kg có lót xốp.");
        Add(persimmon, TraceStep.Shipping, "2024-10-09T05:30", "hc-workshop", 300, "H87", "Xe tải nhỏ chở 300 hộp lên chợ Đông Kinh.", to: "dp-dong-kinh");
        Add(persimmon, TraceStep.Receiving, "2024-10-09T07:00", "dp-dong-kinh", 300, "H87", "Gian hàng nhận 300 hộp.");
        Add(persimmon, TraceStep.RetailSelling, "2024-10-09T07:30", "dp-dong-kinh", 300, "H87", "Bày bán tại gian hàng OCOP chợ Đông Kinh.");

        var persimmon2026 = NewLot("Hồng không hạt Bảo Lâm", "HC-HKH-2610", new(2026, 10, 14), new(2026, 11, 13), 800, "Vụ 2026.");
        Add(persimmon2026, TraceStep.Harvesting, "2026-10-12T06:30", "hc-orchard", 950, "KGM", "Hái tay, quả đạt độ già.", attach: "hc-vietgap");
        Add(persimmon2026, TraceStep.Processing, "2026-10-13T07:00", "hc-workshop", 870, "KGM", "Khử chát bằng nước ấm 14 giờ.");
        Add(persimmon2026, TraceStep.Inspecting, "2026-10-13T15:00", "lab-ls", null, null, "Lấy mẫu kiểm tra dư lượng thuốc bảo vệ thực vật: không phát hiện.");

        // Trà xanh Tây Sơn: fresh buds in, pan-fired tea out.
        var tea = NewLot("Trà xanh Tây Sơn", "TS-TRA-2611", new(2026, 11, 3), new(2027, 11, 2), 200, "Trà xanh sao chảo, hộp 200 g.");
        Add(tea, TraceStep.Harvesting, "2026-10-30T06:00", "ts-hill", 180, "KGM", "Hái búp một tôm hai lá buổi sáng.", attach: "ts-organic");
        Add(tea, TraceStep.Processing, "2026-10-30T13:00", "ts-workshop", 42, "KGM", "Héo nhẹ, diệt men bằng chảo gang, vò tay và sao khô: 180 kg búp tươi cho 42 kg chè khô.");
        Add(tea, TraceStep.Packing, "2026-11-03T09:00", "ts-workshop", 200, "H87", "Đóng 200 hộp 200 g.");
        Add(tea, TraceStep.Shipping, "2026-11-05T07:00", "ts-workshop", 50, "H87", "Giao 50 hộp cho ki-ốt OCOP Khu di tích Quang Trung.", to: "dp-quang-trung");
        Add(tea, TraceStep.Receiving, "2026-11-05T08:30", "dp-quang-trung", 50, "H87", "Ki-ốt nhận đủ 50 hộp.");

        // Mật ong rừng Kon Rẫy: wild honey from rafter hives in the forest.
        var wildHoney = NewLot("Mật ong rừng Kon Rẫy", "KR-MOR-2605", new(2026, 5, 25), new(2028, 5, 24), 170, "Mật ong rừng gác kèo mùa khô, chai 500 ml.");
        Add(wildHoney, TraceStep.Harvesting, "2026-05-12T05:30", "kr-forest", 90, "KGM", "Khai thác 24 kèo ong, chỉ cắt phần tầng mật, giữ lại tầng ấu trùng.");
        Add(wildHoney, TraceStep.Processing, "2026-05-15T08:00", "kr-workshop", 86, "KGM", "Lọc qua vải màn, để lắng 5 ngày.");
        Add(wildHoney, TraceStep.Inspecting, "2026-05-20T10:00", "lab-kt", null, null, "Kiểm nghiệm mẫu: đạt TCVN 12605:2019.", attach: "kr-test");
        Add(wildHoney, TraceStep.Packing, "2026-05-25T14:00", "kr-workshop", 170, "H87", "Đóng 170 chai 500 ml.");
        Add(wildHoney, TraceStep.Shipping, "2026-06-02T07:00", "kr-workshop", 40, "H87", "Giao 40 chai cho điểm OCOP Bưu điện Kon Rẫy.", to: "dp-kon-ray");
        Add(wildHoney, TraceStep.Receiving, "2026-06-02T09:00", "dp-kon-ray", 40, "H87", "Bưu điện nhận đủ 40 chai.");
        Add(wildHoney, TraceStep.RetailSelling, "2026-06-03T07:30", "dp-kon-ray", 40, "H87", "Bày bán tại điểm OCOP Bưu điện Kon Rẫy.");

        await db.SaveChangesAsync(ct);
    }
}
