using Autofac;
using OcopMarket.Core.Orders;

namespace OcopMarket.Web.Features.Shop;

/// <summary>Shop:PaymentExpiry in configuration.</summary>
public sealed class PaymentExpiryOptions
{
    public const string Section = "Shop:PaymentExpiry";
    /// <summary>Off only where something else runs the expiry (or a test wants full control of it).</summary>
    public bool Enabled { get; set; } = true;
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Cancels orders whose transfer or card payment did not arrive in time and returns their stock, once a
/// minute. The wait runs on the site's <see cref="TimeProvider"/>: under the tests' fake clock it only
/// fires when a test moves the clock, and OrderPayments claims each order with a conditional update, so
/// a round racing a test's own call (or a payment) changes every order once.
/// </summary>
public sealed partial class PaymentExpiryWorker(IServiceScopeFactory scopes, PaymentExpiryOptions options, TimeProvider time, ILogger<PaymentExpiryWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled) return;
        var interval = options.Interval > TimeSpan.Zero ? options.Interval : TimeSpan.FromMinutes(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, time, stoppingToken);
                var expired = await ExpireOnceAsync(stoppingToken);
                if (expired > 0) LogExpired(logger, expired);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a background loop must survive any failure and retry next round
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex);
            }
        }
    }

    /// <returns>How many orders expired.</returns>
    public async Task<int> ExpireOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrderPayments>().ExpireOverdueAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} unpaid orders expired; their stock is released")]
    private static partial void LogExpired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Payment expiry round failed; will retry")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}

public sealed class PaymentExpiryModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.Register(c => c.Resolve<IConfiguration>().GetSection(PaymentExpiryOptions.Section).Get<PaymentExpiryOptions>() ?? new PaymentExpiryOptions())
            .AsSelf().SingleInstance();
        builder.RegisterType<PaymentExpiryWorker>().AsSelf().As<IHostedService>().SingleInstance();
    }
}
