using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using StatementContent.Generators.Lint;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// The content lint (STC5xxx): each rule located at the finding, Info by default, acknowledged by lint.baseline
/// whatever line the finding moves to, and its severity set per ID by an .editorconfig above the content.
/// </summary>
public class LintTests
{
    private const string Baseline = "/c/lint.baseline";

    [Theory]
    [InlineData("STC5001", "Абзац один,второй.", 3, 11)]
    [InlineData("STC5002", "Абзац «один»и два.", 3, 12)]
    [InlineData("STC5003", "Абзац  один.", 3, 6)]
    [InlineData("STC5003", "Абзац\u00A0один.", 3, 6)]
    [InlineData("STC5004", "Абзац оdин.", 3, 7)] // a Latin 'o' and 'd' in a Cyrillic word: a homoglyph
    public void Each_rule_finds_its_case_at_the_character(string id, string paragraph, int line, int column)
    {
        GeneratorRun run = new MiniContent().With(MiniContent.Russian, $"# Заголовок\n\n{paragraph}\n\nАбзац два.\n").Run();

        Diagnostic diagnostic = Assert.Single(run.AllDiagnostics);
        Assert.Equal((id, DiagnosticSeverity.Info), (diagnostic.Id, diagnostic.Severity));
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal((MiniContent.Russian, line, column), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Empty(run.CompilationProblems);
    }

    // A long paragraph over several lines with a no-break space between every pair of words: the build reports the
    // first findings of the rule in the file, each at its own line and column, and the last says how many it left
    // out (the lint command lists them all).
    [Fact]
    public void Many_findings_of_one_rule_in_a_file_are_capped_and_each_reported_one_is_placed()
    {
        const int Lines = 12, WordsPerLine = 6;
        string paragraph = string.Join("\n", Enumerable.Range(0, Lines).Select(l => string.Join("\u00A0", Enumerable.Repeat("слово", WordsPerLine))));
        string file = $"# Заголовок\n\n{paragraph}\n\nАбзац два.\n";
        GeneratorRun run = new MiniContent().With(MiniContent.Russian, file).Run();

        // Where every no-break space is, from the file itself: line and column, 1-based.
        string[] fileLines = file.Split('\n');
        var expected = fileLines.SelectMany((text, line) => text.Select((c, column) => (c, line, column)))
            .Where(x => x.c == '\u00A0').Select(x => (x.line + 1, x.column + 1)).ToList();
        Assert.Equal(Lines * (WordsPerLine - 1), expected.Count);

        Diagnostic[] reported = run.AllDiagnostics.Where(d => d.Id == "STC5003").ToArray();
        Assert.Equal(ContentLint.MaxReportedPerFileAndRule, reported.Length);
        Assert.Equal(expected.Take(ContentLint.MaxReportedPerFileAndRule), reported.Select(d =>
        {
            FileLinePositionSpan span = d.Location.GetLineSpan();
            return (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
        }));
        Assert.All(reported.Take(reported.Length - 1), d => Assert.DoesNotContain("more", d.GetMessage(), StringComparison.Ordinal));
        Assert.EndsWith($"(and {expected.Count - ContentLint.MaxReportedPerFileAndRule} more STC5003 in this file, not reported by the build; 'statement lint' lists them all)",
            reported[^1].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Mixed_quote_styles_in_one_language_and_a_name_unlike_its_id_are_found()
    {
        GeneratorRun run = new MiniContent()
            .With(MiniContent.English, "# Title\n\nThe “first” and the \"second\" and the \"third\".\n\nParagraph two.\n")
            .With(MiniContent.Signatories, new MiniContent().Text(MiniContent.Signatories).Replace("\"en\": \"B\"", "\"en\": \"Beta Party\""))
            .Run();

        Assert.Equal(new[] { "STC5005", "STC5006" }, run.AllDiagnostics.Select(d => d.Id).OrderBy(i => i));
        Assert.Contains("quotes “” in a 'en' text that otherwise quotes \"\"", run.AllDiagnostics.Single(d => d.Id == "STC5005").GetMessage(), StringComparison.Ordinal);
        Assert.Contains("lacks the id's word(s) 'b'", run.AllDiagnostics.Single(d => d.Id == "STC5006").GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_baseline_acknowledges_a_finding_wherever_its_line_moves_and_a_new_one_still_shows()
    {
        string baseline = "# acknowledged\nSTC5001 | s1/ru.md | зац один,второй.\n"; // the finding and eight characters either side
        GeneratorRun acknowledged = new MiniContent()
            .With(MiniContent.Russian, "# Заголовок\n\nАбзац один,второй.\n\nАбзац два.\n")
            .With(Baseline, baseline).Run();
        Assert.Empty(acknowledged.AllDiagnostics);

        GeneratorRun moved = new MiniContent()
            .With(MiniContent.Russian, "# Заголовок\n\nНовый абзац в начале.\n\nАбзац один,второй.\n\nАбзац оdин.\n")
            .With(MiniContent.English, "# Title\n\nNew first paragraph.\n\nParagraph one.\n\nParagraph two.\n")
            .With(Baseline, baseline).Run();
        Diagnostic fresh = Assert.Single(moved.AllDiagnostics);
        Assert.Equal(("STC5004", 7), (fresh.Id, fresh.Location.GetLineSpan().StartLinePosition.Line + 1));
    }

    [Theory]
    [InlineData("[*.md]\ndotnet_diagnostic.STC5004.severity = warning\n", DiagnosticSeverity.Warning)]
    [InlineData("[**/ru.md]\ndotnet_diagnostic.STC5004.severity = error\n", DiagnosticSeverity.Error)]
    [InlineData("[*.json]\ndotnet_diagnostic.STC5004.severity = error\n", DiagnosticSeverity.Info)] // another file type: not this finding
    public void An_editorconfig_above_the_content_sets_a_rules_severity(string config, DiagnosticSeverity expected)
    {
        GeneratorRun run = new MiniContent()
            .With(MiniContent.Russian, "# Заголовок\n\nАбзац оdин.\n\nАбзац два.\n")
            .With("/.editorconfig", "root = true\n\n" + config)
            .Run();

        Diagnostic diagnostic = Assert.Single(run.AllDiagnostics);
        Assert.Equal(("STC5004", expected), (diagnostic.Id, diagnostic.Severity));
    }

    [Fact]
    public void Severity_none_silences_a_rule_and_a_nearer_editorconfig_wins()
    {
        GeneratorRun run = new MiniContent()
            .With(MiniContent.Russian, "# Заголовок\n\nАбзац оdин,второй.\n\nАбзац два.\n")
            .With("/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.STC5004.severity = error\ndotnet_diagnostic.STC5001.severity = none\n")
            .With("/c/.editorconfig", "[*]\ndotnet_diagnostic.STC5004.severity = suggestion\n")
            .Run();

        Diagnostic diagnostic = Assert.Single(run.AllDiagnostics);
        Assert.Equal(("STC5004", DiagnosticSeverity.Info), (diagnostic.Id, diagnostic.Severity));
    }

    [Fact]
    public void Errors_stay_errors_whatever_an_editorconfig_says()
    {
        GeneratorRun run = new MiniContent()
            .With(MiniContent.Metadata, "{\n  \"id\": \"s-one\",\n  \"published\": ,\n}")
            .With("/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.STC1001.severity = none\n")
            .Run();

        Assert.Contains(run.AllDiagnostics, d => d.Id == "STC1001" && d.Severity == DiagnosticSeverity.Error);
    }
}
