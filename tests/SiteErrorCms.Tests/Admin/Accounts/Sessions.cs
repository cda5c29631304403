using System.Net;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Accounts;

public sealed class Sessions
{
    private static async Task AssertSignedOut(HttpClient client)
    {
        var response = await client.Get("/admin/account");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/admin/account/sign-in", response.Headers.Location?.AbsoluteUri, StringComparison.Ordinal);
    }

    private static string SessionCookie(HttpResponseMessage response)
    {
        var header = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(SiteErrorCms.Web.Setup.Accounts.CookieName + "=", StringComparison.Ordinal));
        return header[..header.IndexOf(';', StringComparison.Ordinal)];
    }

    [Fact]
    public async Task A_copied_cookie_is_refused_after_sign_out()
    {
        await using var factory = new AccountsAppFactory();
        var session = await AdminSession.SignInAsync(factory, CmsRoles.Author);
        var cookie = SessionCookie(await session.Client.Get("/admin/account"));

        var signOut = await session.Client.PostFormAsync("/admin/account", "/admin/account/sign-out");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var replay = AdminSession.NewClient(factory, handleCookies: false);
        replay.DefaultRequestHeaders.Add("Cookie", cookie);
        await AssertSignedOut(replay);
        Assert.Single(await factory.AuditAsync("sign-out"));
    }

    [Fact]
    public async Task A_role_change_ends_the_users_session_at_once()
    {
        await using var factory = new AccountsAppFactory();
        var admin = await AdminSession.SignInAsync(factory, CmsRoles.Admin);
        var author = await AdminSession.SignInAsync(factory, CmsRoles.Author);
        await author.Client.GetPageAsync("/admin/account");

        var response = await admin.Client.PostFormAsync("/admin/users", $"/admin/users/{author.UserId}/role", ("role", CmsRoles.Editor));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await AssertSignedOut(author.Client);
        Assert.Single(await factory.AuditAsync("user.role-changed"));
    }

    [Fact]
    public async Task Ending_sessions_signs_the_user_out_everywhere()
    {
        await using var factory = new AccountsAppFactory();
        var admin = await AdminSession.SignInAsync(factory, CmsRoles.Admin);
        var editor = await AdminSession.SignInAsync(factory, CmsRoles.Editor);
        await editor.Client.GetPageAsync("/admin/account");

        await admin.Client.PostFormAsync("/admin/users", $"/admin/users/{editor.UserId}/end-sessions");

        await AssertSignedOut(editor.Client);
        await admin.Client.GetPageAsync("/admin/account");
        Assert.Single(await factory.AuditAsync("user.sessions-ended"));
    }

    [Fact]
    public async Task A_disabled_user_is_signed_out_and_cannot_sign_in()
    {
        await using var factory = new AccountsAppFactory();
        var admin = await AdminSession.SignInAsync(factory, CmsRoles.Admin);
        var author = await AdminSession.SignInAsync(factory, CmsRoles.Author);

        await admin.Client.PostFormAsync("/admin/users", $"/admin/users/{author.UserId}/disable");

        await AssertSignedOut(author.Client);
        var again = await AdminSession.NewClient(factory).PostFormAsync("/admin/account/sign-in", "/admin/account/sign-in", ("Email", author.Email), ("Password", author.Password));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("do not match an active account", await again.Body(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_admin_cannot_be_demoted_or_disabled()
    {
        await using var factory = new AccountsAppFactory();
        var admin = await AdminSession.SignInAsync(factory, CmsRoles.Admin);

        await admin.Client.PostFormAsync("/admin/users", $"/admin/users/{admin.UserId}/role", ("role", CmsRoles.Author));
        await admin.Client.PostFormAsync("/admin/users", $"/admin/users/{admin.UserId}/disable");

        var page = Html.Text(await admin.Client.GetPageAsync("/admin/users"));
        Assert.Contains("active", page, StringComparison.Ordinal);
        Assert.Empty(await factory.AuditAsync("user.role-changed"));
        Assert.Empty(await factory.AuditAsync("user.disabled"));
    }
}
