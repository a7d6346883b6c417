using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OcopMarket.Core.Data;
using OcopMarket.Core.Settings;

namespace OcopMarket.Plugin.Payments.VietQR;

/// <summary>
/// On a demo site (Database:SeedDemoData) with no account configured yet, fills in a made-up account so the
/// checkout offers VietQR and the order page shows a code. It is marked as a demo: buyers are warned not to pay.
/// Runs once per database (a marker key), so an office that removes the account does not get it back.
/// </summary>
public sealed class VietQrDemoAccount(IServiceScopeFactory scopes, DatabaseOptions options) : IHostedService
{
    public const string SeededKey = VietQrSettings.Prefix + "DemoSeeded";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.SeedDemoData) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        if (await db.SiteSettings.AnyAsync(s => s.Key == SeededKey || s.Key == VietQrSettings.BinKey, cancellationToken)) return;
        var demo = new VietQrSettings
        {
            Bin = "970436",
            AccountNumber = "0011000123456",
            AccountName = "VP DIEU PHOI OCOP (DEMO)",
            IsDemo = true,
        };
        var values = new Dictionary<string, string?>(demo.ToValues()) { [SeededKey] = "true" };
        await scope.ServiceProvider.GetRequiredService<ISiteSettings>().SaveAsync(values, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
