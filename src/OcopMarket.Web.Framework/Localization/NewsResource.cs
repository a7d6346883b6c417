namespace OcopMarket.Web.Framework;

/// <summary>Marker for news articles, producer stories and the newsletter (public, admin) (Resources/NewsResource.*.resx from NewsResource.tsv).</summary>
public sealed class NewsResource;
