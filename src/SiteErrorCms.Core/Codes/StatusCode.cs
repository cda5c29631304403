using System.Globalization;
using SiteErrorCms.Core.Markdown;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Core.Codes;

public class StatusCode : ContentEntity
{
    public int Code { get; set; }

    /// <summary>IIS sub-status (404.3 → 3); null for codes without one.</summary>
    public int? SubCode { get; set; }

    /// <summary>The path under <c>/codes/</c>: <c>421</c>, <c>nginx/499</c>, <c>iis/404.3</c>. Unique.</summary>
    public required string Key { get; set; }

    public int CategoryId { get; set; }

    public Category? Category { get; set; }

    public required string Reason { get; set; }

    public string Emoji { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>Rank among the popular codes (1 first); 0 when not listed.</summary>
    public int Popularity { get; set; }

    public MarkdownText Explanation { get; set; } = MarkdownText.Empty;

    public MarkdownText TechnicalDefinition { get; set; } = MarkdownText.Empty;

    public MarkdownText PlainEnglish { get; set; } = MarkdownText.Empty;

    public MarkdownText Misinterpretation { get; set; } = MarkdownText.Empty;

    public RfcReference Rfc { get; set; } = RfcReference.None;

    public List<string> Causes { get; set; } = [];

    public string ExampleResponse { get; set; } = "";

    public List<string> RelatedKeys { get; set; } = [];

    public List<Faq> Faqs { get; set; } = [];

    public List<Snippet> Snippets { get; set; } = [];

    /// <summary>The number as people write it: <c>404</c>, <c>404.3</c>.</summary>
    public string DisplayCode => FormatCode(Code, SubCode);

    public static string FormatCode(int code, int? subCode) =>
        subCode is { } sub
            ? string.Create(CultureInfo.InvariantCulture, $"{code}.{sub}")
            : code.ToString(CultureInfo.InvariantCulture);
}
