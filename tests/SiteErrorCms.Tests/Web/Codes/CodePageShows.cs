using System.Net;
using System.Text.Json;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Web.Codes;

public sealed class CodePageShows(SeededSite site)
{
    private static readonly string[] SectionHeadings = ["example-h", "causes-h", "meaning-h", "technical-h", "rfc-h", "plain-h", "misread-h", "snippets-h", "faq-h"];

    [Theory]
    [InlineData("/codes/421", "421 Misdirected Request")]
    [InlineData("/codes/404", "404 Not Found")]
    [InlineData("/codes/200", "200 OK")]
    [InlineData("/codes/503", "503 Service Unavailable")]
    public async Task EverySectionFilled(string path, string title)
    {
        var html = await site.CreateReader().GetPageAsync(path);

        Assert.Contains($"<title>{title} · SiteErrorCms</title>", html, StringComparison.Ordinal);
        foreach (var heading in SectionHeadings)
        {
            var text = Html.SectionText(html, heading);
            Assert.True(text.Length > 60, $"{path}: section {heading} is too thin: '{text}'");
            Assert.DoesNotContain("TODO", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheExampleResponseAndRfcLinkOf421()
    {
        var html = await site.CreateReader().GetPageAsync("/codes/421");

        Assert.Contains("HTTP/1.1 421 Misdirected Request", Html.SectionText(html, "example-h"), StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20\"", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote cite=\"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BreadcrumbsFromHomeThroughTheClass()
    {
        var html = await site.CreateReader().GetPageAsync("/codes/421");

        var crumbs = Html.Text(html[html.IndexOf("aria-label=\"Breadcrumb\"", StringComparison.Ordinal)..html.IndexOf("</nav>", html.IndexOf("aria-label=\"Breadcrumb\"", StringComparison.Ordinal), StringComparison.Ordinal)]);
        Assert.Contains("Home Client Error 421 Misdirected Request", crumbs.Replace(">", "", StringComparison.Ordinal).Trim(), StringComparison.Ordinal);
        Assert.Contains("href=\"/category/client-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SnippetsForEveryFrameworkWithThisCodeFilledIn()
    {
        var html = await site.CreateReader().GetPageAsync("/codes/404");

        foreach (var key in new[] { "express", "node-http", "flask", "aspnetcore", "go" })
        {
            Assert.Contains($"id=\"snippet-{key}\"", html, StringComparison.Ordinal);
        }

        var snippets = Html.SectionText(html, "snippets-h");
        Assert.Contains("res.status(404)", snippets, StringComparison.Ordinal);
        Assert.DoesNotContain("{{code}}", snippets, StringComparison.Ordinal);
        Assert.DoesNotContain("{{reason}}", snippets, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PerCodeSnippetsReplaceTheTemplate()
    {
        var html = await site.CreateReader().GetPageAsync("/codes/401");

        Assert.Contains("WWW-Authenticate", Html.SectionText(html, "snippets-h"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviousAndNextCodesInNumberOrder()
    {
        var html = await site.CreateReader().GetPageAsync("/codes/421");

        Assert.Contains("href=\"/codes/418\" rel=\"prev\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/codes/422\" rel=\"next\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SidebarWithPopularCodesComparisonsCategoriesAndTools()
    {
        var html = await site.CreateReader().GetPageAsync("/codes/421");
        var sidebar = Html.Text(html[html.IndexOf("<aside", StringComparison.Ordinal)..html.IndexOf("</aside>", StringComparison.Ordinal)]);

        Assert.Contains("200 OK", sidebar, StringComparison.Ordinal);
        Assert.Contains("503 Service Unavailable", sidebar, StringComparison.Ordinal);
        Assert.Contains("401 Unauthorized vs 403 Forbidden", sidebar, StringComparison.Ordinal);
        Assert.Contains("Client Error", sidebar, StringComparison.Ordinal);
        Assert.Contains("Cheat sheet", sidebar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeoMetadataAndStructuredData()
    {
        var html = await site.CreateReader().GetPageAsync("/codes/421");

        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/codes/421\">", html, StringComparison.Ordinal);
        Assert.Matches("<meta name=\"description\" content=\"[^\"]{40,}\">", html);
        Assert.Contains("<meta property=\"og:title\" content=\"421 Misdirected Request\">", html, StringComparison.Ordinal);
        var types = Html.JsonLd(html).Select(json => JsonDocument.Parse(json).RootElement.GetProperty("@type").GetString()).ToList();
        Assert.Contains("BreadcrumbList", types);
        Assert.Contains("FAQPage", types);
    }

    [Fact]
    public async Task ServedAsUtf8HtmlWithSecurityHeaders()
    {
        var response = await site.CreateReader().Get("/codes/421");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task UpperCaseUrlRedirectsToTheCanonicalOne()
    {
        var response = await site.CreateReader().Get("/codes/IIS/404.3");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/codes/iis/404.3", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task HeadIsAnsweredLikeGet()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/codes/421");
        var response = await site.CreateReader().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OtherMethodsGet405WithAllow()
    {
        using var content = new StringContent("x");
        var response = await site.CreateReader().PostAsync(new Uri("/codes/421", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }
}
