namespace OcopMarket.Web.Framework;

/// <summary>Marker for QR stamps, the public traceability page, scans and counterfeit alerts (Resources/StampsResource.*.resx from StampsResource.tsv).</summary>
public sealed class StampsResource;
