namespace SiteErrorCms.Core.Editing;

/// <summary>The outcome of merging an editor's save into a newer version, field by field.</summary>
/// <param name="Merged">Every field settled: taken from whichever side changed it, or mine where both did.</param>
/// <param name="Conflicts">Fields both sides changed differently; the editor must choose.</param>
/// <param name="TakenFromTheirs">Fields only the colleague changed, merged in silently.</param>
public sealed record MergeResult(FieldValues Merged, IReadOnlyList<string> Conflicts, IReadOnlyList<string> TakenFromTheirs);

/// <summary>
/// Merges two edits of the same version. A field only one side changed takes that side; a field both
/// changed the same way takes it once; only a field both changed differently is a conflict.
/// </summary>
public static class ThreeWayMerge
{
    public static MergeResult Merge(FieldValues @base, FieldValues theirs, FieldValues mine)
    {
        var merged = new FieldValues();
        var conflicts = new List<string>();
        var fromTheirs = new List<string>();
        foreach (var name in mine.Names.Concat(theirs.Names).Concat(@base.Names).Distinct(StringComparer.Ordinal))
        {
            var (b, t, m) = (@base[name], theirs[name], mine[name]);
            if (t == m || t == b)
            {
                merged[name] = m;
            }
            else if (m == b)
            {
                merged[name] = t;
                fromTheirs.Add(name);
            }
            else
            {
                merged[name] = m;
                conflicts.Add(name);
            }
        }

        return new MergeResult(merged, conflicts, fromTheirs);
    }
}
