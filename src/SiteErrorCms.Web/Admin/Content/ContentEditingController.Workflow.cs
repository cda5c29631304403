using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SiteErrorCms.Core.Editing;
using SiteErrorCms.Web.Admin.Shared;

namespace SiteErrorCms.Web.Admin.Content;

// Workflow steps. Publishing, scheduling and taking content down need the Publish policy; authors
// may only submit their own drafts for review.
public abstract partial class ContentEditingController
{
    [HttpPost("{id:int}/publish")]
    [Authorize(Policy = AdminPolicies.Publish)]
    public Task<IActionResult> Publish([FromRoute] int id, CancellationToken ct) => StepAsync(id, t => Workflow.PublishAsync(t, id, CurrentActor, ct), ct);

    [HttpPost("{id:int}/schedule")]
    [Authorize(Policy = AdminPolicies.Publish)]
    public async Task<IActionResult> Schedule([FromRoute] int id, [FromForm] string? publishAt, CancellationToken ct)
    {
        var zone = await EditorClock.ZoneAsync(ct);
        if (EditorClock.FromInput(publishAt, zone) is not { } utc)
        {
            TempData["Flash"] = $"Not scheduled: give a date and time (in {zone.Id}).";
            return Redirect($"{BasePath}/{id}");
        }

        return await StepAsync(id, t => Workflow.ScheduleAsync(t, id, utc, CurrentActor, ct), ct);
    }

    [HttpPost("{id:int}/unschedule")]
    [Authorize(Policy = AdminPolicies.Publish)]
    public Task<IActionResult> Unschedule([FromRoute] int id, CancellationToken ct) => StepAsync(id, t => Workflow.UnscheduleAsync(t, id, CurrentActor, ct), ct);

    [HttpPost("{id:int}/unpublish")]
    [Authorize(Policy = AdminPolicies.Publish)]
    public Task<IActionResult> Unpublish([FromRoute] int id, CancellationToken ct) => StepAsync(id, t => Workflow.UnpublishAsync(t, id, CurrentActor, ct), ct);

    [HttpPost("{id:int}/archive")]
    [Authorize(Policy = AdminPolicies.Publish)]
    public Task<IActionResult> Archive([FromRoute] int id, CancellationToken ct) => StepAsync(id, t => Workflow.ArchiveAsync(t, id, CurrentActor, ct), ct);

    [HttpPost("{id:int}/delete")]
    [Authorize(Policy = AdminPolicies.Publish)]
    public Task<IActionResult> Delete([FromRoute] int id, CancellationToken ct) => StepAsync(id, t => Workflow.TrashAsync(t, id, CurrentActor, ct), ct);

    [HttpPost("{id:int}/restore")]
    [Authorize(Policy = AdminPolicies.Publish)]
    public Task<IActionResult> Restore([FromRoute] int id, CancellationToken ct) => StepAsync(id, t => Workflow.RestoreFromTrashAsync(t, id, CurrentActor, ct), ct);

    [HttpPost("{id:int}/return")]
    [Authorize(Policy = AdminPolicies.Publish)]
    public Task<IActionResult> ReturnToDraft([FromRoute] int id, CancellationToken ct) => StepAsync(id, t => Workflow.ReturnToDraftAsync(t, id, CurrentActor, ct), ct);

    [HttpPost("{id:int}/submit")]
    public Task<IActionResult> Submit([FromRoute] int id, CancellationToken ct) => StepAsync(id, t => Workflow.SubmitForReviewAsync(t, id, CurrentActor, ct), ct);

    [HttpPost("{id:int}/revisions/{revisionId:int}/restore")]
    public Task<IActionResult> RestoreRevision([FromRoute] int id, [FromRoute] int revisionId, CancellationToken ct) =>
        StepAsync(id, t => Workflow.RestoreRevisionAsync(t, id, revisionId, CurrentActor, ct), ct);

    private async Task<IActionResult> StepAsync(int id, Func<IEditable, Task<StepOutcome>> step, CancellationToken ct)
    {
        if (await FindOwnAsync(id, ct) is null)
        {
            return NotFound();
        }

        var outcome = await step(ContentType!);
        var problems = outcome.Checks.Where(c => !outcome.Done || c.Severity == CheckSeverity.Warning).Select(c => c.Message).ToList();
        TempData["Flash"] = problems.Count == 0 ? outcome.Message : $"{outcome.Message} {string.Join(" ", problems)}";
        return Redirect($"{BasePath}/{id}");
    }
}
