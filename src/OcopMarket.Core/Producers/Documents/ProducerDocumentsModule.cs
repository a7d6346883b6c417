using Autofac;

namespace OcopMarket.Core.Producers.Documents;

/// <summary>Document validation and storage. The host registers <see cref="DocumentOptions"/> (it knows the content root).</summary>
public sealed class ProducerDocumentsModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<DocumentContentInspector>().SingleInstance();
        builder.RegisterType<ProducerDocumentStore>().InstancePerLifetimeScope();
    }
}
