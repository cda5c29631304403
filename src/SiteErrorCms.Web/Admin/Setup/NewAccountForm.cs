using System.ComponentModel.DataAnnotations;

namespace SiteErrorCms.Web.Admin.Setup;

/// <summary>What the setup and invite pages ask for; the invite's email comes from the invitation.</summary>
public sealed class NewAccountForm
{
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256)]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Enter the name other editors will see.")]
    [StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    public string Password { get; set; } = "";

    /// <summary>Set by the controller: where the form posts back to.</summary>
    public string Action { get; set; } = "";

    public bool AsksForEmail { get; set; }

    public string? Role { get; set; }
}
