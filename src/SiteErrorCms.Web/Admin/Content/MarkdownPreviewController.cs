using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SiteErrorCms.Core.Markdown;
using SiteErrorCms.Web.Admin.Shared;

namespace SiteErrorCms.Web.Admin.Content;

/// <summary>The editor's live preview: Markdown rendered by the same pipeline and sanitizer as the public site.</summary>
[Authorize(Policy = AdminPolicies.WritePosts)]
public sealed class MarkdownPreviewController : AdminController
{
    [HttpPost("/admin/markdown-preview")]
    public IActionResult Render([FromForm] string? source) => Content(MarkdownText.From(source).Html, "text/html; charset=utf-8");
}
