using System.Net;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Web.Codes;

public sealed class MissingCodeAnswers404(SeededSite site)
{
    [Theory]
    [InlineData("/codes/999")]
    [InlineData("/codes/abc")]
    [InlineData("/codes/nginx/123")]
    [InlineData("/category/no-such-category")]
    [InlineData("/compare/401-vs-999")]
    [InlineData("/blog/no-such-post")]
    [InlineData("/no/such/page")]
    public async Task WithOurFriendlyPage(string path)
    {
        var response = await site.CreateReader().Get(path);
        var html = await response.Body();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("<h1>Page not found</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html, StringComparison.Ordinal);
        Assert.Contains("role=\"search\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"canonical\"", html, StringComparison.Ordinal); // an error page claims no address
    }

    [Fact]
    public async Task SuggestingTheNearestCodesOfTheSameClass()
    {
        var html = await site.CreateReader().GetPageAsync("/codes/419", HttpStatusCode.NotFound);

        Assert.Contains("Were you looking for one of these?", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/codes/418\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/codes/421\"", html, StringComparison.Ordinal);
    }
}
