using Autofac;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Seeding;

namespace OcopMarket.Core.Places.Routes;

/// <summary>
/// Demo tourism routes around the four demo districts, with real coordinates. A route is added only when no route
/// has its slug yet, so the step is idempotent and never overwrites what the office changed.
/// </summary>
public sealed class DemoTourismRoutes(OcopDbContext db, TimeProvider time) : IDemoSeedStep
{
    public int Order => 20;

    /// <summary>A stop of a seeded route: a display point (by its seeded name) or a producer (by its seeded name), else a plain place.</summary>
    internal sealed record StopSeed(
        RouteStopKind Kind, string Name, string? NameEn, string Description, string? DescriptionEn, double Lat, double Lng, int Minutes,
        string? PointName = null, string? ProducerName = null, string? Experience = null, string? ExperienceEn = null, long? Price = null);

    internal sealed record AgencySeed(string Name, string? Url, string? Phone);

    internal sealed record RouteSeed(
        string Name, string NameEn, string Summary, string SummaryEn, string Description, string DescriptionEn,
        int Days, int Nights, string Season, string SeasonEn, string? Phone, string? Email, StopSeed[] Stops, AgencySeed[] Agencies);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var existing = await db.TourismRoutes.Select(r => r.Slug).ToListAsync(ct);
        var missing = Routes.Where(r => !existing.Contains(SlugGenerator.Generate(r.Name))).ToList();
        if (missing.Count == 0) return;

        var points = await db.DisplayPoints.AsNoTracking().ToDictionaryAsync(p => p.Name, p => p.Id, ct);
        var producers = await db.Producers.AsNoTracking().ToDictionaryAsync(p => p.Name, p => p.Id, ct);
        var now = time.GetUtcNow();
        foreach (var seed in missing)
        {
            var route = new TourismRoute
            {
                Name = seed.Name,
                NameEn = seed.NameEn,
                Slug = SlugGenerator.Generate(seed.Name),
                Summary = seed.Summary,
                SummaryEn = seed.SummaryEn,
                Description = seed.Description,
                DescriptionEn = seed.DescriptionEn,
                DurationDays = seed.Days,
                DurationNights = seed.Nights,
                Season = seed.Season,
                SeasonEn = seed.SeasonEn,
                BookingPhone = seed.Phone,
                BookingEmail = seed.Email,
                IsPublished = true,
                CreatedAt = now,
                UpdatedAt = now,
            };
            var position = 0;
            foreach (var s in seed.Stops)
            {
                route.Stops.Add(new TourismRouteStop
                {
                    Position = ++position,
                    Kind = s.Kind,
                    Name = s.Name,
                    NameEn = s.NameEn,
                    Description = s.Description,
                    DescriptionEn = s.DescriptionEn,
                    Latitude = s.Lat,
                    Longitude = s.Lng,
                    DurationMinutes = s.Minutes,
                    // A seeded point or producer the office has since renamed or removed leaves a plain named stop.
                    DisplayPointId = s.PointName is null ? null : points.TryGetValue(s.PointName, out var pid) ? pid : null,
                    ProducerId = s.ProducerName is null ? null : producers.TryGetValue(s.ProducerName, out var prid) ? prid : null,
                    ExperienceName = s.Experience,
                    ExperienceNameEn = s.ExperienceEn,
                    ExperiencePricePerPerson = s.Price,
                });
            }
            var order = 0;
            foreach (var a in seed.Agencies)
                route.Agencies.Add(new TourismRouteAgency { Name = a.Name, Url = a.Url, Phone = a.Phone, SortOrder = ++order });
            db.TourismRoutes.Add(route);
        }
        await db.SaveChangesAsync(ct);
    }

    internal static readonly RouteSeed[] Routes =
    [
        new("Làng nghề và mật ong Triệu Sơn", "Craft villages and honey of Triệu Sơn",
            "Một ngày ở Triệu Sơn: tự tay đan giỏ mây ở Thọ Tân, mặc đồ bảo hộ xem quay mật ong dưới chân núi Nưa và gói bánh gai cùng gia đình nghệ nhân.",
            "A day in Triệu Sơn: weave a rattan basket in Thọ Tân, watch honey being spun at the foot of Nưa mountain and wrap ramie-leaf cakes with a family of bakers.",
            "<p>Cách thành phố Thanh Hóa khoảng 30 km về phía tây, Triệu Sơn giữ nhiều nghề truyền thống: đan mây tre, nuôi ong, làm bánh gai. Tuyến đi trong ngày, phù hợp gia đình có trẻ nhỏ và nhóm học sinh.</p><p>Mang theo mũ, nước uống và giày đi bộ; ở trại ong, HTX cho mượn áo và mũ bảo hộ.</p>",
            "<p>About 30 km west of Thanh Hóa city, Triệu Sơn keeps several traditional crafts alive: rattan and bamboo weaving, bee keeping and ramie-leaf cakes. A day trip that suits families and school groups.</p><p>Bring a hat, water and walking shoes; the bee farm lends protective jackets and veils.</p>",
            1, 0, "Quanh năm; đẹp nhất tháng 3 – tháng 5, mùa hoa cho mật", "All year; best March to May, when the flowers give honey",
            "0237 3867 000", "dulich.trieuson@ocopmarket.local",
            [
                new(RouteStopKind.DisplayPoint, "Điểm giới thiệu và bán sản phẩm OCOP Triệu Sơn", "Triệu Sơn OCOP showroom",
                    "Điểm hẹn đầu ngày: xem toàn bộ sản phẩm OCOP của huyện, nếm thử mật ong, rượu nếp và bánh gai.",
                    "Meeting point: see every OCOP product of the district and taste honey, rice wine and ramie-leaf cakes.",
                    19.8138, 105.6064, 45, PointName: "Điểm giới thiệu và bán sản phẩm OCOP Triệu Sơn"),
                new(RouteStopKind.ProductionSite, "Xưởng đan mây tre HTX Thọ Tân", "Thọ Tân rattan and bamboo workshop",
                    "Xem các chị thợ chẻ nan, vót tre và đan giỏ, khay, đèn; khách tự đan một chiếc giỏ nhỏ mang về.",
                    "Watch the weavers split and shave bamboo and weave baskets, trays and lamps; make a small basket to take home.",
                    19.8412, 105.5821, 120, ProducerName: "HTX Mây tre đan Thọ Tân",
                    Experience: "Học đan giỏ mây cùng nghệ nhân", ExperienceEn: "Weave a rattan basket with a craftswoman", Price: 150_000),
                new(RouteStopKind.Restaurant, "Quán cơm quê Núi Nưa", "Núi Nưa country kitchen",
                    "Bữa trưa món quê xứ Thanh: gà đồi, nem chua, canh cua rau đay, cơm nếp cái hoa vàng.",
                    "Country lunch: hill chicken, nem chua, crab and jute soup, yellow-flower sticky rice.",
                    19.7852, 105.5489, 75),
                new(RouteStopKind.ProductionSite, "Trại ong HTX Nông nghiệp Bình Sơn", "Bình Sơn bee farm",
                    "Mặc đồ bảo hộ đi giữa các đàn ong dưới tán keo, xem cách mở cầu ong, quay và lọc mật; nếm mật mới quay.",
                    "Put on a veil, walk among the hives under the acacia trees, see frames lifted, honey spun and filtered, and taste it fresh.",
                    19.7706, 105.5137, 90, ProducerName: "HTX Nông nghiệp Bình Sơn",
                    Experience: "Làm người nuôi ong một buổi", ExperienceEn: "Bee keeper for an afternoon", Price: 120_000),
                new(RouteStopKind.Sight, "Đền Nưa – Am Tiên", "Nưa Temple and Am Tiên",
                    "Khu di tích gắn với Bà Triệu trên núi Nưa; đường đá lên đền khoảng 20 phút đi bộ.",
                    "Historic site of Lady Triệu on Nưa mountain; about 20 minutes' walk up the stone path.",
                    19.7583, 105.5447, 60),
                new(RouteStopKind.ProductionSite, "Lò bánh gai Lê Thị Mai", "Lê Thị Mai's ramie-leaf cake kitchen",
                    "Gia đình ba thế hệ làm bánh gai; khách học gói bánh bằng lá chuối khô và mang bánh vừa hấp về.",
                    "Three generations of cake makers; learn to wrap the cakes in dried banana leaves and take the steamed ones home.",
                    19.7980, 105.6077, 60, ProducerName: "Hộ kinh doanh Bánh gai Lê Thị Mai",
                    Experience: "Gói bánh gai cùng gia đình bà Mai", ExperienceEn: "Wrap ramie-leaf cakes with Mrs Mai's family", Price: 80_000),
            ],
            [
                new("Công ty Du lịch Xứ Thanh Xanh", "https://xuthanhxanh.example.vn", "0237 3722 468"),
                new("Đại lý Du lịch Cộng đồng Nưa Xanh", null, "0948 135 792"),
            ]),

        new("Cao Lộc – Mẫu Sơn: hồng không hạt và hoa hồi xứ Lạng", "Cao Lộc and Mẫu Sơn: seedless persimmons and star anise",
            "Hai ngày một đêm ở Lạng Sơn: chợ Đông Kinh, cửa khẩu Hữu Nghị, hái hồng không hạt ở Hòa Cư, xem chưng cất tinh dầu hồi và săn mây trên đỉnh Mẫu Sơn.",
            "Two days and a night in Lạng Sơn: Đông Kinh market, the Friendship border gate, picking seedless persimmons in Hòa Cư, star anise distilling and the clouds of Mẫu Sơn.",
            "<p>Tuyến đi qua vùng hồng không hạt và hoa hồi của đồng bào Tày, Nùng huyện Cao Lộc rồi lên khu du lịch Mẫu Sơn ở độ cao hơn 1.500 m, nghỉ đêm tại homestay.</p><p>Mùa hồng chín từ giữa tháng 9 đến hết tháng 11; mùa đông trên Mẫu Sơn có thể xuống dưới 0 °C, nhớ mang áo ấm.</p>",
            "<p>The route crosses the seedless persimmon and star anise country of the Tày and Nùng people of Cao Lộc, then climbs to Mẫu Sơn at over 1,500 m for a night in a homestay.</p><p>Persimmons ripen from mid September to the end of November; in winter Mẫu Sơn can fall below 0 °C, so bring warm clothes.</p>",
            2, 1, "Tháng 9 – tháng 11 (mùa hồng chín); mùa đông săn mây, ngắm băng", "September to November (persimmon harvest); clouds and frost in winter",
            "0205 3812 345", null,
            [
                new(RouteStopKind.DisplayPoint, "Gian hàng OCOP chợ Đông Kinh", "Đông Kinh market OCOP stall",
                    "Chợ lớn nhất thành phố Lạng Sơn; gian OCOP bày hồng, hồi, rượu Mẫu Sơn và đặc sản các huyện.",
                    "The largest market of Lạng Sơn city; the OCOP stall sells persimmons, star anise, Mẫu Sơn spirit and specialities of every district.",
                    21.8485, 106.7612, 60, PointName: "Gian hàng OCOP chợ Đông Kinh"),
                new(RouteStopKind.DisplayPoint, "Điểm OCOP cửa khẩu Hữu Nghị", "Friendship border gate OCOP point",
                    "Tham quan khu cửa khẩu quốc tế Hữu Nghị và điểm giới thiệu sản phẩm OCOP dành cho khách qua lại.",
                    "Visit the Friendship international border gate and the OCOP point serving travellers.",
                    21.9698, 106.7038, 60, PointName: "Điểm OCOP cửa khẩu Hữu Nghị"),
                new(RouteStopKind.ProductionSite, "Vườn hồng không hạt Hòa Cư", "Hòa Cư seedless persimmon orchards",
                    "Đi giữa những vườn hồng trăm tuổi, nghe xã viên kể chuyện ghép giống và tự tay hái hồng chín cây (vào mùa).",
                    "Walk through century-old persimmon orchards, hear how the trees are grafted and pick ripe fruit yourself (in season).",
                    21.9203, 106.8342, 120, ProducerName: "HTX Sản xuất và Kinh doanh Quả sạch Hòa Cư",
                    Experience: "Thu hái hồng không hạt tại vườn (tháng 9 – tháng 11)", ExperienceEn: "Persimmon picking in the orchard (September to November)", Price: 100_000),
                new(RouteStopKind.Restaurant, "Nhà hàng Khâu nhục Xứ Lạng", "Xứ Lạng khâu nhục restaurant",
                    "Bữa trưa đặc sản: vịt quay mắc mật, khâu nhục, phở chua, xôi ngũ sắc.",
                    "Local lunch: roast duck with mắc mật leaves, khâu nhục pork, sour noodles and five-colour sticky rice.",
                    21.8768, 106.7934, 75),
                new(RouteStopKind.ProductionSite, "Xưởng chưng cất tinh dầu hồi Mẫu Sơn", "Mẫu Sơn star anise oil distillery",
                    "Xem hoa hồi được phơi, chưng cất bằng hơi nước và chiết tinh dầu; thử xông tinh dầu hồi.",
                    "See star anise dried, steam-distilled and its oil separated; try an anise oil steam bath.",
                    21.8671, 106.8152, 60, ProducerName: "Công ty TNHH Đặc sản Mẫu Sơn",
                    Experience: "Xem chưng cất tinh dầu hồi", ExperienceEn: "Star anise oil distilling", Price: 50_000),
                new(RouteStopKind.Accommodation, "Homestay bản Khuổi Tẳng, Mẫu Sơn", "Khuổi Tẳng village homestay, Mẫu Sơn",
                    "Nghỉ đêm nhà người Dao trên núi Mẫu Sơn; bữa tối lợn quay, rau cải Mẫu Sơn và rượu men lá.",
                    "A night with a Dao family on Mẫu Sơn; dinner of roast pork, mountain mustard greens and leaf-yeast spirit.",
                    21.8523, 106.9396, 720),
                new(RouteStopKind.Sight, "Đỉnh Phja Pò – Mẫu Sơn", "Phja Pò peak, Mẫu Sơn",
                    "Dậy sớm ngắm bình minh và biển mây từ đỉnh cao nhất Mẫu Sơn (1.541 m), ghé khu biệt thự cổ thời Pháp.",
                    "Rise early for sunrise over the sea of clouds from Mẫu Sơn's highest peak (1,541 m) and the old French villas.",
                    21.8609, 106.9543, 150),
            ],
            [
                new("Công ty TNHH Lữ hành Đồng Đăng Xanh", "https://dongdangxanh.example.vn", "0205 3898 686"),
                new("Mẫu Sơn Homestay & Tour", null, "0915 246 357"),
            ]),

        new("Tây Sơn: đất võ, trà xanh và suối Hầm Hô", "Tây Sơn: martial arts, green tea and Hầm Hô stream",
            "Một ngày về quê hương nhà Tây Sơn: bảo tàng Quang Trung, sao chè trên chảo gang, bánh xèo tôm nhảy và thuyền độc mộc trên suối đá Hầm Hô.",
            "A day in the homeland of the Tây Sơn brothers: the Quang Trung museum, pan-firing green tea, shrimp pancakes and dugout boats on the Hầm Hô stone stream.",
            "<p>Cách Quy Nhơn khoảng 50 km, Tây Sơn là đất võ và quê hương của vua Quang Trung. Tuyến kết hợp di tích, làng chè trên đồi đất đỏ và khu du lịch sinh thái do người dân Hầm Hô tự làm.</p><p>Nên đi buổi sáng để kịp xem biểu diễn võ cổ truyền và trống trận (9:00 và 14:00).</p>",
            "<p>About 50 km from Quy Nhơn, Tây Sơn is the land of martial arts and the home of Emperor Quang Trung. The route joins the museum, tea gardens on the red hills and the eco-tourism site run by the people of Hầm Hô.</p><p>Start in the morning to catch the martial arts and war drum shows (9:00 and 14:00).</p>",
            1, 0, "Tháng 2 – tháng 8 (mùa khô, suối trong)", "February to August (dry season, clear water)",
            "0256 3880 101", "dulich.tayson@ocopmarket.local",
            [
                new(RouteStopKind.DisplayPoint, "Bảo tàng Quang Trung và ki-ốt OCOP", "Quang Trung Museum and OCOP kiosk",
                    "Tham quan bảo tàng, điện thờ Tây Sơn tam kiệt, giếng nước và cây me cổ; ki-ốt OCOP ngay cổng khu di tích.",
                    "Visit the museum, the shrine of the three Tây Sơn brothers, the old well and tamarind tree; the OCOP kiosk is at the gate.",
                    13.9147, 108.9089, 90, PointName: "Ki-ốt OCOP Khu di tích Quang Trung"),
                new(RouteStopKind.ProductionSite, "Đồi chè Công ty CP Trà Tây Sơn", "Tây Sơn Tea hill gardens",
                    "Hái một tôm hai lá trên đồi đất đỏ, rồi sao chè bằng chảo gang cùng thợ lành nghề; thưởng trà tại xưởng.",
                    "Pick two leaves and a bud on the red hill, pan-fire them in a cast-iron wok with the tea masters, then taste.",
                    13.9456, 108.8731, 90, ProducerName: "Công ty CP Trà Tây Sơn",
                    Experience: "Hái và sao chè bằng chảo gang", ExperienceEn: "Pick and pan-fire green tea", Price: 80_000),
                new(RouteStopKind.Restaurant, "Quán bánh xèo tôm nhảy Phú Phong", "Phú Phong shrimp pancake house",
                    "Bánh xèo tôm nhảy, bánh hỏi lòng heo và nem chợ Huyện – những món đặc trưng Bình Định.",
                    "Shrimp pancakes, bánh hỏi with pork and Chợ Huyện nem: the signature dishes of Bình Định.",
                    13.9121, 108.9152, 60),
                new(RouteStopKind.Sight, "Khu du lịch sinh thái Hầm Hô", "Hầm Hô eco-tourism site",
                    "Suối đá giữa rừng; đi thuyền độc mộc, xem biểu diễn võ cổ truyền và trống trận Tây Sơn.",
                    "A stone stream in the forest: dugout boats, traditional martial arts and Tây Sơn war drums.",
                    13.8796, 108.9457, 150, ProducerName: "HTX Du lịch Sinh thái Hầm Hô",
                    Experience: "Thuyền độc mộc và võ cổ truyền Tây Sơn", ExperienceEn: "Dugout boat and Tây Sơn martial arts", Price: 150_000),
            ],
            [
                new("Công ty Lữ hành Đất Võ", "https://datvotravel.example.vn", "0256 3822 717"),
            ]),

        new("Kon Rẫy: mật ong rừng và đêm nhà sàn Kon Rlong", "Kon Rẫy: wild honey and a night in Kon Rlong",
            "Hai ngày một đêm với đồng bào Xơ Đăng: theo người gác kèo ong vào rừng, học dệt thổ cẩm và ngủ nhà sàn làng Kon Rlong.",
            "Two days and a night with the Xơ Đăng people: follow the wild-bee keepers into the forest, learn brocade weaving and sleep in a stilt house in Kon Rlong.",
            "<p>Kon Rẫy nằm giữa rừng già phía đông bắc Kon Tum. Tuyến dành cho khách thích đi bộ, sống chậm cùng cộng đồng; mọi khoản thu trải nghiệm được chia cho các hộ tham gia.</p>",
            "<p>Kon Rẫy lies in the old forest north-east of Kon Tum. The route suits walkers who like slow travel with the community; the experience fees are shared among the families taking part.</p>",
            2, 1, "Tháng 3 – tháng 5 (mùa ong); tháng 11 – tháng 1 (mùa khô)", "March to May (honey season); November to January (dry season)",
            "0260 3828 100", null,
            [
                new(RouteStopKind.DisplayPoint, "Điểm OCOP Bưu điện Kon Rẫy", "Kon Rẫy post office OCOP point",
                    "Điểm hẹn tại thị trấn Đăk Rve: xem mật ong rừng, sâm dây, cà phê và khăn thổ cẩm của huyện.",
                    "Meeting point in Đăk Rve town: wild honey, codonopsis, coffee and brocade scarves of the district.",
                    14.5534, 108.2070, 30, PointName: "Điểm OCOP Bưu điện Kon Rẫy"),
                new(RouteStopKind.ProductionSite, "Rừng ong HTX Tân Lập", "Tân Lập wild-bee forest",
                    "Cùng người Xơ Đăng vào rừng xem gác kèo ong, lấy mật theo cách truyền thống, không hun khói.",
                    "Walk into the forest with Xơ Đăng keepers to see bee rafters and smoke-free traditional harvesting.",
                    14.5436, 108.1887, 180, ProducerName: "HTX Nông nghiệp và Dịch vụ Tân Lập",
                    Experience: "Theo chân người gác kèo ong", ExperienceEn: "With the wild-bee keepers", Price: 150_000),
                new(RouteStopKind.Accommodation, "Nhà sàn làng Kon Rlong", "Kon Rlong village stilt house",
                    "Học dệt thổ cẩm trên khung dệt truyền thống, ăn cơm lam gà nướng và ngủ đêm tại nhà sàn.",
                    "Learn brocade weaving on a back-strap loom, eat bamboo rice and grilled chicken, and sleep in the stilt house.",
                    14.6176, 108.2265, 900, ProducerName: "Tổ hợp tác Dệt thổ cẩm Kon Rlong",
                    Experience: "Học dệt thổ cẩm và ngủ nhà sàn", ExperienceEn: "Brocade weaving and a night in a stilt house", Price: 450_000),
            ],
            []),
    ];
}

public sealed class DemoTourismRoutesModule : Module
{
    protected override void Load(ContainerBuilder builder) =>
        builder.RegisterType<DemoTourismRoutes>().As<IDemoSeedStep>().AsSelf().InstancePerLifetimeScope();
}
