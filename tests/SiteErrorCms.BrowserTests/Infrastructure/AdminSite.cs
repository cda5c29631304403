using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Editing;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.BrowserTests.Infrastructure;

/// <summary>
/// The app hosted in the test process on a real Kestrel port (.NET 10's <c>UseKestrel</c> + <c>StartServer</c>), so Chromium
/// can drive the admin while the test holds the <see cref="TestClock"/>, makes users with <see cref="UserManager{TUser}"/>
/// and runs the scheduler's pass itself. Fresh SQLite database per instance, seeded from the shipped seed.
/// </summary>
/// <remarks>
/// The admin insists on HTTPS (Secure antiforgery and auth cookies), which production gets from its TLS-terminating
/// proxy; here <see cref="BehindTlsProxy"/> plays that proxy and marks each request HTTPS. Served at http://localhost, not 127.0.0.1: Chromium counts localhost as a secure context, so it keeps the
/// admin's <c>__Host-</c>/Secure cookies over plain HTTP.
/// </remarks>
public sealed class AdminSite : WebApplicationFactory<Program>
{
    private readonly TempDirectory data = new();

    private AdminSite()
    {
    }

    /// <summary>Starts at the real time: the authenticator codes the test types are computed from the real time too.</summary>
    public TestClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public string BaseUrl { get; private set; } = "";

    /// <summary>Errors the app logged, for failure messages.</summary>
    public ServerLog Log { get; } = new();

    public string Url(string path) => BaseUrl + path;

    public static AdminSite Start()
    {
        var site = new AdminSite();
        var port = FreePort();
        site.UseKestrel(kestrel => kestrel.ListenLocalhost(port));
        site.StartServer();
        site.BaseUrl = $"http://localhost:{port}";
        return site;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataDirectory", data.Path);
        builder.UseSetting("ConnectionStrings:Cms", "");
        builder.UseSetting("Seed:Path", Path.Combine(AppContext.BaseDirectory, "seed"));
        builder.UseSetting("Publishing:SchedulerEnabled", "false"); // the test runs the passes after moving the clock
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddTransient<IStartupFilter, BehindTlsProxy>();
        });
    }

    /// <summary>An account made directly with the user manager; editors and admins get an authenticator key and two-factor on.</summary>
    public async Task<SiteUser> CreateUserAsync(string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..16] + "@example.test";
        var password = "quartz lantern " + Guid.NewGuid().ToString("N")[..12];
        var user = new CmsUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Test {role}" };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        string? key = null;
        if (CmsRoles.RequiresTwoFactor(role))
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            key = await users.GetAuthenticatorKeyAsync(user);
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return new SiteUser(email, password, key);
    }

    public Task RunSchedulerAsync() =>
        Services.GetRequiredService<ScheduledPublisher>().RunOnceAsync(TestContext.Current.CancellationToken);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            data.Dispose();
        }
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}

/// <summary>Plays the TLS-terminating proxy in front of the app: every request counts as HTTPS, first thing in the pipeline.</summary>
internal sealed class BehindTlsProxy : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Request.Scheme = "https";
            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>Sign-in details of a test account; <see cref="AuthenticatorKey"/> is null when two-factor is off.</summary>
public sealed record SiteUser(string Email, string Password, string? AuthenticatorKey);
