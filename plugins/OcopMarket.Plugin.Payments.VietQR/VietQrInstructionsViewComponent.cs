using Microsoft.AspNetCore.Mvc;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Settings;

namespace OcopMarket.Plugin.Payments.VietQR;

public sealed record VietQrInstructionsModel(
    string OrderNumber, long Amount, DateTimeOffset? DueAtLocal, VietQrBank? Bank, string? AccountNumber, string? AccountName,
    string? QrDataUri, bool IsDemo);

/// <summary>
/// What the order page shows while a VietQR order waits for its money: the code to scan, and the same
/// details in words (bank, account, amount, transfer text) for those who type them in.
/// </summary>
public sealed class VietQrInstructionsViewComponent(ISiteSettings settings, VietQrCodeRenderer renderer) : ViewComponent
{
    public const string Name = "VietQrInstructions";

    public IViewComponentResult Invoke(Order order)
    {
        if (order.PaymentMethod != VietQrPlugin.Name || order.Status != OrderStatus.Placed
            || order.PaymentStatus is not (PaymentStatus.Pending or PaymentStatus.Failed))
            return Content("");
        var config = VietQrSettings.From(settings);
        var due = order.PaymentDueAt is { } d ? OcopMarket.Core.Common.VietnamTime.ToVietnam(d) : (DateTimeOffset?)null;
        // Without a complete account (the office removed it after the order) there is nothing to scan: say whom to ask.
        var qr = config.IsConfigured
            ? renderer.PngDataUri(VietQrPayload.Build(config.Bin!, config.AccountNumber!, order.Total, order.Number))
            : null;
        return View(new VietQrInstructionsModel(order.Number, order.Total, due, config.Bank, config.AccountNumber, config.AccountName, qr, config.IsDemo));
    }
}
