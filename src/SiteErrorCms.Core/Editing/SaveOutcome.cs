using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Core.Editing;

/// <summary>What happened to a save: each case is a different screen for the editor.</summary>
public abstract record SaveOutcome
{
    private SaveOutcome()
    {
    }

    /// <param name="FromTheirs">Fields a colleague changed meanwhile that were merged in without a conflict.</param>
    public sealed record Saved(ContentEntity Entity, IReadOnlyList<string> FromTheirs) : SaveOutcome;

    public sealed record Unchanged(ContentEntity Entity) : SaveOutcome;

    public sealed record Invalid(IReadOnlyDictionary<string, string> Errors) : SaveOutcome;

    /// <summary>A colleague saved a newer version and both changed some of the same fields; nothing was written to the entry.</summary>
    public sealed record Conflict(FieldValues Base, FieldValues Theirs, FieldValues Mine, MergeResult Merge, Guid TheirsVersion) : SaveOutcome;

    public sealed record Missing : SaveOutcome;
}

/// <summary>The result of a workflow step (publish, schedule…): done, or refused with the reasons.</summary>
public sealed record StepOutcome(bool Done, string Message, IReadOnlyList<CheckItem> Checks)
{
    public static StepOutcome Ok(string message, IReadOnlyList<CheckItem>? checks = null) => new(true, message, checks ?? []);

    public static StepOutcome Refused(string message, IReadOnlyList<CheckItem>? checks = null) => new(false, message, checks ?? []);
}
