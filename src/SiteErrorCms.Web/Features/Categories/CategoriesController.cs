using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Features.Shared;

namespace SiteErrorCms.Web.Features.Categories;

public sealed class CategoryPageModel : IPageModel
{
    public required PageMeta Meta { get; init; }

    public required CategoryLink Category { get; init; }

    public required string DescriptionHtml { get; init; }

    public required IReadOnlyList<CodeLink> Codes { get; init; }
}

public sealed class CategoriesController(CmsDbContext db) : Controller
{
    [GetOrHead("/category/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var category = await db.Categories.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Slug == slug && c.State == WorkflowState.Published, ct);
        if (category is null)
        {
            return NotFound();
        }

        var codes = (await db.StatusCodes.AsNoTracking()
                .Where(c => c.CategoryId == category.Id && c.State == WorkflowState.Published)
                .OrderBy(c => c.Code).ThenBy(c => c.SubCode)
                .ToListAsync(ct))
            .Select(CodeLink.From).ToList();
        var title = category.Kind == Core.Codes.CategoryKind.Class
            ? $"{category.Folder} {category.Name} status codes"
            : $"{category.Name} status codes";
        return View(new CategoryPageModel
        {
            Meta = new PageMeta
            {
                Title = title,
                Description = category.Summary,
                CanonicalPath = Paths.Category(category.Slug),
                Breadcrumbs = [new("Home", "/"), new(category.Name, null)],
            },
            Category = new CategoryLink(category.Slug, category.Name, category.Summary, category.Kind, codes.Count),
            DescriptionHtml = category.Description.Html,
            Codes = codes,
        });
    }
}
