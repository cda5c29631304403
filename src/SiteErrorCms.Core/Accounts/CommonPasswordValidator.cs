using System.Collections.Frozen;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace SiteErrorCms.Core.Accounts;

/// <summary>
/// Length alone lets "Password1234" through; this rejects what guessing tools try first (the embedded
/// list and its usual disguises) and passwords built from the account's own name or address.
/// </summary>
/// <remarks>No composition rules on purpose: they push people to "Summer2024!", which this catches.</remarks>
public sealed class CommonPasswordValidator : IPasswordValidator<CmsUser>
{
    private static readonly FrozenSet<string> Common = Load();

    public Task<IdentityResult> ValidateAsync(UserManager<CmsUser> manager, CmsUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (IsCommon(password))
        {
            return Fail("CommonPassword", "This password is on the list of passwords attackers try first. Choose a less predictable one, such as a few unrelated words.");
        }

        var lower = password.ToLowerInvariant();
        var localPart = (user.Email ?? "").Split('@')[0].ToLowerInvariant();
        var name = Squash(user.DisplayName);
        if ((localPart.Length >= 3 && lower.Contains(localPart, StringComparison.Ordinal)) || (name.Length >= 3 && Squash(password).Contains(name, StringComparison.Ordinal)))
        {
            return Fail("PasswordContainsName", "The password must not contain your email name or display name.");
        }

        return Task.FromResult(IdentityResult.Success);
    }

    public static bool IsCommon(string password)
    {
        var squashed = Squash(password);
        var trimmed = squashed.Trim(NonLetters);
        return squashed.Distinct().Count() < 5
            || Common.Contains(password.ToLowerInvariant())
            || Common.Contains(squashed)
            || Common.Contains(trimmed)
            || Common.Contains(Unleet(squashed).Trim(NonLetters))
            || Common.Contains(Unleet(trimmed));
    }

    private static Task<IdentityResult> Fail(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));

    private static readonly char[] NonLetters = "0123456789!@#$%^&*()?+=~`'\"<>,;:/\\|[]{}".ToCharArray();

    /// <summary>Lower case without the separators people put between words.</summary>
    private static string Squash(string value) =>
        new(value.ToLowerInvariant().Where(c => c is not (' ' or '-' or '_' or '.')).ToArray());

    private static string Unleet(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c switch { '@' or '4' => 'a', '0' => 'o', '3' => 'e', '1' or '!' => 'i', '$' or '5' => 's', '7' => 't', '8' => 'b', _ => c });
        }

        return builder.ToString();
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("SiteErrorCms.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded in SiteErrorCms.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
