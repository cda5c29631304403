using System.Net;
using System.Text.RegularExpressions;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Accounts;

public sealed partial class InviteLink
{
    private static async Task<string> InviteAsync(AdminSession admin, string email, string role)
    {
        var response = await admin.Client.PostFormAsync("/admin/users", "/admin/users/invite", ("email", email), ("role", role));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return LinkPath().Match(await response.Body()).Value;
    }

    [Fact]
    public async Task Creates_an_account_with_the_invited_role_once()
    {
        await using var factory = new AccountsAppFactory();
        var admin = await AdminSession.SignInAsync(factory, CmsRoles.Admin);
        var link = await InviteAsync(admin, "new.author@example.test", CmsRoles.Author);
        Assert.NotEmpty(link);
        var invitee = AdminSession.NewClient(factory);

        var response = await invitee.PostFormAsync(link, link, ("DisplayName", "New Author"), ("Password", "saffron meadow piano bicycle"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        Assert.Contains("New Author", await invitee.GetPageAsync("/admin/account"), StringComparison.Ordinal);
        Assert.Contains("new.author@example.test · Author", Html.Text(await invitee.GetPageAsync("/admin/account")), StringComparison.Ordinal);
        await AdminSession.NewClient(factory).GetPageAsync(link, HttpStatusCode.NotFound);
        Assert.Single(await factory.AuditAsync("invite.created"));
        Assert.Single(await factory.AuditAsync("invite.accepted"));
    }

    [Fact]
    public async Task A_revoked_invite_answers_404()
    {
        await using var factory = new AccountsAppFactory();
        var admin = await AdminSession.SignInAsync(factory, CmsRoles.Admin);
        var link = await InviteAsync(admin, "maybe@example.test", CmsRoles.Editor);
        var revoke = RevokeAction().Match(await admin.Client.GetPageAsync("/admin/users")).Groups[1].Value;

        var response = await admin.Client.PostFormAsync("/admin/users", revoke);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await AdminSession.NewClient(factory).GetPageAsync(link, HttpStatusCode.NotFound);
        Assert.Single(await factory.AuditAsync("invite.revoked"));
    }

    [GeneratedRegex("/admin/invite/[A-Za-z0-9_-]+")]
    private static partial Regex LinkPath();

    [GeneratedRegex("action=\"(/admin/users/invites/\\d+/revoke)\"")]
    private static partial Regex RevokeAction();
}
