using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Codes;
using SiteErrorCms.Core.Editing;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Core.Editing;

/// <summary>Reading a seeded code into fields and writing them back changes nothing, so opening and saving a form is not an edit.</summary>
public sealed class CodeFieldsRoundTrip(SeededSite site)
{
    [Theory]
    [InlineData("421")]
    [InlineData("iis/404.3")]
    [InlineData("200")]
    [InlineData("301")]
    [InlineData("nginx/499")]
    [InlineData("cloudflare/522")]
    public async Task WritingACodesOwnFieldsBackLeavesItsFieldsUnchanged(string key)
    {
        var type = ContentTypes.Find("codes")!;
        await site.WithDbAsync(async db =>
        {
            var id = await db.StatusCodes.Where(c => c.Key == key).Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken);
            var code = (StatusCode)(await type.FindAsync(db, id, TestContext.Current.CancellationToken))!;
            var before = type.Read(code);
            var state = code.State;

            await type.ApplyAsync(db, code, before.Clone(), TestContext.Current.CancellationToken);
            var after = type.Read(code);

            var changed = before.Names.Concat(after.Names).Distinct().Where(n => before[n] != after[n]).ToList();
            Assert.True(changed.Count == 0, $"{key}: {string.Join(", ", changed.Select(n => $"{n}: \"{before[n]}\" → \"{after[n]}\""))}");
            Assert.Equal(key, code.Key);
            Assert.Equal(state, code.State);
            Assert.Empty(await type.ValidateAsync(db, id, before, TestContext.Current.CancellationToken));
        });
    }
}

/// <summary>An editor can open any seeded entry and save it untouched: the seed never breaks the admin's own rules.</summary>
public sealed class SeededEntriesPassTheEditorsChecks(SeededSite site)
{
    public static TheoryData<string> Types() => [.. ContentTypes.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Types))]
    public async Task EverySeededEntryValidatesAsItStands(string typeName)
    {
        var type = ContentTypes.Find(typeName)!;
        await site.WithDbAsync(async db =>
        {
            var ids = await type.Entries(db).Select(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
            var problems = new List<string>();
            foreach (var id in ids)
            {
                var entity = (await type.FindAsync(db, id, TestContext.Current.CancellationToken))!;
                var values = type.Read(entity);
                foreach (var (field, message) in await type.ValidateAsync(db, id, values, TestContext.Current.CancellationToken))
                {
                    problems.Add($"{type.Title(values)} ({field}): {message}");
                }
            }

            Assert.NotEmpty(ids);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        });
    }
}
