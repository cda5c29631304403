namespace SiteErrorCms.Core.Accounts;

/// <summary>
/// A one-time link: the first-admin setup link or an invitation. Only the SHA-256 of the secret is
/// stored, so a copy of the database does not hand out accounts.
/// </summary>
public class AccountToken
{
    public int Id { get; set; }

    public AccountTokenPurpose Purpose { get; set; }

    public required string TokenHash { get; set; }

    /// <summary>The invited address; null for the setup link.</summary>
    public string? Email { get; set; }

    public string Role { get; set; } = "";

    public string? CreatedById { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    public DateTime? UsedUtc { get; set; }
}

public enum AccountTokenPurpose
{
    Setup,
    Invite,
}
