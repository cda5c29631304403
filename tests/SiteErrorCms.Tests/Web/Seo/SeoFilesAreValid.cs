using System.Xml.Linq;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Web.Seo;

public sealed class SeoFilesAreValid(SeededSite site)
{
    [Fact]
    public async Task TheSitemapListsEveryPublishedCode()
    {
        var response = await site.CreateReader().Get("/sitemap.xml");
        var xml = XDocument.Parse(await response.Body());
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = xml.Descendants(ns + "loc").Select(l => l.Value).ToList();
        var keys = await site.WithDbAsync(db => Task.FromResult(db.StatusCodes.Select(c => c.Key).ToList()));

        Assert.Equal("application/xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.All(keys, key => Assert.Contains($"http://localhost/codes/{key}", urls));
        Assert.Contains("http://localhost/compare/401-vs-403", urls);
    }

    [Fact]
    public async Task RobotsPointsAtTheSitemapAndKeepsOutOfAdmin()
    {
        var text = await site.CreateReader().GetPageAsync("/robots.txt");

        Assert.Contains("Disallow: /admin/", text, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFeedIsRssWithThePublishedPosts()
    {
        var response = await site.CreateReader().Get("/blog/feed.xml");
        var rss = XDocument.Parse(await response.Body());

        Assert.Equal("application/rss+xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains(rss.Descendants("item"), i => i.Element("link")?.Value == "http://localhost/blog/choosing-between-401-and-403");
    }
}
