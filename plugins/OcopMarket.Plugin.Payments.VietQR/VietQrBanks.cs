namespace OcopMarket.Plugin.Payments.VietQR;

/// <summary>A Vietnamese bank as NAPAS knows it: the 6-digit BIN goes into the QR code.</summary>
public sealed record VietQrBank(string Bin, string ShortName, string FullName);

/// <summary>The banks the office can choose from (NAPAS 247 members most accounts are held at).</summary>
public static class VietQrBanks
{
    public static readonly IReadOnlyList<VietQrBank> All =
    [
        new("970436", "Vietcombank", "Ngân hàng TMCP Ngoại thương Việt Nam"),
        new("970415", "VietinBank", "Ngân hàng TMCP Công thương Việt Nam"),
        new("970418", "BIDV", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam"),
        new("970405", "Agribank", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"),
        new("970407", "Techcombank", "Ngân hàng TMCP Kỹ thương Việt Nam"),
        new("970422", "MB", "Ngân hàng TMCP Quân đội"),
        new("970416", "ACB", "Ngân hàng TMCP Á Châu"),
        new("970432", "VPBank", "Ngân hàng TMCP Việt Nam Thịnh Vượng"),
        new("970403", "Sacombank", "Ngân hàng TMCP Sài Gòn Thương Tín"),
        new("970423", "TPBank", "Ngân hàng TMCP Tiên Phong"),
        new("970441", "VIB", "Ngân hàng TMCP Quốc tế Việt Nam"),
        new("970443", "SHB", "Ngân hàng TMCP Sài Gòn – Hà Nội"),
        new("970437", "HDBank", "Ngân hàng TMCP Phát triển TP. Hồ Chí Minh"),
        new("970440", "SeABank", "Ngân hàng TMCP Đông Nam Á"),
        new("970448", "OCB", "Ngân hàng TMCP Phương Đông"),
        new("970426", "MSB", "Ngân hàng TMCP Hàng Hải Việt Nam"),
        new("970431", "Eximbank", "Ngân hàng TMCP Xuất Nhập khẩu Việt Nam"),
        new("970449", "LPBank", "Ngân hàng TMCP Lộc Phát Việt Nam"),
        new("970428", "Nam A Bank", "Ngân hàng TMCP Nam Á"),
        new("970409", "Bac A Bank", "Ngân hàng TMCP Bắc Á"),
        new("970425", "ABBANK", "Ngân hàng TMCP An Bình"),
        new("970412", "PVcomBank", "Ngân hàng TMCP Đại chúng Việt Nam"),
        new("970452", "Kienlongbank", "Ngân hàng TMCP Kiên Long"),
        new("970427", "VietABank", "Ngân hàng TMCP Việt Á"),
        new("970419", "NCB", "Ngân hàng TMCP Quốc Dân"),
        new("970454", "BVBank", "Ngân hàng TMCP Bản Việt"),
        new("970433", "Vietbank", "Ngân hàng TMCP Việt Nam Thương Tín"),
        new("970400", "Saigonbank", "Ngân hàng TMCP Sài Gòn Công Thương"),
        new("970446", "Co-opBank", "Ngân hàng Hợp tác xã Việt Nam"),
        new("970424", "Shinhan Bank", "Ngân hàng TNHH MTV Shinhan Việt Nam"),
    ];

    public static VietQrBank? Find(string? bin) => All.FirstOrDefault(b => b.Bin == bin);
}
