using Microsoft.EntityFrameworkCore;
using SiteErrorCms.Core.Data;
using SiteErrorCms.Core.Publishing;
using SiteErrorCms.Core.Quiz;
using SiteErrorCms.Core.Seed;

// EF turns ToLower() into SQL lower() on both providers; the StringComparison overloads do not translate.
#pragma warning disable CA1862

namespace SiteErrorCms.Core.Editing.Types;

public sealed class EditableQuiz : Editable<QuizQuestion>
{
    public override string Name => "quiz";

    public override string Label => "Quiz questions";

    public override string Singular => "quiz question";

    protected override IQueryable<QuizQuestion> Load(CmsDbContext db) => db.QuizQuestions;

    public override Task<IReadOnlyList<FieldDef>> FieldsAsync(CmsDbContext db, FieldValues values, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<FieldDef>>(
        [
            new("key", "Key", FieldKind.Text) { Required = true, MaxLength = 80 },
            new("question", "Question", FieldKind.TextArea) { Required = true, MaxLength = 500 },
            new("choices", "Choices", FieldKind.Lines) { Required = true, Hint = "One choice per line; two to six." },
            new("answer", "Right answer", FieldKind.Text) { Required = true, Hint = "Exactly as one of the choices." },
            new("explanation", "Explanation", FieldKind.Markdown) { Required = true },
            new("codes", "Codes it is about", FieldKind.Lines) { Hint = "One code key per line." },
            new("difficulty", "Difficulty", FieldKind.Select) { Required = true, Options = [new("easy", "Easy"), new("medium", "Medium"), new("hard", "Hard")] },
        ]);

    protected override FieldValues Read(QuizQuestion q)
    {
        var d = SeedMapping.ToDoc(q);
        return new FieldValues
        {
            ["key"] = d.Key, ["question"] = d.Question, ["choices"] = FieldReader.Lines(d.Choices), ["answer"] = d.Answer,
            ["explanation"] = d.Explanation, ["codes"] = FieldReader.Lines(d.Codes), ["difficulty"] = d.Difficulty,
        };
    }

    public override FieldValues Blank(Actor actor) => new() { ["difficulty"] = "medium" };

    protected override async Task ValidateAsync(CmsDbContext db, int? id, FieldReader r, CancellationToken ct)
    {
        CheckSlug(r, "key");
        var key = r.Text("key");
        if (await db.QuizQuestions.AnyAsync(q => q.Key == key && q.Id != (id ?? 0), ct))
        {
            r.Fail("key", $"The key {key} is taken.");
        }

        var choices = r.Lines("choices");
        if (choices.Count is > 0 and (< 2 or > 6))
        {
            r.Fail("choices", $"Give two to six choices; there are {choices.Count}.");
        }
        else if (choices.Distinct(StringComparer.OrdinalIgnoreCase).Count() != choices.Count)
        {
            r.Fail("choices", "Two choices say the same thing.");
        }

        if (r.Text("answer") is { Length: > 0 } answer && !choices.Contains(answer))
        {
            r.Fail("answer", "The right answer must be one of the choices, written the same way.");
        }
    }

    protected override QuizQuestion New(FieldValues values, Actor actor) => new() { Key = "", Prompt = "" };

    protected override Task ApplyAsync(CmsDbContext db, QuizQuestion entry, FieldReader r, CancellationToken ct)
    {
        entry.Key = r.Text("key");
        SeedMapping.Apply(new QuizDoc(entry.Key, r.Text("question"), r.Lines("choices"), r.Text("answer"), r.Text("explanation"), r.Lines("codes"), r.Text("difficulty"), StateOf(entry)), entry);
        return Task.CompletedTask;
    }

    public override string Title(FieldValues values) => values["question"];

    public override IQueryable<EntryRow> Rows(CmsDbContext db, string? search, string? group)
    {
        var rows = db.QuizQuestions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLower();
            rows = rows.Where(q => q.Key.Contains(term) || q.Prompt.ToLower().Contains(term));
        }

        if (!string.IsNullOrWhiteSpace(group))
        {
            rows = rows.Where(q => q.Difficulty == group);
        }

        return rows.Select(q => new EntryRow
        {
            Id = q.Id, Title = q.Prompt, Detail = q.Key + " · " + q.Difficulty, State = q.State, Pending = q.PendingSnapshot != null,
            PublishAtUtc = q.PublishAtUtc, UpdatedUtc = q.UpdatedUtc, SortKey = q.Key,
        });
    }

    public override Task<IReadOnlyList<KeyValuePair<string, string>>> GroupsAsync(CmsDbContext db, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<KeyValuePair<string, string>>>([new("easy", "Easy"), new("medium", "Medium"), new("hard", "Hard")]);
}
