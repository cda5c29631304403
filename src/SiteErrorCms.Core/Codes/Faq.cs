using SiteErrorCms.Core.Markdown;

namespace SiteErrorCms.Core.Codes;

public class Faq
{
    public int Id { get; set; }

    public int StatusCodeId { get; set; }

    public int Order { get; set; }

    public required string Question { get; set; }

    public MarkdownText Answer { get; set; } = MarkdownText.Empty;
}
