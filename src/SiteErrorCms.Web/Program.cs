using SiteErrorCms.Core.Data;
using SiteErrorCms.Web.Admin.TwoFactorSetup;
using SiteErrorCms.Web.Setup;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddCmsDatabase();
    builder.AddCmsWeb();
    builder.AddCmsSecurityHeaders();
    builder.AddCmsAdmin();
    builder.AddCmsRedirects();
    builder.AddCmsAccounts();
    builder.AddCmsSignInRateLimit();

    var app = builder.Build();
    if (SeedCommand.Matches(args))
    {
        return await SeedCommand.RunAsync(app, args);
    }

    app.UseCmsErrorPages();
    app.UseCmsRedirects();
    app.UseCmsSecurityHeaders();
    app.UseCmsWeb();
    app.UseAuthentication();
    app.UseCmsTwoFactorEnrollment();
    app.UseRateLimiter();
    app.UseAuthorization();
    app.MapCmsWeb();

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (StartupFailure.Find(ex) is { } failure)
{
    // An operator's mistake, not a bug: one clear line, no stack trace.
    await Console.Error.WriteLineAsync($"SiteErrorCms cannot start: {failure.Message}");
    return 1;
}

/// <summary>Exposed so tests can host the app with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
