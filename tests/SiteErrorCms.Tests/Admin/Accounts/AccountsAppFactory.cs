using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Accounts;

/// <summary>A fresh site without seed content (accounts need none, and the import is the slow part), logs kept.</summary>
public sealed class AccountsAppFactory : CmsAppFactory
{
    public LogCapture Logs { get; } = new();

    /// <summary>Sign-in POSTs allowed per window; tests that are not about the limit get plenty.</summary>
    public int SignInPermits { get; init; } = 100;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Seed:ImportOnStartup", "false");
        builder.UseSetting("Admin:SignInRateLimit:PermitLimit", SignInPermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    public Task<List<AuditEntry>> AuditAsync(string action) =>
        WithDbAsync(db => db.AuditEntries.Where(e => e.Action == action).ToListAsync(TestContext.Current.CancellationToken));
}
