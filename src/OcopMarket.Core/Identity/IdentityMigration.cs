using FluentMigrator;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Identity;

/// <summary>ASP.NET Core Identity's tables (int keys), written out so FluentMigrator stays the only schema source.</summary>
[Migration(2026112504, "Identity")]
public sealed class IdentityMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up()
    {
        Create.Table("AspNetRoles")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Name").AsString(256).Nullable()
            .WithColumn("NormalizedName").AsString(256).Nullable().Unique()
            .WithColumn("ConcurrencyStamp").AsString(int.MaxValue).Nullable();

        Create.Table("AspNetUsers")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("FullName").AsString(200).NotNullable()
            .WithColumn("ProducerId").AsInt32().Nullable().ForeignKey("Producers", "Id")
            .WithColumn("CreatedAt").AsTimestamp(this).NotNullable()
            .WithColumn("UserName").AsString(256).Nullable()
            .WithColumn("NormalizedUserName").AsString(256).Nullable().Unique()
            .WithColumn("Email").AsString(256).Nullable()
            .WithColumn("NormalizedEmail").AsString(256).Nullable().Indexed()
            .WithColumn("EmailConfirmed").AsBoolean().NotNullable()
            .WithColumn("PasswordHash").AsString(int.MaxValue).Nullable()
            .WithColumn("SecurityStamp").AsString(int.MaxValue).Nullable()
            .WithColumn("ConcurrencyStamp").AsString(int.MaxValue).Nullable()
            .WithColumn("PhoneNumber").AsString(int.MaxValue).Nullable()
            .WithColumn("PhoneNumberConfirmed").AsBoolean().NotNullable()
            .WithColumn("TwoFactorEnabled").AsBoolean().NotNullable()
            .WithColumn("LockoutEnd").AsTimestamp(this).Nullable()
            .WithColumn("LockoutEnabled").AsBoolean().NotNullable()
            .WithColumn("AccessFailedCount").AsInt32().NotNullable();

        Create.Table("AspNetRoleClaims")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("RoleId").AsInt32().NotNullable().ForeignKey("AspNetRoles", "Id").OnDelete(System.Data.Rule.Cascade).Indexed()
            .WithColumn("ClaimType").AsString(int.MaxValue).Nullable()
            .WithColumn("ClaimValue").AsString(int.MaxValue).Nullable();

        Create.Table("AspNetUserClaims")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("UserId").AsInt32().NotNullable().ForeignKey("AspNetUsers", "Id").OnDelete(System.Data.Rule.Cascade).Indexed()
            .WithColumn("ClaimType").AsString(int.MaxValue).Nullable()
            .WithColumn("ClaimValue").AsString(int.MaxValue).Nullable();

        Create.Table("AspNetUserLogins")
            .WithColumn("LoginProvider").AsString(128).PrimaryKey()
            .WithColumn("ProviderKey").AsString(128).PrimaryKey()
            .WithColumn("ProviderDisplayName").AsString(int.MaxValue).Nullable()
            .WithColumn("UserId").AsInt32().NotNullable().ForeignKey("AspNetUsers", "Id").OnDelete(System.Data.Rule.Cascade).Indexed();

        Create.Table("AspNetUserRoles")
            .WithColumn("UserId").AsInt32().PrimaryKey().ForeignKey("AspNetUsers", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("RoleId").AsInt32().PrimaryKey().ForeignKey("AspNetRoles", "Id").OnDelete(System.Data.Rule.Cascade).Indexed();

        Create.Table("AspNetUserTokens")
            .WithColumn("UserId").AsInt32().PrimaryKey().ForeignKey("AspNetUsers", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("LoginProvider").AsString(128).PrimaryKey()
            .WithColumn("Name").AsString(128).PrimaryKey()
            .WithColumn("Value").AsString(int.MaxValue).Nullable();
    }

    public override void Down()
    {
        foreach (var t in new[] { "AspNetUserTokens", "AspNetUserRoles", "AspNetUserLogins", "AspNetUserClaims", "AspNetRoleClaims", "AspNetUsers", "AspNetRoles" })
            Delete.Table(t);
    }
}
