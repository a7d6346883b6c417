namespace OcopMarket.Core.Certification;

/// <summary>
/// Which council level may grant which rank, by the rule in force on the decision date:
/// until 6 July 2025 (Decision 148) district 3★, province 4★, central 5★; from then on
/// (Decision 1489, no district level) province 3★ and 4★, central 5★.
/// </summary>
public static class CouncilAuthority
{
    public static readonly DateOnly Decision1489EffectiveFrom = new(2025, 7, 6);

    public static bool MayGrant(CouncilLevel level, int stars, DateOnly decisionDate)
    {
        if (stars is < 1 or > 5) return false;
        if (decisionDate < Decision1489EffectiveFrom)
        {
            return level switch
            {
                CouncilLevel.District => stars <= 3,
                CouncilLevel.Province => stars <= 4,
                CouncilLevel.Central => true,
                _ => false,
            };
        }
        return level switch
        {
            CouncilLevel.Province => stars is >= 3 and <= 4,
            CouncilLevel.Central => stars == 5,
            _ => false,
        };
    }
}
