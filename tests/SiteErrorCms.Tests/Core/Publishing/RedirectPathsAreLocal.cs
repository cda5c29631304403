using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Tests.Core.Publishing;

public sealed class RedirectPathsAreLocal
{
    [Theory]
    [InlineData("/blog/a", "/blog/a")]
    [InlineData("  /blog/a/  ", "/blog/a")]
    [InlineData("/blog/a?utm=x#top", "/blog/a")]
    [InlineData("/", "/")]
    [InlineData("/codes/404", "/codes/404")]
    public void AndAreStoredInOneSpelling(string raw, string expected)
    {
        Assert.True(RedirectPath.TryNormalize(raw, out var path));
        Assert.Equal(expected, path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("blog/a")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example")]
    [InlineData("/a b")]
    [InlineData("/a\r\nSet-Cookie: x")]
    [InlineData("///")]
    public void OrAreRefused(string raw) => Assert.False(RedirectPath.TryNormalize(raw, out _));

    [Fact]
    public void UpToFourHundredCharacters()
    {
        Assert.True(RedirectPath.TryNormalize("/" + new string('a', 399), out _));
        Assert.False(RedirectPath.TryNormalize("/" + new string('a', 400), out _));
    }
}
