using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SiteErrorCms.Core.Publishing;

internal static class ContentConfigurationExtensions
{
    /// <summary>The columns every editable entry shares: state as text, the concurrency token, the seed fingerprint.</summary>
    public static void ConfigureContent<T>(this EntityTypeBuilder<T> builder)
        where T : ContentEntity
    {
        builder.Property(e => e.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.SeedFingerprint).HasMaxLength(64);
        builder.HasIndex(e => e.State);
        builder.HasIndex(e => e.PublishAtUtc);
        builder.Ignore(e => e.HasPendingChanges);
    }
}
