using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SiteErrorCms.BrowserTests.Infrastructure;
using SiteErrorCms.Core.Accounts;

namespace SiteErrorCms.BrowserTests.Admin;

/// <summary>axe-core finds no accessibility violation on the admin's pages, signed out and signed in as an admin.</summary>
public sealed class AdminPagesAreAccessible(LiveSite browser, AdminPagesAreAccessible.SignedInAdmin admin)
    : IClassFixture<AdminPagesAreAccessible.SignedInAdmin>
{
    [Fact]
    public async Task SignInAndTwoFactorPagesHaveNoViolations()
    {
        await using var context = await AdminBrowser.NewContextAsync(browser, bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(admin.Site.Url("/admin/account/sign-in"));
        AssertNone("sign-in", await Axe.ViolationsAsync(page));

        await page.Locator("#f-Email").FillAsync(admin.User.Email);
        await page.Locator("#f-Password").FillAsync(admin.User.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/account/two-factor**");
        AssertNone("two-factor", await Axe.ViolationsAsync(page));
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/codes")]
    [InlineData("/admin/codes/{421}")]
    [InlineData("/admin/codes/{421}/history")]
    [InlineData("/admin/posts/new")]
    [InlineData("/admin/users")]
    [InlineData("/admin/redirects")]
    [InlineData("/admin/audit")]
    [InlineData("/admin/calendar")]
    [InlineData("/admin/trash")]
    [InlineData("/admin/account")]
    public async Task SignedInPageHasNoViolations(string path)
    {
        var page = await admin.Context.NewPageAsync();
        try
        {
            var response = await page.GotoAsync(admin.Site.Url(path.Replace("{421}", (await admin.CodeIdAsync(page)).ToString(), StringComparison.Ordinal)));
            Assert.True(response?.Ok == true, $"{path} answered {response?.Status}");
            if (path == "/admin/posts/new")
            {
                // The form as it comes back with problems: the error summary and the invalid fields are part of the check.
                await page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
                await Assertions.Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
            }

            AssertNone(path, await Axe.ViolationsAsync(page));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static void AssertNone(string what, IReadOnlyList<string> violations) =>
        Assert.True(violations.Count == 0, $"{what}:\n{string.Join('\n', violations)}");

    /// <summary>One admin site and one signed-in admin tab context for the class; the pages only read.</summary>
    public sealed class SignedInAdmin(LiveSite browser) : IAsyncLifetime
    {
        private IBrowserContext? context;
        private int? codeId;

        public AdminSite Site { get; } = AdminSite.Start();

        public SiteUser User { get; private set; } = null!;

        public IBrowserContext Context => context ?? throw new InvalidOperationException("Not signed in.");

        public async Task<int> CodeIdAsync(IPage page)
        {
            if (codeId is null)
            {
                await page.GotoAsync(Site.Url("/admin/codes?q=421"));
                var href = await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^421") }).First.GetAttributeAsync("href");
                codeId = int.Parse(href!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
            }

            return codeId.Value;
        }

        public async ValueTask InitializeAsync()
        {
            User = await Site.CreateUserAsync(CmsRoles.Admin);
            context = await AdminBrowser.NewContextAsync(browser, bypassCsp: true);
            var page = await context.NewPageAsync();
            await AdminBrowser.SignInAsync(page, Site, User);
            await page.CloseAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (context is not null)
            {
                await context.DisposeAsync();
            }

            await Site.DisposeAsync();
        }
    }
}
