namespace SiteErrorCms.Web.Setup;

public static class ErrorPages
{
    /// <summary>Every error answers with its real status and our own page: 404s get suggestions, 500s an apology without internals.</summary>
    public static WebApplication UseCmsErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        return app;
    }
}
