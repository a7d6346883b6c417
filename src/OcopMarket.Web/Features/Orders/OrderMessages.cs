using Microsoft.Extensions.Localization;
using OcopMarket.Core.Common;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Orders;

/// <summary>The order lifecycle's English message keys (OperationResult.Error) in the user's language (ShopResource).</summary>
public sealed class OrderMessages(IStringLocalizer<ShopResource> shop)
{
    public string Of(OperationResult result) => Localize(result.Error ?? "", result.Arguments);

    public string Of<T>(OperationResult<T> result) => Localize(result.Error ?? "", result.Arguments);

    public string Localize(string key, object[]? arguments) => shop[key, arguments ?? []].Value;
}
