using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SiteErrorCms.Core.Accounts;

namespace SiteErrorCms.Web.Admin.SignIn;

/// <summary>
/// Checks the security stamp on every request. Identity's validator skips the check unless time has
/// moved past <see cref="SecurityStampValidatorOptions.ValidationInterval"/> since the cookie was issued,
/// so even an interval of zero lets requests in the same clock tick (or under a stopped test clock) through.
/// </summary>
public sealed class EveryRequestStampValidator(
    IOptions<SecurityStampValidatorOptions> options, SignInManager<CmsUser> signInManager, ILoggerFactory logger)
    : SecurityStampValidator<CmsUser>(options, signInManager, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (await VerifySecurityStamp(context.Principal) is { } user)
        {
            await SecurityStampVerified(user, context);
            return;
        }

        context.RejectPrincipal();
        await SignInManager.SignOutAsync();
    }
}
