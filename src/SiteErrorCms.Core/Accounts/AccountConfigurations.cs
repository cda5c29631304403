using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SiteErrorCms.Core.Accounts;

internal sealed class CmsUserConfiguration : IEntityTypeConfiguration<CmsUser>
{
    public void Configure(EntityTypeBuilder<CmsUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.TimeZoneId).HasMaxLength(100);
    }
}

internal sealed class AccountTokenConfiguration : IEntityTypeConfiguration<AccountToken>
{
    public void Configure(EntityTypeBuilder<AccountToken> builder)
    {
        builder.Property(t => t.Purpose).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.Email).HasMaxLength(256);
        builder.Property(t => t.Role).HasMaxLength(32);
        builder.Property(t => t.CreatedById).HasMaxLength(450);
        builder.HasIndex(t => t.TokenHash).IsUnique();
    }
}

internal sealed class SiteSettingConfiguration : IEntityTypeConfiguration<SiteSetting>
{
    public void Configure(EntityTypeBuilder<SiteSetting> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(64);
        builder.Property(s => s.Value).HasMaxLength(2000);
        builder.Property(s => s.UpdatedById).HasMaxLength(450);
    }
}
