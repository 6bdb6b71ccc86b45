using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// docs/architecture.md names real files: every path it quotes exists, so a walk through a change cannot point at
/// a file that was moved or removed.
/// </summary>
public sealed class ArchitectureDocTests
{
    /// <summary>Where a short path in the document is relative to, tried in order after the repository root.</summary>
    private static readonly string[] Bases =
    {
        "generators/StatementContent.Generators",
        "src/StatementContent.Cli",
        "src/StatementContent/Runtime",
        "src/StatementContent/Rendering",
        "tests",
    };

    public static TheoryData<string> QuotedPaths()
    {
        var data = new TheoryData<string>();
        foreach (string path in Paths())
        {
            data.Add(path);
        }

        return data;
    }

    private static string[] Paths() => Regex.Matches(File.ReadAllText(RepoPaths.Combine("docs", "architecture.md")), "`([^`\\s]+)`")
        .Select(m => m.Groups[1].Value)
        .Where(IsPath)
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void The_document_quotes_the_files_of_its_walks()
    {
        string[] paths = Paths();
        Assert.True(paths.Length > 40, $"only {paths.Length} quoted paths found: is the pattern still right?");
        Assert.Contains("src/StatementContent.Cli/CliApp.cs", paths);
        Assert.Contains("Model/StatementTexts.cs", paths);
    }

    [Theory]
    [MemberData(nameof(QuotedPaths))]
    public void Every_quoted_path_exists(string path)
    {
        IEnumerable<string> candidates = new[] { "" }.Concat(Bases).Select(b => Path.Combine(RepoPaths.Root, b, path.TrimEnd('/')));
        Assert.True(candidates.Any(c => File.Exists(c) || Directory.Exists(c)), $"docs/architecture.md names '{path}', which is not in the repository");
    }

    /// <summary>A file or folder path: has a slash or a file extension we use, and no placeholder (<c>&lt;id&gt;</c>, <c>…</c>, <c>*</c>).</summary>
    private static bool IsPath(string token) =>
        !token.Contains('<') && !token.Contains('…') && !token.Contains('*') && !token.Contains('(') && !token.StartsWith("--", StringComparison.Ordinal)
        && (Regex.IsMatch(token, "\\.(cs|md|json|props|targets|csproj|js|sh)$") || (token.Contains('/') && Regex.IsMatch(token, "^[A-Za-z.][A-Za-z0-9._/-]*$")));
}
