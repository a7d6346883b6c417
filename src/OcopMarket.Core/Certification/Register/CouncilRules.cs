namespace OcopMarket.Core.Certification.Register;

public enum CouncilVerdict
{
    /// <summary>The council may grant the rank.</summary>
    Grant,
    /// <summary>A province council's 5★ score: recorded, but the product goes to the central council, which alone grants 5★.</summary>
    ProposeToCentral,
    /// <summary>The rule in force did not let this council grant the rank at all.</summary>
    Refuse,
}

/// <summary>What <see cref="CouncilRules.Judge"/> decided, with the message key naming the rule when it is not a plain grant.</summary>
public sealed record CouncilRuling(CouncilVerdict Verdict, string? Reason)
{
    public bool MayGrant => Verdict == CouncilVerdict.Grant;
}

/// <summary>
/// <see cref="CouncilAuthority.MayGrant"/> with the reason a person needs when the answer is no: which
/// decision forbids it and what to do instead (DOMAIN.md: until 6 July 2025 Decision 148, then 1489).
/// </summary>
public static class CouncilRules
{
    public const string CommuneGrantsNoStars =
        "A commune does not grant stars: it only assesses the local criteria before the dossier goes to the council.";
    public const string DistrictGrantsOnlyThreeStars =
        "A district council may not grant 4 or 5 stars (Decision 148/QĐ-TTg): it grants 3 stars and proposes higher-scoring products to the province council.";
    public const string NoDistrictCouncilAfter1489 =
        "From 06/07/2025 (Decision 1489/QĐ-TTg) there is no district-level council: the province council evaluates and grants 3 and 4 stars.";
    public const string ProvinceProposesFiveStarsUnder148 =
        "A province council may not grant 5 stars (Decision 148/QĐ-TTg): a product scoring 90 or more must be proposed to the central council.";
    public const string ProvinceProposesFiveStarsUnder1489 =
        "From 06/07/2025 (Decision 1489/QĐ-TTg) a province council does not grant 5 stars: a product scoring 90 or more must be proposed to the central level (potential 5-star product).";
    public const string CentralGrantsOnlyFiveStars =
        "From 06/07/2025 (Decision 1489/QĐ-TTg) the central council grants only 5 stars: 3 and 4 stars are granted by the province council.";
    public const string NotAllowed =
        "The rule in force on that date does not let this council level grant this rank.";

    private static readonly CouncilRuling Granted = new(CouncilVerdict.Grant, null);

    /// <param name="on">The date of the evaluation or of the decision: the rule in force then applies.</param>
    public static CouncilRuling Judge(CouncilLevel level, int stars, DateOnly on)
    {
        if (CouncilAuthority.MayGrant(level, stars, on)) return Granted;
        var under1489 = on >= CouncilAuthority.Decision1489EffectiveFrom;
        return level switch
        {
            CouncilLevel.Commune => Refuse(CommuneGrantsNoStars),
            CouncilLevel.District => Refuse(under1489 ? NoDistrictCouncilAfter1489 : DistrictGrantsOnlyThreeStars),
            CouncilLevel.Province when stars == 5 =>
                new(CouncilVerdict.ProposeToCentral, under1489 ? ProvinceProposesFiveStarsUnder1489 : ProvinceProposesFiveStarsUnder148),
            CouncilLevel.Central when under1489 && stars is 3 or 4 => Refuse(CentralGrantsOnlyFiveStars),
            _ => Refuse(NotAllowed),
        };
    }

    private static CouncilRuling Refuse(string reason) => new(CouncilVerdict.Refuse, reason);
}
