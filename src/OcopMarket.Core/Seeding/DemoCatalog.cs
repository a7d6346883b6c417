using OcopMarket.Core.Certification;
using OcopMarket.Core.Places;
using OcopMarket.Core.Producers;

namespace OcopMarket.Core.Seeding;

/// <summary>The demo's content: real places from the directives (Triệu Sơn, Kon Rẫy, Tây Sơn, Cao Lộc), believable products.</summary>
internal static class DemoCatalog
{
    public sealed record GroupSeed(string Code, string Name, string NameEn, string Icon, (string Code, string Name, string NameEn)[] Subgroups);

    public static readonly GroupSeed[] Groups =
    [
        new("1", "Thực phẩm", "Food", "basket2", [
            ("1.1", "Nông sản tươi sống", "Fresh produce"),
            ("1.2", "Gạo và ngũ cốc", "Rice and grains"),
            ("1.3", "Mật ong và sản phẩm từ mật ong", "Honey"),
            ("1.4", "Chè và sản phẩm từ chè", "Tea"),
            ("1.5", "Cà phê, ca cao", "Coffee and cocoa"),
            ("1.6", "Thực phẩm chế biến", "Processed food"),
            ("1.7", "Thịt, trứng, sữa", "Meat, eggs and milk")]),
        new("2", "Đồ uống", "Beverages", "cup-hot", [
            ("2.1", "Đồ uống có cồn", "Alcoholic drinks"),
            ("2.2", "Đồ uống không cồn", "Non-alcoholic drinks")]),
        new("3", "Thảo dược", "Herbal products", "leaf", [
            ("3.1", "Thực phẩm chức năng", "Functional food"),
            ("3.2", "Thuốc từ dược liệu", "Herbal medicine"),
            ("3.3", "Mỹ phẩm từ thảo dược", "Herbal cosmetics"),
            ("3.4", "Tinh dầu", "Essential oils")]),
        new("4", "Thủ công mỹ nghệ", "Handicrafts", "scissors", [
            ("4.1", "Gỗ, mây tre đan", "Wood, rattan and bamboo"),
            ("4.2", "Gốm sứ", "Ceramics"),
            ("4.3", "Dệt may, thêu, thổ cẩm", "Textiles and embroidery")]),
        new("5", "Sinh vật cảnh", "Ornamental plants and animals", "flower1", [
            ("5.1", "Hoa, cây cảnh", "Flowers and ornamental plants")]),
        new("6", "Du lịch cộng đồng, du lịch sinh thái và điểm du lịch", "Community and eco-tourism", "map", [
            ("6.1", "Du lịch cộng đồng", "Community tourism"),
            ("6.2", "Điểm du lịch", "Tourist sites")]),
    ];

    /// <summary>Pre-2025 districts of the demo, with the province they lay in (old code) and today's province.</summary>
    public sealed record DistrictSeed(string Key, string Name, string OldProvinceName, string CurrentProvinceCode);

    public static readonly DistrictSeed[] Districts =
    [
        new("trieu-son", "Huyện Triệu Sơn", "Tỉnh Thanh Hóa", "P38"),
        new("cao-loc", "Huyện Cao Lộc", "Tỉnh Lạng Sơn", "P20"),
        new("kon-ray", "Huyện Kon Rẫy", "Tỉnh Kon Tum", "P51"),
        new("tay-son", "Huyện Tây Sơn", "Tỉnh Bình Định", "P52"),
    ];

    /// <summary>Old communes (GSO codes before July 2025) of the demo districts; "OC…" units from the data file.</summary>
    public static readonly (string Code, string District)[] DemoCommunes =
    [
        ("OC15670", "trieu-son"), // Thọ Bình
        ("OC15769", "trieu-son"), // Bình Sơn
        ("OC15748", "trieu-son"), // Thọ Tân
        ("OC15691", "trieu-son"), // Minh Sơn
        ("OC15715", "trieu-son"), // Thái Hòa
        ("OC06223", "cao-loc"),   // Hòa Cư
        ("OC06190", "cao-loc"),   // Bảo Lâm
        ("OC23497", "kon-ray"),   // Tân Lập
        ("OC23488", "kon-ray"),   // Đắk Ruồng
        ("OC21820", "tay-son"),   // Tây Giang
        ("OC21850", "tay-son"),   // Tây Phú
    ];

    public sealed record ProducerSeed(
        string Key, string Name, ProducerType Type, string CommuneCode, string DistrictKey, string Address,
        double Lat, double Lng, string Phone, string Representative, string Story, string StoryEn);

    public static readonly ProducerSeed[] Producers =
    [
        new("hoa-cu", "HTX Sản xuất và Kinh doanh Quả sạch Hòa Cư", ProducerType.Cooperative, "OC06223", "cao-loc",
            "Thôn Nà Tâm", 21.9203, 106.8342, "0205 3861 234", "Hoàng Văn Thắng",
            "<p>Hợp tác xã ra đời năm 2017 từ 12 hộ trồng hồng không hạt lâu năm ở Hòa Cư và Bảo Lâm. Giống hồng bản địa được ghép, chăm theo quy trình VietGAP, thu hái từ giữa tháng 9 đến hết tháng 10.</p><p>Quả chín cây, giòn, ngọt thanh, không hạt — đặc sản mùa thu xứ Lạng.</p>",
            "<p>Founded in 2017 by 12 households growing the local seedless persimmon in Hòa Cư and Bảo Lâm, following VietGAP practice.</p>"),
        new("mau-son", "Công ty TNHH Đặc sản Mẫu Sơn", ProducerType.Enterprise, "OC06190", "cao-loc",
            "Khu 3", 21.8671, 106.8152, "0205 3870 555", "Lường Thị Hoa",
            "<p>Doanh nghiệp chế biến hoa hồi và tinh dầu hồi từ vùng nguyên liệu hơn 300 ha của đồng bào Tày, Nùng huyện Cao Lộc. Hồi được chưng cất bằng hơi nước, không dung môi.</p>",
            "<p>Processes star anise and its essential oil from 300 ha of Tày and Nùng family groves.</p>"),
        new("binh-son", "HTX Nông nghiệp Bình Sơn", ProducerType.Cooperative, "OC15769", "trieu-son",
            "Thôn 3", 19.7706, 105.5137, "0237 3867 111", "Lê Văn Hùng",
            "<p>Hơn 400 đàn ong nội nuôi dưới tán rừng keo và cây bạch đàn ở chân núi Nưa. Mật được quay đúng mùa hoa, lọc lạnh, không pha đường.</p>",
            "<p>Over 400 local bee colonies kept at the foot of Nưa mountain; cold-filtered honey, nothing added.</p>"),
        new("tho-tan", "HTX Mây tre đan Thọ Tân", ProducerType.Cooperative, "OC15748", "trieu-son",
            "Thôn Đồng Tiến", 19.8412, 105.5821, "0237 3865 246", "Nguyễn Thị Lan",
            "<p>Nghề đan mây tre ở Thọ Tân có từ thời ông bà. HTX giữ nghề cho hơn 80 lao động nữ, làm giỏ, khay, đèn từ tre, giang và mây rừng.</p>",
            "<p>Keeps the village craft of rattan and bamboo weaving alive for more than 80 women.</p>"),
        new("tho-binh", "HTX Dịch vụ Nông nghiệp Thọ Bình", ProducerType.Cooperative, "OC15670", "trieu-son",
            "Thôn 6", 19.8219, 105.5356, "0237 3868 789", "Trịnh Văn Minh",
            "<p>Cánh đồng lúa nếp cái hoa vàng 60 ha bên sông Hoàng, canh tác hữu cơ, gặt tay, phơi nắng. Từ nếp, HTX nấu rượu nếp theo men lá truyền thống.</p>",
            "<p>60 ha of organic yellow-flower glutinous rice by the Hoàng river, and rice wine from it.</p>"),
        new("minh-son", "Hộ kinh doanh Bánh gai Lê Thị Mai", ProducerType.HouseholdBusiness, "OC15691", "trieu-son",
            "Thôn 2", 19.7980, 105.6077, "0912 345 678", "Lê Thị Mai",
            "<p>Ba thế hệ làm bánh gai lá gai rừng, nhân đậu xanh, dừa, mỡ. Mỗi ngày gói tay khoảng 1.500 chiếc.</p>",
            "<p>Three generations making ramie-leaf cakes by hand, about 1,500 a day.</p>"),
        new("kon-ray-honey", "HTX Nông nghiệp và Dịch vụ Tân Lập", ProducerType.Cooperative, "OC23497", "kon-ray",
            "Thôn 4", 14.5436, 108.1887, "0260 3828 456", "A Thuyên",
            "<p>Đồng bào Xơ Đăng gác kèo ong rừng, nuôi ong dưới tán rừng tự nhiên Kon Rẫy. HTX còn trồng sâm dây và cà phê xứ lạnh.</p>",
            "<p>Xơ Đăng families keep wild bees under the natural forest of Kon Rẫy; the cooperative also grows codonopsis and coffee.</p>"),
        new("kon-ray-weave", "Tổ hợp tác Dệt thổ cẩm Kon Rlong", ProducerType.CooperativeGroup, "OC23488", "kon-ray",
            "Làng Kon Rlong", 14.6176, 108.2265, "0987 654 321", "Y Blưm",
            "<p>22 phụ nữ Xơ Đăng dệt thổ cẩm trên khung dệt truyền thống, nhuộm màu từ lá, vỏ cây rừng. Khách có thể ở lại nhà sàn và học dệt.</p>",
            "<p>22 Xơ Đăng women weaving on back-strap looms with forest dyes; guests can stay and learn.</p>"),
        new("tay-son-tea", "Công ty CP Trà Tây Sơn", ProducerType.Enterprise, "OC21820", "tay-son",
            "Thôn Hòa Hiệp", 13.9456, 108.8731, "0256 3880 333", "Đặng Quốc Bảo",
            "<p>Chè xanh trồng trên đồi đất đỏ Tây Sơn, sao suốt bằng chảo gang. Ngoài trà, công ty làm tré và bánh tráng theo công thức vùng đất võ.</p>",
            "<p>Green tea from the red hills of Tây Sơn, pan-fired; also the region's tré and rice paper.</p>"),
        new("ham-ho", "HTX Du lịch Sinh thái Hầm Hô", ProducerType.Cooperative, "OC21850", "tay-son",
            "Thôn Phú Lâm", 13.8796, 108.9457, "0256 3881 222", "Phan Văn Dũng",
            "<p>Hầm Hô — dòng suối đá giữa rừng, đi thuyền độc mộc, xem biểu diễn võ cổ truyền và trống trận Tây Sơn. HTX do người dân địa phương góp vốn và làm hướng dẫn viên.</p>",
            "<p>Hầm Hô: a stone stream in the forest, dugout boats, martial arts and Tây Sơn war drums; run by local people.</p>"),
    ];

    public sealed record ProductSeed(
        string Name, string? NameEn, string ProducerKey, string CategoryCode, long Price, string Unit, int Stock,
        string Short, string Description, int Stars, string DecisionNumber, CouncilLevel Level, DateOnly IssuedOn,
        decimal Score, bool Featured, int Weight, DateOnly? RevokedOn = null);

    public static readonly ProductSeed[] Products =
    [
        new("Hồng không hạt Bảo Lâm", "Bao Lam seedless persimmon", "hoa-cu", "1.1", 85_000, "hộp 1 kg", 120,
            "Hồng không hạt chín cây, giòn ngọt, chỉ có vào mùa thu xứ Lạng.",
            "<p>Giống hồng không hạt bản địa trồng ở Bảo Lâm và Hòa Cư, quả vuông thành, vỏ vàng cam, ăn giòn, ngọt thanh. Hái khi quả già, khử chát bằng nước ấm theo cách truyền thống.</p>",
            3, "2089/QĐ-UBND", CouncilLevel.District, new(2021, 10, 8), 62.5m, true, 1000),
        new("Tinh dầu hồi Mẫu Sơn", "Mau Son star anise oil", "mau-son", "3.4", 320_000, "chai 50 ml", 60,
            "Tinh dầu hồi nguyên chất chưng cất hơi nước, thơm ấm, dùng xoa bóp và khử mùi.",
            "<p>Chưng cất từ quả hồi khô vụ chính, hàm lượng anethol trên 85%. Đóng chai thủy tinh tối màu.</p>",
            4, "1345/QĐ-UBND", CouncilLevel.Province, new(2024, 6, 14), 78.25m, true, 120),
        new("Hoa hồi khô Cao Lộc", "Cao Loc dried star anise", "mau-son", "1.6", 180_000, "túi 500 g", 200,
            "Hoa hồi khô cánh to, tinh dầu cao, gia vị không thể thiếu của phở.",
            "<p>Hồi vụ thu phơi nắng tự nhiên, tuyển cánh đều, không mốc, không lưu huỳnh.</p>",
            3, "1790/QĐ-UBND", CouncilLevel.District, new(2023, 12, 20), 64m, false, 500),
        new("Rượu Mẫu Sơn men lá", "Mau Son leaf-yeast rice spirit", "mau-son", "2.1", 150_000, "chai 500 ml", 80,
            "Rượu gạo men lá của người Dao Mẫu Sơn, êm, thơm, hậu ngọt.",
            "<p>Nấu từ gạo nương và men lá rừng, ủ trong chum sành 6 tháng.</p>",
            3, "1790/QĐ-UBND", CouncilLevel.District, new(2023, 12, 20), 58.75m, false, 800),
        new("Mật ong Bình Sơn", "Binh Son honey", "binh-son", "1.3", 250_000, "chai 500 ml", 150,
            "Mật ong hoa rừng núi Nưa, sánh, thơm, lọc lạnh không pha.",
            "<p>Mật ong nội thu từ đàn ong nuôi dưới tán rừng, độ ẩm dưới 20%, kiểm nghiệm đạt tiêu chuẩn TCVN 12605.</p>",
            4, "2156/QĐ-UBND", CouncilLevel.Province, new(2024, 9, 3), 81.5m, true, 700),
        new("Phấn hoa Bình Sơn", "Binh Son bee pollen", "binh-son", "1.3", 190_000, "hũ 250 g", 40,
            "Phấn hoa ong nội sấy lạnh, giữ trọn dinh dưỡng.",
            "<p>Phấn hoa thu bằng máng hứng tại cửa tổ, sấy ở 40°C.</p>",
            3, "1120/QĐ-UBND", CouncilLevel.District, new(2023, 5, 10), 55m, false, 250),
        new("Giỏ mây đan Thọ Tân", "Tho Tan rattan basket", "tho-tan", "4.1", 145_000, "chiếc", 75,
            "Giỏ mây đan tay, quai chắc, dùng đi chợ hoặc trang trí.",
            "<p>Mây rừng chuốt nhẵn, đan lóng mốt, quét dầu điều chống mốc.</p>",
            3, "1120/QĐ-UBND", CouncilLevel.District, new(2023, 5, 10), 57.5m, false, 400),
        new("Đèn tre Thọ Tân", "Tho Tan bamboo lamp", "tho-tan", "4.1", 390_000, "chiếc", 25,
            "Chao đèn tre đan hoa văn mắt cáo, ánh sáng ấm.",
            "<p>Tre già ngâm bùn 3 tháng chống mọt, đan tay, kèm đui đèn và dây 2 m.</p>",
            4, "2156/QĐ-UBND", CouncilLevel.Province, new(2024, 9, 3), 72m, true, 900),
        new("Gạo nếp cái hoa vàng Thọ Bình", "Tho Binh yellow-flower sticky rice", "tho-binh", "1.2", 65_000, "túi 2 kg", 300,
            "Nếp cái hoa vàng hữu cơ, hạt tròn, dẻo thơm, nấu xôi, làm bánh.",
            "<p>Lúa nếp cấy một vụ, gặt tay, phơi trên sân gạch, xay xát nhẹ giữ lớp cám.</p>",
            3, "1120/QĐ-UBND", CouncilLevel.District, new(2023, 5, 10), 66.25m, false, 2000),
        new("Rượu nếp Thọ Bình", "Tho Binh rice wine", "tho-binh", "2.1", 120_000, "chai 500 ml", 0,
            "Rượu nếp cái hoa vàng, men lá, 35 độ, ủ chum.",
            "<p>Chưng cất hai lần, hạ thổ ba tháng. Sản phẩm dành cho người trên 18 tuổi.</p>",
            3, "1120/QĐ-UBND", CouncilLevel.District, new(2023, 5, 10), 54m, false, 800),
        new("Bánh gai Minh Sơn", "Minh Son ramie-leaf cake", "minh-son", "1.6", 60_000, "túi 10 chiếc", 90,
            "Bánh gai nhân đậu xanh, dừa, vỏ dẻo thơm lá gai.",
            "<p>Lá gai rừng phơi khô, xay mịn, trộn bột nếp và mật mía. Gói lá chuối khô, hấp 4 giờ.</p>",
            3, "2480/QĐ-UBND", CouncilLevel.District, new(2022, 11, 28), 60.5m, false, 600),
        new("Mật ong rừng Kon Rẫy", "Kon Ray wild honey", "kon-ray-honey", "1.3", 420_000, "chai 500 ml", 35,
            "Mật ong rừng gác kèo của đồng bào Xơ Đăng, màu hổ phách, vị đậm.",
            "<p>Khai thác bền vững một lần mỗi mùa, giữ lại phần lớn tổ cho đàn ong.</p>",
            4, "851/QĐ-UBND", CouncilLevel.Province, new(2025, 3, 18), 83m, true, 700),
        new("Sâm dây Kon Rẫy", "Kon Ray codonopsis", "kon-ray-honey", "3.2", 550_000, "hộp 500 g", 20,
            "Sâm dây (đảng sâm) trồng dưới tán rừng, sấy khô.",
            "<p>Củ sâm 3 năm tuổi, thái lát, sấy ở nhiệt độ thấp. Dùng hầm, ngâm rượu, pha trà.</p>",
            4, "851/QĐ-UBND", CouncilLevel.Province, new(2025, 3, 18), 76.5m, false, 500),
        new("Cà phê Robusta Kon Rẫy", "Kon Ray robusta coffee", "kon-ray-honey", "1.5", 210_000, "túi 500 g", 110,
            "Cà phê robusta rang mộc, chín đỏ hái tay.",
            "<p>Chế biến ướt, phơi giàn, rang củi mức vừa. Không tẩm hương liệu.</p>",
            3, "2012/QĐ-UBND", CouncilLevel.District, new(2023, 11, 30), 63m, false, 500),
        new("Khăn thổ cẩm Xơ Đăng", "So Dang brocade scarf", "kon-ray-weave", "4.3", 280_000, "chiếc", 30,
            "Khăn choàng thổ cẩm dệt tay, nhuộm màu lá rừng.",
            "<p>Sợi bông se tay, nhuộm chàm và vỏ cây, dệt trên khung đeo lưng mất 5 ngày mỗi chiếc.</p>",
            4, "851/QĐ-UBND", CouncilLevel.Province, new(2025, 3, 18), 74m, true, 200),
        new("Trà xanh Tây Sơn", "Tay Son green tea", "tay-son-tea", "1.4", 135_000, "hộp 200 g", 140,
            "Trà xanh sao chảo, nước xanh, vị chát dịu, hậu ngọt.",
            "<p>Búp một tôm hai lá hái buổi sáng, diệt men bằng chảo gang, vò tay.</p>",
            4, "3311/QĐ-UBND", CouncilLevel.Province, new(2023, 12, 20), 79m, true, 200),
        new("Tré Tây Sơn", "Tay Son tre (cured pork)", "tay-son-tea", "1.7", 95_000, "hộp 500 g", 60,
            "Tré thịt heo trộn riềng, tỏi, thính gạo, gói rơm.",
            "<p>Món đặc sản đất võ, lên men tự nhiên 3 ngày, bảo quản lạnh.</p>",
            3, "2001/QĐ-UBND", CouncilLevel.District, new(2024, 2, 15), 61m, false, 500),
        new("Bánh tráng nước dừa Tây Sơn", "Tay Son coconut rice paper", "tay-son-tea", "1.6", 45_000, "gói 10 chiếc", 0,
            "Bánh tráng nướng giòn thơm vị dừa, mè đen.",
            "<p>Bột gạo, nước cốt dừa, mè đen, phơi nắng, nướng than.</p>",
            3, "2001/QĐ-UBND", CouncilLevel.District, new(2024, 2, 15), 52m, false, 300,
            RevokedOn: new(2025, 9, 1)),
        new("Tour sinh thái Hầm Hô", "Ham Ho eco-tour", "ham-ho", "6.2", 350_000, "người", 500,
            "Một ngày ở Hầm Hô: thuyền độc mộc, võ cổ truyền, trống trận Tây Sơn, cơm làng.",
            "<p>Đón tại Phú Phong, tham quan bảo tàng Quang Trung, đi thuyền trên suối Hầm Hô, ăn trưa món địa phương, xem biểu diễn võ và trống trận.</p>",
            4, "3311/QĐ-UBND", CouncilLevel.Province, new(2023, 12, 20), 80.5m, true, 0),
        new("Lan Kim Điệp Kon Rẫy", "Kon Ray golden dendrobium orchid", "kon-ray-honey", "5.1", 260_000, "giò", 15,
            "Lan Kim Điệp nhân giống từ cây rừng, ra hoa vàng rực vào mùa xuân.",
            "<p>Nhân giống bằng tách chiết, không khai thác từ rừng tự nhiên; giao kèm giá thể dớn và hướng dẫn chăm sóc.</p>",
            3, "851/QĐ-UBND", CouncilLevel.District, new(2025, 3, 18), 58m, false, 600),
        new("Trải nghiệm dệt thổ cẩm Kon Rlong", "Kon Rlong weaving stay", "kon-ray-weave", "6.1", 450_000, "người/đêm", 40,
            "Nghỉ nhà sàn, học dệt thổ cẩm cùng phụ nữ Xơ Đăng, ăn cơm lam gà nướng.",
            "<p>Gồm một đêm nhà sàn, bữa tối và sáng, buổi học dệt 3 giờ, một khăn nhỏ tự dệt mang về.</p>",
            3, "2012/QĐ-UBND", CouncilLevel.District, new(2023, 11, 30), 56m, false, 0),
    ];

    public sealed record DisplayPointSeed(string Name, DisplayPointType Type, string CommuneCode, string Address, double Lat, double Lng, string Phone, string Hours);

    public static readonly DisplayPointSeed[] DisplayPoints =
    [
        new("Điểm giới thiệu và bán sản phẩm OCOP Triệu Sơn", DisplayPointType.Shop, "C15664", "Khu phố 4", 19.8138, 105.6064, "0237 3867 000", "T2–T6 07:30–11:30, 13:30–21:00; T7–CN 07:00–21:30"),
        new("Quầy OCOP Khách sạn Mường Thanh Thanh Hóa", DisplayPointType.HotelCorner, "C14797", "Đại lộ Lê Lợi, Thanh Hóa", 19.8056, 105.7818, "0237 3757 999", "00:00–24:00"),
        new("Gian hàng OCOP chợ Đông Kinh", DisplayPointType.Shop, "C05977", "Chợ Đông Kinh, Lạng Sơn", 21.8485, 106.7612, "0205 3812 345", "06:30–19:00"),
        new("Điểm OCOP cửa khẩu Hữu Nghị", DisplayPointType.RestStop, "C06184", "Khu cửa khẩu Hữu Nghị, Đồng Đăng", 21.9698, 106.7038, "0205 3851 888", "07:00–19:00"),
        new("Ki-ốt OCOP Khu di tích Quang Trung", DisplayPointType.TouristSiteKiosk, "C21808", "Thị trấn Phú Phong, Tây Sơn", 13.9147, 108.9089, "0256 3880 101", "T2–T6 07:30–11:00, 13:30–17:00; T7–CN 07:00–17:30"),
        new("Điểm OCOP Bưu điện Kon Rẫy", DisplayPointType.PostOffice, "C23479", "Thị trấn Đăk Rve, Kon Rẫy", 14.5534, 108.2070, "0260 3828 100", "T2–T6 07:00–11:30, 13:30–17:00; T7 07:30–11:30; CN nghỉ"),
    ];
}
