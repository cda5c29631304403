using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;

namespace SiteErrorCms.Web.Admin.Shared;

/// <summary>
/// Times in the signed-in editor's own zone. Everything is stored in UTC; the zone is named wherever a
/// time is shown, so "14:00" is never ambiguous between colleagues in different places.
/// </summary>
public sealed class EditorClock(CmsDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    private TimeZoneInfo? zone;

    public async Task<TimeZoneInfo> ZoneAsync(CancellationToken ct)
    {
        if (zone is not null)
        {
            return zone;
        }

        var id = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var zoneId = id is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.TimeZoneId).FirstOrDefaultAsync(ct);
        zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId ?? "UTC", out var found) ? found : TimeZoneInfo.Utc;
        return zone;
    }

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>"2026-11-25 14:00 Europe/Berlin (UTC+01:00)".</summary>
    public static string Format(DateTime utc, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        var offset = zone.GetUtcOffset(local);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd HH:mm} {zone.Id} (UTC{sign}{offset:hh\\:mm})");
    }

    public async Task<string> FormatAsync(DateTime utc, CancellationToken ct) => Format(utc, await ZoneAsync(ct));

    /// <summary>The value for an <c>input type=datetime-local</c> in the editor's zone.</summary>
    public static string ToInput(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>Reads a datetime-local value typed in the editor's zone; null when it is not a valid time there.</summary>
    public static DateTime? FromInput(string? value, TimeZoneInfo zone)
    {
        if (!DateTime.TryParseExact(value, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || zone.IsInvalidTime(local))
        {
            return null;
        }

        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
    }
}
