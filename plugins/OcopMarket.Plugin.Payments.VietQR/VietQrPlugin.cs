using OcopMarket.Core.Plugins;
using OcopMarket.Plugin.Payments.VietQR;

[assembly: OcopPlugin(typeof(VietQrPlugin))]

namespace OcopMarket.Plugin.Payments.VietQR;

public sealed class VietQrPlugin : IPlugin
{
    public const string Name = "Payments.VietQR";
    public string SystemName => Name;
    public string FriendlyName => "VietQR bank transfer";
    public string Version => "1.0.0";
    public string Description => "Bank transfer by scanning a VietQR (NAPAS 247) code; staff confirm or reconcile from a bank statement.";
}
