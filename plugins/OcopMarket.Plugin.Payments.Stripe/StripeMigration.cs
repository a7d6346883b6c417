using FluentMigrator;
using OcopMarket.Core.Data;

namespace OcopMarket.Plugin.Payments.Stripe;

/// <summary>
/// Stripe reports one payment by two events at nearly the same moment (checkout.session.completed and
/// payment_intent.succeeded), and a refund both to the admin page and by webhook. OrderPayments checks
/// "already recorded?" before inserting; these unique keys make that check hold under a race too (the loser's
/// transaction rolls back and the webhook handler looks again). Partial indexes: same SQL on SQLite and PostgreSQL.
/// </summary>
[Migration(2026112821, "Plugin Payments.Stripe: one succeeded payment / one refund per provider reference")]
public sealed class StripeReferenceKeysMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up()
    {
        Execute.Sql("""CREATE UNIQUE INDEX "UX_Payments_SucceededReference" ON "Payments" ("OrderId", "Provider", "ProviderReference") WHERE "Status" = 2 AND "ProviderReference" IS NOT NULL""");
        Execute.Sql("""CREATE UNIQUE INDEX "UX_Refunds_ProviderReference" ON "Refunds" ("OrderId", "ProviderReference") WHERE "ProviderReference" IS NOT NULL""");
    }

    public override void Down()
    {
        Execute.Sql("""DROP INDEX "UX_Refunds_ProviderReference" """);
        Execute.Sql("""DROP INDEX "UX_Payments_SucceededReference" """);
    }
}
