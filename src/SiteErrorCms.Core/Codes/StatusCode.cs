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

    /// <summary>Registry status and the like: obsolete, deprecated, unused, reserved, temporary, unofficial.</summary>
    public List<string> Flags { get; set; } = [];

    /// <summary>Heuristically cacheable by default (RFC 9110 §15.1); null when the seed does not say.</summary>
    public bool? Cacheable { get; set; }

    /// <summary>False for codes that only appear in logs (nginx 444/499, ALB 460, IIS sub-status).</summary>
    public bool ClientSees { get; set; } = true;

    /// <summary>Who usually sends it: application, web-server, proxy, cdn, load-balancer.</summary>
    public List<string> Senders { get; set; } = [];

    public MarkdownText RetryAdvice { get; set; } = MarkdownText.Empty;

    public MarkdownText BrowserBehavior { get; set; } = MarkdownText.Empty;

    /// <summary>What other vendors mean by the same number (419, 420, 451, 499, 530).</summary>
    public MarkdownText Collisions { get; set; } = MarkdownText.Empty;

    public List<CodeHistoryEntry> History { get; set; } = [];

    public List<FrameworkConstant> Constants { get; set; } = [];

    /// <summary>The number as people write it: <c>404</c>, <c>404.3</c>.</summary>
    public string DisplayCode => FormatCode(Code, SubCode);

    public static string FormatCode(int code, int? subCode) =>
        subCode is { } sub
            ? string.Create(CultureInfo.InvariantCulture, $"{code}.{sub}")
            : code.ToString(CultureInfo.InvariantCulture);
}
