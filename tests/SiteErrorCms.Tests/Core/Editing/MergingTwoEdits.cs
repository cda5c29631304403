using SiteErrorCms.Core.Editing;

namespace SiteErrorCms.Tests.Core.Editing;

public sealed class MergingTwoEdits
{
    private static FieldValues Values(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    [Fact]
    public void AFieldOnlyTheColleagueChangedTakesTheirText()
    {
        var result = ThreeWayMerge.Merge(
            @base: Values(("summary", "old"), ("body", "old body")),
            theirs: Values(("summary", "theirs"), ("body", "old body")),
            mine: Values(("summary", "old"), ("body", "old body")));

        Assert.Empty(result.Conflicts);
        Assert.Equal("theirs", result.Merged["summary"]);
        Assert.Equal(new[] { "summary" }, result.TakenFromTheirs);
    }

    [Fact]
    public void AFieldOnlyIChangedKeepsMyText()
    {
        var result = ThreeWayMerge.Merge(Values(("summary", "old")), Values(("summary", "old")), Values(("summary", "mine")));

        Assert.Empty(result.Conflicts);
        Assert.Empty(result.TakenFromTheirs);
        Assert.Equal("mine", result.Merged["summary"]);
    }

    [Fact]
    public void BothChangingAFieldTheSameWayIsNoConflict()
    {
        var result = ThreeWayMerge.Merge(Values(("summary", "old")), Values(("summary", "same")), Values(("summary", "same")));

        Assert.Empty(result.Conflicts);
        Assert.Empty(result.TakenFromTheirs);
        Assert.Equal("same", result.Merged["summary"]);
    }

    [Fact]
    public void BothChangingAFieldDifferentlyIsAConflictThatKeepsMyTextForNow()
    {
        var result = ThreeWayMerge.Merge(
            Values(("summary", "old"), ("body", "old")),
            Values(("summary", "theirs"), ("body", "old")),
            Values(("summary", "mine"), ("body", "new body")));

        Assert.Equal(new[] { "summary" }, result.Conflicts);
        Assert.Equal("mine", result.Merged["summary"]);
        Assert.Equal("new body", result.Merged["body"]);
    }

    [Fact]
    public void AFieldAddedOnOneSideIsMergedIn()
    {
        var @base = Values(("question", "Q"));
        var theirs = Values(("question", "Q"), ("faq.3.answer", "Added by them"));
        var mine = Values(("question", "Q"), ("faq.4.answer", "Added by me"));

        var result = ThreeWayMerge.Merge(@base, theirs, mine);

        Assert.Empty(result.Conflicts);
        Assert.Equal("Added by them", result.Merged["faq.3.answer"]);
        Assert.Equal("Added by me", result.Merged["faq.4.answer"]);
        Assert.Equal(new[] { "faq.3.answer" }, result.TakenFromTheirs);
    }

    [Fact]
    public void AFieldAddedDifferentlyOnBothSidesIsAConflict()
    {
        var result = ThreeWayMerge.Merge(new FieldValues(), Values(("note", "theirs")), Values(("note", "mine")));

        Assert.Equal(new[] { "note" }, result.Conflicts);
    }
}
