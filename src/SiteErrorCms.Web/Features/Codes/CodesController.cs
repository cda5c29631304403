using Microsoft.AspNetCore.Mvc;
using SiteErrorCms.Web.Features.Shared;

namespace SiteErrorCms.Web.Features.Codes;

public sealed class CodesController(CodePageService pages) : Controller
{
    [GetOrHead("/codes")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(new CodeIndexModel
    {
        Meta = new PageMeta
        {
            Title = "All HTTP status codes",
            Description = "Every HTTP status code in the IANA registry and the vendor codes of NGINX, Cloudflare, AWS ELB and IIS, grouped by class.",
            CanonicalPath = "/codes",
            Breadcrumbs = [new("Home", "/"), new("Status codes", null)],
        },
        Sections = await pages.AllByCategoryAsync(ct),
    });

    [GetOrHead("/codes/{code}")]
    public Task<IActionResult> Standard(string code, CancellationToken ct) => ShowAsync(code, ct);

    [GetOrHead("/codes/{vendor}/{code}")]
    public Task<IActionResult> Vendor(string vendor, string code, CancellationToken ct) => ShowAsync($"{vendor}/{code}", ct);

    private async Task<IActionResult> ShowAsync(string key, CancellationToken ct)
    {
        // Keys are lower-case; /codes/IIS/404.3 is the same page, so send readers to the one canonical URL.
        var canonical = key.ToLowerInvariant();
        if (canonical != key)
        {
            return RedirectPermanent(Paths.Code(canonical));
        }

        var model = await pages.FindAsync(key, ct);
        return model is null ? NotFound() : View("Show", model);
    }
}
