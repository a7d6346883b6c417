namespace OcopMarket.Web.Framework.Models;

public sealed record ErrorPageModel(int StatusCode)
{
    public bool IsNotFound => StatusCode == 404;
    public bool IsBadRequest => StatusCode is 400 or 414 or 431;
}
