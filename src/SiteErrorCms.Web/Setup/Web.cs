using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;

namespace SiteErrorCms.Web.Setup;

public static class Web
{
    public static WebApplicationBuilder AddCmsWeb(this WebApplicationBuilder builder)
    {
        // Serve wwwroot from the project folder whenever the app runs from a build (not a publish)
        // folder, whatever the environment: tests and operators run built output as Production.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddControllersWithViews();

        // Razor's default encoder turns every non-ASCII character (emoji, "·", "é") into an entity;
        // the pages are UTF-8, so only HTML-significant characters need escaping.
        builder.Services.Configure<WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.Configure<RazorViewEngineOptions>(options =>
        {
            // Feature folders: a controller's views sit beside it.
            options.ViewLocationFormats.Clear();
            options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");

            // The admin is an area with its own feature folders under /Admin.
            options.AreaViewLocationFormats.Clear();
            options.AreaViewLocationFormats.Add("/Admin/{1}/{0}.cshtml");
            options.AreaViewLocationFormats.Add("/Admin/Shared/{0}.cshtml");
            options.AreaViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });
        builder.Services.AddRouting(options => options.LowercaseUrls = true);
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        builder.Services.Configure<SiteOptions>(builder.Configuration.GetSection("Site"));
        builder.Services.AddScoped<Features.Shared.SiteNavigation>();
        builder.Services.AddScoped<Features.Codes.CodePageService>();
        return builder;
    }

    public static WebApplication UseCmsWeb(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseRouting();
        return app;
    }

    public static WebApplication MapCmsWeb(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapControllers();
        return app;
    }
}

public sealed class SiteOptions
{
    public string Name { get; set; } = "SiteErrorCms";

    public string Tagline { get; set; } = "HTTP status codes, explained";

    /// <summary>The public origin used in canonical links, the sitemap and Open Graph tags; empty = the request's own.</summary>
    public string BaseUrl { get; set; } = "";

    public string Origin(HttpRequest request) =>
        string.IsNullOrEmpty(BaseUrl) ? $"{request.Scheme}://{request.Host}" : BaseUrl.TrimEnd('/');
}
