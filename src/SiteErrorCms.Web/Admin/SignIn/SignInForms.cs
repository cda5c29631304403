using System.ComponentModel.DataAnnotations;

namespace SiteErrorCms.Web.Admin.SignIn;

public sealed class SignInForm
{
    [Required(ErrorMessage = "Enter your email address.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }

    /// <summary>A form-wide message (wrong credentials, locked out) shown above the fields.</summary>
    public string? Problem { get; set; }
}

/// <summary>The second step: an authenticator code, or on the recovery page a recovery code.</summary>
public sealed class SecondFactorForm
{
    [Required(ErrorMessage = "Enter the code.")]
    public string Code { get; set; } = "";

    public string? ReturnUrl { get; set; }

    public string? Problem { get; set; }

    /// <summary>Authenticator apps show "123 456"; the space is not part of the code (a recovery code's dash is).</summary>
    public string CleanCode => Code.Replace(" ", "", StringComparison.Ordinal).Trim();
}
