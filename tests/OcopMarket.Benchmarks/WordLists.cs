namespace OcopMarket.Benchmarks;

/// <summary>Vietnamese words for believable generated products, keyed by OCOP subgroup code (Decision 148).</summary>
internal static class WordLists
{
    public static readonly Dictionary<string, string[]> ProductsBySubgroup = new()
    {
        ["1.1"] = ["Bưởi da xanh", "Cam sành", "Vải thiều", "Nhãn lồng", "Xoài cát", "Thanh long ruột đỏ", "Chuối ngự", "Na dai", "Hồng giòn", "Khoai lang mật", "Dưa lưới", "Măng tây"],
        ["1.2"] = ["Gạo ST25", "Gạo nếp cái hoa vàng", "Gạo lứt đỏ", "Gạo tám thơm", "Bột sắn dây", "Miến dong", "Gạo séng cù"],
        ["1.3"] = ["Mật ong hoa nhãn", "Mật ong bạc hà", "Mật ong rừng", "Phấn hoa", "Mật ong hoa cà phê", "Sữa ong chúa"],
        ["1.4"] = ["Chè Shan tuyết", "Trà xanh", "Trà móc câu", "Trà hoa vàng", "Trà sen", "Trà ô long"],
        ["1.5"] = ["Cà phê Robusta rang xay", "Cà phê Arabica", "Ca cao nguyên chất", "Sô cô la đen", "Cà phê chồn"],
        ["1.6"] = ["Nem chua", "Mắm tôm", "Nước mắm cốt", "Bánh tráng", "Bánh gai", "Tương bần", "Ruốc tôm", "Chả cá", "Mứt gừng", "Bánh đa", "Kẹo dồi"],
        ["1.7"] = ["Thịt trâu gác bếp", "Lạp xưởng", "Trứng gà ta", "Sữa chua nếp cẩm", "Giò bò", "Xúc xích heo đen"],
        ["2.1"] = ["Rượu nếp cẩm", "Rượu ngô men lá", "Rượu sim", "Rượu chuối hột", "Rượu mơ"],
        ["2.2"] = ["Nước cốt chanh leo", "Siro dâu tằm", "Nước ép dứa", "Trà atiso đóng chai", "Nước cốt gừng"],
        ["3.1"] = ["Tinh bột nghệ", "Đông trùng hạ thảo", "Cao atiso", "Bột ngũ cốc", "Tinh bột sắn dây"],
        ["3.2"] = ["Cao ích mẫu", "Trà giảo cổ lam", "Cao xương khớp", "Sâm dây", "Cao lá vối"],
        ["3.3"] = ["Dầu gội bồ kết", "Xà phòng thảo mộc", "Son dầu dừa", "Nước hoa bưởi", "Muối tắm thảo dược"],
        ["3.4"] = ["Tinh dầu sả chanh", "Tinh dầu quế", "Tinh dầu tràm", "Tinh dầu bưởi", "Tinh dầu hồi"],
        ["4.1"] = ["Giỏ mây đan", "Đèn tre", "Khay gỗ", "Hộp tre", "Chiếu cói", "Ống hút tre"],
        ["4.2"] = ["Bình gốm men lam", "Ấm chén gốm", "Lọ hoa gốm", "Đĩa gốm vẽ tay"],
        ["4.3"] = ["Khăn thổ cẩm", "Túi thổ cẩm", "Tranh thêu tay", "Khăn lụa tơ tằm", "Áo chàm"],
        ["5.1"] = ["Lan hồ điệp", "Bonsai sanh", "Đào thế", "Quất cảnh", "Lan kiếm"],
        ["6.1"] = ["Tour trải nghiệm làng nghề", "Homestay bản", "Tour sinh thái"],
        ["6.2"] = ["Khu du lịch sinh thái", "Điểm du lịch làng cổ"],
    };

    public static readonly string[] Qualifiers = ["", "", "", "hữu cơ", "truyền thống", "đặc biệt", "thượng hạng", "loại 1", "gia truyền", "sạch"];

    /// <summary>Selling units by OCOP group (first digit of the subgroup code).</summary>
    public static readonly Dictionary<string, string[]> UnitsByGroup = new()
    {
        ["1"] = ["hộp", "kg", "túi 1 kg", "gói 500 g", "lọ 300 g", "hũ 250 g"],
        ["2"] = ["chai 500 ml", "chai 750 ml", "thùng 24 chai"],
        ["3"] = ["hộp", "lọ 100 ml", "chai 10 ml", "gói 200 g"],
        ["4"] = ["chiếc", "bộ", "đôi"],
        ["5"] = ["chậu", "cây"],
        ["6"] = ["người", "vé", "đêm"],
    };

    public static readonly string[] Activities = ["Nông nghiệp", "Dịch vụ nông nghiệp", "Chế biến nông sản", "Sản xuất và Kinh doanh", "Nông sản sạch", "Làng nghề", "Dược liệu"];

    public static readonly string[] CompanyWords = ["Đặc sản", "Thực phẩm", "Nông sản", "Thương mại", "Xanh", "Sen Việt", "Hương Quê"];

    public static readonly string[] Sentences =
    [
        "Nguyên liệu được tuyển chọn từ vùng trồng của các hộ thành viên, canh tác theo hướng VietGAP.",
        "Sản phẩm được chế biến thủ công theo công thức truyền thống, không dùng chất bảo quản.",
        "Bao bì có tem truy xuất nguồn gốc, thông tin lô sản xuất in trên nhãn.",
        "Bảo quản nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp.",
        "Phù hợp làm quà biếu trong dịp lễ, Tết.",
        "Cơ sở sản xuất đạt chứng nhận an toàn thực phẩm của Sở Nông nghiệp và Môi trường.",
        "Mỗi mùa thu hoạch chỉ có số lượng giới hạn.",
    ];
}
