using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Editing;
using SiteErrorCms.Web.Admin.Shared;

namespace SiteErrorCms.Web.Admin.Content;

/// <summary>Codes, categories, snippet templates, comparisons and quiz questions: editors only.</summary>
[Route("admin/{type:regex(^(codes|categories|templates|comparisons|quiz)$)}")]
[Authorize(Policy = AdminPolicies.EditContent)]
public sealed class ContentController(
    CmsDbContext db, ContentWorkflow workflow, PrePublishChecklist checklist, EditorClock editorClock, Microsoft.AspNetCore.Authorization.IAuthorizationService authorization)
    : ContentEditingController(db, workflow, checklist, editorClock, authorization)
{
    protected override IEditable? ContentType => ContentTypes.Find(RouteData.Values["type"] as string ?? "");
}

/// <summary>Blog posts: authors write their own, editors all of them.</summary>
[Route("admin/posts")]
[Authorize(Policy = AdminPolicies.WritePosts)]
public sealed class PostsController(
    CmsDbContext db, ContentWorkflow workflow, PrePublishChecklist checklist, EditorClock editorClock, Microsoft.AspNetCore.Authorization.IAuthorizationService authorization)
    : ContentEditingController(db, workflow, checklist, editorClock, authorization)
{
    protected override IEditable? ContentType => ContentTypes.Find("posts");
}
