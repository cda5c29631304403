using System.Security.Claims;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Web.Admin.Shared;

public static class AdminActor
{
    public static Actor From(HttpContext context) => new(
        context.User.FindFirstValue(ClaimTypes.NameIdentifier),
        context.User.Identity?.Name ?? "anonymous",
        context.Connection.RemoteIpAddress?.ToString());
}
