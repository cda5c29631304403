using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Web.Setup;

namespace SiteErrorCms.Web.Admin.Setup;

/// <summary>
/// On start (after <see cref="DatabaseInitializer"/>, which is registered first): makes sure the three
/// roles exist and, while nobody has an account, logs a fresh 24-hour link for creating the first admin.
/// </summary>
/// <remarks>The link goes to the log because this machine sends no mail; whoever reads the log runs the site.</remarks>
public sealed class SetupLinkIssuer(IServiceScopeFactory scopes, IOptions<SiteOptions> site, ILogger<SetupLinkIssuer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in CmsRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var db = services.GetRequiredService<CmsDbContext>();
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var tokens = services.GetRequiredService<AccountTokens>();
        await tokens.InvalidateAllAsync(AccountTokenPurpose.Setup, cancellationToken);
        var secret = tokens.Issue(AccountTokenPurpose.Setup, CmsRoles.Admin, email: null, createdById: null);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning("No accounts yet. Create the first admin within 24 hours at {SetupLink}", site.Value.BaseUrl.TrimEnd('/') + SetupPath(secret));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static string SetupPath(string secret) => $"/admin/setup/{secret}";
}
