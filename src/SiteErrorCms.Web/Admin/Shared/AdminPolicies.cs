using SiteErrorCms.Core.Accounts;

namespace SiteErrorCms.Web.Admin.Shared;

/// <summary>
/// What each admin route needs, named once. Controllers and actions carry <c>[Authorize(Policy = …)]</c>
/// with these names; which roles satisfy each is decided in one table (<see cref="Roles"/>).
/// </summary>
public static class AdminPolicies
{
    /// <summary>Any active account: the dashboard, one's own profile and two-factor settings.</summary>
    public const string SignedIn = "Admin.SignedIn";

    /// <summary>Write blog posts (own posts only for authors; that check is per resource).</summary>
    public const string WritePosts = "Admin.WritePosts";

    /// <summary>Edit every content type and see every entry's history.</summary>
    public const string EditContent = "Admin.EditContent";

    /// <summary>Publish, unpublish, schedule, delete and restore.</summary>
    public const string Publish = "Admin.Publish";

    /// <summary>Users, invitations, roles, settings and the audit log.</summary>
    public const string ManageSite = "Admin.ManageSite";

    public static readonly IReadOnlyDictionary<string, string[]> Roles = new Dictionary<string, string[]>
    {
        [SignedIn] = [CmsRoles.Admin, CmsRoles.Editor, CmsRoles.Author],
        [WritePosts] = [CmsRoles.Admin, CmsRoles.Editor, CmsRoles.Author],
        [EditContent] = [CmsRoles.Admin, CmsRoles.Editor],
        [Publish] = [CmsRoles.Admin, CmsRoles.Editor],
        [ManageSite] = [CmsRoles.Admin],
    };
}
