using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Web.Codes;

/// <summary>Over the whole seeded catalogue: every code has a complete page, and its category page lists it.</summary>
public sealed class EveryCodeRenders(SeededSite site)
{
    private static readonly string[] Sections = ["example-h", "causes-h", "meaning-h", "technical-h", "plain-h", "misread-h", "faq-h"];

    [Fact]
    public async Task EveryPublishedCodeHasEverySection()
    {
        var keys = await site.WithDbAsync(db => db.StatusCodes.Select(c => c.Key).ToListAsync(TestContext.Current.CancellationToken));
        var client = site.CreateReader();
        var problems = new List<string>();

        foreach (var key in keys)
        {
            var html = await client.GetPageAsync("/codes/" + key);
            problems.AddRange(Sections.Where(id => !html.Contains($"id=\"{id}\"", StringComparison.Ordinal)).Select(id => $"/codes/{key} lacks {id}"));
            if (!html.Contains("id=\"facts-h\"", StringComparison.Ordinal))
            {
                problems.Add($"/codes/{key} shows no facts");
            }
        }

        Assert.True(keys.Count > 200, $"the whole catalogue is seeded ({keys.Count} codes)");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(30)));
    }

    [Fact]
    public async Task EveryCategoryPageListsAllItsCodes()
    {
        var categories = await site.WithDbAsync(db => db.Categories
            .Select(c => new { c.Slug, Keys = c.Codes.Select(s => s.Key).ToList() })
            .ToListAsync(TestContext.Current.CancellationToken));
        var client = site.CreateReader();

        foreach (var category in categories)
        {
            var html = await client.GetPageAsync("/category/" + category.Slug);
            var missing = category.Keys.Where(k => !html.Contains($"href=\"/codes/{k}\"", StringComparison.Ordinal)).ToList();
            Assert.True(missing.Count == 0, $"/category/{category.Slug} does not list {string.Join(", ", missing)}");
        }

        Assert.Equal(10, categories.Count);
    }

    [Theory]
    [InlineData("/codes/451")]
    [InlineData("/codes/nginx/499")]
    [InlineData("/codes/cloudflare/530")]
    [InlineData("/codes/unofficial/419")]
    [InlineData("/codes/unofficial/420")]
    public async Task NumbersWithSeveralMeaningsCarryACollisionsNote(string path)
    {
        var html = await site.CreateReader().GetPageAsync(path);

        Assert.True(Html.SectionText(html, "collisions-h").Length > 80, $"{path} explains what else the number means");
    }

    [Theory]
    [InlineData("/codes/306", "Unused")]
    [InlineData("/codes/418", "Reserved")]
    [InlineData("/codes/510", "Obsolete")]
    [InlineData("/codes/104", "Temporary registration")]
    [InlineData("/codes/unofficial/419", "Unofficial")]
    public async Task FlagsAreShownAsBadges(string path, string badge)
    {
        var html = await site.CreateReader().GetPageAsync(path);

        Assert.Contains($"<span class=\"badge badge-flag\">{badge}</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConstantsAndHistoryAreShown()
    {
        var html = await site.CreateReader().GetPageAsync("/codes/413");

        Assert.Contains("StatusCodes.Status413PayloadTooLarge", Html.SectionText(html, "constants-h"), StringComparison.Ordinal);
        Assert.Contains("Content Too Large", Html.SectionText(html, "history-h"), StringComparison.Ordinal);
    }
}
