using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SiteErrorCms.Core.Data;

[assembly: AssemblyFixture(typeof(SiteErrorCms.Tests.Infrastructure.SeededSite))]

namespace SiteErrorCms.Tests.Infrastructure;

/// <summary>
/// The real app on its own SQLite file, migrated and seeded by the real start-up path. Each factory
/// gets a fresh database, so no test reads rows another test left.
/// </summary>
public class CmsAppFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory data = new();

    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    /// <summary>The seed folder to import on start; the shipped seed unless a test points elsewhere.</summary>
    public string SeedPath { get; init; } = SeedFolder.Shipped;

    public string DataDirectory => data.Path;

    /// <summary>Errors the app logged; assert on it, or print it when a request unexpectedly fails.</summary>
    public ServerLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataDirectory", data.Path);
        builder.UseSetting("ConnectionStrings:Cms", "");
        builder.UseSetting("Seed:Path", SeedPath);

        // Tests run the scheduler's passes themselves (ScheduledPublisher.RunOnceAsync) after moving the clock.
        builder.UseSetting("Publishing:SchedulerEnabled", "false");
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
        builder.ConfigureTestServices(services =>
        {
            // Requests carrying the test header are signed in by it; all others go through the app's own schemes.
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, null)
                .AddPolicyScheme(TestOrApp, null, o => o.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(TestAuthHandler.Header) ? TestAuthHandler.SchemeName : appDefaultScheme ?? TestAuthHandler.SchemeName);
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                appDefaultScheme ??= o.DefaultAuthenticateScheme ?? o.DefaultScheme;
                o.DefaultScheme = TestOrApp;
                o.DefaultAuthenticateScheme = TestOrApp;
                o.DefaultChallengeScheme = TestOrApp;
                o.DefaultForbidScheme = TestOrApp;
            });
        });
    }

    private const string TestOrApp = "TestOrApp";
    private string? appDefaultScheme;

    /// <summary>A client signed in (two-factor satisfied) with the given role; cookies kept, redirects not followed, HTTPS so secure cookies flow.</summary>
    public HttpClient CreateAdminClient(string role, string? userId = null, string? name = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var id = userId ?? $"test-{role.ToLowerInvariant()}";
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, $"{role}|{id}|{name ?? id + "@example.test"}");
        return client;
    }

    public HttpClient CreateReader() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<T> WithDbAsync<T>(Func<CmsDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CmsDbContext>());
    }

    public async Task WithDbAsync(Func<CmsDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<CmsDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            data.Dispose();
        }
    }
}

/// <summary>
/// One seeded site shared by every read-only test in the assembly: starting a site imports the whole
/// seed, so tests that only read share one. Tests that change data make their own <see cref="CmsAppFactory"/>.
/// </summary>
public sealed class SeededSite : CmsAppFactory;
