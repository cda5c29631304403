using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Core.Codes;

internal sealed class StatusCodeConfiguration : IEntityTypeConfiguration<StatusCode>
{
    public void Configure(EntityTypeBuilder<StatusCode> builder)
    {
        builder.ConfigureContent();
        builder.Property(c => c.Key).HasMaxLength(64);
        builder.Property(c => c.Reason).HasMaxLength(200);
        builder.Property(c => c.Emoji).HasMaxLength(32);
        builder.Property(c => c.Summary).HasMaxLength(300);
        builder.HasIndex(c => c.Key).IsUnique();
        builder.HasIndex(c => new { c.CategoryId, c.Code, c.SubCode });
        builder.HasIndex(c => c.Popularity);
        builder.Ignore(c => c.DisplayCode);
        builder.HasOne(c => c.Category).WithMany(c => c.Codes).HasForeignKey(c => c.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Faqs).WithOne().HasForeignKey(f => f.StatusCodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Snippets).WithOne().HasForeignKey(s => s.StatusCodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.History).WithOne().HasForeignKey(h => h.StatusCodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Constants).WithOne().HasForeignKey(k => k.StatusCodeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FaqConfiguration : IEntityTypeConfiguration<Faq>
{
    public void Configure(EntityTypeBuilder<Faq> builder)
    {
        builder.Property(f => f.Question).HasMaxLength(300);
        builder.HasIndex(f => new { f.StatusCodeId, f.Order });
    }
}

internal sealed class SnippetConfiguration : IEntityTypeConfiguration<Snippet>
{
    public void Configure(EntityTypeBuilder<Snippet> builder)
    {
        builder.Property(s => s.TemplateKey).HasMaxLength(64);
        builder.HasIndex(s => new { s.StatusCodeId, s.TemplateKey }).IsUnique();
    }
}

internal sealed class CodeHistoryEntryConfiguration : IEntityTypeConfiguration<CodeHistoryEntry>
{
    public void Configure(EntityTypeBuilder<CodeHistoryEntry> builder)
    {
        builder.Property(h => h.Document).HasMaxLength(200);
        builder.Property(h => h.Note).HasMaxLength(500);
        builder.HasIndex(h => new { h.StatusCodeId, h.Order });
    }
}

internal sealed class FrameworkConstantConfiguration : IEntityTypeConfiguration<FrameworkConstant>
{
    public void Configure(EntityTypeBuilder<FrameworkConstant> builder)
    {
        builder.Property(k => k.Framework).HasMaxLength(32);
        builder.Property(k => k.Name).HasMaxLength(200);
        builder.HasIndex(k => new { k.StatusCodeId, k.Framework }).IsUnique();
    }
}
