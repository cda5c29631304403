using System.Buffers.Binary;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Accounts;

public sealed class Passwords
{
    private static Task<HttpResponseMessage> Change(AdminSession session, string newPassword) =>
        session.Client.PostFormAsync("/admin/account", "/admin/account/password", ("currentPassword", session.Password), ("newPassword", newPassword));

    [Theory]
    [InlineData("abcdefghijk")] // 11 characters
    [InlineData("Password1234")]
    [InlineData("p@ssw0rd-2024!")]
    [InlineData("qwertyuiop12")]
    [InlineData("zzzzzzzzzzzzzzzz")]
    public async Task Short_common_or_repetitive_passwords_are_refused_beside_the_field(string weak)
    {
        await using var factory = new AccountsAppFactory();
        var session = await AdminSession.SignInAsync(factory, CmsRoles.Author);

        var response = await Change(session, weak);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Body();
        Assert.Contains("id=\"f-newPassword-error\"", body, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"f-newPassword-hint f-newPassword-error\"", body, StringComparison.Ordinal);
        Assert.Empty(await factory.AuditAsync("password.changed"));
    }

    [Fact]
    public async Task A_password_containing_the_email_name_is_refused()
    {
        await using var factory = new AccountsAppFactory();
        var session = await AdminSession.SignInAsync(factory, CmsRoles.Author, "marguerite@example.test");

        var response = await Change(session, "hello marguerite friends");

        Assert.Contains("email name or display name", await response.Body(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_passphrase_is_accepted_and_other_sessions_end_but_this_one_stays()
    {
        await using var factory = new AccountsAppFactory();
        var session = await AdminSession.SignInAsync(factory, CmsRoles.Editor);
        var other = AdminSession.NewClient(factory);
        await other.PostFormAsync("/admin/account/sign-in", "/admin/account/sign-in", ("Email", session.Email), ("Password", session.Password));
        await other.PostFormAsync("/admin/account/two-factor", "/admin/account/two-factor", ("Code", Totp.Code(session.AuthenticatorKey!)));
        await other.GetPageAsync("/admin/account");

        var response = await Change(session, "glacier umbrella copper whistle");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Password changed", await session.Client.GetPageAsync("/admin/account"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await other.Get("/admin/account")).StatusCode);
        // The refreshed cookie still carries the second factor.
        await session.Client.GetPageAsync("/admin/account/two-factor-setup");
        Assert.Single(await factory.AuditAsync("password.changed"));
    }

    [Fact]
    public async Task Stored_hashes_use_at_least_210000_iterations()
    {
        await using var factory = new AccountsAppFactory();
        var user = await AdminSession.CreateUserAsync(factory, CmsRoles.Author);

        var hash = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.UserId).Select(u => u.PasswordHash!).SingleAsync(TestContext.Current.CancellationToken));

        // Identity v3 format: 0x01, PRF (4 bytes), iteration count (4 bytes), salt length, salt, subkey; big-endian.
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)) >= 210_000);
    }

    [Theory]
    [InlineData("correct horse battery staple", true)]
    [InlineData("Summer2024!!!", true)]
    [InlineData("Letmein-Please", true)]
    [InlineData("tangerine orbit velvet canyon", false)]
    public void The_common_list_catches_disguised_favourites(string password, bool common) =>
        Assert.Equal(common, CommonPasswordValidator.IsCommon(password));
}
