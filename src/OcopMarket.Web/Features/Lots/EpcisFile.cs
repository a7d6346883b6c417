using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using OcopMarket.Core.Traceability.Lots;

namespace OcopMarket.Web.Features.Lots;

/// <summary>The EPCIS document of a lot as a download (application/ld+json, named after the lot code).</summary>
public static class EpcisFile
{
    public static IActionResult Result(JsonObject document, string lotCode) =>
        new FileContentResult(Encoding.UTF8.GetBytes(EpcisExport.Serialize(document)), EpcisExport.ContentType + "; charset=utf-8")
        {
            FileDownloadName = $"epcis-{lotCode}.jsonld",
        };
}
