using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Web.Setup;

namespace SiteErrorCms.Web.Admin.Settings;

/// <summary>The site's name and tagline as admins set them, else as configured (<c>Site:Name</c>, <c>Site:Tagline</c>).</summary>
/// <remarks>
/// Every page reads these, so they are cached in this process and dropped on save. One process serves
/// the site; running several would need a shared cache or a short expiry instead.
/// </remarks>
public sealed class SiteSettings(IServiceScopeFactory scopes, IOptions<SiteOptions> options)
{
    public const string NameKey = "Site.Name";
    public const string TaglineKey = "Site.Tagline";

    private volatile SiteIdentity? cached;

    public async Task<SiteIdentity> GetAsync()
    {
        if (cached is { } hit)
        {
            return hit;
        }

        await using var scope = scopes.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().SiteSettings.AsNoTracking()
            .Where(s => s.Key == NameKey || s.Key == TaglineKey)
            .ToDictionaryAsync(s => s.Key, s => s.Value);
        var identity = new SiteIdentity(
            stored.GetValueOrDefault(NameKey) is { Length: > 0 } name ? name : options.Value.Name,
            stored.GetValueOrDefault(TaglineKey) is { Length: > 0 } tagline ? tagline : options.Value.Tagline);
        cached = identity;
        return identity;
    }

    public void Invalidate() => cached = null;
}

public sealed record SiteIdentity(string Name, string Tagline);
