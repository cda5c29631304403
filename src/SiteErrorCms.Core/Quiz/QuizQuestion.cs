using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiteErrorCms.Core.Markdown;
using SiteErrorCms.Core.Publishing;

namespace SiteErrorCms.Core.Quiz;

/// <summary>A curated multiple-choice question with the explanation shown after answering.</summary>
public class QuizQuestion : ContentEntity
{
    /// <summary>A stable key (<c>redirect-keeps-method</c>) so the seed can update a question in place.</summary>
    public required string Key { get; set; }

    public required string Prompt { get; set; }

    public List<string> Choices { get; set; } = [];

    public int AnswerIndex { get; set; }

    public MarkdownText Explanation { get; set; } = MarkdownText.Empty;

    public List<string> RelatedCodeKeys { get; set; } = [];

    /// <summary>easy, medium or hard.</summary>
    public string Difficulty { get; set; } = "medium";
}

internal sealed class QuizQuestionConfiguration : IEntityTypeConfiguration<QuizQuestion>
{
    public void Configure(EntityTypeBuilder<QuizQuestion> builder)
    {
        builder.ConfigureContent();
        builder.Property(q => q.Key).HasMaxLength(100);
        builder.Property(q => q.Prompt).HasMaxLength(500);
        builder.Property(q => q.Difficulty).HasMaxLength(16);
        builder.HasIndex(q => q.Key).IsUnique();
    }
}
