using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiteErrorCms.Core.Markdown;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Core.Comparisons;

/// <summary>A curated "A vs B" page; any other pair is compared on the fly from the two codes.</summary>
public class Comparison : ContentEntity
{
    /// <summary><c>401-vs-403</c>.</summary>
    public required string Slug { get; set; }

    public required string CodeAKey { get; set; }

    public required string CodeBKey { get; set; }

    public required string Title { get; set; }

    public string Summary { get; set; } = "";

    public MarkdownText Body { get; set; } = MarkdownText.Empty;

    public bool Featured { get; set; }
}

internal sealed class ComparisonConfiguration : IEntityTypeConfiguration<Comparison>
{
    public void Configure(EntityTypeBuilder<Comparison> builder)
    {
        builder.ConfigureContent();
        builder.Property(c => c.Slug).HasMaxLength(140);
        builder.Property(c => c.CodeAKey).HasMaxLength(64);
        builder.Property(c => c.CodeBKey).HasMaxLength(64);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Summary).HasMaxLength(300);
        builder.HasIndex(c => c.Slug).IsUnique();
    }
}
