namespace SiteErrorCms.Core.Codes;

/// <summary>A per-code override of a <see cref="SnippetTemplate"/>, where the code needs more than the template gives (a 401's WWW-Authenticate).</summary>
public class Snippet
{
    public int Id { get; set; }

    public int StatusCodeId { get; set; }

    public required string TemplateKey { get; set; }

    public required string Code { get; set; }
}
