namespace SiteErrorCms.Core.Seed;

/// <summary>One thing wrong with the seed, located so a person can jump straight to it.</summary>
public sealed record SeedError(string Path, int Line, string Reason)
{
    public override string ToString() => $"{Path}:{Line}: {Reason}";
}

/// <summary>The seed cannot be imported; nothing was written.</summary>
public sealed class SeedException : Exception
{
    public SeedException(IReadOnlyList<SeedError> errors)
        : base(Describe(errors)) => Errors = errors;

    public SeedException(string path, int line, string reason)
        : this([new SeedError(path, line, reason)])
    {
    }

    public SeedException()
        : this([])
    {
    }

    public SeedException(string message)
        : base(message) => Errors = [];

    public SeedException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    public IReadOnlyList<SeedError> Errors { get; }

    private static string Describe(IReadOnlyList<SeedError> errors) =>
        errors.Count == 1
            ? $"Seed error: {errors[0]}"
            : $"{errors.Count} seed errors:{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
