using System.Globalization;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Common;
using OcopMarket.Core.Producers;
using OcopMarket.Core.Traceability;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Lots;

/// <summary>The lot pages' words for steps, kinds of places, units and the domain's messages, in the request's language.</summary>
public sealed class LotLabels(IStringLocalizer<LotsResource> l)
{
    public static readonly TraceStep[] Steps = Enum.GetValues<TraceStep>();

    public string Step(TraceStep step) => l["Step." + step];

    public static string Icon(TraceStep step) => step switch
    {
        TraceStep.Harvesting => "basket",
        TraceStep.Processing => "gear",
        TraceStep.Packing => "box-seam",
        TraceStep.Inspecting => "clipboard2-check",
        TraceStep.Shipping => "truck",
        TraceStep.Receiving => "box-arrow-in-down",
        TraceStep.RetailSelling => "shop",
        _ => "circle",
    };

    /// <summary>A colour per step, so the timeline reads at a glance (CSS class suffix in lots.css).</summary>
    public static string Tone(TraceStep step) => step.ToString().ToLowerInvariant();

    public string Kind(TraceLocationKind kind) => l["Place." + kind];

    public static string Icon(TraceLocationKind kind) => kind switch
    {
        TraceLocationKind.Farm => "tree",
        TraceLocationKind.Workshop => "building-gear",
        TraceLocationKind.Warehouse => "boxes",
        TraceLocationKind.DisplayPoint => "shop-window",
        TraceLocationKind.Laboratory => "eyedropper",
        _ => "geo-alt",
    };

    public string Unit(string? code) => code is null ? "" : l["Unit." + code];

    /// <summary>The unit as offered in a list (pieces explained).</summary>
    public string UnitChoice(string code) => code == "H87" ? l["UnitChoice.H87"] : Unit(code);

    public string Quantity(decimal? quantity, string? unit) =>
        quantity is { } q ? $"{q.ToString("#,0.###", CultureInfo.CurrentCulture)} {Unit(unit)}".Trim() : "";

    public string Document(DocumentKind kind) => l["Document." + kind];

    public static string When(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>A domain failure in the reader's language.</summary>
    public string Message(string? error, object[]? arguments) => l[error ?? "", arguments ?? []];

    public string Message(OperationResult result) => Message(result.Error, result.Arguments);
}
