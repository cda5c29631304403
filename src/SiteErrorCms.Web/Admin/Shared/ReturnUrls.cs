using Microsoft.AspNetCore.Mvc;

namespace SiteErrorCms.Web.Admin.Shared;

public static class ReturnUrls
{
    /// <summary>
    /// Where to go after signing in: only a local admin path, so a crafted link cannot bounce a fresh
    /// session to another site or to a public page dressed up as a prompt.
    /// </summary>
    public static string Safe(IUrlHelper url, string? returnUrl) =>
        returnUrl is not null && url.IsLocalUrl(returnUrl)
        && (returnUrl == "/admin" || returnUrl.StartsWith("/admin/", StringComparison.Ordinal) || returnUrl.StartsWith("/admin?", StringComparison.Ordinal))
            ? returnUrl
            : "/admin";
}
