using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Codes;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Core.Seed;
using SiteErrorCms.Web.Features.Shared;

namespace SiteErrorCms.Web.Features.Compare;

public sealed class CompareController(CmsDbContext db) : Controller
{
    [GetOrHead("/compare")]
    public async Task<IActionResult> Index(string? a, string? b, CancellationToken ct)
    {
        string? error = null;
        if (a is not null || b is not null)
        {
            var keyA = ComparisonKeys.Normalize(a);
            var keyB = ComparisonKeys.Normalize(b);
            var found = await PublishedCodes().Where(c => c.Key == keyA || c.Key == keyB).Select(c => c.Key).ToListAsync(ct);
            error = (keyA, keyB) switch
            {
                (null, _) or (_, null) => "Choose two status codes to compare.",
                _ when keyA == keyB => "Choose two different codes.",
                _ when !found.Contains(keyA) => $"There is no status code {a} on this site.",
                _ when !found.Contains(keyB) => $"There is no status code {b} on this site.",
                _ => null,
            };
            if (error is null)
            {
                return Redirect(Paths.Comparison(SeedKeys.ComparisonSlug(keyA!, keyB!)));
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        var curated = await db.Comparisons.AsNoTracking().Where(c => c.State == WorkflowState.Published)
            .OrderByDescending(c => c.Featured).ThenBy(c => c.Slug)
            .Select(c => new ComparisonLink(c.Slug, c.Title, c.Summary)).ToListAsync(ct);
        var codes = (await PublishedCodes().OrderBy(c => c.Code).ThenBy(c => c.Key).ToListAsync(ct)).Select(CodeLink.From).ToList();
        return View(new CompareIndexModel
        {
            Meta = new PageMeta
            {
                Title = "Compare HTTP status codes",
                Description = "Put any two HTTP status codes side by side: meaning, typical causes, the RFC behind each and when to use which.",
                CanonicalPath = "/compare",
                Breadcrumbs = [new("Home", "/"), new("Compare", null)],
                NoIndex = error is not null,
            },
            Curated = curated,
            Codes = codes,
            Error = error,
            A = a,
            B = b,
        });
    }

    [GetOrHead("/compare/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        if (ComparisonKeys.Parse(slug) is not var (keyA, keyB))
        {
            return NotFound();
        }

        var curated = await db.Comparisons.AsNoTracking()
            .FirstOrDefaultAsync(c => c.State == WorkflowState.Published
                && ((c.CodeAKey == keyA && c.CodeBKey == keyB) || (c.CodeAKey == keyB && c.CodeBKey == keyA)), ct);
        if (curated is not null && curated.Slug != slug)
        {
            return RedirectPermanent(Paths.Comparison(curated.Slug));
        }

        var codes = await PublishedCodes().Include(c => c.Category).Where(c => c.Key == keyA || c.Key == keyB).ToListAsync(ct);
        if (codes.Find(c => c.Key == keyA) is not { } a || codes.Find(c => c.Key == keyB) is not { } b)
        {
            return NotFound();
        }

        var title = curated?.Title ?? $"{a.DisplayCode} {a.Reason} vs {b.DisplayCode} {b.Reason}";
        return View(new ComparePageModel
        {
            Meta = new PageMeta
            {
                Title = title,
                Description = curated?.Summary ?? $"{a.DisplayCode} {a.Reason} and {b.DisplayCode} {b.Reason} side by side: what each means, typical causes and when to use which.",
                CanonicalPath = Paths.Comparison(slug),
                Breadcrumbs = [new("Home", "/"), new("Compare", "/compare"), new($"{a.DisplayCode} vs {b.DisplayCode}", null)],
                OpenGraphType = "article",
            },
            Title = title,
            A = a,
            B = b,
            BodyHtml = curated?.Body.Html,
        });
    }

    private IQueryable<StatusCode> PublishedCodes() =>
        db.StatusCodes.AsNoTracking().Published();
}
