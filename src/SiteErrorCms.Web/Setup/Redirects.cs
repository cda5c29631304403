using Microsoft.AspNetCore.Diagnostics;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Admin.Redirects;

namespace SiteErrorCms.Web.Setup;

public static class Redirects
{
    public static WebApplicationBuilder AddCmsRedirects(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RedirectTable>();
        builder.Services.AddScoped<RedirectEditor>();
        return builder;
    }

    /// <summary>
    /// Old paths answer 301 to their new home, or 410 for deleted content. It acts only on what would be
    /// a 404, so live content always wins over a stale redirect and served pages cost no lookup.
    /// Register inside <c>UseCmsErrorPages</c>: the 410 then gets the friendly page, while a 301 (not an
    /// error) goes out without a body.
    /// </summary>
    public static WebApplication UseCmsRedirects(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            await next();
            var request = context.Request;
            var response = context.Response;
            if (response.StatusCode != StatusCodes.Status404NotFound || response.HasStarted
                || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                return;
            }

            var table = context.RequestServices.GetRequiredService<RedirectTable>();
            if (await table.FindAsync(request.Path.Value ?? "", context.RequestAborted) is not { } redirect)
            {
                return;
            }

            response.Headers.ContentType = default;
            response.ContentLength = null;
            if (redirect.ToPath is null)
            {
                response.StatusCode = StatusCodes.Status410Gone;
                return;
            }

            response.StatusCode = StatusCodes.Status301MovedPermanently;
            // Browsers keep a bare 301 forever; a day's cache lets an editor's mistake heal.
            response.Headers.CacheControl = "public, max-age=86400";
            response.Headers.Location = new PathString(redirect.ToPath).ToUriComponent() + request.QueryString.ToUriComponent();
        });
        return app;
    }
}
