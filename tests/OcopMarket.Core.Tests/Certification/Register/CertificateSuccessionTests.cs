using OcopMarket.Core.Certification;
using OcopMarket.Core.Certification.Register;

namespace OcopMarket.Core.Tests.Certification.Register;

public sealed class CertificateSuccessionTests
{
    private static Certificate Cert(int id, int stars, DateOnly issued) =>
        new() { Id = id, Stars = stars, IssuedOn = issued, ExpiresOn = CertificateStatusPolicy.DefaultExpiry(issued) };

    [Fact]
    public void An_upgrade_must_raise_the_rank()
    {
        var threeStars = Cert(1, 3, new(2023, 5, 10));
        Assert.True(CertificateSuccession.MayFollow(DossierKind.Upgrade, threeStars, 4).Succeeded);
        Assert.True(CertificateSuccession.MayFollow(DossierKind.Upgrade, threeStars, 5).Succeeded);

        var same = CertificateSuccession.MayFollow(DossierKind.Upgrade, threeStars, 3);
        Assert.False(same.Succeeded);
        Assert.Equal(CertificateSuccession.UpgradeMustRaiseRank, same.Error);
        Assert.Equal([3, 3], same.Arguments!);
        Assert.False(CertificateSuccession.MayFollow(DossierKind.Upgrade, Cert(2, 4, new(2024, 1, 1)), 3).Succeeded);
    }

    [Fact]
    public void A_re_evaluation_may_keep_or_lower_the_rank()
    {
        var fourStars = Cert(1, 4, new(2023, 5, 10));
        Assert.True(CertificateSuccession.MayFollow(DossierKind.ReEvaluation, fourStars, 4).Succeeded);
        Assert.True(CertificateSuccession.MayFollow(DossierKind.ReEvaluation, fourStars, 3).Succeeded);
    }

    [Fact]
    public void A_first_certificate_has_no_predecessor_and_the_others_need_one()
    {
        Assert.True(CertificateSuccession.MayOpen(DossierKind.Initial, null).Succeeded);
        Assert.Equal(CertificateSuccession.AlreadyCertified, CertificateSuccession.MayOpen(DossierKind.Initial, Cert(1, 3, new(2023, 1, 1))).Error);
        Assert.Equal(CertificateSuccession.NeedsEarlierCertificate, CertificateSuccession.MayOpen(DossierKind.ReEvaluation, null).Error);
        Assert.Equal(CertificateSuccession.NeedsEarlierCertificate, CertificateSuccession.MayOpen(DossierKind.Upgrade, null).Error);
        Assert.Equal(CertificateSuccession.NothingAboveFiveStars, CertificateSuccession.MayOpen(DossierKind.Upgrade, Cert(1, 5, new(2023, 1, 1))).Error);
    }

    [Fact]
    public void The_predecessor_is_the_latest_certificate_whatever_its_state()
    {
        var old = Cert(1, 3, new(2020, 1, 1));
        var newer = Cert(2, 3, new(2023, 1, 1));
        newer.RevokedOn = new(2024, 1, 1);
        Assert.Same(newer, CertificateSuccession.Latest([old, newer]));
        Assert.Null(CertificateSuccession.Latest([]));
    }

    [Theory]
    [InlineData(DossierKind.Initial, CertificateKind.Initial)]
    [InlineData(DossierKind.ReEvaluation, CertificateKind.ReEvaluation)]
    [InlineData(DossierKind.Upgrade, CertificateKind.Upgrade)]
    public void The_certificate_kind_follows_the_dossier_kind(DossierKind dossier, CertificateKind certificate) =>
        Assert.Equal(certificate, CertificateSuccession.KindOf(dossier));
}
