using FluentMigrator;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.News;

[Migration(2026120203, "News articles and producer stories; newsletter subscribers with their consent")]
public sealed class NewsMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up()
    {
        Create.Table("Articles")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Kind").AsInt32().NotNullable()
            .WithColumn("Title").AsString(200).NotNullable()
            .WithColumn("TitleEn").AsString(200).Nullable()
            .WithColumn("Slug").AsString(200).NotNullable().Unique()
            .WithColumn("Summary").AsString(500).NotNullable()
            .WithColumn("SummaryEn").AsString(500).Nullable()
            .WithColumn("BodyMarkdown").AsString(int.MaxValue).NotNullable()
            .WithColumn("BodyMarkdownEn").AsString(int.MaxValue).Nullable()
            .WithColumn("CoverMediaFileId").AsInt32().Nullable().ForeignKey("FK_Articles_MediaFiles", "MediaFiles", "Id")
            .WithColumn("ProducerId").AsInt32().Nullable()
                .ForeignKey("FK_Articles_Producers", "Producers", "Id").OnDelete(System.Data.Rule.SetNull)
            .WithColumn("AuthorUserId").AsInt32().Nullable()
            .WithColumn("IsPublished").AsBoolean().NotNullable()
            .WithColumn("PublishedAt").AsTimestamp(this).Nullable()
            .WithColumn("CreatedAt").AsTimestamp(this).NotNullable()
            .WithColumn("UpdatedAt").AsTimestamp(this).NotNullable();
        Create.Index("IX_Articles_PublishedAt").OnTable("Articles").OnColumn("IsPublished").Ascending().OnColumn("PublishedAt").Descending();
        Create.Index("IX_Articles_ProducerId").OnTable("Articles").OnColumn("ProducerId");

        Create.Table("NewsletterSubscribers")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Email").AsString(256).NotNullable().Unique()
            .WithColumn("Culture").AsString(10).NotNullable()
            .WithColumn("Status").AsInt32().NotNullable()
            .WithColumn("ConsentText").AsString(1000).NotNullable()
            .WithColumn("SubscribedAt").AsTimestamp(this).NotNullable()
            .WithColumn("ConfirmTokenHash").AsString(100).Nullable()
            .WithColumn("ConfirmTokenExpiresAt").AsTimestamp(this).Nullable()
            .WithColumn("ConfirmedAt").AsTimestamp(this).Nullable()
            .WithColumn("UnsubscribeTokenHash").AsString(100).NotNullable()
            .WithColumn("UnsubscribedAt").AsTimestamp(this).Nullable();
        Create.Index("IX_NewsletterSubscribers_ConfirmToken").OnTable("NewsletterSubscribers").OnColumn("ConfirmTokenHash");
        Create.Index("IX_NewsletterSubscribers_UnsubscribeToken").OnTable("NewsletterSubscribers").OnColumn("UnsubscribeTokenHash");
    }

    public override void Down()
    {
        Delete.Table("NewsletterSubscribers");
        Delete.Table("Articles");
    }
}
