namespace OcopMarket.Web.Tests.Infrastructure;

// How to test against both databases
// ----------------------------------
// Each provider is an xunit collection fixture, so its site starts (migrates, seeds ~14k admin units)
// once per test run; the two collections run in parallel, tests inside one collection run one at a time.
//
//   1. Write the tests once, in an abstract class taking an OcopWebFactory:
//        public abstract class CatalogPageTests(OcopWebFactory site) { [Fact] public async Task ... }
//   2. Add one sealed subclass per provider, in that provider's collection:
//        [Collection(Collections.Sqlite)]   public sealed class CatalogPageTestsSqlite(SqliteWebFactory site) : CatalogPageTests(site);
//        [Collection(Collections.Postgres)] public sealed class CatalogPageTestsPostgres(PostgresWebFactory site) : CatalogPageTests(site);
//   A provider-specific test goes straight into the subclass (see Smoke/StartupTests.cs).
//
// Tests share the seeded database of their collection: do not delete or change demo data that other
// tests read; create your own rows (e.g. SiteTestHelpers.CreateUserAsync) with unique names instead.

/// <summary>Names of the collections holding one started site per database provider.</summary>
public static class Collections
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
}

[CollectionDefinition(Collections.Sqlite)]
public sealed class SqliteCollection : ICollectionFixture<SqliteWebFactory>;

[CollectionDefinition(Collections.Postgres)]
public sealed class PostgresCollection : ICollectionFixture<PostgresWebFactory>;
