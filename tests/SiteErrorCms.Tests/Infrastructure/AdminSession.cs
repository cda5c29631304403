using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SiteErrorCms.Core.Accounts;

namespace SiteErrorCms.Tests.Infrastructure;

/// <summary>
/// A real admin session: a user made with <see cref="UserManager{TUser}"/>, signed in through the sign-in
/// and two-factor pages like a person would. Use it where the sign-in itself matters (accounts, browser
/// tests); content tests can keep <see cref="CmsAppFactory.CreateAdminClient"/>.
/// </summary>
/// <remarks>
/// Admins and editors get an authenticator key and two-factor on (their policies need amr=mfa); authors
/// sign in with a password only unless <c>twoFactor</c> says otherwise. Each session counts two POSTs
/// against the sign-in rate limit (10 a minute per factory by default).
/// </remarks>
public sealed class AdminSession
{
    public required HttpClient Client { get; init; }

    public required string UserId { get; init; }

    public required string Email { get; init; }

    public required string Password { get; init; }

    /// <summary>Base32 key of the authenticator app; null when two-factor is off. <see cref="Totp.Code"/> turns it into a code.</summary>
    public string? AuthenticatorKey { get; init; }

    public static HttpClient NewClient(CmsAppFactory factory, bool handleCookies = true) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = handleCookies,
            // Secure (__Host-) cookies flow only over HTTPS.
            BaseAddress = new Uri("https://localhost"),
        });

    public static async Task<AdminSession> SignInAsync(CmsAppFactory factory, string role, string? email = null, bool? twoFactor = null)
    {
        var user = await CreateUserAsync(factory, role, email, twoFactor ?? CmsRoles.RequiresTwoFactor(role));
        var client = NewClient(factory);
        var response = await client.PostFormAsync("/admin/account/sign-in", "/admin/account/sign-in", ("Email", user.Email), ("Password", user.Password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (response.Headers.Location?.OriginalString.StartsWith("/admin/account/two-factor?", StringComparison.Ordinal) == true)
        {
            response = await client.PostFormAsync(response.Headers.Location.OriginalString, "/admin/account/two-factor", ("Code", Totp.Code(user.AuthenticatorKey!)));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"two-factor step answered {(int)response.StatusCode}");
        }

        return new AdminSession { Client = client, UserId = user.UserId, Email = user.Email, Password = user.Password, AuthenticatorKey = user.AuthenticatorKey };
    }

    /// <summary>Only the account, no session: for tests that drive the sign-in pages themselves.</summary>
    public static async Task<(string UserId, string Email, string Password, string? AuthenticatorKey)> CreateUserAsync(
        CmsAppFactory factory, string role, string? email = null, bool twoFactor = false, string? password = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..16] + "@example.test";
        password ??= "quartz lantern " + Guid.NewGuid().ToString("N")[..12];
        var user = new CmsUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Test {role}" };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        string? key = null;
        if (twoFactor)
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            key = await users.GetAuthenticatorKeyAsync(user);
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return (user.Id, email, password, key);
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
