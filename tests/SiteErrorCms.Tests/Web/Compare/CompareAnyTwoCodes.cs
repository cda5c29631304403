using System.Net;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Web.Compare;

public sealed class CompareAnyTwoCodes(SeededSite site)
{
    [Fact]
    public async Task ACuratedPairShowsTheEditorsArticleAndTheTable()
    {
        var html = await site.CreateReader().GetPageAsync("/compare/401-vs-403");

        Assert.Contains("<h1>401 Unauthorized vs 403 Forbidden</h1>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"compare-table\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/codes/401\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReversedPairRedirectsToTheCuratedUrl()
    {
        var response = await site.CreateReader().Get("/compare/403-vs-401");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/compare/401-vs-403", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task AnyOtherPairIsBuiltFromTheTwoCodes()
    {
        var html = await site.CreateReader().GetPageAsync("/compare/404-vs-500");

        Assert.Contains("404 Not Found vs 500 Internal Server Error", html, StringComparison.Ordinal);
        Assert.Contains("What 404 means", html, StringComparison.Ordinal);
        Assert.Contains("What 500 means", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFormRedirectsToThePairPage()
    {
        var response = await site.CreateReader().Get("/compare?a=404&b=%20500%20");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/compare/404-vs-500", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("/compare?a=404&b=999", "There is no status code 999 on this site.")]
    [InlineData("/compare?a=404&b=", "Choose two status codes to compare.")]
    [InlineData("/compare?a=404&b=404", "Choose two different codes.")]
    public async Task BadInputAnswers400WithTheReason(string path, string message)
    {
        var html = await site.CreateReader().GetPageAsync(path, HttpStatusCode.BadRequest);

        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("id=\"compare-a\"", html, StringComparison.Ordinal);
    }
}
