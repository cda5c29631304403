using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SiteErrorCms.Tests.Infrastructure;

namespace SiteErrorCms.Tests.Content;

/// <summary>
/// Parses snippets with each language's own tools. A checker returns the snippets that do not parse,
/// each with the tool's message; tools that take many files at once are called once per language.
/// </summary>
public static class SnippetCheckers
{
    public sealed record Failure(SnippetSource Snippet, string Message);

    /// <summary>The external tool each language needs; null where the check runs in-process.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Tools = new Dictionary<string, string?>
    {
        ["javascript"] = "node",
        ["python"] = "python3",
        ["php"] = "php",
        ["ruby"] = "ruby",
        ["go"] = "gofmt",
        ["nginx"] = "nginx",
        ["xml"] = "xmllint",
        ["rust"] = "rustfmt",
        ["csharp"] = null,
    };

    public static string? FindTool(string name) => ExternalTool.Find(name);

    public static async Task<List<Failure>> CheckAsync(string language, IReadOnlyList<SnippetSource> snippets, string workDir) => language switch
    {
        "csharp" => CheckCSharp(snippets),
        "javascript" => await BatchAsync(snippets, workDir, ".js", "node",
            files => ["-e", "const vm = require('vm'), fs = require('fs');\nfor (const f of process.argv.slice(1)) {\n  try { vm.compileFunction(fs.readFileSync(f, 'utf8'), ['exports', 'require', 'module', '__filename', '__dirname'], { filename: f }); }\n  catch (e) { console.log(f + '\\t' + String(e.message).replace(/\\n/g, ' ')); }\n}", .. files]),
        "python" => await BatchAsync(snippets, workDir, ".py", "python3",
            files => ["-c", "import sys\nfor f in sys.argv[1:]:\n    try:\n        compile(open(f, encoding='utf-8').read(), f, 'exec')\n    except SyntaxError as e:\n        print(f + '\\t' + str(e).replace('\\n', ' '))", .. files]),
        "ruby" => await BatchAsync(snippets, workDir, ".rb", "ruby",
            files => ["-e", "ARGV.each { |f| begin; RubyVM::InstructionSequence.compile_file(f); rescue SyntaxError => e; puts f + \"\\t\" + e.message.gsub(\"\\n\", ' '); end }", .. files]),
        "go" => await PerFileAsync(snippets, workDir, ".go", f => ("gofmt", ["-e", "-l", f])),
        "php" => await PerFileAsync(snippets, workDir, ".php", f => ("php", ["-l", f])),
        "xml" => await PerFileAsync(snippets, workDir, ".xml", f => ("xmllint", ["--noout", f])),
        "rust" => await PerFileAsync(snippets, workDir, ".rs", f => ("rustfmt", ["--edition", "2021", "--emit", "stdout", f])),
        "nginx" => await PerFileAsync(snippets, workDir, ".conf", NginxCommand),
        _ => [],
    };

    private static List<Failure> CheckCSharp(IReadOnlyList<SnippetSource> snippets) =>
        snippets
            .Select(s => (s, errors: CSharpSyntaxTree.ParseText(s.Code, new CSharpParseOptions(LanguageVersion.Latest))
                .GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList()))
            .Where(x => x.errors.Count > 0)
            .Select(x => new Failure(x.s, string.Join("; ", x.errors.Take(3).Select(e => e.ToString()))))
            .ToList();

    private static (string, string[]) NginxCommand(string file)
    {
        // The snippet is an http-level block; wrap it in a minimal main config that writes only to its folder.
        var dir = Path.GetDirectoryName(file)!;
        var wrapper = file + ".main";
        File.WriteAllText(wrapper, $$"""
            pid {{dir}}/nginx.pid;
            error_log {{dir}}/error.log;
            events {}
            http {
                access_log off;
                client_body_temp_path {{dir}}/tmp-body;
                proxy_temp_path {{dir}}/tmp-proxy;
                fastcgi_temp_path {{dir}}/tmp-fastcgi;
                uwsgi_temp_path {{dir}}/tmp-uwsgi;
                scgi_temp_path {{dir}}/tmp-scgi;
                include {{file}};
            }
            """);
        return ("nginx", ["-t", "-q", "-p", dir, "-c", wrapper]);
    }

    private static List<string> WriteAll(IReadOnlyList<SnippetSource> snippets, string workDir, string extension)
    {
        Directory.CreateDirectory(workDir);
        return snippets.Select((s, i) =>
        {
            var file = Path.Combine(workDir, $"snippet{i}{extension}");
            File.WriteAllText(file, s.Code.EndsWith('\n') ? s.Code : s.Code + "\n");
            return file;
        }).ToList();
    }

    private static async Task<List<Failure>> PerFileAsync(IReadOnlyList<SnippetSource> snippets, string workDir, string extension, Func<string, (string Tool, string[] Args)> command)
    {
        var files = WriteAll(snippets, workDir, extension);
        var failures = new List<Failure>();
        for (var i = 0; i < files.Count; i++)
        {
            var (tool, args) = command(files[i]);
            var (exit, output) = await RunAsync(tool, args);
            if (exit != 0 || (tool == "gofmt" && output.Contains("error", StringComparison.OrdinalIgnoreCase)))
            {
                failures.Add(new Failure(snippets[i], output.Trim()));
            }
        }

        return failures;
    }

    private static async Task<List<Failure>> BatchAsync(IReadOnlyList<SnippetSource> snippets, string workDir, string extension, string tool, Func<List<string>, string[]> args)
    {
        var files = WriteAll(snippets, workDir, extension);
        var (_, output) = await RunAsync(tool, args(files));
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t', 2))
            .Where(parts => parts.Length == 2 && files.Contains(parts[0]))
            .Select(parts => new Failure(snippets[files.IndexOf(parts[0])], parts[1]))
            .ToList();
    }

    private static Task<(int Exit, string Output)> RunAsync(string tool, string[] args) => ExternalTool.RunAsync(tool, args);
}
