using System.Net;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Accounts;

public sealed class SiteSettingsPage
{
    [Fact]
    public async Task A_saved_name_and_tagline_show_on_public_and_admin_pages_at_once()
    {
        await using var factory = new AccountsAppFactory();
        var admin = await AdminSession.SignInAsync(factory, CmsRoles.Admin);
        Assert.Contains("SiteErrorCms", await factory.CreateReader().GetPageAsync("/"), StringComparison.Ordinal);

        var response = await admin.Client.PostFormAsync("/admin/settings", "/admin/settings", ("Name", "Status Atlas"), ("Tagline", "Every code, mapped"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await factory.CreateReader().GetPageAsync("/");
        Assert.Contains("Status Atlas", home, StringComparison.Ordinal);
        Assert.Contains("Every code, mapped", home, StringComparison.Ordinal);
        Assert.Contains("<title>Settings · Status Atlas admin</title>", await admin.Client.GetPageAsync("/admin/settings"), StringComparison.Ordinal);
        Assert.Single(await factory.AuditAsync("settings.changed"));
    }
}
