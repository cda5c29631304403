using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Admin.Content;

internal static class AdminPages
{
    public static Task<int> IdOfCodeAsync(CmsAppFactory app, string key) =>
        app.WithDbAsync(db => db.StatusCodes.Where(c => c.Key == key).Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken));

    public static Task<int> IdOfPostAsync(CmsAppFactory app, string slug) =>
        app.WithDbAsync(db => db.BlogPosts.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken));
}
