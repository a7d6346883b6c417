using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Seeding;

namespace OcopMarket.Core.News;

/// <summary>
/// Demo news: two producer stories (Bình Sơn honey, Hòa Cư persimmons) and three news items about the programme. An
/// article is added only when its slug is free, so the step is idempotent and leaves the office's edits alone.
/// Stories borrow the cover of their producer's first product photo.
/// </summary>
public sealed class DemoNewsSeed(OcopDbContext db, TimeProvider time) : IDemoSeedStep
{
    public int Order => 70;

    internal sealed record ArticleSeed(
        ArticleKind Kind, string Title, string TitleEn, string Summary, string SummaryEn, string Body, string? BodyEn,
        int DaysAgo, string? ProducerName = null, string? CoverProductName = null);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var existing = await db.Articles.Select(a => a.Slug).ToListAsync(ct);
        var missing = Articles.Where(a => !existing.Contains(SlugGenerator.Generate(a.Title))).ToList();
        if (missing.Count == 0) return;

        var producers = await db.Producers.AsNoTracking().ToDictionaryAsync(p => p.Name, p => p.Id, ct);
        var now = time.GetUtcNow();
        foreach (var seed in missing)
        {
            int? producerId = seed.ProducerName is not null && producers.TryGetValue(seed.ProducerName, out var id) ? id : null;
            if (seed.Kind == ArticleKind.ProducerStory && producerId is null) continue; // the producer is gone: no orphan story
            int? cover = seed.CoverProductName is null ? null : await db.ProductImages.AsNoTracking()
                .Where(i => db.Products.Any(p => p.Id == i.ProductId && p.Name == seed.CoverProductName))
                .OrderBy(i => i.SortOrder).Select(i => (int?)i.MediaFileId).FirstOrDefaultAsync(ct);
            var published = now.AddDays(-seed.DaysAgo);
            db.Articles.Add(new Article
            {
                Kind = seed.Kind,
                Title = seed.Title,
                TitleEn = seed.TitleEn,
                Slug = SlugGenerator.Generate(seed.Title),
                Summary = seed.Summary,
                SummaryEn = seed.SummaryEn,
                BodyMarkdown = seed.Body,
                BodyMarkdownEn = seed.BodyEn,
                ProducerId = producerId,
                CoverMediaFileId = cover,
                IsPublished = true,
                PublishedAt = published,
                CreatedAt = published,
                UpdatedAt = published,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    internal static readonly ArticleSeed[] Articles =
    [
        new(ArticleKind.ProducerStory,
            "Mùa mật dưới chân núi Nưa: chuyện những người nuôi ong Bình Sơn",
            "Honey season below Nưa mountain: the beekeepers of Bình Sơn",
            "Hơn 400 đàn ong nội, những buổi sáng quay mật từ tinh mơ và một nguyên tắc không đổi: không pha đường, không ép ong ăn đường để lấy mật.",
            "Over 400 local bee colonies, honey spun at dawn and one rule that never changes: no sugar, ever.",
            """
            Sáu giờ sáng, khi sương còn đọng trên tán keo, anh Lê Văn Hùng đã mở những thùng ong đầu tiên. Với các xã viên
            **HTX Nông nghiệp Bình Sơn**, mùa hoa là lịch làm việc: hoa nhãn tháng Ba, hoa rừng tháng Tư, rồi hoa keo khi hè đến.

            # Từ vài thùng ong đến hợp tác xã

            Năm 2015, cả thôn chỉ có chừng mười hộ nuôi ong, mỗi nhà vài thùng, mật bán cho người quen. Khi hợp tác xã ra đời,
            các hộ thống nhất một quy trình chung:

            - nuôi giống ong nội, đặt thùng dưới tán rừng, xa ruộng phun thuốc;
            - chỉ quay mật khi mật đã vít nắp, để độ ẩm dưới 20%;
            - lọc lạnh, không đun, không pha đường;
            - mỗi mẻ mật ghi rõ ngày quay và vị trí đàn ong.

            # Được công nhận sản phẩm OCOP

            Nhờ quy trình ghi chép đầy đủ và kết quả kiểm nghiệm đạt chuẩn, mật ong Bình Sơn được Hội đồng cấp tỉnh đánh giá
            và công nhận sản phẩm OCOP. Từ đó, mật có mặt ở các điểm giới thiệu sản phẩm OCOP của tỉnh và bán trực tuyến.

            > "Ong khỏe thì mật mới thơm. Mình giữ rừng là giữ nghề." — anh Lê Văn Hùng, giám đốc HTX

            ## Mua mật ở đâu?

            Bạn có thể xem các sản phẩm của hợp tác xã trên [trang của HTX Nông nghiệp Bình Sơn](/chu-the/htx-nong-nghiep-binh-son),
            hoặc ghé các điểm bán OCOP gần nhất trên [bản đồ điểm bán](/diem-ban).
            """,
            """
            At six in the morning, while dew still sits on the acacia canopy, Lê Văn Hùng opens the first hives. For the members
            of **Bình Sơn Agricultural Cooperative**, the flowering calendar is the work calendar.

            # One shared way of working

            - local bee breeds, hives under the forest canopy, far from sprayed fields;
            - honey spun only once capped, below 20% moisture;
            - cold-filtered, never heated, nothing added.

            See the cooperative's products on [its page](/chu-the/htx-nong-nghiep-binh-son).
            """,
            3, "HTX Nông nghiệp Bình Sơn", "Mật ong Bình Sơn"),
        new(ArticleKind.ProducerStory,
            "Hồng không hạt Hòa Cư: mười hai hộ và một thương hiệu mùa thu xứ Lạng",
            "Hòa Cư seedless persimmons: twelve households and an autumn brand",
            "Từ những vườn hồng trăm tuổi ở Hòa Cư và Bảo Lâm, một hợp tác xã nhỏ đã đưa quả hồng không hạt đi khắp nơi mà vẫn giữ cách khử chát truyền thống.",
            "From century-old orchards in Hòa Cư and Bảo Lâm, a small cooperative takes seedless persimmons far and wide, still using the traditional way of removing astringency.",
            """
            Giữa tháng Chín, những con dốc ở Hòa Cư nhuộm màu vàng cam. Đó là lúc **HTX Sản xuất và Kinh doanh Quả sạch Hòa Cư**
            bắt đầu vụ thu hái hồng không hạt — đặc sản mà người Lạng Sơn vẫn gọi là "quà của mùa thu".

            # Giữ giống hồng bản địa

            Hợp tác xã ra đời năm 2017 từ 12 hộ trồng hồng lâu năm. Thay vì trồng giống mới, các xã viên chọn cách ghép
            giống hồng bản địa lên gốc cây già, chăm theo quy trình VietGAP và ghi nhật ký vườn đầy đủ.

            # Khử chát bằng nước ấm

            Quả hồng hái về không ăn được ngay. Người Hòa Cư ngâm quả trong nước ấm khoảng một đêm theo cách ông bà để lại:

            1. chọn quả già, vỏ chuyển vàng đều;
            2. rửa sạch, xếp vào chum;
            3. ngâm nước ấm, giữ nhiệt qua đêm;
            4. vớt ra, để ráo rồi đóng hộp.

            Quả sau khi khử chát giòn, ngọt thanh và giữ được lâu hơn.

            ## Ghé thăm vườn hồng

            Vào mùa, du khách có thể đến vườn, tự tay hái hồng. Xem sản phẩm và thông tin liên hệ trên
            [trang của hợp tác xã](/chu-the/htx-san-xuat-va-kinh-doanh-qua-sach-hoa-cu).
            """,
            null,
            9, "HTX Sản xuất và Kinh doanh Quả sạch Hòa Cư", "Hồng không hạt Bảo Lâm"),
        new(ArticleKind.News,
            "Chương trình OCOP: hành trình từ sản phẩm làng quê đến thị trường",
            "The OCOP programme: from village products to the market",
            "Chương trình Mỗi xã một sản phẩm giúp các hợp tác xã, doanh nghiệp nhỏ và hộ sản xuất chuẩn hóa sản phẩm, được đánh giá, xếp hạng từ 3 đến 5 sao.",
            "The One Commune One Product programme helps cooperatives, small firms and households standardise their products, rated from 3 to 5 stars.",
            """
            Chương trình Mỗi xã một sản phẩm (OCOP) là chương trình phát triển kinh tế khu vực nông thôn, lấy sản phẩm đặc
            trưng của từng địa phương làm trung tâm. Giai đoạn 2021–2025 được phê duyệt theo
            [Quyết định 919/QĐ-TTg](https://vanban.chinhphu.vn/) của Thủ tướng Chính phủ.

            # Sản phẩm được đánh giá thế nào?

            Mỗi sản phẩm được Hội đồng đánh giá theo bộ tiêu chí với ba nhóm chính:

            - **Sản phẩm và sức mạnh cộng đồng**: tổ chức sản xuất, liên kết, sự tham gia của người dân;
            - **Khả năng tiếp thị**: bao bì, câu chuyện sản phẩm, kênh bán hàng;
            - **Chất lượng sản phẩm**: an toàn thực phẩm, tiêu chuẩn, khả năng xuất khẩu.

            Tổng điểm quyết định hạng sao: từ 3 sao (cấp huyện), 4 sao (cấp tỉnh) đến 5 sao (cấp quốc gia).

            # Chứng nhận có thời hạn

            Giấy chứng nhận OCOP có giá trị 36 tháng. Trên OcopMarket, huy hiệu sao chỉ hiển thị khi chứng nhận còn hiệu lực;
            chứng nhận hết hạn hoặc bị thu hồi thì huy hiệu tự ẩn.
            """,
            """
            The One Commune One Product (OCOP) programme develops the rural economy around each locality's signature products.

            # How are products rated?

            - **Product and community strength**
            - **Marketing capacity**
            - **Product quality**

            The total score gives the star rank, from 3 to 5 stars. Certificates are valid for 36 months.
            """,
            14),
        new(ArticleKind.News,
            "Đưa sản phẩm OCOP đến hội chợ xúc tiến thương mại cuối năm",
            "Taking OCOP products to the year-end trade fairs",
            "Các hội chợ cuối năm là dịp để chủ thể OCOP gặp trực tiếp người mua, nhà phân phối và giới thiệu sản phẩm mới trước mùa Tết.",
            "Year-end fairs let OCOP producers meet buyers and distributors in person and show new products before Tết.",
            """
            Mỗi dịp cuối năm, các tỉnh tổ chức hội chợ xúc tiến thương mại dành riêng cho sản phẩm OCOP. Đây là nơi người mua
            được nếm thử, hỏi chuyện người làm ra sản phẩm và mua tận gốc.

            # Chuẩn bị gian hàng

            Văn phòng Điều phối khuyến khích các chủ thể chuẩn bị:

            - mẫu sản phẩm và giấy chứng nhận OCOP còn hiệu lực;
            - tờ giới thiệu ngắn gọn, có mã truy xuất nguồn gốc;
            - bảng giá rõ ràng, niêm yết bằng đồng Việt Nam.

            # Theo dõi lịch hội chợ

            Lịch các hội chợ sắp diễn ra, gian hàng và sản phẩm có mặt được cập nhật trên trang [Hội chợ và sự kiện](/hoi-cho).
            """,
            null,
            21),
        new(ArticleKind.News,
            "Cách đọc huy hiệu sao OCOP và kiểm tra nguồn gốc sản phẩm",
            "How to read the OCOP star badge and check where a product comes from",
            "Huy hiệu sao, số quyết định và tem truy xuất: ba điều người mua nên xem trước khi chọn một sản phẩm OCOP.",
            "The star badge, the decision number and the traceability stamp: three things to check before buying an OCOP product.",
            """
            Trên mỗi trang sản phẩm của OcopMarket, bạn sẽ thấy huy hiệu sao OCOP kèm số quyết định công nhận và cấp hội đồng.

            # Ba điều cần xem

            1. **Số sao**: từ 3 đến 5 sao, thể hiện kết quả đánh giá của Hội đồng.
            2. **Ngày hết hạn**: chứng nhận có giá trị 36 tháng kể từ ngày cấp.
            3. **Tem truy xuất**: quét mã trên bao bì để xem lô hàng, nơi sản xuất.

            # Kiểm tra mã sản phẩm

            Nhập mã in trên tem tại trang [Kiểm tra mã sản phẩm](/truy-xuat). Nếu mã đã bị quét ở nhiều nơi khác nhau,
            hệ thống sẽ cảnh báo để bạn cẩn trọng.
            """,
            null,
            30),
    ];
}
