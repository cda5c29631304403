using Microsoft.AspNetCore.Identity;

namespace SiteErrorCms.Core.Accounts;

public class CmsUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}
