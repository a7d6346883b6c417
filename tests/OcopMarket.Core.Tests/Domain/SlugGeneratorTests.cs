using System.Globalization;
using System.Text;
using OcopMarket.Core.Common;

namespace OcopMarket.Core.Tests.Domain;

public sealed class SlugGeneratorTests
{
    [Theory]
    [InlineData("Hồng không hạt Bảo Lâm", "hong-khong-hat-bao-lam")]
    [InlineData("Mật ong rừng Kon Rẫy", "mat-ong-rung-kon-ray")]
    [InlineData("Đặc sản Đắk Lắk", "dac-san-dak-lak")]
    [InlineData("HỒNG KHÔNG HẠT", "hong-khong-hat")]
    [InlineData("Nước mắm Phú Quốc", "nuoc-mam-phu-quoc")]
    [InlineData("Gạo ST25 – Sóc Trăng", "gao-st25-soc-trang")]
    [InlineData("Cà phê 100% Arabica", "ca-phe-100-arabica")]
    [InlineData("Trà Shan tuyết Cao Lộc", "tra-shan-tuyet-cao-loc")]
    [InlineData("Rượu đế Bàu Đá", "ruou-de-bau-da")]
    [InlineData("Bưởi Diễn, Thọ Bình", "buoi-dien-tho-binh")]
    public void Vietnamese_names_fold_to_ascii_slugs(string text, string slug) =>
        Assert.Equal(slug, SlugGenerator.Generate(text));

    [Theory]
    [InlineData("  Mật ong!!!  rừng 🍯🍯 Kon   Rẫy... ", "mat-ong-rung-kon-ray")]
    [InlineData("Mật---ong___rừng", "mat-ong-rung")]
    [InlineData("Mật\tong\r\nrừng", "mat-ong-rung")]
    [InlineData("(Mật ong) [rừng] {Kon Rẫy}", "mat-ong-rung-kon-ray")]
    [InlineData("🍯 Mật ong 🐝", "mat-ong")]
    [InlineData("---abc---", "abc")]
    [InlineData("a / b & c", "a-b-c")]
    [InlineData("ABC123", "abc123")]
    public void Punctuation_emoji_and_whitespace_collapse_to_single_dashes_and_ends_are_trimmed(string text, string slug) =>
        Assert.Equal(slug, SlugGenerator.Generate(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!!")]
    [InlineData("🍯🐝")]
    [InlineData("---")]
    public void Text_without_letters_or_digits_gives_an_empty_slug(string text) =>
        Assert.Equal("", SlugGenerator.Generate(text));

    [Theory]
    [InlineData("Hồng không hạt Bảo Lâm")]
    [InlineData("Mật ong rừng Kon Rẫy")]
    [InlineData("Đặc sản Đắk Lắk")]
    [InlineData("Bưởi Diễn ưu tú, Thọ Vực")]
    [InlineData("NƯỚC MẮM Ở ĐẢO")]
    public void Decomposed_input_gives_the_same_slug_as_composed(string text)
    {
        var nfc = text.Normalize(NormalizationForm.FormC);
        var nfd = text.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(nfc, nfd); // the test means something only when the forms differ

        Assert.Equal(SlugGenerator.Generate(nfc), SlugGenerator.Generate(nfd));
    }

    [Fact]
    public void Slugs_do_not_depend_on_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "tr-TR", "vi-VN", "en-US", "az-Latn-AZ" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                Assert.Equal("tien-giang-ich-lo-i", SlugGenerator.Generate("TIỀN GIANG ÍCH LỢ I"));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Length_is_capped_at_MaxLength()
    {
        Assert.Equal(120, SlugGenerator.MaxLength);

        var slug = SlugGenerator.Generate(new string('a', 500));
        Assert.Equal(SlugGenerator.MaxLength, slug.Length);

        var words = SlugGenerator.Generate(string.Concat(Enumerable.Repeat("Mật ong rừng Kon Rẫy ", 40)));
        Assert.InRange(words.Length, SlugGenerator.MaxLength - 10, SlugGenerator.MaxLength);
        Assert.StartsWith("mat-ong-rung-kon-ray-mat-ong", words, StringComparison.Ordinal);
        Assert.False(words.EndsWith('-'));
        Assert.True(SlugGenerator.IsValid(words));
    }

    [Fact]
    public void A_cut_that_lands_on_a_separator_leaves_no_trailing_dash()
    {
        var text = new string('a', SlugGenerator.MaxLength - 1) + " tail words here";

        var slug = SlugGenerator.Generate(text);

        Assert.Equal(new string('a', SlugGenerator.MaxLength - 1), slug);
    }

    [Fact]
    public void Diacritics_do_not_count_against_the_length_cap()
    {
        var text = string.Concat(Enumerable.Repeat("ệ", 200)); // one letter each once folded
        Assert.Equal(new string('e', SlugGenerator.MaxLength), SlugGenerator.Generate(text));
        Assert.Equal(new string('e', SlugGenerator.MaxLength), SlugGenerator.Generate(text.Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("hong-khong-hat-bao-lam", true)]
    [InlineData("a", true)]
    [InlineData("gao-st25", true)]
    [InlineData("2024", true)]
    [InlineData("Hong-khong", false)]
    [InlineData("hong--khong", false)]
    [InlineData("-hong", false)]
    [InlineData("hong-", false)]
    [InlineData("hong khong", false)]
    [InlineData("hồng-không", false)]
    [InlineData("hong_khong", false)]
    [InlineData("hong.khong", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_accepts_only_canonical_slugs(string? slug, bool valid) =>
        Assert.Equal(valid, SlugGenerator.IsValid(slug));

    [Fact]
    public void IsValid_respects_the_length_cap()
    {
        Assert.True(SlugGenerator.IsValid(new string('a', SlugGenerator.MaxLength)));
        Assert.False(SlugGenerator.IsValid(new string('a', SlugGenerator.MaxLength + 1)));
    }

    [Theory]
    [InlineData("Hồng không hạt Bảo Lâm")]
    [InlineData("  Mật ong!!!  rừng 🍯🍯 Kon   Rẫy... ")]
    [InlineData("Đặc sản Đắk Lắk – quà tặng 2025 (hộp 500 g)")]
    [InlineData("x")]
    public void Generated_slugs_are_valid_and_stable(string text)
    {
        var slug = SlugGenerator.Generate(text);

        Assert.True(SlugGenerator.IsValid(slug));
        Assert.Equal(slug, SlugGenerator.Generate(slug));
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", slug);
    }

    [Fact]
    public void Random_text_always_yields_a_canonical_slug()
    {
        const string alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ" +
                                "AĂÂĐÊÔƠƯÁÀẢÃẠ0123456789 -_.,;:!?/()[]'\"–—…\t🍯🐝₫%";
        var random = new Random(20250706);
        for (var i = 0; i < 500; i++)
        {
            var chars = new StringBuilder();
            var length = random.Next(0, 200);
            for (var j = 0; j < length; j++)
            {
                var index = random.Next(alphabet.Length);
                if (char.IsHighSurrogate(alphabet[index]) && index + 1 < alphabet.Length) chars.Append(alphabet, index, 2);
                else if (!char.IsLowSurrogate(alphabet[index])) chars.Append(alphabet[index]);
            }
            var text = chars.ToString();

            var slug = SlugGenerator.Generate(text);

            Assert.True(slug.Length == 0 || SlugGenerator.IsValid(slug), $"'{text}' → '{slug}'");
            Assert.InRange(slug.Length, 0, SlugGenerator.MaxLength);
            Assert.Equal(slug, SlugGenerator.Generate(text.Normalize(NormalizationForm.FormD)));
        }
    }
}
