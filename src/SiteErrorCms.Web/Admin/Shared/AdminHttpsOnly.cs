using Microsoft.AspNetCore.HttpOverrides;

namespace SiteErrorCms.Web.Admin.Shared;

public static class AdminHttpsOnly
{
    /// <summary>
    /// The admin's cookies are Secure <c>__Host-</c> cookies, which browsers drop over plain HTTP and the
    /// antiforgery system refuses to issue there; say so plainly (403, as IIS's 403.4 "SSL required")
    /// instead of failing with a 500 on the first form.
    /// </summary>
    /// <remarks>Behind a proxy that terminates TLS, forward X-Forwarded-Proto so the request counts as HTTPS.</remarks>
    public static WebApplication UseCmsAdminHttpsOnly(this WebApplication app)
    {
        // Development serves plain http://localhost with non-Secure cookies (see Setup/Accounts.cs).
        if (app.Environment.IsDevelopment())
        {
            return app;
        }

        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.Use(HttpsOnlyAsync);
        return app;
    }

    private static async Task HttpsOnlyAsync(HttpContext context, Func<Task> next)
    {
        if (!context.Request.IsHttps && context.Request.Path.StartsWithSegments("/admin"))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("The admin works over HTTPS only. Open this address with https://.");
            return;
        }

        await next();
    }
}
