using System.IO.Compression;
using System.Text;
using OcopMarket.Core.Certification.Import;
using static OcopMarket.Core.Tests.Import.RegisterTestData;

namespace OcopMarket.Core.Tests.Import;

public sealed class RegisterFileReaderTests
{
    private readonly RegisterFileReader _reader = new();

    [Theory]
    [InlineData("Tên sản phẩm", RegisterColumn.ProductName)]
    [InlineData("TEN SAN PHAM", RegisterColumn.ProductName)]
    [InlineData("ten san pham", RegisterColumn.ProductName)]
    [InlineData("Xã/phường", RegisterColumn.Commune)]
    [InlineData("Xa - Phuong", RegisterColumn.Commune)]
    [InlineData("Ngày cấp (dd/mm/yyyy)", RegisterColumn.IssuedOn)]
    [InlineData("  Hạng   sao ", RegisterColumn.Stars)]
    [InlineData("Số QĐ", RegisterColumn.DecisionNumber)]
    [InlineData("Cấp Hội đồng", RegisterColumn.CouncilLevel)]
    [InlineData("Loai hinh chu the", RegisterColumn.ProducerType)]
    [InlineData("Ngày hết hạn", RegisterColumn.ExpiresOn)]
    public void Headings_match_with_or_without_diacritics_and_case(string heading, RegisterColumn expected) =>
        Assert.Equal(expected, RegisterColumns.Match(heading));

    [Fact]
    public void Unknown_headings_are_ignored() => Assert.Null(RegisterColumns.Match("Ghi chú"));

    [Theory]
    [InlineData(',', true)]
    [InlineData(';', true)]
    [InlineData(';', false)]
    [InlineData('\t', false)]
    public void Csv_is_read_with_any_usual_separator_and_with_or_without_bom(char separator, bool bom)
    {
        var file = Csv([Headings, Row(1), Row(2, ("Tên sản phẩm", "Mật ong \"rừng\", loại 1"))], separator, bom);

        var result = _reader.Read(file);

        Assert.Null(result.Error);
        var sheet = result.Sheet!;
        Assert.Equal(RegisterFileFormat.Csv, sheet.Format);
        Assert.Equal(2, sheet.Rows.Count);
        Assert.Equal(2, sheet.Rows[0].RowNumber);
        Assert.Equal("Mật ong hoa nhãn 1", sheet.Rows[0][RegisterColumn.ProductName]);
        Assert.Equal("Mật ong \"rừng\", loại 1", sheet.Rows[1][RegisterColumn.ProductName]);
        Assert.Equal("81,5", sheet.Rows[0][RegisterColumn.Score]);
    }

    [Fact]
    public void Xlsx_first_sheet_is_read_with_real_dates_and_numbers()
    {
        var file = Xlsx(Headings,
        [
            [1, "Mật ong Thọ Bình", "HTX Ong mật Thọ Bình", "HTX", "Thọ Bình", "Thanh Hóa", "1.3", 4, 81.5, "Tỉnh", 148, "2101/QĐ-UBND", "UBND tỉnh Thanh Hóa", new DateTime(2024, 9, 3), null],
        ]);

        var result = _reader.Read(file);

        Assert.Null(result.Error);
        var row = Assert.Single(result.Sheet!.Rows);
        Assert.Equal(RegisterFileFormat.Xlsx, result.Sheet.Format);
        Assert.Equal(2, row.RowNumber);
        Assert.Equal(new DateTime(2024, 9, 3), row[RegisterColumn.IssuedOn]);
        Assert.Equal(81.5, row[RegisterColumn.Score]);
    }

    [Fact]
    public void A_title_block_above_the_headings_and_blank_rows_are_skipped_keeping_row_numbers()
    {
        var title = new[] { "DANH SÁCH SẢN PHẨM OCOP HUYỆN TRIỆU SƠN" }.Concat(Enumerable.Repeat("", Headings.Length - 1)).ToArray();
        var blank = Enumerable.Repeat("", Headings.Length).ToArray();
        var file = Csv([title, blank, Headings, Row(1), blank, Row(2)]);

        var sheet = _reader.Read(file).Sheet!;

        Assert.Equal([4, 6], sheet.Rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void Missing_required_columns_are_named()
    {
        var headings = Headings.Where(h => h is not ("Ngày cấp" or "Tỉnh")).ToArray();
        var result = _reader.Read(Csv([headings, headings.Select(_ => "x").ToArray()]));

        Assert.Equal(ImportMessages.MissingColumns, result.Error!.Key);
        Assert.Equal("Tỉnh, Ngày cấp", result.Error.Arguments[0]);
    }

    [Fact]
    public void A_file_without_recognisable_headings_is_refused() =>
        Assert.Equal(ImportMessages.NoHeader, _reader.Read(Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n")).Error!.Key);

    [Fact]
    public void Headings_only_means_no_rows() =>
        Assert.Equal(ImportMessages.NoRows, _reader.Read(Csv([Headings])).Error!.Key);

    [Fact]
    public void Content_decides_the_format_not_the_name()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        Assert.Equal(ImportMessages.NotCsvOrXlsx, _reader.Read(png).Error!.Key);

        byte[] oldXls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        Assert.Equal(ImportMessages.NotCsvOrXlsx, _reader.Read(oldXls).Error!.Key);

        // A zip that is not a workbook (e.g. a .docx or an archive renamed .xlsx).
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        using (var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open()))
            w.Write("<doc/>");
        Assert.Equal(ImportMessages.NotCsvOrXlsx, _reader.Read(ms.ToArray()).Error!.Key);
    }

    [Fact]
    public void Csv_in_a_legacy_code_page_is_refused_with_advice()
    {
        // "Thọ" in Windows-1252-ish bytes: not valid UTF-8.
        byte[] latin = [.. Encoding.ASCII.GetBytes("STT,Ten san pham,Ch"), 0xFB, .. Encoding.ASCII.GetBytes(" the\n1,a,b\n")];
        Assert.Equal(ImportMessages.NotUtf8, _reader.Read(latin).Error!.Key);
    }

    [Fact]
    public void Empty_and_oversized_files_are_refused()
    {
        Assert.Equal(ImportMessages.Empty, _reader.Read([]).Error!.Key);
        Assert.Equal(ImportMessages.TooLarge, _reader.Read(new byte[RegisterFileReader.MaxBytes + 1]).Error!.Key);
    }
}
