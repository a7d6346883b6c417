using Microsoft.Extensions.Localization;
using OcopMarket.Core.Certification.Import;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.RegisterImport;

/// <summary>Turns the import's message keys into sentences in the user's language ("Dòng 7: Ngày cấp '31/02/2023' không hợp lệ …").</summary>
public sealed class ImportMessageText(IStringLocalizer<OfficeResource> localizer)
{
    public string Format(ImportMessage message)
    {
        var args = message.Arguments.Select(a => a is ImportText t ? localizer[t.Key].Value : a).ToArray();
        return localizer[message.Key, args].Value;
    }

    public string ForRow(int rowNumber, ImportMessage message) => localizer["Row {0}: {1}", rowNumber, Format(message)].Value;
}
