using QRCoder;

namespace OcopMarket.Plugin.Payments.VietQR;

/// <summary>Draws a payload as a QR code image, on the server (nothing is sent to a QR web service).</summary>
public sealed class VietQrCodeRenderer
{
    /// <summary>
    /// A PNG data URI: a bitmap the buyer can also save to the phone's gallery and open in the banking app
    /// (apps import PNG, not SVG). Error correction M, as NAPAS recommends for screens.
    /// </summary>
    public string PngDataUri(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(8);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
