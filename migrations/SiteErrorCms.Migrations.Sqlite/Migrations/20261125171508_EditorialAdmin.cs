using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SiteErrorCms.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EditorialAdmin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "StatusCodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "StatusCodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedUtc",
                table: "StatusCodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "SnippetTemplates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "SnippetTemplates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedUtc",
                table: "SnippetTemplates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Action",
                table: "Revisions",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Revisions",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Origin",
                table: "Redirects",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedUtc",
                table: "Redirects",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "QuizQuestions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "QuizQuestions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedUtc",
                table: "QuizQuestions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Comparisons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "Comparisons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedUtc",
                table: "Comparisons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Categories",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "Categories",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedUtc",
                table: "Categories",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "BlogPosts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "BlogPosts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedUtc",
                table: "BlogPosts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedUtc",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<bool>(
                name: "IsDisabled",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "TimeZoneId",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AccountTokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountTokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublisherRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Published = table.Column<int>(type: "INTEGER", nullable: false),
                    Failed = table.Column<int>(type: "INTEGER", nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Instance = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublisherRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SiteSettings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteSettings", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StatusCodes_PublishAtUtc",
                table: "StatusCodes",
                column: "PublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SnippetTemplates_PublishAtUtc",
                table: "SnippetTemplates",
                column: "PublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_EntityType_EntityId_Version",
                table: "Revisions",
                columns: new[] { "EntityType", "EntityId", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_Redirects_ToPath",
                table: "Redirects",
                column: "ToPath");

            migrationBuilder.CreateIndex(
                name: "IX_QuizQuestions_PublishAtUtc",
                table: "QuizQuestions",
                column: "PublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Comparisons_PublishAtUtc",
                table: "Comparisons",
                column: "PublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Categories_PublishAtUtc",
                table: "Categories",
                column: "PublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_BlogPosts_PublishAtUtc",
                table: "BlogPosts",
                column: "PublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_CreatedUtc",
                table: "AuditEntries",
                columns: new[] { "Action", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AccountTokens_TokenHash",
                table: "AccountTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublisherRuns_StartedUtc",
                table: "PublisherRuns",
                column: "StartedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountTokens");

            migrationBuilder.DropTable(
                name: "PublisherRuns");

            migrationBuilder.DropTable(
                name: "SiteSettings");

            migrationBuilder.DropIndex(
                name: "IX_StatusCodes_PublishAtUtc",
                table: "StatusCodes");

            migrationBuilder.DropIndex(
                name: "IX_SnippetTemplates_PublishAtUtc",
                table: "SnippetTemplates");

            migrationBuilder.DropIndex(
                name: "IX_Revisions_EntityType_EntityId_Version",
                table: "Revisions");

            migrationBuilder.DropIndex(
                name: "IX_Redirects_ToPath",
                table: "Redirects");

            migrationBuilder.DropIndex(
                name: "IX_QuizQuestions_PublishAtUtc",
                table: "QuizQuestions");

            migrationBuilder.DropIndex(
                name: "IX_Comparisons_PublishAtUtc",
                table: "Comparisons");

            migrationBuilder.DropIndex(
                name: "IX_Categories_PublishAtUtc",
                table: "Categories");

            migrationBuilder.DropIndex(
                name: "IX_BlogPosts_PublishAtUtc",
                table: "BlogPosts");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Action_CreatedUtc",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "StatusCodes");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "StatusCodes");

            migrationBuilder.DropColumn(
                name: "TrashedUtc",
                table: "StatusCodes");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "SnippetTemplates");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "SnippetTemplates");

            migrationBuilder.DropColumn(
                name: "TrashedUtc",
                table: "SnippetTemplates");

            migrationBuilder.DropColumn(
                name: "Action",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "Origin",
                table: "Redirects");

            migrationBuilder.DropColumn(
                name: "UpdatedUtc",
                table: "Redirects");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "QuizQuestions");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "QuizQuestions");

            migrationBuilder.DropColumn(
                name: "TrashedUtc",
                table: "QuizQuestions");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "Comparisons");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "Comparisons");

            migrationBuilder.DropColumn(
                name: "TrashedUtc",
                table: "Comparisons");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "Categories");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "Categories");

            migrationBuilder.DropColumn(
                name: "TrashedUtc",
                table: "Categories");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "BlogPosts");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "BlogPosts");

            migrationBuilder.DropColumn(
                name: "TrashedUtc",
                table: "BlogPosts");

            migrationBuilder.DropColumn(
                name: "CreatedUtc",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "IsDisabled",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "TimeZoneId",
                table: "AspNetUsers");
        }
    }
}
