using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SiteErrorCms.Core.Data;

namespace SiteErrorCms.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add X --project migrations/SiteErrorCms.Migrations.Sqlite</c> build the context without the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CmsDbContext>
{
    public CmsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CmsDbContext>();
        CmsDatabase.Configure(options, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new CmsDbContext(options.Options);
    }
}
