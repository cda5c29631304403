using Microsoft.Playwright;
using SiteErrorCms.BrowserTests.Infrastructure;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.BrowserTests.Admin;

/// <summary>The whole edit-and-publish journey works from the keyboard alone, with the focus visible where it matters.</summary>
public sealed class KeyboardOnlyEditAndPublish(LiveSite browser)
{
    private const int MaxTabs = 400; // the edit form has many fields, each Markdown one with a toolbar of buttons

    [Fact]
    public async Task AnEditorSignsInEditsPreviewsAndPublishesWithoutAMouse()
    {
        using var site = AdminSite.Start();
        var editor = await site.CreateUserAsync(CmsRoles.Editor);
        await using var context = await AdminBrowser.NewContextAsync(browser);
        var page = await context.NewPageAsync();
        var keys = page.Keyboard;
        var text = $"Sent to a server that cannot answer for that host ({Guid.NewGuid():N}).";

        await page.GotoAsync(site.Url("/admin/account/sign-in"));
        await TabToAsync(page, "#f-Email");
        await keys.TypeAsync(editor.Email);
        await TabToAsync(page, "#f-Password");
        await keys.TypeAsync(editor.Password);
        await keys.PressAsync("Enter");
        await page.WaitForURLAsync("**/admin/account/two-factor**");
        await TabToAsync(page, "#f-Code");
        await keys.TypeAsync(Totp.Code(editor.AuthenticatorKey!));
        await keys.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin");

        await TabToAsync(page, ".admin-nav a[href='/admin/codes']");
        await keys.PressAsync("Enter");
        await page.WaitForURLAsync("**/admin/codes");
        await TabToAsync(page, "input[name=q]");
        await keys.TypeAsync("421");
        await keys.PressAsync("Enter");
        await page.WaitForURLAsync("**/admin/codes?*");
        await TabToAsync(page, "td > a[href^='/admin/codes/']", startsWith: "421");
        await keys.PressAsync("Enter");
        await page.WaitForSelectorAsync("#f-plainEnglish");

        await TabToAsync(page, "#f-plainEnglish");
        await keys.PressAsync("ControlOrMeta+a");
        await keys.TypeAsync(text);
        await TabToAsync(page, "#edit-form button[type=submit]");
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#f-plainEnglish")).ToHaveValueAsync(text);

        await TabToAsync(page, ".entry-links a", startsWith: "Preview", backwards: true);
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(text);
        await TabToAsync(page, ".preview-banner a");
        await keys.PressAsync("Enter");
        await page.WaitForSelectorAsync("#publish-button");

        await TabToAsync(page, "#publish-button");
        var outline = await page.EvaluateAsync<string>(
            "() => { const s = getComputedStyle(document.activeElement); return document.activeElement.matches(':focus-visible') ? s.outlineStyle + ' ' + s.outlineWidth : 'not focus-visible'; }");
        Assert.Matches(@"^solid [1-9]", outline);
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#publish-button")).ToHaveCountAsync(0);

        var reader = await context.NewPageAsync();
        await reader.GotoAsync(site.Url("/codes/421"));
        await Assertions.Expect(reader.Locator("body")).ToContainTextAsync(text);
    }

    /// <summary>Presses Tab (or Shift+Tab) until the focused element matches; fails if it never does.</summary>
    private static async Task TabToAsync(IPage page, string selector, string? startsWith = null, bool backwards = false)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            var focused = await page.EvaluateAsync<bool>(
                "([selector, prefix]) => { const el = document.activeElement; return !!el && el.matches(selector) && (!prefix || el.textContent.trim().startsWith(prefix)); }",
                new[] { selector, startsWith ?? "" });
            if (focused)
            {
                return;
            }

            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        }

        Assert.Fail($"{MaxTabs} presses of {(backwards ? "Shift+Tab" : "Tab")} never reached {selector} {startsWith} on {page.Url}.");
    }
}
