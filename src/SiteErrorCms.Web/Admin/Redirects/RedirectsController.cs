using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Web.Admin.Shared;

namespace SiteErrorCms.Web.Admin.Redirects;

[Authorize(Policy = AdminPolicies.EditContent)]
public sealed class RedirectsController(CmsDbContext db, RedirectEditor editor) : AdminController
{
    [HttpGet("/admin/redirects")]
    public async Task<IActionResult> Index([FromQuery] RedirectListQuery query, CancellationToken ct)
    {
        var rows = db.Redirects.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            rows = rows.Where(r => r.FromPath.Contains(text) || (r.ToPath != null && r.ToPath.Contains(text)));
        }

        if (query.Origin is { } origin)
        {
            rows = rows.Where(r => r.Origin == origin);
        }

        var ordered = query.ByCreated
            ? rows.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id)
            : rows.OrderBy(r => r.FromPath);
        var page = await ordered.ToPageAsync(query.Page, ct);
        return View("Index", new RedirectListModel(query with { Page = page.Number }, page.Rows, page.Total, page.Count));
    }

    [HttpGet("/admin/redirects/new")]
    public IActionResult New() => View("Edit", new RedirectEditModel(null, new RedirectInput(), new Dictionary<string, string>()));

    [HttpPost("/admin/redirects/new")]
    public Task<IActionResult> Create([FromForm] RedirectInput input, CancellationToken ct) => SaveAsync(null, input, ct);

    [HttpGet("/admin/redirects/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var redirect = await db.Redirects.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return redirect is null
            ? NotFound()
            : View("Edit", new RedirectEditModel(id, new RedirectInput { From = redirect.FromPath, To = redirect.ToPath }, new Dictionary<string, string>()));
    }

    [HttpPost("/admin/redirects/{id:int}/edit")]
    public Task<IActionResult> Update(int id, [FromForm] RedirectInput input, CancellationToken ct) => SaveAsync(id, input, ct);

    [HttpPost("/admin/redirects/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var deleted = await editor.DeleteAsync(id, CurrentActor, ct);
        if (deleted is null)
        {
            return NotFound();
        }

        TempData["Flash"] = $"Deleted {RedirectEditor.Describe(deleted.FromPath, deleted.ToPath)}.";
        return Redirect("/admin/redirects");
    }

    private async Task<IActionResult> SaveAsync(int? id, RedirectInput input, CancellationToken ct)
    {
        var result = await editor.SaveAsync(id, input, CurrentActor, ct);
        if (result.Saved is not { } saved)
        {
            // The form comes back with what was typed and each error beside its field.
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Edit", new RedirectEditModel(id, input, result.Errors));
        }

        var collapsed = result.CollapsedThrough is null ? "" : $" ({input.To} already redirected, so it points straight to the end of the chain)";
        TempData["Flash"] = $"Saved {RedirectEditor.Describe(saved.FromPath, saved.ToPath)}{collapsed}.";
        return Redirect("/admin/redirects");
    }
}
