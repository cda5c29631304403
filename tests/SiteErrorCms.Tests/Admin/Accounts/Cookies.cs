using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Accounts;

public sealed class Cookies
{
    private static string Attributes(IEnumerable<string> setCookies, string prefix) =>
        setCookies.Single(c => c.StartsWith(prefix + "=", StringComparison.Ordinal)).ToLowerInvariant();

    [Fact]
    public async Task The_session_cookie_is_host_only_secure_httponly_and_strict()
    {
        await using var factory = new AccountsAppFactory();
        var session = await AdminSession.SignInAsync(factory, CmsRoles.Author);

        var response = await session.Client.Get("/admin/account");
        var cookie = Attributes(response.Headers.GetValues("Set-Cookie"), "__Host-SiteErrorCms");

        Assert.Contains("; path=/;", cookie + ";", StringComparison.Ordinal);
        Assert.Contains("; secure", cookie, StringComparison.Ordinal);
        Assert.Contains("; httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("; samesite=strict", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("domain=", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_two_factor_and_antiforgery_cookies_are_host_only_too()
    {
        await using var factory = new AccountsAppFactory();
        var user = await AdminSession.CreateUserAsync(factory, CmsRoles.Admin, twoFactor: true);
        var client = AdminSession.NewClient(factory);

        var form = await client.Get("/admin/account/sign-in");
        var signIn = await client.PostFormAsync("/admin/account/sign-in", "/admin/account/sign-in", ("Email", user.Email), ("Password", user.Password));

        var antiforgery = Attributes(form.Headers.GetValues("Set-Cookie"), "__Host-SiteErrorCms-csrf");
        var twoFactor = Attributes(signIn.Headers.GetValues("Set-Cookie"), "__Host-SiteErrorCms-2fa");
        foreach (var cookie in new[] { antiforgery, twoFactor })
        {
            Assert.Contains("; path=/", cookie, StringComparison.Ordinal);
            Assert.Contains("; secure", cookie, StringComparison.Ordinal);
            Assert.Contains("; httponly", cookie, StringComparison.Ordinal);
        }
    }
}
