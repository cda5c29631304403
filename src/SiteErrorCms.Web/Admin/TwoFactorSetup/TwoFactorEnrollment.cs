using System.Security.Claims;
using SiteErrorCms.Core.Accounts;

namespace SiteErrorCms.Web.Admin.TwoFactorSetup;

/// <summary>
/// Admins and editors who signed in with a password alone are held at two-factor setup: every admin
/// path except signing in and out sends them there until they enrol (and then sign in with amr=mfa).
/// </summary>
/// <remarks>Middleware rather than a filter so it also covers admin pages other features add later.</remarks>
public static class TwoFactorEnrollment
{
    public const string SetupPath = "/admin/account/two-factor-setup";

    private static readonly PathString[] Open =
        [SetupPath, "/admin/account/sign-out", "/admin/account/sign-in", "/admin/account/two-factor", "/admin/account/recovery", "/admin/account/denied"];

    public static bool MustEnroll(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && !user.HasClaim("amr", "mfa")
        && CmsRoles.All.Any(role => CmsRoles.RequiresTwoFactor(role) && user.IsInRole(role));

    public static IApplicationBuilder UseCmsTwoFactorEnrollment(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/admin") && MustEnroll(context.User) && !Open.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(SetupPath);
            return;
        }

        await next();
    });
}
