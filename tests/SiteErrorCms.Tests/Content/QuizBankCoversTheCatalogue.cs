using SiteErrorCms.Core.Seed;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Content;

public sealed class QuizBankCoversTheCatalogue
{
    [Fact]
    public void AtLeastAHundredQuestionsAcrossEveryClassAndVendor()
    {
        var set = SeedReader.Read(SeedFolder.Shipped);
        var categoryOf = set.Codes.ToDictionary(
            c => SeedKeys.CodeKey(c.Doc.Code, c.Doc.SubCode, c.Doc.Category,
                set.Categories.Single(k => k.Doc.Slug == c.Doc.Category).Doc.Kind == "vendor" ? SiteErrorCms.Core.Codes.CategoryKind.Vendor : SiteErrorCms.Core.Codes.CategoryKind.Class),
            c => c.Doc.Category);

        var covered = set.Quiz.SelectMany(q => q.Doc.Codes).Select(k => categoryOf[k]).ToHashSet();

        Assert.True(set.Quiz.Count >= 100, $"{set.Quiz.Count} questions");
        Assert.All(set.Categories, c => Assert.Contains(c.Doc.Slug, covered));
        Assert.All(set.Quiz, q => Assert.True(q.Doc.Explanation.Length >= 40, $"{q.Doc.Key} explains its answer"));
        Assert.Equal(["easy", "hard", "medium"], set.Quiz.Select(q => q.Doc.Difficulty).Distinct().Order(StringComparer.Ordinal));
    }
}
