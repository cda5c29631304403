namespace SiteErrorCms.Core.Codes;

/// <summary>One step in a code's history: the document that defined or renamed it.</summary>
public class CodeHistoryEntry
{
    public int Id { get; set; }

    public int StatusCodeId { get; set; }

    public int Order { get; set; }

    public int? Year { get; set; }

    public required string Document { get; set; }

    public string Note { get; set; } = "";
}

/// <summary>The name a framework gives the code (ASP.NET Core <c>StatusCodes.Status404NotFound</c>, Python <c>HTTPStatus.NOT_FOUND</c>).</summary>
public class FrameworkConstant
{
    public int Id { get; set; }

    public int StatusCodeId { get; set; }

    /// <summary>One of <see cref="Frameworks"/>.</summary>
    public required string Framework { get; set; }

    public required string Name { get; set; }

    /// <summary>The frameworks whose constants the site lists, in display order, with their display names.</summary>
    public static readonly IReadOnlyList<(string Key, string Name)> Frameworks =
    [
        ("aspnetcore", "ASP.NET Core"),
        ("python", "Python http"),
        ("go", "Go net/http"),
        ("java", "Spring HttpStatus"),
        ("node", "Node.js STATUS_CODES"),
    ];
}
