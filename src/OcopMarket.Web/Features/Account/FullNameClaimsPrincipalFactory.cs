using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OcopMarket.Core.Identity;

namespace OcopMarket.Web.Features.Account;

/// <summary>Puts the person's name in the sign-in cookie, so headers greet "Nguyễn Văn An", not an e-mail address.</summary>
public sealed class FullNameClaimsPrincipalFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    public const string ClaimType = "ocop:full_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.FullName)) identity.AddClaim(new Claim(ClaimType, user.FullName));
        return identity;
    }
}
