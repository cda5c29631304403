namespace SiteErrorCms.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
