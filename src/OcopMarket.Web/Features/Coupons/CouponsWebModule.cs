using Autofac;

namespace OcopMarket.Web.Features.Coupons;

public sealed class CouponsWebModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<CouponList>().InstancePerLifetimeScope();
        builder.RegisterType<CouponRedemptionList>().InstancePerLifetimeScope();
        builder.RegisterType<CouponEditor>().InstancePerLifetimeScope();
        builder.RegisterType<CouponMessages>().InstancePerLifetimeScope();
        builder.RegisterType<Checkout.CheckoutCoupon>().InstancePerLifetimeScope();
    }
}
