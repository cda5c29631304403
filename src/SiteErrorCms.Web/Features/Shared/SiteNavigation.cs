using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Codes;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Web.Features.Shared;

public sealed record ToolLink(string Name, string Url, string Description);

public sealed record SidebarModel(
    IReadOnlyList<CodeLink> Popular,
    IReadOnlyList<ComparisonLink> Comparisons,
    IReadOnlyList<CategoryLink> Categories,
    IReadOnlyList<ToolLink> Tools);

/// <summary>The lists every page shares: popular codes, categories, featured comparisons, tools. Published content only.</summary>
public sealed class SiteNavigation(CmsDbContext db)
{
    public static readonly IReadOnlyList<ToolLink> Tools =
    [
        new("Cheat sheet", "/cheat-sheet", "Every code on one page"),
        new("Compare codes", "/compare", "Any two codes side by side"),
        new("Search", "/search", "Find a code by number or words"),
        new("Blog", "/blog", "Articles on getting HTTP right"),
    ];

    public async Task<IReadOnlyList<CodeLink>> PopularCodesAsync(CancellationToken ct = default) =>
        (await db.StatusCodes.AsNoTracking()
            .Where(c => c.State == WorkflowState.Published && c.Popularity > 0)
            .OrderBy(c => c.Popularity).Take(10).ToListAsync(ct))
        .Select(CodeLink.From).ToList();

    /// <summary>Categories with at least one published code; an empty category is not worth a reader's click.</summary>
    public async Task<IReadOnlyList<CategoryLink>> CategoriesAsync(CancellationToken ct = default) =>
        await db.Categories.AsNoTracking()
            .Where(c => c.State == WorkflowState.Published && c.Codes.Any(s => s.State == WorkflowState.Published))
            .OrderBy(c => c.Order)
            .Select(c => new CategoryLink(c.Slug, c.Name, c.Summary, c.Kind, c.Codes.Count(s => s.State == WorkflowState.Published)))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<ComparisonLink>> FeaturedComparisonsAsync(CancellationToken ct = default) =>
        await db.Comparisons.AsNoTracking()
            .Where(c => c.State == WorkflowState.Published && c.Featured)
            .OrderBy(c => c.Slug)
            .Select(c => new ComparisonLink(c.Slug, c.Title, c.Summary))
            .ToListAsync(ct);

    public async Task<SidebarModel> SidebarAsync(CancellationToken ct = default) =>
        new(await PopularCodesAsync(ct), await FeaturedComparisonsAsync(ct), await CategoriesAsync(ct), Tools);
}
