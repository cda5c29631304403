using System.Net;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Web.Redirects;

public sealed class OldPathsRedirect
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<CmsAppFactory> SiteWithAsync(params (string From, string? To)[] redirects)
    {
        var app = new CmsAppFactory();
        await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            db.Redirects.AddRange(redirects.Select(r => new Redirect { FromPath = r.From, ToPath = r.To, CreatedUtc = now, UpdatedUtc = now }));
            await db.SaveChangesAsync(Ct);
        });
        return app;
    }

    [Fact]
    public async Task WithA301ThatKeepsTheQueryAndHasNoBody()
    {
        await using var app = await SiteWithAsync(("/blog/old-post", "/codes/404"), ("/gone", null), ("/codes/404", "/codes/410"));
        var reader = app.CreateReader();

        var moved = await reader.Get("/blog/old-post/?utm_source=feed&x=%C3%A9");
        var gone = await reader.Get("/gone");
        var live = await reader.Get("/codes/404");
        var head = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/blog/old-post"), Ct);
        var headGone = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/gone"), Ct);

        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/codes/404?utm_source=feed&x=%C3%A9", moved.Headers.Location?.OriginalString);
        Assert.Equal("", await moved.Body());

        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var html = await gone.Body();
        Assert.Contains("<h1>This page has been removed</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<code>/gone</code>", html, StringComparison.Ordinal);
        Assert.Contains("role=\"search\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html, StringComparison.Ordinal);

        // Live content wins over a redirect from its own path.
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        Assert.Equal(HttpStatusCode.MovedPermanently, head.StatusCode);
        Assert.Equal("/codes/404", head.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Gone, headGone.StatusCode);
    }

    [Fact]
    public async Task OnlyForGetAndHead()
    {
        await using var app = await SiteWithAsync(("/blog/old-post", "/codes/404"));

        var post = await app.CreateReader().PostAsync(new Uri("/blog/old-post", UriKind.Relative), new StringContent(""), Ct);

        Assert.NotEqual(HttpStatusCode.MovedPermanently, post.StatusCode);
        Assert.Null(post.Headers.Location);
    }

    [Fact]
    public async Task AndAPathWithoutARedirectIsStillA404()
    {
        await using var app = await SiteWithAsync(("/blog/old-post", "/codes/404"));

        var response = await app.CreateReader().Get("/blog/other-post");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", await response.Body(), StringComparison.Ordinal);
    }
}
