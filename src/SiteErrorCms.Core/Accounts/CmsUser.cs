using Microsoft.AspNetCore.Identity;

namespace SiteErrorCms.Core.Accounts;

public class CmsUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>IANA or Windows zone id in which the admin shows times to this user; times are stored in UTC.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>A disabled account cannot sign in and its sessions end at the next stamp check.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedUtc { get; set; }
}
