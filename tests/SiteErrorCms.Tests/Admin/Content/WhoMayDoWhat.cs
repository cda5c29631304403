using System.Net;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Content;

/// <summary>
/// Every admin route for codes and posts against every kind of visitor. "Own" is a post written by the
/// author under test, "other" one by a second author; editors and admins may do anything to either.
/// </summary>
public sealed class WhoMayDoWhat
{
    public enum Outcome
    {
        /// <summary>200 for a page; for a form post, the redirect back to the entry or list.</summary>
        Ok,
        Forbidden,
        NotFound,

        /// <summary>Not let in: a challenge (401 or a redirect to sign in), anything but success.</summary>
        SignIn,
    }

    private const Outcome Ok = Outcome.Ok;
    private const Outcome No = Outcome.Forbidden;
    private const Outcome Gone = Outcome.NotFound;
    private const Outcome In = Outcome.SignIn;

    // Destructive steps come last in each block, so every earlier row still finds its entry.
    private static readonly (string Method, string Path, Outcome Anonymous, Outcome Author, Outcome Editor, Outcome Admin)[] Matrix =
    [
        ("GET", "/admin/codes", In, No, Ok, Ok),
        ("GET", "/admin/codes/new", In, No, Ok, Ok),
        ("GET", "/admin/codes/{code}", In, No, Ok, Ok),
        ("POST", "/admin/codes/{code}", In, No, Ok, Ok),
        ("GET", "/admin/codes/{code}/preview", In, No, Ok, Ok),
        ("GET", "/admin/codes/{code}/history", In, No, Ok, Ok),
        ("POST", "/admin/codes/{code}/publish", In, No, Ok, Ok),
        ("POST", "/admin/codes/{code}/schedule", In, No, Ok, Ok),
        ("POST", "/admin/codes/{code}/delete", In, No, Ok, Ok),

        ("GET", "/admin/posts", In, Ok, Ok, Ok),
        ("GET", "/admin/posts/new", In, Ok, Ok, Ok),
        ("GET", "/admin/posts/{other}", In, Gone, Ok, Ok),
        ("POST", "/admin/posts/{other}", In, Gone, Ok, Ok),
        ("GET", "/admin/posts/{other}/preview", In, Gone, Ok, Ok),
        ("GET", "/admin/posts/{other}/history", In, Gone, Ok, Ok),
        ("POST", "/admin/posts/{other}/submit", In, Gone, Ok, Ok),
        ("POST", "/admin/posts/{other}/publish", In, No, Ok, Ok),
        ("POST", "/admin/posts/{other}/schedule", In, No, Ok, Ok),
        ("POST", "/admin/posts/{other}/delete", In, No, Ok, Ok),
        ("GET", "/admin/posts/{own}", In, Ok, Ok, Ok),
        ("POST", "/admin/posts/{own}", In, Ok, Ok, Ok),
        ("GET", "/admin/posts/{own}/preview", In, Ok, Ok, Ok),
        ("GET", "/admin/posts/{own}/history", In, Ok, Ok, Ok),
        ("POST", "/admin/posts/{own}/publish", In, No, Ok, Ok),
        ("POST", "/admin/posts/{own}/schedule", In, No, Ok, Ok),
        ("POST", "/admin/posts/{own}/delete", In, No, Ok, Ok),
        ("POST", "/admin/posts/{own}/submit", In, Ok, Ok, Ok),
    ];

    [Fact]
    public async Task EachRoleGetsExactlyTheAccessTheTableGives()
    {
        await using var app = new CmsAppFactory();
        var probe = app.CreateAdminClient(CmsRoles.Admin, "probe");
        var author = app.CreateAdminClient(CmsRoles.Author, "author-1");
        var otherAuthor = app.CreateAdminClient(CmsRoles.Author, "author-2");
        var visitors = new (string Name, HttpClient Client, string Code, Func<(string Method, string Path, Outcome Anonymous, Outcome Author, Outcome Editor, Outcome Admin), Outcome> Expected)[]
        {
            ("anonymous", app.CreateReader(), "404", r => r.Anonymous),
            ("author", author, "404", r => r.Author),
            ("editor", app.CreateAdminClient(CmsRoles.Editor, "editor-1"), "421", r => r.Editor),
            ("admin", app.CreateAdminClient(CmsRoles.Admin, "admin-1"), "410", r => r.Admin),
        };

        var failures = new List<string>();
        foreach (var (name, client, codeKey, expected) in visitors)
        {
            var ids = new Dictionary<string, int>
            {
                ["{code}"] = await AdminPages.IdOfCodeAsync(app, codeKey),
                ["{own}"] = await AdminPages.CreatePostAsync(app, author, $"own-post-for-{name}"),
                ["{other}"] = await AdminPages.CreatePostAsync(app, otherAuthor, $"other-post-for-{name}"),
            };
            var token = name == "anonymous" ? null : Forms.AntiforgeryToken(await client.GetPageAsync("/admin/posts/new"));
            foreach (var row in Matrix)
            {
                var path = ids.Aggregate(row.Path, (p, id) => p.Replace(id.Key, id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
                var response = row.Method == "GET" ? await client.Get(path) : await PostAsync(client, probe, path, token, app.Clock);
                if (Describe(response, expected(row)) is { } problem)
                {
                    failures.Add($"{name} {row.Method} {row.Path} ({path}): expected {expected(row)}, {problem}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + string.Join("\n", app.Log.Errors));
    }

    [Fact]
    public async Task AnAuthorsOwnPostOffersSubmitButNoPublishing()
    {
        await using var app = new CmsAppFactory();
        var author = app.CreateAdminClient(CmsRoles.Author, "author-1");
        var id = await AdminPages.CreatePostAsync(app, author, "an-authors-draft");

        var html = await author.GetPageAsync($"/admin/posts/{id}");

        Assert.Contains("id=\"submit-button\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"publish-button\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"/admin/posts/{id}/publish\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"/admin/posts/{id}/delete\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"publish-button\"", await app.CreateAdminClient(CmsRoles.Editor).GetPageAsync($"/admin/posts/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAuthorsListShowsOnlyTheirOwnPosts()
    {
        await using var app = new CmsAppFactory();
        var author = app.CreateAdminClient(CmsRoles.Author, "author-1");
        await AdminPages.CreatePostAsync(app, author, "mine-to-list", "Mine to list");
        await AdminPages.CreatePostAsync(app, app.CreateAdminClient(CmsRoles.Author, "author-2"), "theirs-not-to-list", "Theirs not to list");

        var html = await author.GetPageAsync("/admin/posts");

        Assert.Contains("Mine to list", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Theirs not to list", html, StringComparison.Ordinal);
        Assert.Contains("Theirs not to list", await app.CreateAdminClient(CmsRoles.Editor).GetPageAsync("/admin/posts"), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, HttpClient probe, string path, string? token, TestClock clock)
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (path.Count(c => c == '/') == 3)
        {
            // A save: the form exactly as the editor page holds it, read by someone allowed to see it.
            fields = Forms.FormFields(await probe.GetPageAsync(path), "edit-form");
        }
        else if (path.EndsWith("/schedule", StringComparison.Ordinal))
        {
            fields.Add(KeyValuePair.Create("publishAt", clock.GetUtcNow().AddDays(2).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (token is not null)
        {
            fields.Add(KeyValuePair.Create("__RequestVerificationToken", token));
        }

        return await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    /// <summary>Null when the response is the expected outcome, else what it was instead.</summary>
    private static string? Describe(HttpResponseMessage response, Outcome expected)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        var success = status is >= 200 and < 300 || (response.StatusCode == HttpStatusCode.Redirect && location.StartsWith("/admin/", StringComparison.Ordinal));
        var matches = expected switch
        {
            Outcome.Ok => success,
            Outcome.Forbidden => response.StatusCode == HttpStatusCode.Forbidden,
            Outcome.NotFound => response.StatusCode == HttpStatusCode.NotFound,
            _ => !success,
        };
        return matches ? null : $"got {status}{(location.Length > 0 ? " → " + location : "")}";
    }
}
