using System.Text;
using OcopMarket.Core.Common;

namespace OcopMarket.Core.Tests.Domain;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Mật ong", "Mat ong")]
    [InlineData("ĐẶC SẢN", "DAC SAN")]
    [InlineData("Đặc sản", "Dac san")]
    [InlineData("đường", "duong")]
    [InlineData("Đắk Lắk", "Dak Lak")]
    [InlineData("Hồng không hạt Bảo Lâm", "Hong khong hat Bao Lam")]
    [InlineData("Mật ong rừng Kon Rẫy", "Mat ong rung Kon Ray")]
    [InlineData("Hợp tác xã Hòa Cư", "Hop tac xa Hoa Cu")]
    [InlineData("Phòng Kinh tế và Hạ tầng", "Phong Kinh te va Ha tang")]
    [InlineData("Triệu Sơn – Thanh Hóa", "Trieu Son – Thanh Hoa")]
    public void Fold_removes_Vietnamese_diacritics(string text, string folded) =>
        Assert.Equal(folded, VietnameseText.Fold(text));

    [Theory]
    [InlineData('a', "aàáảãạăằắẳẵặâầấẩẫậ")]
    [InlineData('A', "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ")]
    [InlineData('e', "eèéẻẽẹêềếểễệ")]
    [InlineData('E', "EÈÉẺẼẸÊỀẾỂỄỆ")]
    [InlineData('i', "iìíỉĩị")]
    [InlineData('I', "IÌÍỈĨỊ")]
    [InlineData('o', "oòóỏõọôồốổỗộơờớởỡợ")]
    [InlineData('O', "OÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ")]
    [InlineData('u', "uùúủũụưừứửữự")]
    [InlineData('U', "UÙÚỦŨỤƯỪỨỬỮỰ")]
    [InlineData('y', "yỳýỷỹỵ")]
    [InlineData('Y', "YỲÝỶỸỴ")]
    [InlineData('d', "dđ")]
    [InlineData('D', "DĐ")]
    public void Fold_maps_every_Vietnamese_letter_to_its_base_letter(char expected, string variants)
    {
        Assert.Equal(new string(expected, variants.Length), VietnameseText.Fold(variants));
        Assert.Equal(new string(expected, variants.Length), VietnameseText.Fold(variants.Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("Cà phê 100% – số 1!", "Ca phe 100% – so 1!")]
    [InlineData("plain ASCII, nothing to do.", "plain ASCII, nothing to do.")]
    [InlineData("", "")]
    [InlineData("  ", "  ")]
    [InlineData("Giá: 1.470.000 ₫", "Gia: 1.470.000 ₫")]
    public void Fold_leaves_everything_else_alone(string text, string folded) =>
        Assert.Equal(folded, VietnameseText.Fold(text));

    [Fact]
    public void Fold_result_is_ascii_for_Vietnamese_text_and_keeps_its_length()
    {
        const string text = "Những sản phẩm OCOP đạt 3 sao trở lên của huyện Tây Sơn, tỉnh Bình Định";

        var folded = VietnameseText.Fold(text);

        Assert.Equal("Nhung san pham OCOP dat 3 sao tro len cua huyen Tay Son, tinh Binh Dinh", folded);
        Assert.Equal(text.Length, folded.Length);
        Assert.All(folded, ch => Assert.True(char.IsAscii(ch), $"'{ch}'"));
    }

    [Theory]
    [InlineData("mat ong", "Mật ong rừng Kon Rẫy")]
    [InlineData("dac san", "Đặc sản Đắk Lắk")]
    [InlineData("hong khong hat", "Hồng không hạt Bảo Lâm")]
    [InlineData("Mật ong", "MẬT ONG RỪNG")]
    public void Folded_comparison_matches_with_or_without_diacritics(string query, string name) =>
        Assert.Contains(VietnameseText.Fold(query).ToLowerInvariant(), VietnameseText.Fold(name).ToLowerInvariant(), StringComparison.Ordinal);

    [Fact]
    public void Normalize_composes_decomposed_text()
    {
        const string composed = "Mật ong rừng Kon Rẫy";
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.True(decomposed.Length > composed.Length);

        var normalized = VietnameseText.Normalize(decomposed);

        Assert.Equal(composed, normalized);
        Assert.True(normalized!.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Normalize_composes_a_hand_built_decomposed_sequence()
    {
        // "Mật" as M + a + combining circumflex (U+0302) + combining dot below (U+0323) + t
        const string handBuilt = "Ma\u0323\u0302t";
        Assert.Equal("M\u1EADt", VietnameseText.Normalize(handBuilt));
    }

    [Theory]
    [InlineData("  Mật ong  ", "Mật ong")]
    [InlineData("\t\r\nĐặc sản\n", "Đặc sản")]
    [InlineData("\u00A0Hồng\u00A0", "Hồng")]
    [InlineData("   ", "")]
    [InlineData("", "")]
    [InlineData("Mật  ong", "Mật  ong")]
    public void Normalize_trims_but_keeps_inner_spacing(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.Normalize(text));

    [Fact]
    public void Normalize_keeps_null() =>
        Assert.Null(VietnameseText.Normalize(null));

    [Fact]
    public void Normalize_is_idempotent_and_leaves_NFC_text_unchanged()
    {
        const string text = "Hồng không hạt Bảo Lâm";
        Assert.Equal(text, VietnameseText.Normalize(text));
        Assert.Equal(VietnameseText.Normalize(text), VietnameseText.Normalize(VietnameseText.Normalize(text)));
    }
}
