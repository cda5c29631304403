using System.Net;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Web.Search;

public sealed class SearchFindsCodes(SeededSite site)
{
    [Fact]
    public async Task AnExactCodeGoesStraightToItsPage()
    {
        var response = await site.CreateReader().Get("/search?q=404");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/codes/404", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task WordsMatchReasonsFirst()
    {
        var html = await site.CreateReader().GetPageAsync("/search?q=timeout");

        var first = html.IndexOf("href=\"/codes/408\"", StringComparison.Ordinal);
        Assert.True(first > 0, "408 Request Timeout is found");
        Assert.Contains("href=\"/codes/504\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoMatchSaysSo()
    {
        var html = await site.CreateReader().GetPageAsync("/search?q=zebra%20crossing");

        Assert.Contains("No status code matches “zebra crossing”.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOverlongQueryIs400()
    {
        var html = await site.CreateReader().GetPageAsync("/search?q=" + new string('a', 101), HttpStatusCode.BadRequest);

        Assert.Contains("Keep the search to 100 characters.", html, StringComparison.Ordinal);
    }
}
