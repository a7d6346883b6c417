using OcopMarket.Core.Certification;
using OcopMarket.Core.Certification.Register;

namespace OcopMarket.Core.Tests.Certification.Register;

public sealed class CouncilRulesTests
{
    private static readonly DateOnly LastDayOf148 = new(2025, 7, 5);
    private static readonly DateOnly FirstDayOf1489 = new(2025, 7, 6);

    [Theory]
    [InlineData(CouncilLevel.District, 3)]
    [InlineData(CouncilLevel.Province, 3)]
    [InlineData(CouncilLevel.Province, 4)]
    [InlineData(CouncilLevel.Central, 5)]
    public void What_Decision_148_allowed_is_granted_on_its_last_day(CouncilLevel level, int stars)
    {
        var ruling = CouncilRules.Judge(level, stars, LastDayOf148);
        Assert.True(ruling.MayGrant);
        Assert.Null(ruling.Reason);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Before_6_July_2025_a_district_council_granting_4_or_5_stars_is_refused_naming_Decision_148(int stars)
    {
        var ruling = CouncilRules.Judge(CouncilLevel.District, stars, LastDayOf148);
        Assert.Equal(CouncilVerdict.Refuse, ruling.Verdict);
        Assert.Equal(CouncilRules.DistrictGrantsOnlyThreeStars, ruling.Reason);
        Assert.Contains("148", ruling.Reason);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void From_6_July_2025_there_is_no_district_council_at_all(int stars)
    {
        var ruling = CouncilRules.Judge(CouncilLevel.District, stars, FirstDayOf1489);
        Assert.Equal(CouncilVerdict.Refuse, ruling.Verdict);
        Assert.Equal(CouncilRules.NoDistrictCouncilAfter1489, ruling.Reason);
        Assert.Contains("1489", ruling.Reason);
        Assert.Contains("06/07/2025", ruling.Reason);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void From_6_July_2025_the_province_grants_3_and_4_stars(int stars) =>
        Assert.True(CouncilRules.Judge(CouncilLevel.Province, stars, FirstDayOf1489).MayGrant);

    [Fact]
    public void A_province_council_scoring_5_stars_proposes_the_product_to_the_central_level_under_either_rule()
    {
        var before = CouncilRules.Judge(CouncilLevel.Province, 5, LastDayOf148);
        Assert.Equal(CouncilVerdict.ProposeToCentral, before.Verdict);
        Assert.Equal(CouncilRules.ProvinceProposesFiveStarsUnder148, before.Reason);
        Assert.False(before.MayGrant);

        var after = CouncilRules.Judge(CouncilLevel.Province, 5, FirstDayOf1489);
        Assert.Equal(CouncilVerdict.ProposeToCentral, after.Verdict);
        Assert.Equal(CouncilRules.ProvinceProposesFiveStarsUnder1489, after.Reason);
    }

    [Fact]
    public void From_6_July_2025_the_central_council_grants_only_5_stars()
    {
        Assert.True(CouncilRules.Judge(CouncilLevel.Central, 5, FirstDayOf1489).MayGrant);
        Assert.Equal(CouncilRules.CentralGrantsOnlyFiveStars, CouncilRules.Judge(CouncilLevel.Central, 4, FirstDayOf1489).Reason);
        // Before, the central council could grant any rank.
        Assert.True(CouncilRules.Judge(CouncilLevel.Central, 4, LastDayOf148).MayGrant);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void A_commune_never_grants_stars(int stars)
    {
        Assert.Equal(CouncilRules.CommuneGrantsNoStars, CouncilRules.Judge(CouncilLevel.Commune, stars, LastDayOf148).Reason);
        Assert.Equal(CouncilRules.CommuneGrantsNoStars, CouncilRules.Judge(CouncilLevel.Commune, stars, FirstDayOf1489).Reason);
    }

    [Fact]
    public void Every_refusal_agrees_with_CouncilAuthority()
    {
        foreach (var level in Enum.GetValues<CouncilLevel>())
            for (var stars = 1; stars <= 5; stars++)
                foreach (var day in new[] { new DateOnly(2023, 3, 1), LastDayOf148, FirstDayOf1489, new DateOnly(2026, 11, 25) })
                {
                    var ruling = CouncilRules.Judge(level, stars, day);
                    Assert.Equal(CouncilAuthority.MayGrant(level, stars, day), ruling.MayGrant);
                    Assert.Equal(ruling.MayGrant, ruling.Reason is null);
                }
    }
}
