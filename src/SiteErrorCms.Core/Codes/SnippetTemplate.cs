using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Core.Codes;

/// <summary>How to answer with any status in one framework; <c>{{code}}</c> and <c>{{reason}}</c> are filled per code.</summary>
public class SnippetTemplate : ContentEntity
{
    public required string Key { get; set; }

    /// <summary>Language id used for highlighting and the snippet check: <c>javascript</c>, <c>python</c>, <c>csharp</c>…</summary>
    public required string Language { get; set; }

    public required string Framework { get; set; }

    public required string Platform { get; set; }

    public int Order { get; set; }

    public required string Template { get; set; }

    public string Render(int code, string reason) => Template
        .Replace("{{code}}", code.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{{reason}}", reason, StringComparison.Ordinal);
}

internal sealed class SnippetTemplateConfiguration : IEntityTypeConfiguration<SnippetTemplate>
{
    public void Configure(EntityTypeBuilder<SnippetTemplate> builder)
    {
        builder.ConfigureContent();
        builder.Property(t => t.Key).HasMaxLength(64);
        builder.Property(t => t.Language).HasMaxLength(32);
        builder.Property(t => t.Framework).HasMaxLength(100);
        builder.Property(t => t.Platform).HasMaxLength(100);
        builder.HasIndex(t => t.Key).IsUnique();
    }
}
