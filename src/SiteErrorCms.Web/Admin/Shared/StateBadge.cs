using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Web.Admin.Shared;

/// <summary>An entry's workflow state as editors read it, including "pending changes" and a scheduled time.</summary>
public sealed record StateBadge(WorkflowState State, bool Pending, DateTime? PublishAtUtc, TimeZoneInfo Zone)
{
    public string Label => State switch
    {
        WorkflowState.InReview => "In review",
        WorkflowState.Published when Pending && PublishAtUtc is not null => "Published · changes scheduled",
        WorkflowState.Published when Pending => "Published · pending changes",
        _ => State.ToString(),
    };

    public string CssClass => "state state-" + State.ToString().ToLowerInvariant();
}
