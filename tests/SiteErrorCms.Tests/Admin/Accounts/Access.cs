using System.Net;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Accounts;

public sealed class Access
{
    [Fact]
    public async Task An_author_is_denied_user_management_with_403()
    {
        await using var factory = new AccountsAppFactory();
        var author = await AdminSession.SignInAsync(factory, CmsRoles.Author);

        var response = await author.Client.Get("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/account/denied", response.Headers.Location?.AbsolutePath);
        await author.Client.GetPageAsync(response.Headers.Location!.PathAndQuery, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/account")]
    [InlineData("/admin/settings")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string path)
    {
        await using var factory = new AccountsAppFactory();

        var response = await AdminSession.NewClient(factory).Get(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/account/sign-in", response.Headers.Location?.AbsolutePath);
        Assert.Contains("returnUrl=" + Uri.EscapeDataString(path), response.Headers.Location?.Query, StringComparison.Ordinal);
    }
}
