using System.Net;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Blog;
using SiteErrorCms.Core.Markdown;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Web.Blog;

public sealed class BlogShowsPublishedPosts
{
    [Fact]
    public async Task OnlyOnceTheirTimeHasCome()
    {
        await using var site = new CmsAppFactory();
        await site.WithDbAsync(async db =>
        {
            db.BlogPosts.Add(new BlogPost
            {
                Slug = "coming-soon",
                Title = "Coming soon",
                Summary = "A scheduled post.",
                Body = MarkdownText.From("Not yet."),
                State = WorkflowState.Published,
                PublishedUtc = site.Clock.GetUtcNow().UtcDateTime.AddHours(1),
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var client = site.CreateReader();

        await client.GetPageAsync("/blog/coming-soon", HttpStatusCode.NotFound);
        Assert.DoesNotContain("coming-soon", await client.GetPageAsync("/blog"), StringComparison.Ordinal);

        site.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Contains("Not yet.", await client.GetPageAsync("/blog/coming-soon"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftsNeverShow()
    {
        await using var site = new CmsAppFactory();
        var slug = await site.WithDbAsync(async db =>
        {
            var post = await db.BlogPosts.FirstAsync(TestContext.Current.CancellationToken);
            post.State = WorkflowState.Draft;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return post.Slug;
        });

        await site.CreateReader().GetPageAsync("/blog/" + slug, HttpStatusCode.NotFound);
        Assert.DoesNotContain(slug, await site.CreateReader().GetPageAsync("/blog"), StringComparison.Ordinal);
    }
}
