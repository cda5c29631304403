using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Web.Admin.Setup;
using SiteErrorCms.Web.Admin.Shared;
using SiteErrorCms.Web.Admin.SignIn;
using SiteErrorCms.Web.Admin.TwoFactorSetup;
using SiteErrorCms.Web.Setup;

namespace SiteErrorCms.Web.Admin.Invite;

/// <summary>Accepting an invitation: the invited person picks a display name and password; email and role come from the invite.</summary>
[AllowAnonymous]
public sealed class InviteController(AccountTokens tokens, AccountFromLink accounts, CmsSignInManager signIn) : AdminController
{
    [HttpGet("/admin/invite/{token}")]
    public async Task<IActionResult> Accept(string token, CancellationToken cancellationToken) =>
        await tokens.FindUsableAsync(AccountTokenPurpose.Invite, token, cancellationToken) is { } invite
            ? View(Form(token, invite, new NewAccountForm()))
            : NotUsable();

    [HttpPost("/admin/invite/{token}")]
    [EnableRateLimiting(SignInRateLimit.Policy)]
    public async Task<IActionResult> Accept(string token, NewAccountForm form, CancellationToken cancellationToken)
    {
        if (await tokens.FindUsableAsync(AccountTokenPurpose.Invite, token, cancellationToken) is not { } invite)
        {
            return NotUsable();
        }

        if (!ModelState.IsValid)
        {
            return View(Form(token, invite, form));
        }

        var (user, refused) = await accounts.CreateAsync(invite, invite.Email!, form.DisplayName.Trim(), form.Password, HttpContext.Connection.RemoteIpAddress?.ToString() ?? "", cancellationToken);
        if (user is null)
        {
            if (refused is null)
            {
                return NotUsable();
            }

            SetupController.ShowErrors(ModelState, refused);
            return View(Form(token, invite, form));
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect(CmsRoles.RequiresTwoFactor(invite.Role) ? TwoFactorEnrollment.SetupPath : "/admin");
    }

    private static NewAccountForm Form(string token, AccountToken invite, NewAccountForm form)
    {
        form.Action = $"/admin/invite/{token}";
        form.Email = invite.Email;
        form.Role = invite.Role;
        return form;
    }

    private ViewResult NotUsable()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("_LinkNotUsable");
    }
}
