using Microsoft.Extensions.Time.Testing;
using OcopMarket.Core.Certification;

namespace OcopMarket.Core.Tests.Domain;

public sealed class CertificateStatusPolicyTests
{
    private static readonly TimeZoneInfo Vietnam =
        TimeZoneInfo.CreateCustomTimeZone("Test/Indochina", TimeSpan.FromHours(7), "Indochina Time (test)", "ICT");

    private static Certificate Cert(int stars, DateOnly issuedOn, DateOnly? expiresOn = null, DateOnly? revokedOn = null) => new()
    {
        Stars = stars,
        IssuedOn = issuedOn,
        ExpiresOn = expiresOn ?? CertificateStatusPolicy.DefaultExpiry(issuedOn),
        RevokedOn = revokedOn,
    };

    /// <summary>A policy whose clock reads <paramref name="utcNow"/> and whose local zone is Vietnam (+07:00).</summary>
    private static (CertificateStatusPolicy Policy, FakeTimeProvider Time) PolicyAt(DateTimeOffset utcNow)
    {
        var time = new FakeTimeProvider(utcNow);
        time.SetLocalTimeZone(Vietnam);
        return (new CertificateStatusPolicy(time), time);
    }

    /// <summary>08:00 in Vietnam on the given date.</summary>
    private static CertificateStatusPolicy PolicyOn(DateOnly vietnamDate) =>
        PolicyAt(new DateTimeOffset(vietnamDate.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(7))).Policy;

    // ---- DefaultExpiry ----

    [Theory]
    [InlineData("2021-10-08", "2024-10-07")]
    [InlineData("2022-01-01", "2024-12-31")]
    [InlineData("2023-03-01", "2026-02-28")]
    [InlineData("2022-03-31", "2025-03-30")]
    [InlineData("2023-12-31", "2026-12-30")]
    [InlineData("2025-07-06", "2028-07-05")]
    public void Default_expiry_is_36_months_minus_a_day(string issued, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            CertificateStatusPolicy.DefaultExpiry(DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Default_expiry_is_the_day_before_the_36_month_anniversary_for_every_day_of_several_years()
    {
        for (var issued = new DateOnly(2019, 1, 1); issued <= new DateOnly(2026, 12, 31); issued = issued.AddDays(1))
        {
            var expiry = CertificateStatusPolicy.DefaultExpiry(issued);
            Assert.True(expiry > issued.AddMonths(35), $"{issued}: {expiry}");
            Assert.True(expiry < issued.AddMonths(36), $"{issued}: {expiry}");
            if (issued.Day <= 28) Assert.Equal(issued.AddMonths(36), expiry.AddDays(1));
        }
    }

    [Fact]
    public void Validity_constants_match_the_domain_rules()
    {
        Assert.Equal(36, CertificateStatusPolicy.ValidityMonths);
        Assert.Equal(90, CertificateStatusPolicy.ExpiringWindowDays);
        Assert.Equal(3, CertificateStatusPolicy.MinimumBadgeStars);
    }

    // ---- StatusOn ----

    [Fact]
    public void Status_follows_the_dates_of_a_certificate()
    {
        var issued = new DateOnly(2022, 1, 10);
        var c = Cert(4, issued);
        var expires = c.ExpiresOn;
        Assert.Equal(new DateOnly(2025, 1, 9), expires);

        Assert.Equal(CertificateStatus.NotYetValid, CertificateStatusPolicy.StatusOn(c, issued.AddDays(-1)));
        Assert.Equal(CertificateStatus.NotYetValid, CertificateStatusPolicy.StatusOn(c, issued.AddYears(-5)));
        Assert.Equal(CertificateStatus.Valid, CertificateStatusPolicy.StatusOn(c, issued));
        Assert.Equal(CertificateStatus.Valid, CertificateStatusPolicy.StatusOn(c, new DateOnly(2023, 6, 1)));
        Assert.Equal(CertificateStatus.Valid, CertificateStatusPolicy.StatusOn(c, expires.AddDays(-91)));
        Assert.Equal(CertificateStatus.Valid, CertificateStatusPolicy.StatusOn(c, expires.AddDays(-90)));
        Assert.Equal(CertificateStatus.Expiring, CertificateStatusPolicy.StatusOn(c, expires.AddDays(-89)));
        Assert.Equal(CertificateStatus.Expiring, CertificateStatusPolicy.StatusOn(c, expires.AddDays(-1)));
        Assert.Equal(CertificateStatus.Expiring, CertificateStatusPolicy.StatusOn(c, expires));
        Assert.Equal(CertificateStatus.Expired, CertificateStatusPolicy.StatusOn(c, expires.AddDays(1)));
        Assert.Equal(CertificateStatus.Expired, CertificateStatusPolicy.StatusOn(c, expires.AddYears(3)));
    }

    [Fact]
    public void The_expiring_window_is_exactly_90_days_and_ends_on_the_expiry_day()
    {
        var c = Cert(3, new DateOnly(2021, 10, 8));
        var expiring = new List<DateOnly>();
        for (var d = c.IssuedOn.AddDays(-10); d <= c.ExpiresOn.AddDays(10); d = d.AddDays(1))
        {
            if (CertificateStatusPolicy.StatusOn(c, d) == CertificateStatus.Expiring) expiring.Add(d);
        }

        Assert.Equal(CertificateStatusPolicy.ExpiringWindowDays, expiring.Count);
        Assert.Equal(c.ExpiresOn, expiring[^1]);
        Assert.Equal(new DateOnly(2024, 7, 10), expiring[0]);
        Assert.Equal(expiring.Count - 1, expiring[^1].DayNumber - expiring[0].DayNumber); // contiguous
    }

    [Fact]
    public void Status_moves_forward_in_order_as_days_pass()
    {
        var c = Cert(5, new DateOnly(2023, 2, 15));
        var previous = CertificateStatus.NotYetValid;
        var order = new[] { CertificateStatus.NotYetValid, CertificateStatus.Valid, CertificateStatus.Expiring, CertificateStatus.Expired };
        for (var d = c.IssuedOn.AddDays(-3); d <= c.ExpiresOn.AddDays(3); d = d.AddDays(1))
        {
            var status = CertificateStatusPolicy.StatusOn(c, d);
            Assert.True(Array.IndexOf(order, status) >= Array.IndexOf(order, previous), $"{d}: {previous} → {status}");
            previous = status;
        }
        Assert.Equal(CertificateStatus.Expired, previous);
    }

    [Fact]
    public void A_certificate_is_revoked_from_its_revocation_date_on()
    {
        var revokedOn = new DateOnly(2023, 5, 20);
        var c = Cert(4, new DateOnly(2022, 1, 10), revokedOn: revokedOn);

        Assert.Equal(CertificateStatus.Valid, CertificateStatusPolicy.StatusOn(c, revokedOn.AddDays(-1)));
        Assert.True(CertificateStatusPolicy.ShowsBadgeOn(c, revokedOn.AddDays(-1)));
        Assert.Equal(CertificateStatus.Revoked, CertificateStatusPolicy.StatusOn(c, revokedOn));
        Assert.False(CertificateStatusPolicy.ShowsBadgeOn(c, revokedOn));
        Assert.Equal(CertificateStatus.Revoked, CertificateStatusPolicy.StatusOn(c, revokedOn.AddDays(1)));
        // Revocation wins over expiry: the record says why the badge went away.
        Assert.Equal(CertificateStatus.Revoked, CertificateStatusPolicy.StatusOn(c, c.ExpiresOn.AddDays(30)));
    }

    [Fact]
    public void A_revocation_during_the_expiring_window_removes_the_badge_at_once()
    {
        var c = Cert(3, new DateOnly(2022, 1, 10));
        c.RevokedOn = c.ExpiresOn.AddDays(-10);

        Assert.Equal(CertificateStatus.Expiring, CertificateStatusPolicy.StatusOn(c, c.ExpiresOn.AddDays(-11)));
        Assert.Equal(CertificateStatus.Revoked, CertificateStatusPolicy.StatusOn(c, c.ExpiresOn.AddDays(-10)));
        Assert.False(CertificateStatusPolicy.ShowsBadgeOn(c, c.ExpiresOn.AddDays(-10)));
    }

    [Fact]
    public void A_revocation_date_in_the_future_does_not_yet_count()
    {
        var today = new DateOnly(2024, 3, 1);
        var c = Cert(5, new DateOnly(2023, 1, 1), revokedOn: today.AddDays(7));

        Assert.Equal(CertificateStatus.Valid, CertificateStatusPolicy.StatusOn(c, today));
        Assert.True(CertificateStatusPolicy.ShowsBadgeOn(c, today));
    }

    // ---- Badge ----

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    [InlineData(5, true)]
    public void Only_three_stars_and_above_show_a_badge(int stars, bool badge)
    {
        var c = Cert(stars, new DateOnly(2023, 1, 1));
        var today = new DateOnly(2024, 1, 1);

        Assert.Equal(CertificateStatus.Valid, CertificateStatusPolicy.StatusOn(c, today));
        Assert.Equal(badge, CertificateStatusPolicy.ShowsBadgeOn(c, today));
        Assert.Equal(badge, PolicyOn(today).ShowsBadge(c));
    }

    [Fact]
    public void Badge_shows_while_valid_or_expiring_and_never_otherwise()
    {
        var c = Cert(4, new DateOnly(2022, 1, 10));
        for (var d = c.IssuedOn.AddDays(-5); d <= c.ExpiresOn.AddDays(5); d = d.AddDays(1))
        {
            var status = CertificateStatusPolicy.StatusOn(c, d);
            var expected = status is CertificateStatus.Valid or CertificateStatus.Expiring;
            Assert.Equal(expected, CertificateStatusPolicy.ShowsBadgeOn(c, d));
        }
        Assert.True(CertificateStatusPolicy.ShowsBadgeOn(c, c.ExpiresOn));
        Assert.False(CertificateStatusPolicy.ShowsBadgeOn(c, c.ExpiresOn.AddDays(1)));
        Assert.False(CertificateStatusPolicy.ShowsBadgeOn(c, c.IssuedOn.AddDays(-1)));
        Assert.True(CertificateStatusPolicy.ShowsBadgeOn(c, c.IssuedOn));
    }

    [Fact]
    public void Seeded_Bao_Lam_persimmon_has_expired_and_has_no_badge()
    {
        // "Hồng không hạt Bảo Lâm", HTX Hòa Cư, 3★ from the district council, certificate expiring 10/2024.
        var c = new Certificate
        {
            DecisionNumber = "2089/QĐ-UBND",
            CouncilLevel = CouncilLevel.District,
            Stars = 3,
            Score = 62.5m,
            IssuedOn = new DateOnly(2021, 10, 8),
            ExpiresOn = new DateOnly(2024, 10, 7),
        };
        Assert.Equal(c.ExpiresOn, CertificateStatusPolicy.DefaultExpiry(c.IssuedOn));
        Assert.True(CouncilAuthority.MayGrant(c.CouncilLevel, c.Stars, c.IssuedOn));
        Assert.Equal(3, StarRankCalculator.StarsFor(c.Score.Value, c.CriteriaSet));

        var today = new DateOnly(2026, 11, 25);
        Assert.Equal(CertificateStatus.Expired, CertificateStatusPolicy.StatusOn(c, today));
        Assert.False(CertificateStatusPolicy.ShowsBadgeOn(c, today));
        Assert.False(CertificateStatusPolicy.BadgeValidOn(today).Compile()(c));

        var policy = PolicyOn(today);
        Assert.Equal(today, policy.Today);
        Assert.Equal(CertificateStatus.Expired, policy.StatusOf(c));
        Assert.False(policy.ShowsBadge(c));
        Assert.Null(policy.BadgeCertificate([c]));
        Assert.Same(c, CertificateStatusPolicy.Latest([c]));

        Assert.Equal(CertificateStatus.Expiring, CertificateStatusPolicy.StatusOn(c, new DateOnly(2024, 10, 7)));
        Assert.True(CertificateStatusPolicy.ShowsBadgeOn(c, new DateOnly(2024, 10, 7)));
        Assert.Equal(CertificateStatus.Expired, CertificateStatusPolicy.StatusOn(c, new DateOnly(2024, 10, 8)));
    }

    // ---- TimeProvider and the Vietnamese day ----

    [Fact]
    public void Today_is_the_Vietnamese_calendar_day_not_the_UTC_day()
    {
        var (policy, time) = PolicyAt(new DateTimeOffset(2024, 10, 7, 16, 59, 59, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2024, 10, 7), policy.Today);

        time.Advance(TimeSpan.FromSeconds(1)); // 17:00 UTC = midnight in Vietnam
        Assert.Equal(new DateOnly(2024, 10, 8), policy.Today);

        time.SetUtcNow(new DateTimeOffset(2024, 12, 31, 20, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2025, 1, 1), policy.Today);
    }

    [Fact]
    public void At_2330_UTC_on_the_expiry_day_it_is_already_the_next_day_in_Vietnam_and_the_badge_is_gone()
    {
        var c = Cert(3, new DateOnly(2021, 10, 8));
        Assert.Equal(new DateOnly(2024, 10, 7), c.ExpiresOn);

        var (policy, time) = PolicyAt(new DateTimeOffset(2024, 10, 7, 12, 0, 0, TimeSpan.Zero)); // 19:00 in Vietnam
        Assert.Equal(CertificateStatus.Expiring, policy.StatusOf(c));
        Assert.True(policy.ShowsBadge(c));
        Assert.Same(c, policy.BadgeCertificate([c]));

        time.SetUtcNow(new DateTimeOffset(2024, 10, 7, 23, 30, 0, TimeSpan.Zero)); // 06:30 on 8 October in Vietnam
        Assert.Equal(new DateOnly(2024, 10, 7), DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        Assert.Equal(new DateOnly(2024, 10, 8), policy.Today);
        Assert.Equal(CertificateStatus.Expired, policy.StatusOf(c));
        Assert.False(policy.ShowsBadge(c));
        Assert.Null(policy.BadgeCertificate([c]));
    }

    [Fact]
    public void A_certificate_becomes_valid_at_Vietnamese_midnight_of_its_issue_day()
    {
        var c = Cert(4, new DateOnly(2025, 3, 1));
        var (policy, time) = PolicyAt(new DateTimeOffset(2025, 2, 28, 16, 59, 0, TimeSpan.Zero)); // 23:59 on 28 Feb in Vietnam
        Assert.Equal(CertificateStatus.NotYetValid, policy.StatusOf(c));
        Assert.False(policy.ShowsBadge(c));

        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(CertificateStatus.Valid, policy.StatusOf(c));
        Assert.True(policy.ShowsBadge(c));
    }

    [Fact]
    public void The_badge_disappears_by_date_alone_as_the_clock_advances()
    {
        var c = Cert(5, new DateOnly(2022, 6, 1));
        var (policy, time) = PolicyAt(new DateTimeOffset(2025, 5, 1, 3, 0, 0, TimeSpan.Zero));
        var seen = new List<(DateOnly Day, CertificateStatus Status, bool Badge)>();
        for (var i = 0; i < 60; i++)
        {
            seen.Add((policy.Today, policy.StatusOf(c), policy.ShowsBadge(c)));
            time.Advance(TimeSpan.FromDays(1));
        }

        Assert.All(seen, s => Assert.Equal(s.Day <= c.ExpiresOn, s.Badge));
        Assert.All(seen, s => Assert.Equal(s.Day <= c.ExpiresOn ? CertificateStatus.Expiring : CertificateStatus.Expired, s.Status));
        Assert.Contains(seen, s => s.Badge);
        Assert.Contains(seen, s => !s.Badge);
    }

    // ---- BadgeCertificate and Latest ----

    [Fact]
    public void Badge_certificate_is_the_highest_valid_rank()
    {
        var today = new DateOnly(2025, 9, 1);
        var expired5 = Cert(5, new DateOnly(2021, 1, 1));
        var revoked5 = Cert(5, new DateOnly(2024, 1, 1), revokedOn: new DateOnly(2025, 8, 1));
        var future5 = Cert(5, new DateOnly(2025, 9, 2));
        var valid3 = Cert(3, new DateOnly(2023, 1, 1));
        var valid4 = Cert(4, new DateOnly(2022, 12, 1));
        var valid2 = Cert(2, new DateOnly(2025, 1, 1));

        var badge = PolicyOn(today).BadgeCertificate([expired5, valid3, revoked5, valid4, future5, valid2]);

        Assert.Same(valid4, badge);
    }

    [Fact]
    public void An_expiring_certificate_still_gives_the_badge()
    {
        var today = new DateOnly(2025, 9, 1);
        var expiring4 = Cert(4, new DateOnly(2022, 9, 15));
        var valid3 = Cert(3, new DateOnly(2025, 1, 1));
        Assert.Equal(CertificateStatus.Expiring, CertificateStatusPolicy.StatusOn(expiring4, today));

        Assert.Same(expiring4, PolicyOn(today).BadgeCertificate([valid3, expiring4]));
    }

    [Fact]
    public void Among_equal_ranks_the_newest_certificate_gives_the_badge()
    {
        var today = new DateOnly(2025, 9, 1);
        var older = Cert(4, new DateOnly(2023, 1, 1));
        var newer = Cert(4, new DateOnly(2025, 2, 1));

        Assert.Same(newer, PolicyOn(today).BadgeCertificate([older, newer]));
        Assert.Same(newer, PolicyOn(today).BadgeCertificate([newer, older]));
    }

    [Fact]
    public void No_badge_certificate_when_nothing_qualifies()
    {
        var policy = PolicyOn(new DateOnly(2025, 9, 1));

        Assert.Null(policy.BadgeCertificate([]));
        Assert.Null(policy.BadgeCertificate([Cert(1, new DateOnly(2024, 1, 1)), Cert(2, new DateOnly(2025, 1, 1))]));
        Assert.Null(policy.BadgeCertificate([Cert(5, new DateOnly(2020, 1, 1)), Cert(4, new DateOnly(2026, 1, 1))]));
    }

    [Fact]
    public void Latest_is_the_newest_issued_whatever_its_state()
    {
        var old = Cert(5, new DateOnly(2019, 1, 1));
        var revoked = Cert(3, new DateOnly(2024, 6, 1), revokedOn: new DateOnly(2024, 7, 1));
        var middle = Cert(4, new DateOnly(2022, 1, 1));

        Assert.Same(revoked, CertificateStatusPolicy.Latest([old, revoked, middle]));
        Assert.Null(CertificateStatusPolicy.Latest([]));
    }

    // ---- Expression agrees with ShowsBadgeOn ----

    [Fact]
    public void BadgeValidOn_expression_agrees_with_ShowsBadgeOn_over_a_grid_of_dates_and_certificates()
    {
        var anchor = new DateOnly(2022, 3, 31);
        var certificates = new List<Certificate>();
        foreach (var stars in new[] { 0, 1, 2, 3, 4, 5 })
        foreach (var issued in new[] { anchor, anchor.AddDays(1), new DateOnly(2024, 2, 29) })
        foreach (var expiresOffset in new int?[] { null, 0, -1, 30, 89, 90, 91 })
        {
            var expires = expiresOffset is { } offset ? issued.AddDays(offset) : CertificateStatusPolicy.DefaultExpiry(issued);
            foreach (var revoked in new DateOnly?[]
                     {
                         null, issued.AddDays(-1), issued, issued.AddDays(1), expires.AddDays(-90), expires.AddDays(-89),
                         expires, expires.AddDays(1),
                     })
            {
                certificates.Add(new Certificate { Stars = stars, IssuedOn = issued, ExpiresOn = expires, RevokedOn = revoked });
            }
        }

        // Every day around each boundary, plus a coarse sweep across the whole validity period.
        var days = new SortedSet<DateOnly>();
        foreach (var c in certificates)
        {
            foreach (var edge in new[] { c.IssuedOn, c.ExpiresOn, c.ExpiresOn.AddDays(-90), c.RevokedOn ?? c.IssuedOn })
            {
                for (var k = -2; k <= 2; k++) days.Add(edge.AddDays(k));
            }
        }
        for (var d = anchor.AddDays(-40); d <= anchor.AddYears(6); d = d.AddDays(17)) days.Add(d);

        var mismatches = new List<string>();
        var shown = 0;
        foreach (var today in days)
        {
            var compiled = CertificateStatusPolicy.BadgeValidOn(today).Compile();
            foreach (var c in certificates)
            {
                var expected = CertificateStatusPolicy.ShowsBadgeOn(c, today);
                if (expected) shown++;
                if (compiled(c) != expected)
                {
                    mismatches.Add($"{today}: {c.Stars}★ {c.IssuedOn}..{c.ExpiresOn} revoked {c.RevokedOn}: expression {!expected}, policy {expected}");
                }
            }
        }

        Assert.Empty(mismatches);
        Assert.True(shown > 1000, $"the grid should exercise both outcomes ({shown} badges)");
    }

    [Fact]
    public void BadgeValidOn_filters_a_list_like_a_database_query_would()
    {
        var today = new DateOnly(2025, 9, 1);
        var all = new[]
        {
            Cert(5, new DateOnly(2021, 1, 1)),
            Cert(4, new DateOnly(2023, 1, 1)),
            Cert(3, new DateOnly(2022, 9, 15)),
            Cert(2, new DateOnly(2024, 1, 1)),
            Cert(5, new DateOnly(2024, 1, 1), revokedOn: today),
            Cert(5, today.AddDays(1)),
        };

        var filtered = all.AsQueryable().Where(CertificateStatusPolicy.BadgeValidOn(today)).ToList();

        Assert.Equal([all[1], all[2]], filtered);
    }
}
