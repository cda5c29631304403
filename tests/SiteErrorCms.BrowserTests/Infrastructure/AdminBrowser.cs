using Microsoft.Playwright;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.BrowserTests.Infrastructure;

/// <summary>A browser context on an <see cref="AdminSite"/>, signed in through the real sign-in and two-factor pages.</summary>
public static class AdminBrowser
{
    public static async Task<IBrowserContext> NewContextAsync(LiveSite browser, bool bypassCsp = false)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            BypassCSP = bypassCsp,
            IgnoreHTTPSErrors = true, // the admin site's certificate is self-signed for the test run
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    /// <summary>Types the email and password, then (for two-factor accounts) the code an authenticator app would show now.</summary>
    public static async Task SignInAsync(IPage page, AdminSite site, SiteUser user)
    {
        var response = await page.GotoAsync(site.Url("/admin/account/sign-in"));
        Assert.True(response?.Ok == true, $"The sign-in page answered {response?.Status}.\n{string.Join('\n', site.Log.Errors)}");
        await page.Locator("#f-Email").FillAsync(user.Email);
        await page.Locator("#f-Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        if (user.AuthenticatorKey is { } key)
        {
            await page.WaitForURLAsync("**/admin/account/two-factor**");
            await page.Locator("#f-Code").FillAsync(Totp.Code(key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        }

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin");
    }
}
