using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;

namespace SiteErrorCms.Core.Seed;

/// <summary>Writes the database back to a seed folder, so content edited in the admin can be reviewed and kept in git.</summary>
public sealed class SeedExporter(CmsDbContext db)
{
    public async Task<SeedSet> ReadDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var set = new SeedSet();
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Order).ThenBy(c => c.Slug).ToListAsync(cancellationToken);
        var slugs = categories.ToDictionary(c => c.Id, c => c.Slug);
        set.Categories.AddRange(categories.Select(c => Sourced(SeedMapping.ToDoc(c))));
        var templates = await db.SnippetTemplates.AsNoTracking().OrderBy(t => t.Order).ThenBy(t => t.Key).ToListAsync(cancellationToken);
        set.Templates.AddRange(templates.Select(t => Sourced(SeedMapping.ToDoc(t))));
        var codes = await db.StatusCodes.AsNoTracking().Include(c => c.Faqs).Include(c => c.Snippets).Include(c => c.History).Include(c => c.Constants).AsSplitQuery()
            .OrderBy(c => c.Code).ThenBy(c => c.SubCode).ThenBy(c => c.Key).ToListAsync(cancellationToken);
        set.Codes.AddRange(codes.Select(c => Sourced(SeedMapping.ToDoc(c, slugs[c.CategoryId]))));
        var comparisons = await db.Comparisons.AsNoTracking().OrderBy(c => c.Slug).ToListAsync(cancellationToken);
        set.Comparisons.AddRange(comparisons.Select(c => Sourced(SeedMapping.ToDoc(c))));
        var posts = await db.BlogPosts.AsNoTracking().OrderBy(p => p.Slug).ToListAsync(cancellationToken);
        set.Posts.AddRange(posts.Select(p => Sourced(SeedMapping.ToDoc(p))));
        var quiz = await db.QuizQuestions.AsNoTracking().OrderBy(q => q.Id).ToListAsync(cancellationToken);
        set.Quiz.AddRange(quiz.Select(q => Sourced(SeedMapping.ToDoc(q))));
        return set;
    }

    public async Task<int> ExportAsync(string directory, CancellationToken cancellationToken = default)
    {
        var set = await ReadDatabaseAsync(cancellationToken);
        var folders = set.Categories.ToDictionary(c => c.Doc.Slug, c => c.Doc.Folder);
        SeedWriter.Write(directory, set, folders);
        return set.Categories.Count + set.Templates.Count + set.Codes.Count + set.Comparisons.Count + set.Posts.Count + set.Quiz.Count;
    }

    private static Sourced<T> Sourced<T>(T doc) => new(doc, "(database)", 0);
}
