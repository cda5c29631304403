using SiteErrorCms.Core.Editing.Types;

namespace SiteErrorCms.Core.Editing;

/// <summary>Every content type the admin edits, by the name used in its URLs.</summary>
public sealed class ContentTypes
{
    public static readonly IReadOnlyList<IEditable> All =
    [
        new EditableCode(), new EditableCategory(), new EditableTemplate(), new EditableComparison(), new EditableQuiz(), new EditablePost(),
    ];

    public static IEditable? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    public static IEditable? ForEntityType(string entityType) => All.FirstOrDefault(t => t.EntityType == entityType);
}
