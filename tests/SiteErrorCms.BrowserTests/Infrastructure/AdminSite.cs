using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
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
/// Served over HTTPS at https://localhost with a throwaway self-signed certificate (browser contexts ignore certificate
/// errors): the admin refuses to issue its Secure antiforgery cookie over plain HTTP, and the sign-in redirects
/// are absolute URLs built from the request's scheme.
/// </remarks>
public sealed class AdminSite : WebApplicationFactory<Program>
{
    private readonly TempDirectory data = new();
    private readonly X509Certificate2 certificate = SelfSignedCertificate();

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
        var port = LiveSite.FreePort();
        site.UseKestrel(kestrel => kestrel.ListenLocalhost(port, listen => listen.UseHttps(site.certificate)));
        site.StartServer();
        site.BaseUrl = $"https://localhost:{port}";
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
            certificate.Dispose();
        }
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        // Kestrel wants the private key in a form it can load on every platform: round-trip through PFX.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}

/// <summary>Sign-in details of a test account; <see cref="AuthenticatorKey"/> is null when two-factor is off.</summary>
public sealed record SiteUser(string Email, string Password, string? AuthenticatorKey);
