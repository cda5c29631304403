using System.Text.RegularExpressions;

namespace SiteErrorCms.Core.Editing;

public enum DiffKind
{
    Same,
    Added,
    Removed,
}

public sealed record DiffPiece(DiffKind Kind, string Text);

/// <summary>A word-level diff: the longest common subsequence of words (whitespace kept as its own tokens).</summary>
public static partial class WordDiff
{
    // Past this many cells the table would cost too much memory; the middle is then shown as replaced.
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffPiece> Compare(string before, string after)
    {
        var a = Tokens(before);
        var b = Tokens(after);
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var pieces = new List<DiffPiece>();
        Add(pieces, DiffKind.Same, a[..prefix]);
        var midA = a[prefix..(a.Length - suffix)];
        var midB = b[prefix..(b.Length - suffix)];
        if ((long)midA.Length * midB.Length > MaxCells)
        {
            Add(pieces, DiffKind.Removed, midA);
            Add(pieces, DiffKind.Added, midB);
        }
        else
        {
            Lcs(pieces, midA, midB);
        }

        Add(pieces, DiffKind.Same, a[(a.Length - suffix)..]);
        return pieces;
    }

    private static void Lcs(List<DiffPiece> pieces, string[] a, string[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                Add(pieces, DiffKind.Same, [a[x++]]);
                y++;
            }
            else if (table[x + 1, y] >= table[x, y + 1])
            {
                Add(pieces, DiffKind.Removed, [a[x++]]);
            }
            else
            {
                Add(pieces, DiffKind.Added, [b[y++]]);
            }
        }

        Add(pieces, DiffKind.Removed, a[x..]);
        Add(pieces, DiffKind.Added, b[y..]);
    }

    // Neighbouring tokens of the same kind join into one piece, so the page shows phrases, not words.
    private static void Add(List<DiffPiece> pieces, DiffKind kind, string[] tokens)
    {
        if (tokens.Length == 0)
        {
            return;
        }

        var text = string.Concat(tokens);
        if (pieces.Count > 0 && pieces[^1].Kind == kind)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        }
        else
        {
            pieces.Add(new DiffPiece(kind, text));
        }
    }

    private static string[] Tokens(string text) => [.. Token().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\s+|[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]")]
    private static partial Regex Token();
}

/// <summary>One field that differs between two versions of an entry.</summary>
public sealed record FieldChange(string Name, string Label, string Before, string After, IReadOnlyList<DiffPiece> Pieces);

public static class FieldDiff
{
    /// <summary>Exactly the fields whose values differ, in form order, each with its word-level diff.</summary>
    public static IReadOnlyList<FieldChange> Compare(FieldValues before, FieldValues after, IReadOnlyList<FieldDef> fields)
    {
        var labels = fields.ToDictionary(f => f.Name, f => f.Label, StringComparer.Ordinal);
        var names = fields.Select(f => f.Name).Concat(before.Names).Concat(after.Names).Distinct(StringComparer.Ordinal);
        return [.. names
            .Where(n => before[n] != after[n])
            .Select(n => new FieldChange(n, labels.GetValueOrDefault(n, n), before[n], after[n], WordDiff.Compare(before[n], after[n])))];
    }
}
