namespace SiteErrorCms.Web.Admin.Shared;

/// <summary>
/// One labelled input for <c>_InputField</c>: its errors come from ModelState under <see cref="Name"/>
/// and are tied to the input with aria-describedby, so a screen reader reads them with the field.
/// </summary>
public sealed record InputField(string Name, string Label, string? Value = null, string Type = "text")
{
    public string? Autocomplete { get; init; }

    public string? Hint { get; init; }

    public bool Required { get; init; } = true;

    public string? InputMode { get; init; }

    public string Id => "f-" + Name.Replace('.', '-');
}
