using OcopMarket.Core.Plugins;
using OcopMarket.Plugin.Payments.VietQR;

[assembly: OcopPlugin(typeof(VietQrPlugin))]

namespace OcopMarket.Plugin.Payments.VietQR;

public sealed class VietQrPlugin : IConfigurablePlugin
{
    public const string Name = "Payments.VietQR";
    public string SystemName => Name;
    public string FriendlyName => "VietQR bank transfer";
    public string Version => "1.0.0";
    public string Description => "Bank transfer by scanning a VietQR (NAPAS 247) code; staff confirm or reconcile from a bank statement.";
    public string ConfigurationUrl => VietQrRoutes.Settings;
}

/// <summary>The plugin's back-office addresses.</summary>
public static class VietQrRoutes
{
    public const string Settings = "/admin/thanh-toan/vietqr";
    public const string Transfers = "/admin/thanh-toan/chuyen-khoan";
    public const string Reconcile = Transfers + "/doi-soat";
}
