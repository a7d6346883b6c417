using OcopMarket.Core.Reviews;

namespace OcopMarket.Core.Tests.Reviews;

public sealed class ReviewRulesTests
{
    [Theory]
    [InlineData("Nguyễn Thị Hoa", "Hoa N.")]
    [InlineData("  trần   văn   an ", "An T.")]
    [InlineData("Mai", "Mai")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void The_default_author_name_is_the_given_name_and_the_family_initial(string? fullName, string expected) =>
        Assert.Equal(expected, AuthorNames.Default(fullName));

    [Fact]
    public void The_summary_averages_to_one_decimal_and_counts_each_star()
    {
        var summary = RatingSummaryQuery.Summarise(7, [(5, 2), (4, 1), (1, 0)]);
        Assert.Equal(3, summary.Count);
        Assert.Equal(4.7, summary.Average); // 14 / 3 = 4.666…
        Assert.Equal([0, 0, 0, 1, 2], summary.PerStar);
        Assert.Equal(67, summary.PercentOf(5));

        Assert.Equal(4.5, RatingSummaryQuery.Summarise(7, [(5, 1), (4, 1)]).Average);
        var empty = RatingSummaryQuery.Summarise(7, []);
        Assert.Equal(0, empty.Count);
        Assert.Equal(0, empty.PercentOf(5));
    }

    [Theory]
    [InlineData("  Ngon\r\nlắm \u0007 ", "Ngon\nlắm")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void Texts_are_trimmed_and_stripped_of_control_characters(string? input, string? expected) =>
        Assert.Equal(expected, ReviewSubmission.Clean(input));
}
