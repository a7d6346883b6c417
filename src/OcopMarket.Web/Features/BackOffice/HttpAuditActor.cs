using System.Security.Claims;
using OcopMarket.Core.Audit;

namespace OcopMarket.Web.Features.BackOffice;

/// <summary>The audit log's "who": the signed-in user of the current request, else "system" (jobs, seeding).</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public int? UserId => int.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Name => User?.Identity?.Name ?? "system";
}
