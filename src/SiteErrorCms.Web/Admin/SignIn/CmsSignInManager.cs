using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SiteErrorCms.Core.Accounts;

namespace SiteErrorCms.Web.Admin.SignIn;

/// <summary>Identity's sign-in, plus one rule: a disabled account neither signs in nor keeps a session.</summary>
public sealed class CmsSignInManager(
    UserManager<CmsUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<CmsUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<CmsUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<CmsUser> confirmation)
    : SignInManager<CmsUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(CmsUser user) => !user.IsDisabled && await base.CanSignInAsync(user);

    // Runs on every request (ValidationInterval is zero), so disabling ends open sessions at once.
    public override async Task<CmsUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal) =>
        await base.ValidateSecurityStampAsync(principal) is { IsDisabled: false } user ? user : null;

    public override async Task<CmsUser?> ValidateTwoFactorSecurityStampAsync(ClaimsPrincipal? principal) =>
        await base.ValidateTwoFactorSecurityStampAsync(principal) is { IsDisabled: false } user ? user : null;
}
