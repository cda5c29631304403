using System.Text.Json;
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
        await page.AddScriptTagAsync(new() { Path = AxeScript() });

        var result = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, nodes: v.nodes.map(n => n.target.join(' ')) }))");
        var violations = result.EnumerateArray().Select(v => $"{v.GetProperty("id").GetString()}: {string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))}").ToList();

        Assert.True(violations.Count == 0, $"{path}:\n{string.Join('\n', violations)}");
    }

    private static string AxeScript()
    {
        var configured = Environment.GetEnvironmentVariable("AXE_CORE_PATH");
        var candidates = new[]
        {
            configured,
            Path.Combine(AppContext.BaseDirectory, "../../../../.out/axe/node_modules/axe-core/axe.min.js"),
        };
        return candidates.Where(p => !string.IsNullOrEmpty(p)).Select(p => Path.GetFullPath(p!)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("axe-core is missing: run tests/run.sh, or `npm install --prefix tests/.out/axe axe-core@4.14.1`.");
    }
}
