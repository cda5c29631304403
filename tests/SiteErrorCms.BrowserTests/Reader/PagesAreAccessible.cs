using Microsoft.Playwright;
using SiteErrorCms.BrowserTests.Infrastructure;

namespace SiteErrorCms.BrowserTests.Reader;

/// <summary>axe-core (from npm, installed by tests/run.sh) finds no accessibility violation on the public pages.</summary>
public sealed class PagesAreAccessible(LiveSite site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/codes/421")]
    [InlineData("/codes/iis/404.3")]
    [InlineData("/category/client-error")]
    [InlineData("/compare/401-vs-403")]
    [InlineData("/compare?a=404&b=999")]
    [InlineData("/cheat-sheet")]
    [InlineData("/blog/why-421-exists")]
    [InlineData("/search?q=timeout")]
    [InlineData("/codes/999")]
    public async Task AxeReportsNoViolations(string path)
    {
        // The page's CSP rightly forbids injected scripts; the test context bypasses it to load axe.
        await using var context = await site.NewContextAsync(new() { BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        var violations = await Axe.ViolationsAsync(page);

        Assert.True(violations.Count == 0, $"{path}:\n{string.Join('\n', violations)}");
    }
}
