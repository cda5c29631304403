using System.Text.Json;
using Microsoft.Playwright;

namespace SiteErrorCms.BrowserTests.Infrastructure;

/// <summary>axe-core (from npm, installed by tests/run.sh) run on the page as it is now; the context must bypass CSP to inject it.</summary>
public static class Axe
{
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = Script() });
        var result = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, nodes: v.nodes.map(n => n.target.join(' ')) }))");
        return result.EnumerateArray()
            .Select(v => $"{v.GetProperty("id").GetString()}: {string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))}")
            .ToList();
    }

    public static string Script()
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
