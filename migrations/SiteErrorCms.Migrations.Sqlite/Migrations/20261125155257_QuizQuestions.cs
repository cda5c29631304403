using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SiteErrorCms.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class QuizQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QuizQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Prompt = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Choices = table.Column<string>(type: "TEXT", nullable: false),
                    AnswerIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    RelatedCodeKeys = table.Column<string>(type: "TEXT", nullable: false),
                    Difficulty = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Explanation_Html = table.Column<string>(type: "TEXT", nullable: false),
                    Explanation_Source = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SeedFingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuizQuestions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QuizQuestions_Key",
                table: "QuizQuestions",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuizQuestions_State",
                table: "QuizQuestions",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QuizQuestions");
        }
    }
}
