using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SiteErrorCms.Migrations.Postgres.Migrations
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
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "StatusCodes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedUtc",
                table: "StatusCodes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "SnippetTemplates",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "SnippetTemplates",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedUtc",
                table: "SnippetTemplates",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Action",
                table: "Revisions",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Revisions",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Origin",
                table: "Redirects",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedUtc",
                table: "Redirects",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "QuizQuestions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "QuizQuestions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedUtc",
                table: "QuizQuestions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Comparisons",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "Comparisons",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedUtc",
                table: "Comparisons",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Categories",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "Categories",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedUtc",
                table: "Categories",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "BlogPosts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "BlogPosts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedUtc",
                table: "BlogPosts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "DisplayName",
                table: "AspNetUsers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedUtc",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<bool>(
                name: "IsDisabled",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "TimeZoneId",
                table: "AspNetUsers",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AccountTokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Purpose = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UsedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountTokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublisherRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StartedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Published = table.Column<int>(type: "integer", nullable: false),
                    Failed = table.Column<int>(type: "integer", nullable: false),
                    Details = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Instance = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublisherRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SiteSettings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
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

            migrationBuilder.AlterColumn<string>(
                name: "DisplayName",
                table: "AspNetUsers",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);
        }
    }
}
