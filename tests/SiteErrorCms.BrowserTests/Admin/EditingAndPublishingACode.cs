using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SiteErrorCms.BrowserTests.Infrastructure;
using SiteErrorCms.Core.Accounts;

namespace SiteErrorCms.BrowserTests.Admin;

/// <summary>An editor changes a published code page in the browser: readers see the change only once it is published.</summary>
public sealed class EditingAndPublishingACode(LiveSite browser)
{
    [Fact]
    public async Task PendingChangesShowInPreviewOnly_UntilPublishPutsThemOnThePublicPage()
    {
        using var site = AdminSite.Start();
        var editor = await site.CreateUserAsync(CmsRoles.Editor);
        await using var context = await AdminBrowser.NewContextAsync(browser);
        var page = await context.NewPageAsync();
        await AdminBrowser.SignInAsync(page, site, editor);
        var text = $"The server got the request but is the wrong one to answer it ({Guid.NewGuid():N}).";

        await page.GotoAsync(site.Url("/admin/codes?q=421"));
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^421") }).First.ClickAsync();
        await page.Locator("#f-plainEnglish").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as pending changes" }).ClickAsync();
        await Assertions.Expect(page.Locator("#f-plainEnglish")).ToHaveValueAsync(text);
        var editUrl = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "Preview", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync(text);
        var reader = await context.NewPageAsync();
        await reader.GotoAsync(site.Url("/codes/421"));
        await Assertions.Expect(reader.Locator("h1")).ToContainTextAsync("421");
        await Assertions.Expect(reader.Locator("body")).Not.ToContainTextAsync(text);

        await page.GotoAsync(editUrl);
        await page.Locator("#publish-button").ClickAsync();
        await page.WaitForLoadStateAsync();
        await reader.ReloadAsync();
        await Assertions.Expect(reader.Locator("body")).ToContainTextAsync(text);
    }
}
