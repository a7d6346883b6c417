using System.Globalization;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Places;
using OcopMarket.Core.Reports;
using OcopMarket.Core.Reports.Sections;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Reports;

/// <summary>
/// Turns a <see cref="MonthlyReport"/> into its titled tables in the user's language: each comparison table has the
/// month, the month before and the change; lists (events, producers, fairs) are the month's.
/// </summary>
public sealed class ReportSheets(IStringLocalizer<ReportsResource> localizer)
{
    private IStringLocalizer L => localizer;

    public IReadOnlyList<ReportSection> Build(MonthlyReport r)
    {
        var cur = L["Month {0}", r.Month.Label].Value;
        var prev = L["Month {0}", r.Month.Previous.Label].Value;
        var english = Framework.Localization.Cultures.IsEnglish;

        ReportTable Compare(string id, string? caption, params (string Label, decimal Current, decimal Previous, bool Money)[] rows) =>
            new(id, caption,
                [new(L["Indicator"]), new(cur, CellKind.Count), new(prev, CellKind.Count), new(L["Change"], CellKind.Change)],
                rows.Select(x => (IReadOnlyList<object?>)[x.Label, x.Current, x.Previous, x.Current - x.Previous]).ToList(),
                MoneyRows: rows.Select((x, i) => (x.Money, i)).Where(x => x.Money).Select(x => x.i).ToList());

        var sections = new List<ReportSection>();

        // Targets: the year so far against the office's targets.
        var targetRows = r.Indicators.Select(i => (IReadOnlyList<object?>)
        [
            L[i.Indicator.Name].Value,
            i.Target is null ? L["no target"].Value : TargetText(i.Target, i.Indicator.IsMoney),
            i.Month, i.PreviousMonth, i.YearToDate,
            i.Progress?.Percent is { } p ? (decimal)p : null,
            i.Progress is null ? "—" : L["TargetStatus." + i.Progress.Status].Value,
        ]).ToList();
        sections.Add(new ReportSection("targets", L["Targets for {0}: progress", r.Month.Year], L["Targets"],
        [
            new("targets-table", null,
            [
                new(L["Indicator"]), new(L["Target {0}", r.Month.Year]), new(cur, CellKind.Count), new(prev, CellKind.Count),
                new(L["Year to date"], CellKind.Count), new(L["% of target"], CellKind.Percent), new(L["Assessment"]),
            ], targetRows, Empty: L["No indicator."],
            MoneyRows: r.Indicators.Select((x, i) => (x.Indicator.IsMoney, i)).Where(x => x.IsMoney).Select(x => x.i).ToList()),
        ], L["Levels (products, display points) are read at the month's end; other indicators add up from 1 January."]));

        // Certified products.
        var cc = r.Certified.Current;
        var cp = r.Certified.Previous;
        var prevGroups = cp.ByGroup.ToDictionary(g => g.GroupId);
        var groupIds = cc.ByGroup.Select(g => g.GroupId).Concat(cp.ByGroup.Select(g => g.GroupId).Where(id => cc.ByGroup.All(g => g.GroupId != id))).ToList();
        var allGroups = cc.ByGroup.Concat(cp.ByGroup).GroupBy(g => g.GroupId).ToDictionary(g => g.Key, g => g.First());
        var groupRows = groupIds.Select(id =>
        {
            var g = cc.ByGroup.FirstOrDefault(x => x.GroupId == id);
            var before = prevGroups.GetValueOrDefault(id)?.Total ?? 0;
            var name = english ? allGroups[id].GroupEn : allGroups[id].Group;
            return (IReadOnlyList<object?>)[name, (decimal)(g?.Three ?? 0), (decimal)(g?.Four ?? 0), (decimal)(g?.Five ?? 0), (decimal)(g?.Total ?? 0), (decimal)before, (decimal)((g?.Total ?? 0) - before)];
        }).ToList();
        groupRows.Add([L["Total"].Value, (decimal)cc.Three, (decimal)cc.Four, (decimal)cc.Five, (decimal)cc.Total, (decimal)cp.Total, (decimal)(cc.Total - cp.Total)]);
        sections.Add(new ReportSection("certified", L["OCOP products with a valid certificate"], L["Products by stars"],
        [
            Compare("certified-stars", L["By rank (on {0})", VnTime.Date(r.AsOf)],
                ("3★", cc.Three, cp.Three, false), ("4★", cc.Four, cp.Four, false), ("5★", cc.Five, cp.Five, false),
                (L["Total 3★ or more"], cc.Total, cp.Total, false)) with { LastRowIsTotal = true },
            new("certified-groups", L["By OCOP group"],
                [new(L["OCOP group"]), new("3★", CellKind.Count), new("4★", CellKind.Count), new("5★", CellKind.Count), new(L["Total"], CellKind.Count),
                 new(prev, CellKind.Count), new(L["Change"], CellKind.Change)],
                groupRows, LastRowIsTotal: true),
        ]));

        // Certificates issued and revoked.
        var ac = r.Certificates.Current;
        var ap = r.Certificates.Previous;
        sections.Add(new ReportSection("certificates", L["Recognition, upgrades, re-evaluations and revocations"], L["Certificates"],
        [
            Compare("certificates-counts", null,
                (L["Newly recognised products"], ac.New, ap.New, false), (L["Upgrades"], ac.Upgrades, ap.Upgrades, false),
                (L["Re-evaluations"], ac.ReEvaluations, ap.ReEvaluations, false), (L["Revocations"], ac.Revocations, ap.Revocations, false)),
            new("certificates-events", L["Decisions in {0}", r.Month.Label],
                [new(L["Date"], CellKind.Date), new(L["Kind"]), new(L["Decision number"]), new(L["Product"]), new(L["Producer"]), new(L["Stars"], CellKind.Count)],
                ac.Events.Select(e => (IReadOnlyList<object?>)[e.On, L["CertificateEventKind." + e.Kind].Value, e.DecisionNumber, e.Product, e.Producer, (decimal)e.Stars]).ToList(),
                Empty: L["No certificate was issued or revoked this month."]),
        ]));

        // Validity watch.
        var wc = r.Watch.Current;
        var wp = r.Watch.Previous;
        ReportTable DueList(string id, string caption, IReadOnlyList<CertificateDueRow> rows, string empty) => new(id, caption,
            [new(L["Decision number"]), new(L["Product"]), new(L["Producer"]), new(L["Stars"], CellKind.Count), new(L["Expires on"], CellKind.Date)],
            rows.Select(d => (IReadOnlyList<object?>)[d.DecisionNumber, d.Product, d.Producer, (decimal)d.Stars, d.ExpiresOn]).ToList(), Empty: empty);
        sections.Add(new ReportSection("watch", L["Certificates to watch"], L["Expiring and expired"],
        [
            Compare("watch-counts", L["On {0}", VnTime.Date(r.AsOf)],
                (L["Expiring within 90 days"], wc.Expiring, wp.Expiring, false), (L["Expired, awaiting re-evaluation"], wc.ExpiredAwaiting, wp.ExpiredAwaiting, false)),
            DueList("watch-expiring", L["Expiring within 90 days"], wc.ExpiringList, L["No certificate expires within 90 days."]),
            DueList("watch-expired", L["Expired, awaiting re-evaluation"], wc.ExpiredList, L["No expired certificate is waiting."]),
        ]));

        // Inspections.
        var ic = r.Inspections.Current;
        var ip = r.Inspections.Previous;
        sections.Add(new ReportSection("inspections", L["Inspections after recognition"], L["Inspections"],
        [
            Compare("inspections-counts", null,
                (L["Inspections carried out"], ic.Completed, ip.Completed, false), (L["Outcome: compliant"], ic.Ok, ip.Ok, false),
                (L["Outcome: warning"], ic.Warning, ip.Warning, false), (L["Outcome: revocation proposed"], ic.ProposeRevocation, ip.ProposeRevocation, false),
                (L["No outcome recorded"], ic.NoOutcome, ip.NoOutcome, false), (L["Finding: OCOP stamp misused"], ic.StampMisuse, ip.StampMisuse, false),
                (L["Planned, not yet carried out"], ic.PlannedOpen, ip.PlannedOpen, false)),
        ]));

        // Display points.
        var dc = r.DisplayPoints.Current;
        var dp = r.DisplayPoints.Previous;
        var types = Enum.GetValues<DisplayPointType>().Where(t => dc.PublishedByType.ContainsKey(t) || dp.PublishedByType.ContainsKey(t))
            .Select(t => (L["DisplayPointType." + t].Value, (decimal)dc.PublishedByType.GetValueOrDefault(t), (decimal)dp.PublishedByType.GetValueOrDefault(t), false))
            .ToArray();
        sections.Add(new ReportSection("points", L["Display and sale points"], L["Display points"],
        [
            Compare("points-counts", null, (L["Published at the month's end"], dc.Published, dp.Published, false), (L["New this month"], dc.New, dp.New, false)),
            Compare("points-types", L["Published, by type"], types),
            new("points-new", L["New points in {0}", r.Month.Label],
                [new(L["Date"], CellKind.Date), new(L["Name"]), new(L["Type"]), new(L["Address"])],
                dc.NewPoints.Select(p => (IReadOnlyList<object?>)[p.CreatedOn, p.Name, L["DisplayPointType." + p.Type].Value, p.Address]).ToList(),
                Empty: L["No new point this month."]),
        ]));

        // Fairs.
        var fc = r.Fairs.Current;
        var fp = r.Fairs.Previous;
        sections.Add(new ReportSection("fairs", L["Trade fairs"], L["Fairs"],
        [
            Compare("fairs-counts", null, (L["Fairs held"], fc.Count, fp.Count, false), (L["Booths"], fc.Booths, fp.Booths, false)),
            new("fairs-list", L["Fairs in {0}", r.Month.Label],
                [new(L["Fair"]), new(L["From"], CellKind.Date), new(L["To"], CellKind.Date), new(L["Venue"]), new(L["Booths"], CellKind.Count)],
                fc.Fairs.Select(f => (IReadOnlyList<object?>)[f.Name, f.StartsOn, f.EndsOn, f.Venue, (decimal)f.Booths]).ToList(),
                Empty: L["No fair this month."]),
        ]));

        // Campaigns and coupons.
        var kc = r.Campaigns.Current;
        var kp = r.Campaigns.Previous;
        var campaignRows = kc.Campaigns.Select(c => (IReadOnlyList<object?>)
        [
            c.Name, $"{VnTime.Date(c.StartsAt)} – {VnTime.Date(c.EndsAt.AddTicks(-1))}", (decimal)c.Orders, (decimal)c.Units, (decimal)c.Revenue,
            (decimal)c.Discount, (decimal)c.Redemptions, (decimal)c.RedeemedAmount,
        ]).ToList();
        if (kc.Campaigns.Count > 0)
            campaignRows.Add([L["Total"].Value, "", (decimal)kc.Campaigns.Sum(c => c.Orders), (decimal)kc.Units, (decimal)kc.Revenue, (decimal)kc.Discount,
                (decimal)kc.Campaigns.Sum(c => c.Redemptions), (decimal)kc.Campaigns.Sum(c => c.RedeemedAmount)]);
        sections.Add(new ReportSection("campaigns", L["Promotion campaigns and coupons"], L["Campaigns"],
        [
            Compare("campaigns-counts", null,
                (L["Campaigns running"], kc.Campaigns.Count, kp.Campaigns.Count, false), (L["Units sold at a campaign price"], kc.Units, kp.Units, false),
                (L["Revenue at campaign prices (₫)"], kc.Revenue, kp.Revenue, true), (L["Discount given (₫)"], kc.Discount, kp.Discount, true),
                (L["Coupon uses"], kc.Redemptions, kp.Redemptions, false), (L["Coupon discount (₫)"], kc.RedeemedAmount, kp.RedeemedAmount, true)),
            new("campaigns-list", L["Campaigns in {0}", r.Month.Label],
                [new(L["Campaign"]), new(L["Period"]), new(L["Orders"], CellKind.Count), new(L["Units"], CellKind.Count), new(L["Revenue (₫)"], CellKind.Money),
                 new(L["Discount (₫)"], CellKind.Money), new(L["Coupon uses"], CellKind.Count), new(L["Coupon discount (₫)"], CellKind.Money)],
                campaignRows, LastRowIsTotal: kc.Campaigns.Count > 0, Empty: L["No campaign ran this month."]),
            new("coupons-list", L["Coupons used in {0}", r.Month.Label],
                [new(L["Code"]), new(L["Uses"], CellKind.Count), new(L["Discount (₫)"], CellKind.Money)],
                kc.Coupons.Select(c => (IReadOnlyList<object?>)[c.Code, (decimal)c.Redemptions, (decimal)c.Amount]).ToList(),
                Empty: L["No coupon was used this month."]),
        ]));

        // Online sales.
        var sc = r.Sales.Current;
        var sp = r.Sales.Previous;
        var prevProducers = sp.ByProducer.ToDictionary(p => p.ProducerId, p => p.Revenue);
        var producerRows = sc.ByProducer.Select(p => (IReadOnlyList<object?>)
            [p.Producer, (decimal)p.Orders, (decimal)p.Parcels, (decimal)p.Revenue, (decimal)prevProducers.GetValueOrDefault(p.ProducerId), (decimal)(p.Revenue - prevProducers.GetValueOrDefault(p.ProducerId))])
            .Concat(sp.ByProducer.Where(p => sc.ByProducer.All(c => c.ProducerId != p.ProducerId))
                .Select(p => (IReadOnlyList<object?>)[p.Producer, 0m, 0m, 0m, (decimal)p.Revenue, (decimal)(-p.Revenue)]))
            .ToList();
        var prevCommunes = sp.ByCommune.ToDictionary(c => c.CommuneId, c => c.Revenue);
        var communeRows = sc.ByCommune.Select(c => (IReadOnlyList<object?>)
            [c.Commune, c.Province, (decimal)c.Orders, (decimal)c.Parcels, (decimal)c.Revenue, (decimal)prevCommunes.GetValueOrDefault(c.CommuneId), (decimal)(c.Revenue - prevCommunes.GetValueOrDefault(c.CommuneId))])
            .Concat(sp.ByCommune.Where(p => sc.ByCommune.All(c => c.CommuneId != p.CommuneId))
                .Select(c => (IReadOnlyList<object?>)[c.Commune, c.Province, 0m, 0m, 0m, (decimal)c.Revenue, (decimal)(-c.Revenue)]))
            .ToList();
        var revenuePrev = L["Revenue {0} (₫)", r.Month.Previous.Label].Value;
        sections.Add(new ReportSection("sales", L["Online sales"], L["Online sales"],
        [
            Compare("sales-counts", null,
                (L["Orders"], sc.Orders, sp.Orders, false), (L["Parcels (one per producer)"], sc.Parcels, sp.Parcels, false),
                (L["Goods revenue (₫)"], sc.Revenue, sp.Revenue, true), (L["Coupon discounts (₫)"], sc.CouponDiscount, sp.CouponDiscount, true)),
            new("sales-producers", L["By producer"],
                [new(L["Producer"]), new(L["Orders"], CellKind.Count), new(L["Parcels"], CellKind.Count), new(L["Revenue (₫)"], CellKind.Money),
                 new(revenuePrev, CellKind.Money), new(L["Change"], CellKind.Change, Money: true)],
                producerRows, Empty: L["No online sale this month."]),
            new("sales-communes", L["By the producer's commune"],
                [new(L["Commune"]), new(L["Province"]), new(L["Orders"], CellKind.Count), new(L["Parcels"], CellKind.Count), new(L["Revenue (₫)"], CellKind.Money),
                 new(revenuePrev, CellKind.Money), new(L["Change"], CellKind.Change, Money: true)],
                communeRows, Empty: L["No online sale this month."]),
        ], L["Goods value of parcels that are not cancelled, in orders placed this month that are not cancelled; shipping not included."]));

        // Traceability.
        var tc = r.Traceability.Current;
        var tp = r.Traceability.Previous;
        sections.Add(new ReportSection("traceability", L["Traceability stamps"], L["Traceability"],
        [
            Compare("scans-counts", L["Stamp scans"],
                (L["Scans"], tc.Scans, tp.Scans, false), (L["Genuine stamps"], tc.Genuine, tp.Genuine, false),
                (L["Lot or product codes"], tc.LotOrProduct, tp.LotOrProduct, false), (L["Codes never issued"], tc.NeverIssued, tp.NeverIssued, false)),
            Compare("anomalies-counts", L["Counterfeit signals"],
                (L["Anomalies detected"], tc.Anomalies, tp.Anomalies, false), (L["AnomalyKind.TooManyScans"], tc.TooManyScans, tp.TooManyScans, false),
                (L["AnomalyKind.ImpossibleTravel"], tc.ImpossibleTravel, tp.ImpossibleTravel, false), (L["AnomalyKind.NeverIssued"], tc.NeverIssuedAnomalies, tp.NeverIssuedAnomalies, false),
                (L["Anomalies reviewed"], tc.Reviewed, tp.Reviewed, false)),
            new("scans-days", L["Scans by day"],
                [new(L["Date"], CellKind.Date), new(L["Genuine stamps"], CellKind.Count), new(L["Other codes"], CellKind.Count)],
                tc.ByDay.Select(d => (IReadOnlyList<object?>)[d.Day, (decimal)d.Genuine, (decimal)d.Other]).ToList(), Detail: true),
        ]));

        return sections;
    }

    public string TargetText(ReportTarget t, bool money)
    {
        string N(decimal v) => money ? Core.Common.Vnd.Format((long)v) : v.ToString("N0", CultureInfo.CurrentCulture);
        return t.Max is { } max ? $"{N(t.Min)} – {N(max)}" : L["at least {0}", N(t.Min)].Value;
    }
}
