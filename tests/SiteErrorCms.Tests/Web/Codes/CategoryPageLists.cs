using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Web.Codes;

public sealed class CategoryPageLists(SeededSite site)
{
    [Fact]
    public async Task EveryCodeOfTheClassWithItsSummary()
    {
        var html = await site.CreateReader().GetPageAsync("/category/client-error");
        var expected = await site.WithDbAsync(db => Task.FromResult(
            db.StatusCodes.Where(c => c.Category!.Slug == "client-error").Select(c => new { c.Key, c.Summary }).ToList()));

        Assert.True(expected.Count >= 29, "every 4xx code of the registry is seeded");
        foreach (var code in expected)
        {
            Assert.Contains($"href=\"/codes/{code.Key}\"", html, StringComparison.Ordinal);
            Assert.Contains(code.Summary, Html.Text(html), StringComparison.Ordinal);
        }

        Assert.Contains("<h1>4xx Client Error status codes</h1>", html, StringComparison.Ordinal);
    }
}
