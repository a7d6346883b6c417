using Microsoft.Extensions.Options;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Infrastructure;

/// <summary>Refuses absurdly long query strings with 400 before any feature parses them.</summary>
public sealed class QueryLengthGuard(RequestDelegate next, IOptions<SiteOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.QueryString.Value?.Length > options.Value.MaxQueryStringLength)
        {
            // Drop the query so the error page that re-executes does not trip on it again.
            context.Request.QueryString = QueryString.Empty;
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        }
        return next(context);
    }
}
