using Microsoft.AspNetCore.Mvc.ModelBinding;
using OcopMarket.Core.Common;
using OcopMarket.Core.Traceability.Lots;

namespace OcopMarket.Web.Features.Lots;

/// <summary>Where a domain error belongs on the lot, event and place forms, and which errors mean "not yours" (404).</summary>
public static class LotErrors
{
    private static readonly HashSet<string> NotFound =
    [
        LotRegistration.NoSuchLot, LotRegistration.NoSuchProduct, TraceEventRecording.NoSuchEvent, TraceEventRecording.NoSuchLocation,
        TraceEventRecording.NoSuchDocument, TraceEventRecording.NoSuchInspection, TraceLocationDirectory.NoSuchDisplayPoint,
    ];

    public static bool IsNotFound(string? error) => error is not null && NotFound.Contains(error);

    private static readonly Dictionary<string, string> Fields = new()
    {
        [LotRegistration.BadCode] = "Code",
        [LotRegistration.DuplicateCode] = "Code",
        [LotRegistration.CodeLockedByStamps] = "Code",
        [LotRegistration.NoGtin] = "ProductId",
        [LotRegistration.ProducedInFuture] = "ProducedOn",
        [LotRegistration.ProducedTooLongAgo] = "ProducedOn",
        [LotRegistration.ExpiresBeforeProduced] = "ExpiresOn",
        [LotRegistration.BadQuantity] = "Quantity",
        [LotRegistration.NotesTooLong] = "Notes",
        [TraceEventRecording.BadStep] = "Step",
        [TraceEventRecording.OfficeRecordsInspections] = "Step",
        [TraceEventRecording.InFuture] = "Date",
        [TraceEventRecording.TooEarly] = "Date",
        [TraceEventRecording.DestinationRequired] = "DestinationLocationId",
        [TraceEventRecording.SameDestination] = "DestinationLocationId",
        [TraceEventRecording.BadQuantity] = "Quantity",
        [TraceEventRecording.UnitRequired] = "Unit",
        [TraceEventRecording.BadUnit] = "Unit",
        [TraceEventRecording.NoteTooLong] = "Note",
        [TraceEventRecording.TooManyDocuments] = "DocumentIds",
        [TraceLocationDirectory.NameRequired] = "Name",
        [TraceLocationDirectory.NameTooLong] = "Name",
        [TraceLocationDirectory.AddressTooLong] = "Address",
        [TraceLocationDirectory.BadKind] = "Kind",
        [TraceLocationDirectory.PinIncomplete] = "Latitude",
        [TraceLocationDirectory.PinOutsideVietnam] = "Latitude",
        [TraceLocationDirectory.BadGln] = "Gln",
        [TraceLocationDirectory.DisplayPointRequired] = "DisplayPointId",
    };

    /// <summary>Adds the error to its field under <paramref name="prefix"/> ("Form"), or to the form as a whole.</summary>
    public static void Add(ModelStateDictionary state, string prefix, OperationResult result, LotLabels labels) =>
        state.AddModelError(Fields.TryGetValue(result.Error ?? "", out var field) ? $"{prefix}.{field}" : prefix, labels.Message(result));
}
