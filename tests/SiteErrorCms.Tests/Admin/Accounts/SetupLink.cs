using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Accounts;

public sealed partial class SetupLink
{
    private static string LoggedLink(AccountsAppFactory factory)
    {
        var line = Assert.Single(factory.Logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("/admin/setup/", StringComparison.Ordinal));
        return LinkPath().Match(line.Message).Value;
    }

    private static Task<HttpResponseMessage> Submit(HttpClient client, string link, string email = "first@example.test") =>
        client.PostFormAsync(link, link, ("Email", email), ("DisplayName", "First Admin"), ("Password", "violet harbour kettle drum"));

    [Fact]
    public async Task Creates_the_first_admin_once_and_sends_them_to_two_factor_setup()
    {
        await using var factory = new AccountsAppFactory();
        _ = factory.Services;
        var link = LoggedLink(factory);
        var client = AdminSession.NewClient(factory);

        var response = await Submit(client, link);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/account/two-factor-setup", response.Headers.Location?.OriginalString);
        Assert.Contains("authenticator-key", await client.GetPageAsync("/admin/account/two-factor-setup"), StringComparison.Ordinal);
        Assert.Single(await factory.AuditAsync("setup.completed"));
        await AdminSession.NewClient(factory).GetPageAsync(link, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_too_short_password_is_refused_and_the_link_still_works()
    {
        await using var factory = new AccountsAppFactory();
        _ = factory.Services;
        var link = LoggedLink(factory);
        var client = AdminSession.NewClient(factory);

        var refused = await client.PostFormAsync(link, link, ("Email", "first@example.test"), ("DisplayName", "First"), ("Password", "elevenchars"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", await refused.Body(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Submit(client, link)).StatusCode);
    }

    [Fact]
    public async Task An_expired_link_answers_404()
    {
        await using var factory = new AccountsAppFactory();
        _ = factory.Services;
        var link = LoggedLink(factory);

        factory.Clock.Advance(TimeSpan.FromHours(25));

        var page = await AdminSession.NewClient(factory).GetPageAsync(link, HttpStatusCode.NotFound);
        Assert.Contains("cannot be used", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_answers_404_once_any_account_exists()
    {
        await using var factory = new AccountsAppFactory();
        _ = factory.Services;
        var link = LoggedLink(factory);

        await AdminSession.CreateUserAsync(factory, CmsRoles.Author);

        var client = AdminSession.NewClient(factory);
        await client.GetPageAsync(link, HttpStatusCode.NotFound);
        await client.GetPageAsync("/admin/setup", HttpStatusCode.NotFound);
    }

    [GeneratedRegex("/admin/setup/[A-Za-z0-9_-]+")]
    private static partial Regex LinkPath();
}
