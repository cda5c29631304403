using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Core.Codes;

public static class StatusCodeQueries
{
    /// <summary>What readers may see: a published code in a published category.</summary>
    public static IQueryable<StatusCode> Published(this IQueryable<StatusCode> codes) =>
        codes.Where(c => c.State == WorkflowState.Published && c.Category!.State == WorkflowState.Published);
}
