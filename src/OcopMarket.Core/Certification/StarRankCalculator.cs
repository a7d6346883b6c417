namespace OcopMarket.Core.Certification;

/// <summary>Star rank from a council's average score. Bands are half-open: [50, 70) is 3★.</summary>
public static class StarRankCalculator
{
    /// <returns>Stars 1–5, or 0 when the score ranks nothing.</returns>
    public static int StarsFor(decimal score, CriteriaSet set)
    {
        if (score is < 0 or > 100) throw new ArgumentOutOfRangeException(nameof(score), score, "Score is on a 0–100 scale.");
        return score switch
        {
            >= 90 => 5,
            >= 70 => 4,
            >= 50 => 3,
            >= 30 when set == CriteriaSet.Decision1048 => 2,
            < 30 when set == CriteriaSet.Decision1048 => 1,
            _ => 0,
        };
    }
}
