using Autofac;
using OcopMarket.Core.Reports.Sections;
using OcopMarket.Core.Seeding;

namespace OcopMarket.Core.Reports;

public sealed class ReportsModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<CertifiedProductsQuery>().InstancePerLifetimeScope();
        builder.RegisterType<CertificateActivityQuery>().InstancePerLifetimeScope();
        builder.RegisterType<CertificateWatchQuery>().InstancePerLifetimeScope();
        builder.RegisterType<InspectionsQuery>().InstancePerLifetimeScope();
        builder.RegisterType<DisplayPointsQuery>().InstancePerLifetimeScope();
        builder.RegisterType<FairsQuery>().InstancePerLifetimeScope();
        builder.RegisterType<CampaignResultsQuery>().InstancePerLifetimeScope();
        builder.RegisterType<OnlineSalesQuery>().InstancePerLifetimeScope();
        builder.RegisterType<TraceabilityQuery>().InstancePerLifetimeScope();
        builder.RegisterType<MonthlyReportBuilder>().InstancePerLifetimeScope();
        builder.RegisterType<ReportTargetEditor>().InstancePerLifetimeScope();
        builder.RegisterType<ReportExportLog>().InstancePerLifetimeScope();
        builder.RegisterType<DemoReportTargetsSeed>().As<IDemoSeedStep>().InstancePerLifetimeScope();
    }
}
