using OcopMarket.Core.Certification;

namespace OcopMarket.Core.Tests.Domain;

public sealed class CouncilAuthorityTests
{
    private static readonly DateOnly LastDayOfDecision148 = new(2025, 7, 5);
    private static readonly DateOnly FirstDayOfDecision1489 = new(2025, 7, 6);

    [Fact]
    public void Decision_1489_takes_effect_on_6_July_2025() =>
        Assert.Equal(FirstDayOfDecision1489, CouncilAuthority.Decision1489EffectiveFrom);

    [Theory]
    [InlineData(CouncilLevel.Commune, 1, false)]
    [InlineData(CouncilLevel.Commune, 3, false)]
    [InlineData(CouncilLevel.Commune, 5, false)]
    [InlineData(CouncilLevel.District, 1, true)]
    [InlineData(CouncilLevel.District, 2, true)]
    [InlineData(CouncilLevel.District, 3, true)]
    [InlineData(CouncilLevel.District, 4, false)]
    [InlineData(CouncilLevel.District, 5, false)]
    [InlineData(CouncilLevel.Province, 1, true)]
    [InlineData(CouncilLevel.Province, 3, true)]
    [InlineData(CouncilLevel.Province, 4, true)]
    [InlineData(CouncilLevel.Province, 5, false)]
    [InlineData(CouncilLevel.Central, 1, true)]
    [InlineData(CouncilLevel.Central, 3, true)]
    [InlineData(CouncilLevel.Central, 4, true)]
    [InlineData(CouncilLevel.Central, 5, true)]
    public void Before_6_July_2025_district_grants_up_to_3_province_up_to_4_central_any(CouncilLevel level, int stars, bool allowed)
    {
        Assert.Equal(allowed, CouncilAuthority.MayGrant(level, stars, LastDayOfDecision148));
        Assert.Equal(allowed, CouncilAuthority.MayGrant(level, stars, new DateOnly(2023, 4, 1)));
        Assert.Equal(allowed, CouncilAuthority.MayGrant(level, stars, new DateOnly(2019, 1, 1)));
    }

    [Theory]
    [InlineData(CouncilLevel.Commune, 1, false)]
    [InlineData(CouncilLevel.Commune, 3, false)]
    [InlineData(CouncilLevel.Commune, 5, false)]
    [InlineData(CouncilLevel.District, 1, false)]
    [InlineData(CouncilLevel.District, 3, false)]
    [InlineData(CouncilLevel.District, 5, false)]
    [InlineData(CouncilLevel.Province, 1, false)]
    [InlineData(CouncilLevel.Province, 2, false)]
    [InlineData(CouncilLevel.Province, 3, true)]
    [InlineData(CouncilLevel.Province, 4, true)]
    [InlineData(CouncilLevel.Province, 5, false)]
    [InlineData(CouncilLevel.Central, 1, false)]
    [InlineData(CouncilLevel.Central, 3, false)]
    [InlineData(CouncilLevel.Central, 4, false)]
    [InlineData(CouncilLevel.Central, 5, true)]
    public void From_6_July_2025_province_grants_3_and_4_central_only_5(CouncilLevel level, int stars, bool allowed)
    {
        Assert.Equal(allowed, CouncilAuthority.MayGrant(level, stars, FirstDayOfDecision1489));
        Assert.Equal(allowed, CouncilAuthority.MayGrant(level, stars, new DateOnly(2025, 12, 1)));
        Assert.Equal(allowed, CouncilAuthority.MayGrant(level, stars, new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void The_boundary_day_switches_the_rule()
    {
        Assert.True(CouncilAuthority.MayGrant(CouncilLevel.District, 3, LastDayOfDecision148));
        Assert.False(CouncilAuthority.MayGrant(CouncilLevel.District, 3, FirstDayOfDecision1489));

        Assert.True(CouncilAuthority.MayGrant(CouncilLevel.Central, 4, LastDayOfDecision148));
        Assert.False(CouncilAuthority.MayGrant(CouncilLevel.Central, 4, FirstDayOfDecision1489));

        Assert.True(CouncilAuthority.MayGrant(CouncilLevel.Province, 4, LastDayOfDecision148));
        Assert.True(CouncilAuthority.MayGrant(CouncilLevel.Province, 4, FirstDayOfDecision1489));
        Assert.True(CouncilAuthority.MayGrant(CouncilLevel.Central, 5, LastDayOfDecision148));
        Assert.True(CouncilAuthority.MayGrant(CouncilLevel.Central, 5, FirstDayOfDecision1489));
    }

    [Fact]
    public void Five_stars_from_a_district_council_is_refused_under_either_rule()
    {
        Assert.False(CouncilAuthority.MayGrant(CouncilLevel.District, 5, LastDayOfDecision148));
        Assert.False(CouncilAuthority.MayGrant(CouncilLevel.District, 5, FirstDayOfDecision1489));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Ranks_outside_1_to_5_are_never_granted(int stars)
    {
        foreach (var level in Enum.GetValues<CouncilLevel>())
        {
            Assert.False(CouncilAuthority.MayGrant(level, stars, LastDayOfDecision148));
            Assert.False(CouncilAuthority.MayGrant(level, stars, FirstDayOfDecision1489));
        }
    }

    [Fact]
    public void An_undefined_council_level_grants_nothing()
    {
        var unknown = (CouncilLevel)42;
        for (var stars = 1; stars <= 5; stars++)
        {
            Assert.False(CouncilAuthority.MayGrant(unknown, stars, LastDayOfDecision148));
            Assert.False(CouncilAuthority.MayGrant(unknown, stars, FirstDayOfDecision1489));
        }
    }

    [Fact]
    public void Every_rank_from_3_to_5_has_exactly_one_granting_level_after_the_reform()
    {
        for (var stars = 3; stars <= 5; stars++)
        {
            var granting = Enum.GetValues<CouncilLevel>().Where(l => CouncilAuthority.MayGrant(l, stars, FirstDayOfDecision1489)).ToList();
            Assert.Single(granting);
        }
    }
}
