using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Web.Home;

public sealed class HomePageShows(SeededSite site)
{
    [Fact]
    public async Task SearchPopularCodesCategoriesComparisonsToolsAndPosts()
    {
        var html = await site.CreateReader().GetPageAsync("/");

        Assert.Contains("action=\"/search\"", html, StringComparison.Ordinal);
        Assert.Contains("Popular status codes", Html.SectionText(html, "popular-h"), StringComparison.Ordinal);
        Assert.Contains("href=\"/codes/404\"", Html.SectionText(html, "popular-h") + html, StringComparison.Ordinal);
        Assert.Contains("Client Error", Html.SectionText(html, "categories-h"), StringComparison.Ordinal);
        Assert.Contains("401 Unauthorized vs 403 Forbidden", Html.SectionText(html, "compare-h"), StringComparison.Ordinal);
        Assert.Contains("Cheat sheet", Html.SectionText(html, "tools-h"), StringComparison.Ordinal);
        Assert.Contains("Choosing between 401 and 403", Html.SectionText(html, "posts-h"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryLinkOnItLeadsSomewhere()
    {
        var client = site.CreateReader();
        var html = await client.GetPageAsync("/");
        var links = System.Text.RegularExpressions.Regex.Matches(html, "href=\"(/[^\"#]*)\"")
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();

        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var response = await client.Get(link);
            Assert.True((int)response.StatusCode is 200, $"{link} answered {(int)response.StatusCode}");
        }
    }
}
