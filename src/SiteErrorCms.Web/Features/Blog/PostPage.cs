using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Blog;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Web.Features.Shared;

namespace SiteErrorCms.Web.Features.Blog;

public static class PostPage
{
    /// <summary>The page of a post as given: a live one, or an editor's draft for preview.</summary>
    public static async Task<PostPageModel> BuildAsync(CmsDbContext db, BlogPost post, CancellationToken ct)
    {
        var codes = await db.StatusCodes.AsNoTracking()
            .Where(c => c.State == WorkflowState.Published && post.RelatedCodeKeys.Contains(c.Key))
            .OrderBy(c => c.Code).ToListAsync(ct);
        return new PostPageModel
        {
            Meta = new PageMeta
            {
                Title = post.Title,
                Description = post.Summary,
                CanonicalPath = Paths.Post(post.Slug),
                Breadcrumbs = [new("Home", "/"), new("Blog", "/blog"), new(post.Title, null)],
                OpenGraphType = "article",
            },
            Post = post,
            Codes = codes.Select(CodeLink.From).ToList(),
        };
    }
}
