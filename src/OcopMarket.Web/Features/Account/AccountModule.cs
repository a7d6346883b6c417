using System.Reflection;
using Autofac;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.Options;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Messaging;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Account;

/// <summary>Registers the account feature: e-mail sending, localised Identity errors and localised account form validation.</summary>
public sealed class AccountModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.Register(c => ResolveEmailOptions(c.Resolve<IConfiguration>(), c.Resolve<IHostEnvironment>())).SingleInstance();
        builder.RegisterType<FileDropEmailSender>().As<IEmailSender>().SingleInstance();
        builder.RegisterType<PasswordResetEmail>().InstancePerLifetimeScope();
        // Replaces Identity's English-only describer (registered by AddIdentity); this one follows the request's culture.
        builder.RegisterType<LocalizedIdentityErrorDescriber>().As<IdentityErrorDescriber>().InstancePerLifetimeScope();
        builder.RegisterType<FullNameClaimsPrincipalFactory>().As<IUserClaimsPrincipalFactory<AppUser>>().InstancePerLifetimeScope();
        builder.RegisterType<LocalizedWithDataAnnotations>().As<IPostConfigureOptions<MvcDataAnnotationsLocalizationOptions>>().SingleInstance();
    }

    internal static EmailOptions ResolveEmailOptions(IConfiguration config, IHostEnvironment env)
    {
        var options = config.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        var folder = string.IsNullOrWhiteSpace(options.PickupDirectory) ? Path.Combine("App_Data", "mail") : options.PickupDirectory;
        options.PickupDirectory = Path.GetFullPath(Path.Combine(env.ContentRootPath, folder));
        return options;
    }
}

/// <summary>
/// Lets a view model choose the resource that localises its DataAnnotations with <see cref="LocalizedWithAttribute"/>;
/// every other type keeps the host's provider (SharedResource).
/// </summary>
internal sealed class LocalizedWithDataAnnotations : IPostConfigureOptions<MvcDataAnnotationsLocalizationOptions>
{
    public void PostConfigure(string? name, MvcDataAnnotationsLocalizationOptions options)
    {
        var inner = options.DataAnnotationLocalizerProvider;
        options.DataAnnotationLocalizerProvider = (type, factory) =>
            type.GetCustomAttribute<LocalizedWithAttribute>() is { } attribute ? factory.Create(attribute.ResourceType) : inner(type, factory);
    }
}
