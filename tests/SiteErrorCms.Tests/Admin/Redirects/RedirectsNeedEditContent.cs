using System.Net;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Redirects;

public sealed class RedirectsNeedEditContent(SeededSite site)
{
    [Theory]
    [InlineData("/admin/redirects")]
    [InlineData("/admin/redirects/new")]
    public async Task AnAuthorIsForbidden(string path)
    {
        var response = await site.CreateAdminClient(CmsRoles.Author).Get(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnAnonymousReaderIsNotShownThePage()
    {
        var response = await site.CreateReader().Get("/admin/redirects");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<h1>Redirects</h1>", await response.Body(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditorSeesIt()
    {
        var html = await site.CreateAdminClient(CmsRoles.Editor).GetPageAsync("/admin/redirects");

        Assert.Contains("<h1>Redirects</h1>", html, StringComparison.Ordinal);
        Assert.Empty(HtmlSafety.Problems(html, e => e.LocalName is "script" or "link" or "meta" or "form"));
    }
}
