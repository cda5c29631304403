using SiteErrorCms.Core.Data;

namespace SiteErrorCms.Web.Setup;

internal static class StartupFailure
{
    /// <summary>The host may wrap a hosted service's failure; dig out ours if it is in there.</summary>
    public static CmsStartupException? Find(Exception? ex) => ex switch
    {
        null => null,
        CmsStartupException startup => startup,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Find).FirstOrDefault(e => e is not null),
        _ => Find(ex.InnerException),
    };
}
