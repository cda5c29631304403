using Microsoft.AspNetCore.Identity;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Web.Admin.Setup;

/// <summary>Turns a setup or invite link into an account: the token is spent and the user created in one transaction.</summary>
public sealed class AccountFromLink(CmsDbContext db, UserManager<CmsUser> users, AccountTokens tokens, AuditLog audit, TimeProvider clock)
{
    /// <summary>The new user, or the reasons it was refused; <c>(null, null)</c> when another request spent the link first.</summary>
    public async Task<(CmsUser? User, IdentityResult? Refused)> CreateAsync(
        AccountToken token, string email, string displayName, string password, string ip, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await tokens.TryConsumeAsync(token.Id, cancellationToken))
        {
            return (null, null);
        }

        var user = new CmsUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, token.Role);
        }

        if (!created.Succeeded)
        {
            // Rolling back leaves the link unspent, so a too-weak password can be fixed and sent again.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return (null, created);
        }

        var action = token.Purpose == AccountTokenPurpose.Setup ? "setup.completed" : "invite.accepted";
        audit.Record(new Actor(user.Id, email, ip), action, "User", user.Id, $"role: {token.Role}; token: {token.Id}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (user, null);
    }
}
