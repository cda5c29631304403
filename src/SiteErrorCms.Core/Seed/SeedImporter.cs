using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Blog;
using SiteErrorCms.Core.Codes;
using SiteErrorCms.Core.Comparisons;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Core.Quiz;

namespace SiteErrorCms.Core.Seed;

/// <summary>What an import did, entry by entry kind.</summary>
public sealed record SeedImportReport(int Created, int Updated, int Unchanged, IReadOnlyList<string> KeptEditorChanges)
{
    public override string ToString() =>
        $"{Created} created, {Updated} updated, {Unchanged} unchanged, {KeptEditorChanges.Count} kept as edited by editors";
}

/// <summary>
/// Brings the database in line with a seed folder: idempotent (a second run changes nothing), all or
/// nothing (one transaction), and it never overwrites an entry an editor changed since its import.
/// </summary>
public sealed class SeedImporter(CmsDbContext db)
{
    private int created;
    private int updated;
    private int unchanged;
    private readonly List<string> kept = [];

    public async Task<SeedImportReport> ImportAsync(string directory, CancellationToken cancellationToken = default) =>
        await ImportAsync(SeedReader.Read(directory), cancellationToken);

    public async Task<SeedImportReport> ImportAsync(SeedSet set, CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            created = updated = unchanged = 0;
            kept.Clear();
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);

            var categories = await db.Categories.ToDictionaryAsync(c => c.Slug, ct);
            foreach (var doc in set.Categories.Select(s => s.Doc))
            {
                Upsert(categories, doc.Slug, doc, SeedMapping.ToDoc, c => SeedMapping.Apply(doc, c),
                    () => new Category { Slug = doc.Slug, Name = doc.Name, Folder = doc.Folder }, "category");
            }

            await db.SaveChangesAsync(ct);

            var templates = await db.SnippetTemplates.ToDictionaryAsync(t => t.Key, ct);
            foreach (var doc in set.Templates.Select(s => s.Doc))
            {
                Upsert(templates, doc.Key, doc, SeedMapping.ToDoc, t => SeedMapping.Apply(doc, t),
                    () => new SnippetTemplate { Key = doc.Key, Language = doc.Language, Framework = doc.Framework, Platform = doc.Platform, Template = doc.Template }, "template");
            }

            var codes = await db.StatusCodes.Include(c => c.Faqs).Include(c => c.Snippets).Include(c => c.History).Include(c => c.Constants).ToDictionaryAsync(c => c.Key, ct);
            var slugById = categories.Values.ToDictionary(c => c.Id, c => c.Slug);
            foreach (var doc in set.Codes.Select(s => s.Doc))
            {
                var category = categories[doc.Category];
                var key = SeedKeys.CodeKey(doc.Code, doc.SubCode, category.Slug, category.Kind);
                Upsert(codes, key, doc, c => SeedMapping.ToDoc(c, slugById[c.CategoryId]), c => SeedMapping.Apply(doc, c, category),
                    () => new StatusCode { Key = key, Reason = doc.Reason }, "code");
            }

            var comparisons = await db.Comparisons.ToDictionaryAsync(c => c.Slug, ct);
            foreach (var doc in set.Comparisons.Select(s => s.Doc))
            {
                Upsert(comparisons, doc.Slug, doc, SeedMapping.ToDoc, c => SeedMapping.Apply(doc, c),
                    () => new Comparison { Slug = doc.Slug, CodeAKey = doc.A, CodeBKey = doc.B, Title = doc.Title }, "comparison");
            }

            var posts = await db.BlogPosts.ToDictionaryAsync(p => p.Slug, ct);
            foreach (var doc in set.Posts.Select(s => s.Doc))
            {
                Upsert(posts, doc.Slug, doc, SeedMapping.ToDoc, p => SeedMapping.Apply(doc, p),
                    () => new BlogPost { Slug = doc.Slug, Title = doc.Title }, "post");
            }

            var quiz = await db.QuizQuestions.ToDictionaryAsync(q => q.Key, ct);
            foreach (var doc in set.Quiz.Select(s => s.Doc))
            {
                Upsert(quiz, doc.Key, doc, SeedMapping.ToDoc, q => SeedMapping.Apply(doc, q),
                    () => new QuizQuestion { Key = doc.Key, Prompt = doc.Question }, "quiz question");
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return new SeedImportReport(created, updated, unchanged, [.. kept]);
        }, cancellationToken);
    }

    private void Upsert<TEntity, TDoc>(
        Dictionary<string, TEntity> existing,
        string key,
        TDoc doc,
        Func<TEntity, TDoc> toDoc,
        Action<TEntity> apply,
        Func<TEntity> create,
        string kind)
        where TEntity : ContentEntity
    {
        var fingerprint = SeedMapping.Fingerprint(doc);
        if (!existing.TryGetValue(key, out var entity))
        {
            entity = create();
            apply(entity);
            entity.SeedFingerprint = fingerprint;
            db.Add(entity);
            existing[key] = entity;
            created++;
            return;
        }

        if (entity.SeedFingerprint != SeedMapping.Fingerprint(toDoc(entity)) || entity.PendingSnapshot is not null || entity.PublishAtUtc is not null)
        {
            // Created in the admin, edited there since the last import, or with an edit waiting to be
            // published: the editor's version wins.
            kept.Add($"{kind} {key}");
            return;
        }

        if (entity.SeedFingerprint == fingerprint)
        {
            unchanged++;
            return;
        }

        apply(entity);
        entity.SeedFingerprint = fingerprint;
        updated++;
    }
}
