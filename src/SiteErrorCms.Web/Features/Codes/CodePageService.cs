using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Codes;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Core.Seed;
using SiteErrorCms.Web.Features.Shared;

namespace SiteErrorCms.Web.Features.Codes;

/// <summary>Builds the public page of one status code from published content only.</summary>
public sealed class CodePageService(CmsDbContext db)
{
    public async Task<CodePageModel?> FindAsync(string key, CancellationToken ct)
    {
        var code = await db.StatusCodes.AsNoTracking()
            .Include(c => c.Category)
            .Include(c => c.Faqs.OrderBy(f => f.Order))
            .Include(c => c.Snippets)
            .Include(c => c.History.OrderBy(h => h.Order))
            .Include(c => c.Constants)
            .Published()
            .FirstOrDefaultAsync(c => c.Key == key, ct);
        return code is null ? null : await BuildAsync(code, ct);
    }

    /// <summary>The page of a code as given: a published one, or an editor's unsaved-to-the-site draft for preview.</summary>
    public async Task<CodePageModel?> BuildAsync(StatusCode code, CancellationToken ct)
    {
        var key = code.Key;
        if (code.Category is not { } category)
        {
            return null;
        }

        var siblings = await PublishedCodes()
            .Where(c => category.Kind == CategoryKind.Vendor ? c.CategoryId == category.Id : c.Category!.Kind == CategoryKind.Class)
            .OrderBy(c => c.Code).ThenBy(c => c.SubCode)
            .ToListAsync(ct);
        var index = siblings.FindIndex(c => c.Id == code.Id);
        if (index < 0)
        {
            // A draft being previewed is not among the published siblings: place it by number.
            index = siblings.FindLastIndex(c => c.Code < code.Code || (c.Code == code.Code && (c.SubCode ?? -1) < (code.SubCode ?? -1))) + 1;
            siblings.Insert(index, code);
        }

        var related = await PublishedCodes().Where(c => code.RelatedKeys.Contains(c.Key)).ToListAsync(ct);
        var curated = await db.Comparisons.AsNoTracking()
            .Where(c => c.State == WorkflowState.Published && (c.CodeAKey == key || c.CodeBKey == key))
            .OrderBy(c => c.Slug)
            .ToListAsync(ct);
        var relatedLinks = code.RelatedKeys.Select(k => related.Find(r => r.Key == k)).OfType<StatusCode>().Select(CodeLink.From).ToList();

        // Curated comparisons first, then an on-the-fly one for each related code that has none.
        var comparisons = curated.Select(c => new ComparisonLink(c.Slug, c.Title, c.Summary))
            .Concat(relatedLinks
                .Where(r => !curated.Exists(c => c.CodeAKey == r.Key || c.CodeBKey == r.Key))
                .Select(r => new ComparisonLink(SeedKeys.ComparisonSlug(code.Key, r.Key), $"{code.DisplayCode} vs {r.DisplayCode}", "")))
            .ToList();

        return new CodePageModel
        {
            Meta = Meta(code, category),
            Code = code,
            Category = new CategoryLink(category.Slug, category.Name, category.Summary, category.Kind, siblings.Count),
            Snippets = await SnippetsAsync(code, category.Kind, ct),
            Related = relatedLinks,
            Comparisons = comparisons,
            Previous = index > 0 ? CodeLink.From(siblings[index - 1]) : null,
            Next = index >= 0 && index < siblings.Count - 1 ? CodeLink.From(siblings[index + 1]) : null,
        };
    }

    public async Task<IReadOnlyList<CategorySection>> AllByCategoryAsync(CancellationToken ct)
    {
        var categories = await db.Categories.AsNoTracking().Where(c => c.State == WorkflowState.Published).OrderBy(c => c.Order).ToListAsync(ct);
        var codes = await PublishedCodes().OrderBy(c => c.Code).ThenBy(c => c.SubCode).ToListAsync(ct);
        return categories
            .Select(category =>
            {
                var own = codes.Where(c => c.CategoryId == category.Id).Select(CodeLink.From).ToList();
                return new CategorySection(new CategoryLink(category.Slug, category.Name, category.Summary, category.Kind, own.Count), own);
            })
            .Where(s => s.Codes.Count > 0)
            .ToList();
    }

    private IQueryable<StatusCode> PublishedCodes() =>
        db.StatusCodes.AsNoTracking().Published();

    private async Task<IReadOnlyList<RenderedSnippet>> SnippetsAsync(StatusCode code, CategoryKind kind, CancellationToken ct)
    {
        var templates = await db.SnippetTemplates.AsNoTracking()
            .Where(t => t.State == WorkflowState.Published)
            .OrderBy(t => t.Order).ThenBy(t => t.Key)
            .ToListAsync(ct);
        // A vendor's code is not something an app should send the way a template does (no app returns
        // nginx 444 or IIS 404.3); its page shows only the snippets written for it: config and fixes.
        return templates
            .Select(t => (Template: t, Own: code.Snippets.Find(s => s.TemplateKey == t.Key)?.Code))
            .Where(x => x.Own is not null || kind == CategoryKind.Class)
            .Select(x => new RenderedSnippet(x.Template.Key, x.Template.Framework, x.Template.Platform, x.Template.Language,
                x.Own ?? x.Template.Render(code.Code, code.Reason)))
            .ToList();
    }

    private static PageMeta Meta(StatusCode code, Category category)
    {
        var title = $"{code.DisplayCode} {code.Reason}";
        var faq = code.Faqs.Count > 0 ? new[] { StructuredData.FaqPage(code.Faqs.Select(f => (f.Question, f.Answer.Html))) } : [];
        return new PageMeta
        {
            Title = category.Kind == CategoryKind.Vendor ? $"{category.Name} {title}" : title,
            Description = code.Summary,
            CanonicalPath = Paths.Code(code.Key),
            Breadcrumbs = [new("Home", "/"), new(category.Name, Paths.Category(category.Slug)), new(title, null)],
            StructuredData = faq,
            OpenGraphType = "article",
        };
    }
}
