using System.Net;
using System.Text.RegularExpressions;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Accounts;

public sealed partial class TwoFactorIsRequired
{
    [Fact]
    public async Task An_editor_without_two_factor_is_held_at_setup_until_enrolled()
    {
        await using var factory = new AccountsAppFactory();
        var session = await AdminSession.SignInAsync(factory, CmsRoles.Editor, twoFactor: false);
        var client = session.Client;

        foreach (var path in new[] { "/admin", "/admin/account", "/admin/users", "/admin/codes", "/admin/settings" })
        {
            var held = await client.Get(path);
            Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
            Assert.Equal("/admin/account/two-factor-setup", held.Headers.Location?.OriginalString);
        }

        var setup = await client.GetPageAsync("/admin/account/two-factor-setup");
        Assert.Contains("data:image/png;base64,", setup, StringComparison.Ordinal);
        var key = Key().Match(setup).Groups[1].Value;

        var wrong = await client.PostFormAsync("/admin/account/two-factor-setup", "/admin/account/two-factor-setup", ("code", "000000"));
        Assert.Contains("aria-invalid=\"true\"", await wrong.Body(), StringComparison.Ordinal);

        var enrolled = await client.PostFormAsync("/admin/account/two-factor-setup", "/admin/account/two-factor-setup", ("code", Totp.Code(key)));
        var codes = Regex.Count(await enrolled.Body(), "<li><code>");
        Assert.Equal(10, codes);

        await client.GetPageAsync("/admin/account");
        Assert.Equal("/admin/account/denied", (await client.Get("/admin/users")).Headers.Location?.AbsolutePath);
        Assert.Single(await factory.AuditAsync("two-factor.enabled"));
    }

    [Fact]
    public async Task An_admin_signing_in_with_a_password_alone_is_sent_to_setup()
    {
        await using var factory = new AccountsAppFactory();
        var user = await AdminSession.CreateUserAsync(factory, CmsRoles.Admin);
        var client = AdminSession.NewClient(factory);

        var response = await client.PostFormAsync("/admin/account/sign-in", "/admin/account/sign-in", ("Email", user.Email), ("Password", user.Password));

        Assert.Equal("/admin/account/two-factor-setup", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        await using var factory = new AccountsAppFactory();
        var session = await AdminSession.SignInAsync(factory, CmsRoles.Admin);
        var codesPage = await session.Client.PostFormAsync("/admin/account", "/admin/account/recovery-codes");
        var code = Regex.Match(await codesPage.Body(), "<li><code>([^<]+)</code>").Groups[1].Value;

        async Task<HttpResponseMessage> UseCode()
        {
            var client = AdminSession.NewClient(factory);
            await client.PostFormAsync("/admin/account/sign-in", "/admin/account/sign-in", ("Email", session.Email), ("Password", session.Password));
            return await client.PostFormAsync("/admin/account/recovery", "/admin/account/recovery", ("Code", code));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await UseCode()).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await UseCode()).StatusCode);
        Assert.Single(await factory.AuditAsync("two-factor.recovery-codes-regenerated"));
    }

    [GeneratedRegex("<code id=\"authenticator-key\">([a-z0-9 ]+)</code>")]
    private static partial Regex Key();
}
