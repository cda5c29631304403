using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Blog;
using SiteErrorCms.Core.Codes;
using SiteErrorCms.Core.Editing;
using SiteErrorCms.Web.Features.Blog;
using SiteErrorCms.Web.Features.Codes;

namespace SiteErrorCms.Web.Admin.Content;

// Preview: the draft (or pending changes) rendered by the public page's own template, for signed-in
// users only, never cached and never indexed.
public abstract partial class ContentEditingController
{
    [HttpGet("{id:int}/preview")]
    public async Task<IActionResult> Preview([FromRoute] int id, [FromServices] CodePageService codePages, CancellationToken ct)
    {
        if (await FindOwnAsync(id, ct) is null || await ContentType!.FindDetachedAsync(Db, id, ct) is not { } draft)
        {
            return NotFound();
        }

        var type = ContentType!;
        await type.ApplyAsync(Db, draft, ContentWorkflow.Current(type, draft), ct);
        var editPath = $"{BasePath}/{id}";
        switch (draft)
        {
            case StatusCode code when await codePages.BuildAsync(code, ct) is { } page:
                page.Meta = page.Meta.AsPreview(editPath);
                return View("/Features/Codes/Show.cshtml", page);
            case BlogPost post:
                var model = await PostPage.BuildAsync(Db, post, ct);
                model.Meta = model.Meta.AsPreview(editPath);
                return View("/Features/Blog/Show.cshtml", model);
            default:
                TempData["Flash"] = $"A {type.Singular} has no page of its own to preview; its changes show on the pages that use it once published.";
                return Redirect(editPath);
        }
    }
}
