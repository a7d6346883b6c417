using Autofac;

namespace OcopMarket.Core.Certification.Register;

/// <summary>The OCOP register's services: dossiers, certificates, revocations and inspections.</summary>
public sealed class RegisterModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<DossierWorkflow>().InstancePerLifetimeScope();
        builder.RegisterType<CertificateIssuer>().InstancePerLifetimeScope();
        builder.RegisterType<CertificateRevocation>().InstancePerLifetimeScope();
        builder.RegisterType<InspectionWorkflow>().InstancePerLifetimeScope();
    }
}
