using System.Globalization;
using Microsoft.Playwright;
using SiteErrorCms.BrowserTests.Infrastructure;
using SiteErrorCms.Core.Accounts;

namespace SiteErrorCms.BrowserTests.Admin;

/// <summary>An author writes a post and submits it; only an editor can publish it, here on a schedule the test clock reaches.</summary>
public sealed class AuthorSubmitsAndEditorSchedules(LiveSite browser)
{
    [Fact]
    public async Task AuthorCannotPublish_EditorsScheduleGoesLiveWhenTheSchedulerPassesItsTime()
    {
        using var site = AdminSite.Start();
        var author = await site.CreateUserAsync(CmsRoles.Author);
        var editor = await site.CreateUserAsync(CmsRoles.Editor);
        var slug = "late-421-" + Guid.NewGuid().ToString("N")[..8];
        const string title = "When a proxy sends your request to the wrong host";

        await using var authorContext = await AdminBrowser.NewContextAsync(browser);
        var authorPage = await authorContext.NewPageAsync();
        await AdminBrowser.SignInAsync(authorPage, site, author);
        await authorPage.GotoAsync(site.Url("/admin/posts/new"));
        await authorPage.Locator("#f-title").FillAsync(title);
        await authorPage.Locator("#f-slug").FillAsync(slug);
        await authorPage.Locator("#f-summary").FillAsync("Connection reuse across virtual hosts can land a request on a server that cannot answer it; 421 says so.");
        await authorPage.Locator("#f-author").FillAsync("Ada Author");
        await authorPage.Locator("#f-body").FillAsync("HTTP/2 lets a browser reuse one connection for several hosts. When the certificate covers a host the server does not serve, it answers **421 Misdirected Request**.");
        await authorPage.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await authorPage.WaitForURLAsync(url => int.TryParse(new Uri(url).Segments[^1], out _));
        var postPath = new Uri(authorPage.Url).AbsolutePath;

        await authorPage.Locator("#submit-button").ClickAsync();
        await Assertions.Expect(authorPage.Locator(".workflow")).ToContainTextAsync("Waiting for an editor");
        await Assertions.Expect(authorPage.Locator("#publish-button")).ToHaveCountAsync(0);
        var status = await authorPage.EvaluateAsync<int>(
            """
            async path => {
                const token = document.querySelector('input[name="__RequestVerificationToken"]').value;
                const response = await fetch(path, {
                    method: 'POST',
                    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
                    body: '__RequestVerificationToken=' + encodeURIComponent(token),
                });
                return response.status;
            }
            """,
            postPath + "/publish");
        Assert.Equal(403, status);

        await using var editorContext = await AdminBrowser.NewContextAsync(browser);
        var editorPage = await editorContext.NewPageAsync();
        await AdminBrowser.SignInAsync(editorPage, site, editor);
        await editorPage.GotoAsync(site.Url(postPath));
        var due = site.Clock.GetUtcNow().AddHours(1);
        await editorPage.Locator("#publishAt").FillAsync(due.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await editorPage.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        await Assertions.Expect(editorPage.GetByRole(AriaRole.Button, new() { Name = "Cancel the schedule" })).ToBeVisibleAsync();

        var reader = await editorContext.NewPageAsync();
        var early = await reader.GotoAsync(site.Url("/blog/" + slug));
        Assert.Equal(404, early?.Status);

        site.Clock.Advance(TimeSpan.FromHours(2));
        await site.RunSchedulerAsync();

        var live = await reader.GotoAsync(site.Url("/blog/" + slug));
        Assert.Equal(200, live?.Status);
        await Assertions.Expect(reader.Locator("h1")).ToHaveTextAsync(title);
    }
}
