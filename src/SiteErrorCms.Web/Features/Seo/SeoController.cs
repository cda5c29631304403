using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Features.Shared;
using SiteErrorCms.Web.Setup;

namespace SiteErrorCms.Web.Features.Seo;

public sealed class SeoController(CmsDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : Controller
{
    [GetOrHead("/robots.txt")]
    public IActionResult Robots() =>
        Content($"User-agent: *\nDisallow: /admin/\nDisallow: /search\n\nSitemap: {Origin()}/sitemap.xml\n", "text/plain; charset=utf-8");

    [GetOrHead("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var paths = new List<(string Path, DateTime? Modified)> { ("/", null), ("/codes", null), ("/cheat-sheet", null), ("/compare", null), ("/blog", null) };
        paths.AddRange((await db.Categories.AsNoTracking().Where(c => c.State == WorkflowState.Published).Select(c => new { c.Slug, c.UpdatedUtc }).ToListAsync(ct))
            .Select(c => (Paths.Category(c.Slug), (DateTime?)c.UpdatedUtc)));
        paths.AddRange((await db.StatusCodes.AsNoTracking().Where(c => c.State == WorkflowState.Published).OrderBy(c => c.Code).Select(c => new { c.Key, c.UpdatedUtc }).ToListAsync(ct))
            .Select(c => (Paths.Code(c.Key), (DateTime?)c.UpdatedUtc)));
        paths.AddRange((await db.Comparisons.AsNoTracking().Where(c => c.State == WorkflowState.Published).Select(c => new { c.Slug, c.UpdatedUtc }).ToListAsync(ct))
            .Select(c => (Paths.Comparison(c.Slug), (DateTime?)c.UpdatedUtc)));
        paths.AddRange((await db.BlogPosts.AsNoTracking().Where(p => p.State == WorkflowState.Published && p.PublishedUtc <= now).Select(p => new { p.Slug, p.UpdatedUtc }).ToListAsync(ct))
            .Select(p => (Paths.Post(p.Slug), (DateTime?)p.UpdatedUtc)));

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var origin = Origin();
        var xml = new XDocument(new XElement(ns + "urlset", paths.Select(p => new XElement(ns + "url",
            new XElement(ns + "loc", origin + p.Path),
            p.Modified is { } modified ? new XElement(ns + "lastmod", modified.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null))));
        return Content(xml.Declaration + xml.ToString(SaveOptions.DisableFormatting), "application/xml; charset=utf-8");
    }

    private string Origin() => site.Value.Origin(Request);
}
