using Autofac;

namespace OcopMarket.Web.Features.Register;

/// <summary>The register screens' reads and labels.</summary>
public sealed class RegisterWebModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<RegisterLabels>().InstancePerLifetimeScope();
        builder.RegisterType<RegisterSearch>().InstancePerLifetimeScope();
        builder.RegisterType<DossierQueries>().InstancePerLifetimeScope();
        builder.RegisterType<CertificateQueries>().InstancePerLifetimeScope();
        builder.RegisterType<InspectionQueries>().InstancePerLifetimeScope();
    }
}
