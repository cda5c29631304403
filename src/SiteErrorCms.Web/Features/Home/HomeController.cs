using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Features.Shared;

namespace SiteErrorCms.Web.Features.Home;

public sealed class HomePageModel : IPageModel
{
    public required PageMeta Meta { get; init; }

    public required IReadOnlyList<CodeLink> Popular { get; init; }

    public required IReadOnlyList<CategoryLink> Categories { get; init; }

    public required IReadOnlyList<ComparisonLink> Comparisons { get; init; }

    public required IReadOnlyList<ToolLink> Tools { get; init; }

    public required IReadOnlyList<PostLink> LatestPosts { get; init; }

    public int CodeCount { get; init; }
}

public sealed class HomeController(CmsDbContext db, SiteNavigation navigation, TimeProvider clock) : Controller
{
    [GetOrHead("/")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var posts = await db.BlogPosts.AsNoTracking()
            .Where(p => p.State == WorkflowState.Published && p.PublishedUtc <= now)
            .OrderByDescending(p => p.PublishedUtc).Take(3)
            .Select(p => new PostLink(p.Slug, p.Title, p.Summary, p.PublishedUtc, p.AuthorName))
            .ToListAsync(ct);
        var categories = await navigation.CategoriesAsync(ct);
        return View(new HomePageModel
        {
            Meta = new PageMeta
            {
                Title = "HTTP status codes, explained",
                Description = "What every HTTP status code means, in plain words and by the RFC: causes, example responses, code snippets and comparisons.",
                CanonicalPath = "/",
            },
            Popular = await navigation.PopularCodesAsync(ct),
            Categories = categories,
            Comparisons = await navigation.FeaturedComparisonsAsync(ct),
            Tools = SiteNavigation.Tools,
            LatestPosts = posts,
            CodeCount = categories.Sum(c => c.CodeCount),
        });
    }
}
