namespace SiteErrorCms.Core.Accounts;

/// <summary>The three roles; what each may do is decided by the admin's named policies, not by role checks in code.</summary>
public static class CmsRoles
{
    /// <summary>Users, settings and everything an editor does.</summary>
    public const string Admin = "Admin";

    /// <summary>Edits and publishes all content.</summary>
    public const string Editor = "Editor";

    /// <summary>Writes and edits their own blog posts and submits them for review; publishes nothing.</summary>
    public const string Author = "Author";

    public static readonly IReadOnlyList<string> All = [Admin, Editor, Author];

    /// <summary>Roles whose accounts must use two-factor sign-in: they can publish.</summary>
    public static bool RequiresTwoFactor(string role) => role is Admin or Editor;
}
