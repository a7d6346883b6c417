using Autofac;

namespace OcopMarket.Core.Certification.Import;

/// <summary>The register import: reading CSV/XLSX and the import service.</summary>
public sealed class RegisterImportModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<RegisterFileReader>().SingleInstance();
        builder.RegisterType<RegisterImportService>().InstancePerLifetimeScope();
    }
}
