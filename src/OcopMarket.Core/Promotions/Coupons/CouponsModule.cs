using Autofac;

namespace OcopMarket.Core.Promotions.Coupons;

public sealed class CouponsModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<CouponCheck>().InstancePerLifetimeScope();
        builder.RegisterType<CouponRedeemer>().InstancePerLifetimeScope();
        builder.RegisterType<CouponDemoSeed>().As<Seeding.IDemoSeedStep>().AsSelf().InstancePerLifetimeScope();
    }
}
