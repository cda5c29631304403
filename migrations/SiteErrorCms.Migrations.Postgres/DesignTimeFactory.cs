using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SiteErrorCms.Core.Data;

namespace SiteErrorCms.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add X --project migrations/SiteErrorCms.Migrations.Postgres</c> build the context; no server is contacted.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CmsDbContext>
{
    public CmsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CmsDbContext>();
        CmsDatabase.Configure(options, DatabaseProvider.Postgres, "Host=localhost;Database=siteerrorcms_design");
        return new CmsDbContext(options.Options);
    }
}
