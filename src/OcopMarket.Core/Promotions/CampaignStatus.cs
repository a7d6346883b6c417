namespace OcopMarket.Core.Promotions;

/// <summary>Where a campaign stands by the clock (never stored: it changes by itself).</summary>
public enum CampaignStatus
{
    Draft = 0,
    Upcoming = 1,
    Live = 2,
    Ended = 3,
}

public static class CampaignStatuses
{
    public static CampaignStatus Of(bool isPublished, DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now) =>
        !isPublished ? CampaignStatus.Draft
        : now < startsAt ? CampaignStatus.Upcoming
        : now < endsAt ? CampaignStatus.Live
        : CampaignStatus.Ended;

    public static CampaignStatus Of(Campaign c, DateTimeOffset now) => Of(c.IsPublished, c.StartsAt, c.EndsAt, now);
}
