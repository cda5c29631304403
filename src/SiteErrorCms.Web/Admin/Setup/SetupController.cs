using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Web.Admin.Shared;
using SiteErrorCms.Web.Admin.SignIn;
using SiteErrorCms.Web.Admin.TwoFactorSetup;
using SiteErrorCms.Web.Setup;

namespace SiteErrorCms.Web.Admin.Setup;

/// <summary>The first admin, from the link the server logs while the site has no accounts.</summary>
[AllowAnonymous]
public sealed class SetupController(CmsDbContext db, AccountTokens tokens, AccountFromLink accounts, CmsSignInManager signIn) : AdminController
{
    [HttpGet("/admin/setup/{token?}")]
    public async Task<IActionResult> Setup(string? token, CancellationToken cancellationToken) =>
        await UsableAsync(token, cancellationToken) is null ? NotUsable() : View(Form(token!, new NewAccountForm()));

    [HttpPost("/admin/setup/{token}")]
    [EnableRateLimiting(SignInRateLimit.Policy)]
    public async Task<IActionResult> Setup(string token, NewAccountForm form, CancellationToken cancellationToken)
    {
        if (await UsableAsync(token, cancellationToken) is not { } link)
        {
            return NotUsable();
        }

        if (string.IsNullOrWhiteSpace(form.Email))
        {
            ModelState.AddModelError(nameof(form.Email), "Enter your email address.");
        }

        if (!ModelState.IsValid)
        {
            return View(Form(token, form));
        }

        var (user, refused) = await accounts.CreateAsync(link, form.Email!.Trim(), form.DisplayName.Trim(), form.Password, HttpContext.Connection.RemoteIpAddress?.ToString() ?? "", cancellationToken);
        if (user is null)
        {
            if (refused is null)
            {
                return NotUsable();
            }

            ShowErrors(ModelState, refused);
            return View(Form(token, form));
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect(TwoFactorEnrollment.SetupPath);
    }

    /// <summary>Identity's messages go beside the field they are about.</summary>
    internal static void ShowErrors(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, IdentityResult refused)
    {
        foreach (var error in refused.Errors)
        {
            var field = error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(NewAccountForm.Password)
                : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(NewAccountForm.Email)
                : "";
            modelState.AddModelError(field, error.Description);
        }
    }

    private async Task<AccountToken?> UsableAsync(string? token, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(token) || await db.Users.AnyAsync(cancellationToken) ? null
            : await tokens.FindUsableAsync(AccountTokenPurpose.Setup, token, cancellationToken);

    private static NewAccountForm Form(string token, NewAccountForm form)
    {
        form.Action = SetupLinkIssuer.SetupPath(token);
        form.AsksForEmail = true;
        form.Role = CmsRoles.Admin;
        return form;
    }

    private ViewResult NotUsable()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("_LinkNotUsable");
    }
}
