using Microsoft.AspNetCore.Mvc.Routing;

namespace SiteErrorCms.Web.Features.Shared;

/// <summary>
/// A public page answers HEAD as well as GET (RFC 9110 §9.3.2: servers should support HEAD wherever they
/// support GET); Kestrel drops the body of a HEAD response itself.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class GetOrHeadAttribute(string template) : HttpMethodAttribute(Methods, template)
{
    private static readonly string[] Methods = ["GET", "HEAD"];
}
