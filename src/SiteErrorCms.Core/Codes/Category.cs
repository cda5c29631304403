using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiteErrorCms.Core.Markdown;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Core.Codes;

public class Category : ContentEntity
{
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public CategoryKind Kind { get; set; }

    /// <summary>The seed folder holding this category's code files (<c>4xx</c>, <c>nginx</c>).</summary>
    public required string Folder { get; set; }

    public int Order { get; set; }

    public string Summary { get; set; } = "";

    public MarkdownText Description { get; set; } = MarkdownText.Empty;

    public List<StatusCode> Codes { get; set; } = [];
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ConfigureContent();
        builder.Property(c => c.Slug).HasMaxLength(64);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Folder).HasMaxLength(64);
        builder.Property(c => c.Summary).HasMaxLength(300);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(c => c.Slug).IsUnique();
    }
}
