using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiteErrorCms.Core.Markdown;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Core.Blog;

public class BlogPost : ContentEntity
{
    public required string Slug { get; set; }

    public required string Title { get; set; }

    public string Summary { get; set; } = "";

    public MarkdownText Body { get; set; } = MarkdownText.Empty;

    /// <summary>The byline as shown; seed posts have no account behind them.</summary>
    public string AuthorName { get; set; } = "";

    /// <summary>The Identity user who owns the post, when it was written in the admin.</summary>
    public string? AuthorId { get; set; }

    public List<string> Tags { get; set; } = [];

    public List<string> RelatedCodeKeys { get; set; } = [];

    /// <summary>When the post went (or, while <see cref="WorkflowState.Scheduled"/>, will go) live. UTC.</summary>
    public DateTime? PublishedUtc { get; set; }
}

internal sealed class BlogPostConfiguration : IEntityTypeConfiguration<BlogPost>
{
    public void Configure(EntityTypeBuilder<BlogPost> builder)
    {
        builder.ConfigureContent();
        builder.Property(p => p.Slug).HasMaxLength(140);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Summary).HasMaxLength(300);
        builder.Property(p => p.AuthorName).HasMaxLength(200);
        builder.Property(p => p.AuthorId).HasMaxLength(450);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => new { p.State, p.PublishedUtc });
    }
}
