using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Web.Admin.Shared;

/// <summary>
/// Base of every admin controller: the Admin area, a signed-in account at least, antiforgery on every
/// unsafe method, and responses no cache or search engine keeps.
/// </summary>
[Area("Admin")]
[Authorize(Policy = AdminPolicies.SignedIn)]
[AutoValidateAntiforgeryToken]
public abstract class AdminController : Controller
{
    /// <summary>The signed-in user, for revisions and the audit log.</summary>
    protected Actor CurrentActor => AdminActor.From(HttpContext);

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        base.OnActionExecuting(context);
    }
}
