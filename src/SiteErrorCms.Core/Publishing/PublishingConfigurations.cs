using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SiteErrorCms.Core.Publishing;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.Property(r => r.EntityType).HasMaxLength(64);
        builder.Property(r => r.AuthorId).HasMaxLength(450);
        builder.Property(r => r.AuthorName).HasMaxLength(256);
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.Property(r => r.Action).HasMaxLength(32);
        builder.HasIndex(r => new { r.EntityType, r.EntityId, r.CreatedUtc });
        builder.HasIndex(r => new { r.EntityType, r.EntityId, r.Version });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.EntityType).HasMaxLength(64);
        builder.Property(a => a.EntityId).HasMaxLength(200);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.Property(a => a.Details).HasMaxLength(2000);
        builder.HasIndex(a => a.CreatedUtc);
        builder.HasIndex(a => new { a.Action, a.CreatedUtc });
    }
}

internal sealed class RedirectConfiguration : IEntityTypeConfiguration<Redirect>
{
    public void Configure(EntityTypeBuilder<Redirect> builder)
    {
        builder.Property(r => r.FromPath).HasMaxLength(400);
        builder.Property(r => r.ToPath).HasMaxLength(400);
        builder.Property(r => r.Origin).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(r => r.ToPath);
        builder.HasIndex(r => r.FromPath).IsUnique();
    }
}

internal sealed class PublisherRunConfiguration : IEntityTypeConfiguration<PublisherRun>
{
    public void Configure(EntityTypeBuilder<PublisherRun> builder)
    {
        builder.Property(r => r.Details).HasMaxLength(4000);
        builder.Property(r => r.Instance).HasMaxLength(200);
        builder.HasIndex(r => r.StartedUtc);
    }
}
