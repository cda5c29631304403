using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SiteErrorCms.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CodeFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BrowserBehavior_Html",
                table: "StatusCodes",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BrowserBehavior_Source",
                table: "StatusCodes",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "Cacheable",
                table: "StatusCodes",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ClientSees",
                table: "StatusCodes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Collisions_Html",
                table: "StatusCodes",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Collisions_Source",
                table: "StatusCodes",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<List<string>>(
                name: "Flags",
                table: "StatusCodes",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "RetryAdvice_Html",
                table: "StatusCodes",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RetryAdvice_Source",
                table: "StatusCodes",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<List<string>>(
                name: "Senders",
                table: "StatusCodes",
                type: "text[]",
                nullable: false);

            migrationBuilder.CreateTable(
                name: "CodeHistory",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StatusCodeId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    Document = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodeHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodeHistory_StatusCodes_StatusCodeId",
                        column: x => x.StatusCodeId,
                        principalTable: "StatusCodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FrameworkConstants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StatusCodeId = table.Column<int>(type: "integer", nullable: false),
                    Framework = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkConstants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrameworkConstants_StatusCodes_StatusCodeId",
                        column: x => x.StatusCodeId,
                        principalTable: "StatusCodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CodeHistory_StatusCodeId_Order",
                table: "CodeHistory",
                columns: new[] { "StatusCodeId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkConstants_StatusCodeId_Framework",
                table: "FrameworkConstants",
                columns: new[] { "StatusCodeId", "Framework" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CodeHistory");

            migrationBuilder.DropTable(
                name: "FrameworkConstants");

            migrationBuilder.DropColumn(
                name: "BrowserBehavior_Html",
                table: "StatusCodes");

            migrationBuilder.DropColumn(
                name: "BrowserBehavior_Source",
                table: "StatusCodes");

            migrationBuilder.DropColumn(
                name: "Cacheable",
                table: "StatusCodes");

            migrationBuilder.DropColumn(
                name: "ClientSees",
                table: "StatusCodes");

            migrationBuilder.DropColumn(
                name: "Collisions_Html",
                table: "StatusCodes");

            migrationBuilder.DropColumn(
                name: "Collisions_Source",
                table: "StatusCodes");

            migrationBuilder.DropColumn(
                name: "Flags",
                table: "StatusCodes");

            migrationBuilder.DropColumn(
                name: "RetryAdvice_Html",
                table: "StatusCodes");

            migrationBuilder.DropColumn(
                name: "RetryAdvice_Source",
                table: "StatusCodes");

            migrationBuilder.DropColumn(
                name: "Senders",
                table: "StatusCodes");
        }
    }
}
