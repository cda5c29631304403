namespace SiteErrorCms.Core.Data;

/// <summary>
/// A start-up failure an operator can fix (bad provider name, unreachable database). Its text is the
/// whole story, so it prints as one line instead of a stack dump.
/// </summary>
public sealed class CmsStartupException : Exception
{
    public CmsStartupException(string message)
        : base(message)
    {
    }

    public CmsStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CmsStartupException()
    {
    }

    public override string ToString() => Message;
}
