using Microsoft.AspNetCore.Mvc;
using SiteErrorCms.Web.Features.Codes;
using SiteErrorCms.Web.Features.Shared;

namespace SiteErrorCms.Web.Features.CheatSheet;

public sealed class CheatSheetController(CodePageService codes) : Controller
{
    [GetOrHead("/cheat-sheet")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(new CodeIndexModel
    {
        Meta = new PageMeta
        {
            Title = "HTTP status code cheat sheet",
            Description = "Every HTTP status code on one printable page: number, name and a one-line meaning.",
            CanonicalPath = "/cheat-sheet",
            Breadcrumbs = [new("Home", "/"), new("Cheat sheet", null)],
        },
        Sections = await codes.AllByCategoryAsync(ct),
    });
}
