using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Web.Admin.Redirects;

/// <summary>An editor's redirect, as typed; <see cref="To"/> empty means 410 Gone.</summary>
public sealed record RedirectInput
{
    public string? From { get; init; }

    public string? To { get; init; }
}

public sealed record RedirectSaveResult(Redirect? Saved, IReadOnlyDictionary<string, string> Errors, string? CollapsedThrough = null);

/// <summary>Hand-made redirects: validated, chain-collapsed, loop-free, and audited in the same save.</summary>
public sealed class RedirectEditor(CmsDbContext db, AuditLog audit, TimeProvider clock)
{
    // Collapsed chains are one hop; the limit only guards against rows written around this editor.
    private const int MaxHops = 20;

    public async Task<RedirectSaveResult> SaveAsync(int? id, RedirectInput input, Actor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (!RedirectPath.TryNormalize(input.From, out var from))
        {
            errors[nameof(input.From)] = "Enter a path on this site starting with / (for example /blog/old-post), at most 400 characters.";
        }

        string? to = null;
        if (!string.IsNullOrWhiteSpace(input.To))
        {
            if (RedirectPath.TryNormalize(input.To, out var target))
            {
                to = target;
            }
            else
            {
                errors[nameof(input.To)] = "Enter a path on this site starting with / (for example /blog/new-post), or leave empty for 410 Gone.";
            }
        }

        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        if (from == to)
        {
            return Fail(nameof(input.To), "A redirect cannot point to its own path.");
        }

        var redirect = id is null ? null : await db.Redirects.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (id is not null && redirect is null)
        {
            return Fail(nameof(input.From), "This redirect no longer exists.");
        }

        if (await db.Redirects.AnyAsync(r => r.FromPath == from && r.Id != (id ?? 0), ct))
        {
            return Fail(nameof(input.From), $"There is already a redirect from {from}; edit that one instead.");
        }

        var (final, through, loops) = to is null ? (null, null, false) : await FollowAsync(from, to, id ?? 0, ct);
        if (loops)
        {
            return Fail(nameof(input.To), $"That would make a loop: {to} already leads back to {from}.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var before = redirect is null ? null : Describe(redirect.FromPath, redirect.ToPath);
        if (redirect is null)
        {
            redirect = new Redirect { FromPath = from, Origin = RedirectOrigin.Manual, CreatedUtc = now };
            db.Redirects.Add(redirect);
        }

        redirect.FromPath = from;
        redirect.ToPath = final;
        redirect.UpdatedUtc = now;

        // The id of a new row exists only after its insert; one transaction keeps row and audit entry together.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone saved the same path a moment ago; the unique index caught it.
            db.ChangeTracker.Clear();
            return Fail(nameof(input.From), $"There is already a redirect from {from}; edit that one instead.");
        }

        var details = before is null ? Describe(from, final) : $"{before} ⇒ {Describe(from, final)}";
        audit.Record(actor, id is null ? "redirect.create" : "redirect.update", nameof(Redirect), redirect.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), details);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new(redirect, new Dictionary<string, string>(), through);
    }

    public async Task<Redirect?> DeleteAsync(int id, Actor actor, CancellationToken ct)
    {
        var redirect = await db.Redirects.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (redirect is null)
        {
            return null;
        }

        db.Redirects.Remove(redirect);
        audit.Record(actor, "redirect.delete", nameof(Redirect), id.ToString(System.Globalization.CultureInfo.InvariantCulture), Describe(redirect.FromPath, redirect.ToPath));
        await db.SaveChangesAsync(ct);
        return redirect;
    }

    public static string Describe(string from, string? to) => $"{from} → {to ?? "410 Gone"}";

    /// <summary>Where <paramref name="to"/> finally leads, following saved redirects (a 410 ends the walk at its path).</summary>
    private async Task<(string? Final, string? Through, bool Loops)> FollowAsync(string from, string to, int ignoreId, CancellationToken ct)
    {
        var current = to;
        string? through = null;
        for (var hop = 0; hop < MaxHops; hop++)
        {
            var next = await db.Redirects.AsNoTracking()
                .Where(r => r.FromPath == current && r.Id != ignoreId && r.ToPath != null)
                .Select(r => r.ToPath)
                .FirstOrDefaultAsync(ct);
            if (next is null)
            {
                return (current, through, false);
            }

            if (next == from)
            {
                return (null, null, true);
            }

            through = current;
            current = next;
        }

        return (null, null, true);
    }

    private static RedirectSaveResult Fail(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });
}
