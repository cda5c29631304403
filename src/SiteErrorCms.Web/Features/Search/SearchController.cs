using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Codes;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Features.Shared;

namespace SiteErrorCms.Web.Features.Search;

public sealed class SearchPageModel : IPageModel
{
    public required PageMeta Meta { get; init; }

    public string Query { get; init; } = "";

    public required IReadOnlyList<CodeLink> Results { get; init; }

    public string? Error { get; init; }
}

public sealed class SearchController(CmsDbContext db) : Controller
{
    public const int MaxQueryLength = 100;

    [GetOrHead("/search")]
    public async Task<IActionResult> Index(string? q, CancellationToken ct)
    {
        var query = (q ?? "").Trim();
        var meta = new PageMeta
        {
            Title = query.Length == 0 ? "Search status codes" : $"Search: {query}",
            Description = "Search HTTP status codes by number, name or words.",
            CanonicalPath = "/search",
            Breadcrumbs = [new("Home", "/"), new("Search", null)],
            NoIndex = query.Length > 0,
        };
        if (query.Length > MaxQueryLength)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new SearchPageModel { Meta = meta, Query = query[..MaxQueryLength], Results = [], Error = $"Keep the search to {MaxQueryLength} characters." });
        }

        if (query.Length == 0)
        {
            return View(new SearchPageModel { Meta = meta, Results = [] });
        }

        // An exact code goes straight to its page: "404" is a lookup, not a search.
        var key = query.ToLowerInvariant();
        var exact = await db.StatusCodes.AsNoTracking()
            .Where(c => c.State == WorkflowState.Published && c.Key == key)
            .Select(c => c.Key).FirstOrDefaultAsync(ct);
        if (exact is not null)
        {
            return Redirect(Paths.Code(exact));
        }

        var candidates = await db.StatusCodes.AsNoTracking()
            .Published()
            .OrderBy(c => c.Code).ThenBy(c => c.Key)
            .ToListAsync(ct);
        var results = SearchRanking.Rank(candidates, query).Take(50).Select(CodeLink.From).ToList();
        return View(new SearchPageModel { Meta = meta, Query = query, Results = results });
    }
}
