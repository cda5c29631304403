using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;

namespace SiteErrorCms.Core.Accounts;

/// <summary>Issues and redeems one-time links. The secret lives only in the link; the database keeps its SHA-256.</summary>
public sealed class AccountTokens(CmsDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan SetupLifetime = TimeSpan.FromHours(24);

    public static readonly TimeSpan InviteLifetime = TimeSpan.FromDays(7);

    /// <summary>Adds a token to the context (the caller saves) and returns the secret for the link.</summary>
    public string Issue(AccountTokenPurpose purpose, string role, string? email, string? createdById)
    {
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = Now;
        db.AccountTokens.Add(new AccountToken
        {
            Purpose = purpose,
            TokenHash = Hash(secret),
            Role = role,
            Email = email,
            CreatedById = createdById,
            CreatedUtc = now,
            ExpiresUtc = now + (purpose == AccountTokenPurpose.Setup ? SetupLifetime : InviteLifetime),
        });
        return secret;
    }

    /// <summary>The unused, unexpired token for this secret, or null; never says which of those it was.</summary>
    public Task<AccountToken?> FindUsableAsync(AccountTokenPurpose purpose, string secret, CancellationToken cancellationToken = default)
    {
        var hash = Hash(secret);
        var now = Now;
        return db.AccountTokens.AsNoTracking().SingleOrDefaultAsync(
            t => t.TokenHash == hash && t.Purpose == purpose && t.UsedUtc == null && t.ExpiresUtc > now, cancellationToken);
    }

    /// <summary>
    /// Marks the token used with a conditional update: of two requests racing with one link, exactly one
    /// sees a row change. Call it inside the transaction that creates the account.
    /// </summary>
    public async Task<bool> TryConsumeAsync(int tokenId, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var rows = await db.AccountTokens
            .Where(t => t.Id == tokenId && t.UsedUtc == null && t.ExpiresUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedUtc, now), cancellationToken);
        return rows == 1;
    }

    /// <summary>Ends every open token of a purpose (a new setup link replaces the old ones).</summary>
    public Task<int> InvalidateAllAsync(AccountTokenPurpose purpose, CancellationToken cancellationToken = default)
    {
        var now = Now;
        return db.AccountTokens
            .Where(t => t.Purpose == purpose && t.UsedUtc == null && t.ExpiresUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresUtc, now), cancellationToken);
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
