using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Admin.Settings;
using SiteErrorCms.Web.Admin.Shared;
using SiteErrorCms.Web.Admin.SignIn;

namespace SiteErrorCms.Web.Admin.TwoFactorSetup;

/// <summary>Enrolling an authenticator app: required for admins and editors, open to authors.</summary>
public sealed class TwoFactorSetupController(
    UserManager<CmsUser> users, CmsSignInManager signIn, AuditLog audit, CmsDbContext db, SiteSettings site) : AdminController
{
    [HttpGet(TwoFactorEnrollment.SetupPath)]
    public async Task<IActionResult> Setup()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return View(await FormAsync(user, code: ""));
    }

    [HttpPost(TwoFactorEnrollment.SetupPath)]
    public async Task<IActionResult> Setup(string? code)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return Redirect("/admin/account");
        }

        var clean = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, clean))
        {
            ModelState.AddModelError("code", "That code does not match. Check the key was entered correctly and try the newest code.");
            return View(await FormAsync(user, code ?? ""));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        audit.Record(CurrentActor, "two-factor.enabled", "User", user.Id);
        await db.SaveChangesAsync();

        // Enabling changed the security stamp; a new cookie carries it and records the second factor.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        return View("RecoveryCodes", codes);
    }

    private async Task<TwoFactorSetupModel> FormAsync(CmsUser user, string code)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // The reset changed the security stamp; re-issue this session's cookie so it survives.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        var issuer = (await site.GetAsync()).Name;
        var label = Uri.EscapeDataString($"{issuer}:{user.Email}");
        var uri = $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return new TwoFactorSetupModel(
            user.TwoFactorEnabled,
            string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c))),
            "data:image/png;base64," + Convert.ToBase64String(png),
            code);
    }
}

public sealed record TwoFactorSetupModel(bool AlreadyEnabled, string Key, string QrDataUri, string Code);
