namespace OcopMarket.Web.Framework;

/// <summary>Marker for product reviews (writing, product page, moderation, producer replies) (Resources/ReviewsResource.*.resx from ReviewsResource.tsv).</summary>
public sealed class ReviewsResource;
