using SiteErrorCms.Core.Editing;

namespace SiteErrorCms.Tests.Core.Editing;

public sealed class FieldValuesRoundTrip
{
    [Fact]
    public void JsonKeepsEveryFieldItsTextAndItsOrder()
    {
        var values = new FieldValues
        {
            ["title"] = "Quotes \" and \\ backslashes, ünïcödé, emoji 🙂",
            ["body"] = "line one\nline two\n\n```\n  indented\n```",
            ["empty"] = "",
            ["faq.1.question"] = "<script>alert(1)</script>",
        };

        var copy = FieldValues.FromJson(values.ToJson());

        Assert.Equal(values.Names, copy.Names);
        Assert.True(values.ValueEquals(copy));
        Assert.All(values.Names, n => Assert.Equal(values[n], copy[n]));
    }

    [Fact]
    public void BrowserLineEndingsBecomeNewlines()
    {
        var values = new FieldValues { ["body"] = "one\r\ntwo\rthree\nfour" };

        Assert.Equal("one\ntwo\nthree\nfour", values["body"]);
        Assert.True(values.ValueEquals(new FieldValues { ["body"] = "one\ntwo\nthree\nfour" }));
    }

    [Fact]
    public void AnAbsentFieldEqualsAnEmptyOne()
    {
        Assert.True(new FieldValues { ["a"] = "x", ["b"] = "" }.ValueEquals(new FieldValues { ["a"] = "x" }));
        Assert.False(new FieldValues { ["a"] = "x" }.ValueEquals(new FieldValues { ["a"] = "y" }));
    }
}
