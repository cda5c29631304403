using System.Net;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Accounts;

public sealed class SigningIn
{
    private static Task<HttpResponseMessage> PostSignIn(HttpClient client, string email, string password, string page = "/admin/account/sign-in") =>
        client.PostFormAsync(page, "/admin/account/sign-in", ("Email", email), ("Password", password), ("ReturnUrl", ReturnUrlOf(page)));

    private static string ReturnUrlOf(string page) =>
        page.Contains("returnUrl=", StringComparison.Ordinal) ? Uri.UnescapeDataString(page[(page.IndexOf("returnUrl=", StringComparison.Ordinal) + 10)..]) : "";

    [Fact]
    public async Task Admin_with_two_factor_reaches_the_admin_through_both_pages()
    {
        await using var factory = new AccountsAppFactory();
        var session = await AdminSession.SignInAsync(factory, CmsRoles.Admin);

        var page = await session.Client.GetPageAsync("/admin/users");

        Assert.Contains(session.Email, page, StringComparison.Ordinal);
        Assert.Single(await factory.AuditAsync("sign-in.succeeded"));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        await using var factory = new AccountsAppFactory();
        var user = await AdminSession.CreateUserAsync(factory, CmsRoles.Author);
        var client = AdminSession.NewClient(factory);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostSignIn(client, user.Email, "wrong password " + i)).StatusCode);
        }

        var response = await PostSignIn(client, user.Email, user.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked for 15 minutes", await response.Body(), StringComparison.Ordinal);
        Assert.NotEmpty(await factory.AuditAsync("sign-in.locked-out"));
    }

    [Fact]
    public async Task Unknown_email_and_wrong_password_get_the_same_answer()
    {
        await using var factory = new AccountsAppFactory();
        var user = await AdminSession.CreateUserAsync(factory, CmsRoles.Author);
        var client = AdminSession.NewClient(factory);

        var unknown = Html.Text(await (await PostSignIn(client, "nobody@example.test", user.Password)).Body());
        var wrong = Html.Text(await (await PostSignIn(client, user.Email, "not the password at all")).Body());

        Assert.Contains("do not match an active account", unknown, StringComparison.Ordinal);
        Assert.Contains("do not match an active account", wrong, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_foreign_return_url_lands_on_the_admin()
    {
        await using var factory = new AccountsAppFactory();
        var user = await AdminSession.CreateUserAsync(factory, CmsRoles.Author);
        var client = AdminSession.NewClient(factory);

        var response = await PostSignIn(client, user.Email, user.Password, "/admin/account/sign-in?returnUrl=" + Uri.EscapeDataString("https://evil.example/admin"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_local_admin_return_url_is_kept()
    {
        await using var factory = new AccountsAppFactory();
        var user = await AdminSession.CreateUserAsync(factory, CmsRoles.Author);
        var client = AdminSession.NewClient(factory);

        var response = await PostSignIn(client, user.Email, user.Password, "/admin/account/sign-in?returnUrl=%2Fadmin%2Faccount");

        Assert.Equal("/admin/account", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        await using var factory = new AccountsAppFactory();
        var client = AdminSession.NewClient(factory);

        var response = await client.PostAsync(new Uri("/admin/account/sign-in", UriKind.Relative),
            new FormUrlEncodedContent([KeyValuePair.Create("Email", "a@example.test"), KeyValuePair.Create("Password", "whatever password")]),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_failed_sign_in_is_audited_with_line_breaks_escaped()
    {
        await using var factory = new AccountsAppFactory();
        var client = AdminSession.NewClient(factory);

        await PostSignIn(client, "eve@example.test\r\nAudit sign-in.succeeded by admin", "some wrong password");

        var entry = Assert.Single(await factory.AuditAsync("sign-in.failed"));
        Assert.Contains("eve@example.test\\r\\nAudit", entry.Details, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', entry.Details + entry.UserName);
        Assert.DoesNotContain('\r', entry.Details + entry.UserName);
    }

    [Fact]
    public async Task A_flood_of_sign_in_posts_gets_429_with_retry_after()
    {
        await using var factory = new AccountsAppFactory { SignInPermits = 3 };
        var client = AdminSession.NewClient(factory);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await PostSignIn(client, "flood@example.test", "wrong password " + i);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 without a Retry-After in seconds");
        Assert.Contains("Too many attempts", await last.Body(), StringComparison.Ordinal);
    }
}
