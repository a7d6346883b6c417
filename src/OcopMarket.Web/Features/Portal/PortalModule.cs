using Autofac;
using OcopMarket.Core.Producers.Documents;

namespace OcopMarket.Web.Features.Portal;

/// <summary>The producer portal: who the producer is, its queries and editors, and where its documents are kept.</summary>
public sealed class PortalModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.Register(c => ResolveDocumentOptions(c.Resolve<IConfiguration>(), c.Resolve<IHostEnvironment>())).SingleInstance();
        builder.RegisterType<CurrentProducer>().InstancePerLifetimeScope();
        builder.RegisterType<StorefrontPages>().InstancePerLifetimeScope();
        builder.RegisterType<PortalDashboardQuery>().InstancePerLifetimeScope();
        builder.RegisterType<PortalCategories>().InstancePerLifetimeScope();
        builder.RegisterType<PortalProductQueries>().InstancePerLifetimeScope();
        builder.RegisterType<PortalProductEditor>().InstancePerLifetimeScope();
        builder.RegisterType<StorefrontEditor>().InstancePerLifetimeScope();
        builder.RegisterType<PortalCertificatesQuery>().InstancePerLifetimeScope();
        builder.RegisterType<DocumentProblems>().InstancePerLifetimeScope();
    }

    /// <summary>"Documents:RootPath" (relative to the content root) and "Documents:MaxBytes"; App_Data/documents and 10 MB by default.</summary>
    internal static DocumentOptions ResolveDocumentOptions(IConfiguration config, IHostEnvironment env)
    {
        var options = config.GetSection(DocumentOptions.Section).Get<DocumentOptions>() ?? new DocumentOptions();
        var folder = string.IsNullOrWhiteSpace(options.RootPath) ? Path.Combine("App_Data", "documents") : options.RootPath;
        options.RootPath = Path.GetFullPath(Path.Combine(env.ContentRootPath, folder));
        if (options.MaxBytes <= 0) options.MaxBytes = new DocumentOptions().MaxBytes;
        return options;
    }
}
