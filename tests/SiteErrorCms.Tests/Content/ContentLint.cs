using SiteErrorCms.Core.Seed;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Content;

public sealed class ContentLint
{
    private static readonly Lazy<SeedSet> Shipped = new(() => SeedReader.Read(SeedFolder.Shipped));

    [Fact]
    public void TheShippedSeedIsClean()
    {
        var errors = SeedLint.Check(Shipped.Value);

        Assert.True(errors.Count == 0, $"{errors.Count} content problems:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(60))}");
    }

    [Fact]
    public void CatchesPlaceholderText() =>
        AssertCaught(Edit("421", d => d with { PlainEnglish = d.PlainEnglish + " TODO: finish this." }), "placeholder text 'TODO'");

    [Fact]
    public void CatchesABrokenInternalLink() =>
        AssertCaught(Edit("421", d => d with { Explanation = d.Explanation + " See [the other one](/codes/999)." }), "links to /codes/999, which is not a page of this site");

    [Fact]
    public void CatchesASentenceCopiedFromAnotherCode()
    {
        var stolen = SeedLint.SentencesOf(Find("404").Doc.Explanation).First();
        AssertCaught(Edit("421", d => d with { Misinterpretation = d.Misinterpretation + " " + stolen }), "repeats a sentence of code 404");
    }

    [Fact]
    public void CatchesAWrongStatusLine() =>
        AssertCaught(Edit("421", d => d with { Example = "HTTP/1.1 200 OK\nContent-Length: 0\n\n" }), "must start with the status line 'HTTP/1.1 421 Misdirected Request'");

    [Fact]
    public void CatchesAWrongContentLength() =>
        AssertCaught(Edit("421", d => d with { Example = "HTTP/1.1 421 Misdirected Request\nContent-Length: 99\n\n{}" }), "Content-Length: 99 but its body is 2 bytes");

    [Fact]
    public void CatchesAnRfcLinkThatMissesTheSection() =>
        AssertCaught(Edit("421", d => d with { Rfc = d.Rfc! with { Url = "https://www.rfc-editor.org/rfc/rfc9110.html" } }), "should be https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20");

    [Fact]
    public void CatchesAThinSection() =>
        AssertCaught(Edit("421", d => d with { TechnicalDefinition = "Wrong server." }), "section 'Technical definition' is 13 characters");

    [Fact]
    public void CatchesABodyOnA204() =>
        AssertCaught(Edit("204", d => d with { Example = "HTTP/1.1 204 No Content\n\n{\"ok\":true}" }), "has no content, but the example has a body");

    private static Sourced<StatusCodeDoc> Find(string code) =>
        Shipped.Value.Codes.Single(c => c.Doc.SubCode is null
            && c.Doc.Code.ToString(System.Globalization.CultureInfo.InvariantCulture) == code
            && Shipped.Value.Categories.Any(k => k.Doc.Slug == c.Doc.Category && k.Doc.Kind == "class"));

    private static (SeedSet Set, string Path) Edit(string code, Func<StatusCodeDoc, StatusCodeDoc> change)
    {
        var original = Shipped.Value;
        var copy = new SeedSet();
        copy.Categories.AddRange(original.Categories);
        copy.Templates.AddRange(original.Templates);
        copy.Comparisons.AddRange(original.Comparisons);
        copy.Posts.AddRange(original.Posts);
        var target = Find(code);
        copy.Codes.AddRange(original.Codes.Select(c => c == target ? c with { Doc = change(c.Doc) } : c));
        return (copy, target.Path);
    }

    private static void AssertCaught((SeedSet Set, string Path) edited, string reason)
    {
        var errors = SeedLint.Check(edited.Set);

        var error = Assert.Single(errors, e => e.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(edited.Path, error.Path);
    }
}
