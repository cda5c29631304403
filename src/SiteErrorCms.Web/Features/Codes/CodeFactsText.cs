namespace SiteErrorCms.Web.Features.Codes;

/// <summary>Reader-facing wording for the structured facts of a code.</summary>
public static class CodeFactsText
{
    public static string Flag(string flag) => flag switch
    {
        "obsolete" => "Obsolete",
        "deprecated" => "Deprecated",
        "unused" => "Unused",
        "reserved" => "Reserved",
        "temporary" => "Temporary registration",
        "unofficial" => "Unofficial",
        _ => flag,
    };

    public static string Sender(string sender) => sender switch
    {
        "application" => "your application",
        "web-server" => "the web server",
        "proxy" => "a proxy or gateway",
        "cdn" => "a CDN",
        "load-balancer" => "a load balancer",
        _ => sender,
    };

    public static string Senders(IReadOnlyList<string> senders) => senders.Count switch
    {
        0 => "",
        1 => Sender(senders[0]),
        _ => string.Join(", ", senders.Take(senders.Count - 1).Select(Sender)) + " or " + Sender(senders[^1]),
    };
}
