namespace SiteErrorCms.Core.Seed;

/// <summary>
/// Reads a seed folder into a <see cref="SeedSet"/>, checking every file and every cross-reference.
/// All problems are collected, so one run names every broken file, not just the first.
/// </summary>
public static class SeedReader
{
    public const string CategoriesFile = "categories.yml";
    public const string TemplatesFile = "snippet-templates.yml";
    public const string QuizFile = "quiz.yml";

    public static SeedSet Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new SeedException(directory, 0, "the seed folder does not exist");
        }

        var set = new SeedSet();
        var errors = new List<SeedError>();

        void Collect(Action read)
        {
            try
            {
                read();
            }
            catch (SeedException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        Collect(() => set.Categories.AddRange(ReadList(directory, CategoriesFile, SeedFormats.ParseCategory)));
        Collect(() => set.Templates.AddRange(ReadList(directory, TemplatesFile, SeedFormats.ParseTemplate)));
        Collect(() => set.Quiz.AddRange(ReadList(directory, QuizFile, SeedFormats.ParseQuiz)));
        foreach (var file in MarkdownFiles(directory, "codes"))
        {
            Collect(() => set.Codes.Add(SeedFormats.ParseCode(RelativePath(directory, file), File.ReadAllText(file))));
        }

        foreach (var file in MarkdownFiles(directory, "comparisons"))
        {
            Collect(() => set.Comparisons.Add(SeedFormats.ParseComparison(RelativePath(directory, file), File.ReadAllText(file))));
        }

        foreach (var file in MarkdownFiles(directory, "posts"))
        {
            Collect(() => set.Posts.Add(SeedFormats.ParsePost(RelativePath(directory, file), File.ReadAllText(file))));
        }

        if (errors.Count == 0)
        {
            errors.AddRange(SeedValidator.CrossReferences(set));
        }

        return errors.Count == 0 ? set : throw new SeedException(errors);
    }

    private static List<Sourced<T>> ReadList<T>(string directory, string name, Func<YamlFields, T> parse)
    {
        var path = Path.Combine(directory, name);
        if (!File.Exists(path))
        {
            return [];
        }

        var relative = RelativePath(directory, path);
        return YamlFields.ParseList(relative, File.ReadAllText(path))
            .Select(fields => new Sourced<T>(parse(fields), relative, fields.Line))
            .ToList();
    }

    private static IEnumerable<string> MarkdownFiles(string directory, string folder)
    {
        var path = Path.Combine(directory, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];
    }

    private static string RelativePath(string directory, string file) =>
        Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory))), Path.GetRelativePath(directory, file))
            .Replace('\\', '/');
}
