using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OcopMarket.Core.Common;

namespace OcopMarket.Plugin.Payments.VietQR;

/// <summary>
/// Builds the text of a VietQR code: an EMVCo merchant-presented QR payload as NAPAS specifies it for
/// a 24/7 transfer to a bank account ("QRIBFTTA"). Every field is ID + two-digit length + value; the
/// last field is a CRC-16/CCITT-FALSE over everything before it, "6304" included.
/// </summary>
public static partial class VietQrPayload
{
    public const string NapasGuid = "A000000727";
    public const string TransferToAccount = "QRIBFTTA";
    public const string CurrencyVnd = "704";
    public const string CountryVietnam = "VN";
    /// <summary>The purpose of transaction (62/08) and bill number (62/01) hold at most 25 characters.</summary>
    public const int MaxTextLength = 25;

    /// <summary>
    /// A dynamic code ("12"): the banking app fills in the amount and the transfer text, the buyer only confirms.
    /// </summary>
    /// <param name="bin">The beneficiary bank's 6-digit NAPAS BIN (acquirer id).</param>
    /// <param name="accountNumber">The beneficiary account (letters and digits, at most 19).</param>
    /// <param name="amount">Whole VND.</param>
    /// <param name="purpose">The transfer text, e.g. the order number; diacritics are folded, at most 25 characters.</param>
    /// <param name="billNumber">Optional bill number (62/01).</param>
    public static string Build(string bin, string accountNumber, long amount, string purpose, string? billNumber = null)
    {
        if (!BinPattern().IsMatch(bin)) throw new ArgumentException("The BIN must be 6 digits.", nameof(bin));
        if (!AccountPattern().IsMatch(accountNumber)) throw new ArgumentException("The account number must be 1 to 19 letters or digits.", nameof(accountNumber));
        if (amount is <= 0 or > 9_999_999_999_999) throw new ArgumentOutOfRangeException(nameof(amount), "The amount must be between 1 and 13 digits of VND.");

        var beneficiary = Field("00", bin) + Field("01", accountNumber);
        var merchant = Field("00", NapasGuid) + Field("01", beneficiary) + Field("02", TransferToAccount);
        var additional = (billNumber is null ? "" : Field("01", Text(billNumber, nameof(billNumber)))) + Field("08", Text(purpose, nameof(purpose)));

        var sb = new StringBuilder(160)
            .Append(Field("00", "01"))
            .Append(Field("01", "12"))
            .Append(Field("38", merchant))
            .Append(Field("53", CurrencyVnd))
            .Append(Field("54", amount.ToString(CultureInfo.InvariantCulture)))
            .Append(Field("58", CountryVietnam))
            .Append(Field("62", additional))
            .Append("6304");
        return sb.Append(Crc16(sb.ToString())).ToString();
    }

    /// <summary>CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR) as 4 uppercase hex digits.</summary>
    public static string Crc16(string text)
    {
        ushort crc = 0xFFFF;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            crc ^= (ushort)(b << 8);
            for (var i = 0; i < 8; i++)
                crc = (crc & 0x8000) != 0 ? (ushort)((crc << 1) ^ 0x1021) : (ushort)(crc << 1);
        }
        return crc.ToString("X4", CultureInfo.InvariantCulture);
    }

    private static string Field(string id, string value)
    {
        if (value.Length > 99) throw new ArgumentException($"Field {id} is longer than 99 characters.", nameof(value));
        return id + value.Length.ToString("D2", CultureInfo.InvariantCulture) + value;
    }

    /// <summary>Banking apps read the text as ASCII: fold Vietnamese letters, keep letters, digits and spaces.</summary>
    private static string Text(string value, string name)
    {
        var text = SafeText().Replace(VietnameseText.Fold(value), " ").Trim();
        if (text.Length is 0 or > MaxTextLength) throw new ArgumentException($"The text must be 1 to {MaxTextLength} letters or digits.", name);
        return text;
    }

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex BinPattern();

    [GeneratedRegex("^[A-Za-z0-9]{1,19}$")]
    private static partial Regex AccountPattern();

    [GeneratedRegex("[^A-Za-z0-9 ]+")]
    private static partial Regex SafeText();
}
