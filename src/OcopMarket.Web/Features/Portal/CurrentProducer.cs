using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;

namespace OcopMarket.Web.Features.Portal;

/// <summary>
/// The producer the signed-in user acts for: always AppUser.ProducerId, read from the database on each
/// request (so the office unlinking an account takes effect at once), never an id from the URL or a form.
/// </summary>
public sealed class CurrentProducer(IHttpContextAccessor http, OcopDbContext db)
{
    public sealed record Info(int Id, string Name, string Slug, bool IsPublished);

    private Info? _info;
    private bool _loaded;

    /// <summary>Null when the user is not a producer user or is not linked to an existing producer yet.</summary>
    public async Task<Info?> GetAsync(CancellationToken ct = default)
    {
        if (_loaded) return _info;
        _loaded = true;
        var user = http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true || !user.IsInRole(Roles.Producer)) return null;
        if (!int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return null;
        _info = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && u.ProducerId != null)
            .Join(db.Producers, u => u.ProducerId, p => p.Id, (u, p) => new Info(p.Id, p.Name, p.Slug, p.IsPublished))
            .FirstOrDefaultAsync(ct);
        return _info;
    }
}
