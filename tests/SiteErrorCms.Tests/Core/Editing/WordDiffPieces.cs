using System.Diagnostics;
using SiteErrorCms.Core.Editing;

namespace SiteErrorCms.Tests.Core.Editing;

public sealed class WordDiffPieces
{
    private static string Render(IEnumerable<DiffPiece> pieces) => string.Concat(pieces.Select(p => p.Kind switch
    {
        DiffKind.Added => $"[+{p.Text}]",
        DiffKind.Removed => $"[-{p.Text}]",
        _ => p.Text,
    }));

    [Fact]
    public void IdenticalTextsAreOneSamePiece()
    {
        var pieces = WordDiff.Compare("The server refused it.", "The server refused it.");

        Assert.Equal(new[] { new DiffPiece(DiffKind.Same, "The server refused it.") }, pieces);
    }

    [Fact]
    public void AnInsertedWordIsOneAddedPiece()
    {
        Assert.Equal("The [+origin ]server refused it.", Render(WordDiff.Compare("The server refused it.", "The origin server refused it.")));
    }

    [Fact]
    public void ARemovedPhraseIsOneRemovedPiece()
    {
        Assert.Equal("The server [-quietly and firmly ]refused it.", Render(WordDiff.Compare("The server quietly and firmly refused it.", "The server refused it.")));
    }

    [Fact]
    public void AReplacedWordIsARemovalFollowedByAnAddition()
    {
        var pieces = WordDiff.Compare("The server refused it.", "The proxy refused it.");

        Assert.Equal(
            new DiffPiece[] { new(DiffKind.Same, "The "), new(DiffKind.Removed, "server"), new(DiffKind.Added, "proxy"), new(DiffKind.Same, " refused it.") },
            pieces);
    }

    [Fact]
    public void BothTextsCanBeRebuiltFromThePieces()
    {
        const string before = "A 421 means the connection\nwas reused for another host.";
        const string after = "A 421 means a pooled connection\nwas reused, wrongly, for another host name.";

        var pieces = WordDiff.Compare(before, after);

        Assert.Equal(before, string.Concat(pieces.Where(p => p.Kind != DiffKind.Added).Select(p => p.Text)));
        Assert.Equal(after, string.Concat(pieces.Where(p => p.Kind != DiffKind.Removed).Select(p => p.Text)));
    }

    [Fact]
    public void HugeTextsAreComparedQuicklyAndStillRebuildBothSides()
    {
        var before = string.Join(' ', Enumerable.Range(0, 60_000).Select(i => $"w{i % 977}"));
        var after = string.Join(' ', Enumerable.Range(0, 60_000).Select(i => $"v{i % 991}"));
        var watch = Stopwatch.StartNew();

        var pieces = WordDiff.Compare(before, after);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal(before, string.Concat(pieces.Where(p => p.Kind != DiffKind.Added).Select(p => p.Text)));
        Assert.Equal(after, string.Concat(pieces.Where(p => p.Kind != DiffKind.Removed).Select(p => p.Text)));
    }
}
