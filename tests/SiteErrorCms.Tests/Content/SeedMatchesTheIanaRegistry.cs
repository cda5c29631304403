using SiteErrorCms.Core.Seed;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Content;

public sealed class SeedMatchesTheIanaRegistry
{
    [Fact]
    public void EveryRegisteredCodeIsSeededWithItsExactReasonPhrase()
    {
        var problems = RegistryProblems(SeedReader.Read(SeedFolder.Shipped));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void AMissingCodeAMisspeltReasonAndAnInventedCodeAreCaught()
    {
        var set = SeedReader.Read(SeedFolder.Shipped);
        set.Codes.RemoveAll(c => c.Doc.Code == 425 && c.Doc.Category == "client-error");
        var teapot = set.Codes.FindIndex(c => c.Doc.Code == 404 && c.Doc.Category == "client-error");
        set.Codes[teapot] = set.Codes[teapot] with { Doc = set.Codes[teapot].Doc with { Reason = "Page Not Found" } };
        var invented = set.Codes.Find(c => c.Doc.Code == 410)!;
        set.Codes.Add(invented with { Doc = invented.Doc with { Code = 419, Reason = "Page Expired" } });

        var problems = RegistryProblems(set);

        Assert.Contains("425 Too Early is not in the seed", problems);
        Assert.Contains("404: the reason phrase is 'Page Not Found', the registry says 'Not Found'", problems);
        Assert.Contains("419 Page Expired is not in the registry; unregistered codes belong in a vendor or the unofficial category", problems);
    }

    private static List<string> RegistryProblems(SeedSet set)
    {
        var vendorCategories = set.Categories.Where(c => c.Doc.Kind == "vendor").Select(c => c.Doc.Slug).ToHashSet();
        var standard = set.Codes.Select(c => c.Doc).Where(c => !vendorCategories.Contains(c.Category)).ToList();
        var problems = new List<string>();
        foreach (var (code, reason) in IanaRegistry.Codes)
        {
            var seeded = standard.Find(c => c.Code == code && c.SubCode is null);
            if (seeded is null)
            {
                problems.Add($"{code} {reason} is not in the seed");
            }
            else if (seeded.Reason != reason)
            {
                problems.Add($"{code}: the reason phrase is '{seeded.Reason}', the registry says '{reason}'");
            }
        }

        foreach (var extra in standard.Where(c => !IanaRegistry.Codes.Any(r => r.Code == c.Code)))
        {
            problems.Add($"{extra.Code} {extra.Reason} is not in the registry; unregistered codes belong in a vendor or the unofficial category");
        }

        return problems;
    }
}
