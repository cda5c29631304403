using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Data;

namespace SiteErrorCms.Web.Admin.Users;

public sealed record UserRow(
    string Id, string Email, string DisplayName, string Role, bool TwoFactor, bool Disabled, bool LockedOut, DateTime CreatedUtc);

public sealed record InviteRow(int Id, string Email, string Role, DateTime ExpiresUtc);

/// <summary>The users page: every account and every open invitation; <see cref="NewInviteLink"/> only right after inviting.</summary>
public sealed record UsersPage(IReadOnlyList<UserRow> Users, IReadOnlyList<InviteRow> Invites)
{
    public string? NewInviteLink { get; init; }

    public string InviteEmail { get; init; } = "";

    public string InviteRole { get; init; } = CmsRoles.Author;

    public static async Task<UsersPage> LoadAsync(CmsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var roleOf = roles.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(r => r.Name)));
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var rows = accounts.Select(u => new UserRow(
            u.Id, u.Email ?? "", u.DisplayName, roleOf.GetValueOrDefault(u.Id, ""), u.TwoFactorEnabled, u.IsDisabled,
            u.LockoutEnd is { } end && end > now, u.CreatedUtc)).ToList();
        var nowUtc = now.UtcDateTime;
        var invites = await db.AccountTokens.AsNoTracking()
            .Where(t => t.Purpose == AccountTokenPurpose.Invite && t.UsedUtc == null && t.ExpiresUtc > nowUtc)
            .OrderBy(t => t.ExpiresUtc)
            .Select(t => new InviteRow(t.Id, t.Email ?? "", t.Role, t.ExpiresUtc))
            .ToListAsync(cancellationToken);
        return new UsersPage(rows, invites);
    }
}
