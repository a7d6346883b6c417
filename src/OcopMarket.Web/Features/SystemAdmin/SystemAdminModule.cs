using Autofac;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OcopMarket.Web.Features.SystemAdmin;

/// <summary>Registers the system screens' services (accounts, settings that the storefront shows).</summary>
public sealed class SystemAdminModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<UserAdministration>().InstancePerLifetimeScope();
        builder.RegisterType<AccountEmails>().InstancePerLifetimeScope();
        builder.RegisterType<StorefrontSettings>().InstancePerLifetimeScope();
        builder.RegisterType<SessionRevalidation>().As<IConfigureOptions<SecurityStampValidatorOptions>>().SingleInstance();
    }
}

/// <summary>
/// Sign-in cookies are re-checked against the account every minute (Identity's default is 30): a locked
/// account, a forced password reset or a removed role ends the person's open sessions almost at once.
/// </summary>
internal sealed class SessionRevalidation : IConfigureOptions<SecurityStampValidatorOptions>
{
    public void Configure(SecurityStampValidatorOptions options) => options.ValidationInterval = TimeSpan.FromMinutes(1);
}
