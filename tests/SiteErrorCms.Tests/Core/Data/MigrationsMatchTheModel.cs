using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;

namespace SiteErrorCms.Tests.Core.Data;

/// <summary>A model change without a migration for either provider fails here, before it fails in production.</summary>
public sealed class MigrationsMatchTheModel
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=never_contacted")]
    public void NoPendingModelChanges(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<CmsDbContext>();
        CmsDatabase.Configure(options, provider, connectionString);
        using var db = new CmsDbContext(options.Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"the model has changes without a {provider} migration; run dotnet ef migrations add for migrations/SiteErrorCms.Migrations.{provider}");
    }

    [Fact]
    public void BothProvidersHaveTheSameMigrations()
    {
        static IEnumerable<string> Names(DatabaseProvider provider, string connection)
        {
            var options = new DbContextOptionsBuilder<CmsDbContext>();
            CmsDatabase.Configure(options, provider, connection);
            using var db = new CmsDbContext(options.Options);
            return db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]).ToList();
        }

        Assert.Equal(Names(DatabaseProvider.Sqlite, "Data Source=:memory:"), Names(DatabaseProvider.Postgres, "Host=127.0.0.1"));
    }
}
