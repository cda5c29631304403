using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Accounts;
using SiteErrorCms.Core.Blog;
using SiteErrorCms.Core.Codes;
using SiteErrorCms.Core.Comparisons;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Core.Quiz;

namespace SiteErrorCms.Core.Data;

/// <summary>
/// The one context of the product, Identity tables included.
/// </summary>
/// <remarks>
/// Add a migration to both providers after every model change:
/// <c>dotnet ef migrations add Name --project migrations/SiteErrorCms.Migrations.Sqlite -- --provider Sqlite</c>
/// and the same with <c>Postgres</c>; a test per provider fails when either is missing.
/// </remarks>
public class CmsDbContext(DbContextOptions<CmsDbContext> options) : IdentityDbContext<CmsUser>(options)
{
    public DbSet<Category> Categories => Set<Category>();

    public DbSet<StatusCode> StatusCodes => Set<StatusCode>();

    public DbSet<Faq> Faqs => Set<Faq>();

    public DbSet<Snippet> Snippets => Set<Snippet>();

    public DbSet<CodeHistoryEntry> CodeHistory => Set<CodeHistoryEntry>();

    public DbSet<FrameworkConstant> FrameworkConstants => Set<FrameworkConstant>();

    public DbSet<SnippetTemplate> SnippetTemplates => Set<SnippetTemplate>();

    public DbSet<Comparison> Comparisons => Set<Comparison>();

    public DbSet<BlogPost> BlogPosts => Set<BlogPost>();

    public DbSet<QuizQuestion> QuizQuestions => Set<QuizQuestion>();

    public DbSet<Revision> Revisions => Set<Revision>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Redirect> Redirects => Set<Redirect>();

    public DbSet<PublisherRun> PublisherRuns => Set<PublisherRun>();

    public DbSet<AccountToken> AccountTokens => Set<AccountToken>();

    public DbSet<SiteSetting> SiteSettings => Set<SiteSetting>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CmsDbContext).Assembly);
    }
}
