using SiteErrorCms.Core.Seed;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Content;

public sealed class QuizBankCoversTheCatalogue
{
    [Fact]
    public void AtLeastAHundredQuestionsAcrossEveryClassAndVendor()
    {
        var set = SeedReader.Read(SeedFolder.Shipped);
        var categoryOf = set.Codes.ToDictionary(c => set.CodeKey(c.Doc), c => c.Doc.Category);

        var covered = set.Quiz.SelectMany(q => q.Doc.Codes).Select(k => categoryOf[k]).ToHashSet();

        Assert.True(set.Quiz.Count >= 100, $"{set.Quiz.Count} questions");
        Assert.All(set.Categories, c => Assert.Contains(c.Doc.Slug, covered));
        Assert.All(set.Quiz, q => Assert.True(q.Doc.Explanation.Length >= 40, $"{q.Doc.Key} explains its answer"));
        Assert.Equal(["easy", "hard", "medium"], set.Quiz.Select(q => q.Doc.Difficulty).Distinct().Order(StringComparer.Ordinal));
    }
}
