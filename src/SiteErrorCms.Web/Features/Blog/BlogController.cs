using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiteErrorCms.Core.Blog;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Features.Shared;
using SiteErrorCms.Web.Setup;

namespace SiteErrorCms.Web.Features.Blog;

public sealed class BlogIndexModel : IPageModel
{
    public required PageMeta Meta { get; init; }

    public required IReadOnlyList<PostLink> Posts { get; init; }

    public string? Tag { get; init; }
}

public sealed class PostPageModel : IPageModel
{
    public required PageMeta Meta { get; set; }

    public required BlogPost Post { get; init; }

    public required IReadOnlyList<CodeLink> Codes { get; init; }
}

public sealed class BlogController(CmsDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : Controller
{
    [GetOrHead("/blog")]
    public Task<IActionResult> Index(CancellationToken ct) => ListAsync(null, ct);

    [GetOrHead("/blog/tag/{tag}")]
    public Task<IActionResult> Tag(string tag, CancellationToken ct) => ListAsync(tag, ct);

    [GetOrHead("/blog/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var post = await Live().FirstOrDefaultAsync(p => p.Slug == slug, ct);
        if (post is null)
        {
            return NotFound();
        }

        return View(await PostPage.BuildAsync(db, post, ct));
    }

    [GetOrHead("/blog/feed.xml")]
    public async Task<IActionResult> Feed(CancellationToken ct)
    {
        var origin = site.Value.Origin(Request);
        var posts = await Live().OrderByDescending(p => p.PublishedUtc).Take(20).ToListAsync(ct);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var channel = new XElement("channel",
            new XElement("title", $"{site.Value.Name} blog"),
            new XElement("link", origin + "/blog"),
            new XElement("description", "Articles on HTTP status codes and getting HTTP right."),
            new XElement(atom + "link", new XAttribute("href", origin + "/blog/feed.xml"), new XAttribute("rel", "self"), new XAttribute("type", "application/rss+xml")),
            posts.Select(p => new XElement("item",
                new XElement("title", p.Title),
                new XElement("link", origin + Paths.Post(p.Slug)),
                new XElement("guid", new XAttribute("isPermaLink", "true"), origin + Paths.Post(p.Slug)),
                new XElement("pubDate", DateTime.SpecifyKind(p.PublishedUtc!.Value, DateTimeKind.Utc).ToString("r", CultureInfo.InvariantCulture)),
                new XElement("description", p.Summary))));
        var rss = new XDocument(new XElement("rss", new XAttribute("version", "2.0"), new XAttribute(XNamespace.Xmlns + "atom", atom), channel));
        return Content(rss.Declaration + rss.ToString(), "application/rss+xml; charset=utf-8");
    }

    private IQueryable<BlogPost> Live()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.BlogPosts.AsNoTracking().Where(p => p.State == WorkflowState.Published && p.PublishedUtc != null && p.PublishedUtc <= now);
    }

    private async Task<IActionResult> ListAsync(string? tag, CancellationToken ct)
    {
        var posts = await Live().OrderByDescending(p => p.PublishedUtc).ToListAsync(ct);
        if (tag is not null)
        {
            posts = posts.Where(p => p.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)).ToList();
            if (posts.Count == 0)
            {
                return NotFound();
            }
        }

        return View("Index", new BlogIndexModel
        {
            Meta = new PageMeta
            {
                Title = tag is null ? "Blog" : $"Posts tagged {tag}",
                Description = "Practical articles on HTTP status codes: choosing the right one, reading vendor errors, retries and redirects.",
                CanonicalPath = tag is null ? "/blog" : $"/blog/tag/{Uri.EscapeDataString(tag)}",
                Breadcrumbs = tag is null ? [new("Home", "/"), new("Blog", null)] : [new("Home", "/"), new("Blog", "/blog"), new(tag, null)],
            },
            Posts = posts.Select(p => new PostLink(p.Slug, p.Title, p.Summary, p.PublishedUtc, p.AuthorName)).ToList(),
            Tag = tag,
        });
    }
}
