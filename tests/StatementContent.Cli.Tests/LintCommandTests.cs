using System;
using System.IO;
using System.Linq;
using StatementContent.Cli;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Cli.Tests;

/// <summary><c>statement lint</c>: the published text's known findings are baselined; a new homoglyph is new and fails.</summary>
public sealed class LintCommandTests : IDisposable
{
    private readonly string _content = Path.Combine(Directory.CreateTempSubdirectory("lint-command").FullName, "content");

    public LintCommandTests() => LockCommandTests.Copy(RepoPaths.Combine("content"), _content);

    /// <summary>A file the tool refuses to read has no text to lint: lint fails naming it, and never baselines without it.</summary>
    [Fact]
    public void A_refused_file_fails_the_lint_and_the_baseline_is_not_rewritten_without_it()
    {
        using var hostile = new HostileContent();
        foreach ((string folder, string id) in new[] { (hostile.Pipe, "STC1110"), (hostile.LinkedText, "STC1109"), (hostile.Sparse, "STC1106") })
        {
            string baseline = File.ReadAllText(Path.Combine(folder, "lint.baseline"));

            var (code, output, error) = CliTests.Run("lint", folder);
            var (updateCode, _, _) = CliTests.Run("lint", folder, "--update-baseline");

            Assert.True(code == ExitCodes.ContentErrors, $"{id}: lint exit {code}\n{output}{error}");
            Assert.Contains($"error {id}", output, StringComparison.Ordinal);
            Assert.Contains("fix them before linting", error, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.ContentErrors, updateCode);
            Assert.Equal(baseline, File.ReadAllText(Path.Combine(folder, "lint.baseline")));
        }
    }

    [Fact]
    public void The_published_findings_are_all_baselined()
    {
        int acknowledged = File.ReadAllLines(RepoPaths.Combine("content", "lint.baseline")).Count(l => l.StartsWith("STC5", StringComparison.Ordinal));
        Assert.True(acknowledged > 0, "the published text has known findings (',призванная', '»и', 'USAID.Текст')");

        var (code, output, _) = CliTests.Run("lint", _content);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(acknowledged, output.Split('\n').Count(l => l.EndsWith(" (baselined)", StringComparison.Ordinal)));
        Assert.Contains($"{acknowledged} finding(s), {acknowledged} baselined, 0 new.", output, StringComparison.Ordinal);
        Assert.Contains("ru.md", output, StringComparison.Ordinal);
    }

    // The lint command checks the translations as the build does: a Russian paragraph that drops the English
    // number 311 is a new STC5007 at ru.md, while the published paragraph 4's sentence count stays acknowledged.
    [Fact]
    public void A_number_dropped_from_a_translation_is_reported_as_new_and_fails()
    {
        string russian = Path.Combine(_content, "statements", "central-asia-ideology-ban", "ru.md");
        string text = File.ReadAllText(russian);
        Assert.Contains("311 тысяч", text, StringComparison.Ordinal);
        File.WriteAllText(russian, text.Replace("311 тысяч", "трёхсот тысяч", StringComparison.Ordinal));

        var (code, output, _) = CliTests.Run("lint", _content);

        Assert.Equal(ExitCodes.ContentErrors, code);
        string finding = Assert.Single(output.Split('\n'), l => l.Contains("STC5007", StringComparison.Ordinal));
        Assert.Contains("ru.md(5,1): info STC5007: Lint: the 'ru' text lacks the number '311' of the English", finding, StringComparison.Ordinal);
        Assert.Contains(output.Split('\n'), l => l.Contains("STC5011", StringComparison.Ordinal) && l.EndsWith(" (baselined)", StringComparison.Ordinal));
        Assert.Contains("1 new.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_homoglyph_is_reported_as_new_and_fails()
    {
        // A Latin 'o' pasted into a Russian party name: looks the same, is not.
        string signatories = Path.Combine(_content, "statements", "central-asia-ideology-ban", "signatories.json");
        string text = File.ReadAllText(signatories);
        int at = text.IndexOf("\"ru\": \"Коммунистическая", StringComparison.Ordinal);
        Assert.True(at > 0);
        File.WriteAllText(signatories, text.Remove(at + 8, 1).Insert(at + 8, "K")); // a Latin K where a Cyrillic о was

        var (code, output, _) = CliTests.Run("lint", _content);

        Assert.Equal(ExitCodes.ContentErrors, code);
        string finding = Assert.Single(output.Split('\n'), l => l.Contains("STC5004", StringComparison.Ordinal));
        Assert.DoesNotContain("(baselined)", finding, StringComparison.Ordinal);
        Assert.Contains("mixes Latin and Cyrillic letters", finding, StringComparison.Ordinal);
        Assert.Contains("1 new.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_editorconfig_severity_applies_to_the_lint_as_to_the_build()
    {
        File.WriteAllText(Path.Combine(_content, ".editorconfig"), "[*.md]\ndotnet_diagnostic.STC5001.severity = warning\n[*.json]\ndotnet_diagnostic.STC5003.severity = none\n");

        string output = CliTests.Run("lint", _content).Output;

        Assert.Contains(": warning STC5001:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("STC5003", output, StringComparison.Ordinal);
    }

    // Issue 18, item 9: the first --update-baseline of a content without one writes paths relative to where the
    // baseline goes (the content folder), so the lint and the build then acknowledge the finding.
    [Fact]
    public void The_first_update_baseline_acknowledges_the_finding_for_the_lint_and_the_build()
    {
        string folder = Path.Combine(Path.GetDirectoryName(_content)!, "fresh");
        Directory.CreateDirectory(Path.Combine(folder, "s1"));
        File.WriteAllText(Path.Combine(folder, "s1", "statement.json"), "{ \"id\": \"s-one\", \"published\": \"2024-01-02\", \"publisher\": { \"en\": \"P\", \"ru\": \"П\" } }");
        File.WriteAllText(Path.Combine(folder, "s1", "en.md"), "# Title\n\nParagraph one.\n");
        File.WriteAllText(Path.Combine(folder, "s1", "ru.md"), "# Заголовок\n\nАбзац один,второй.\n");
        Assert.Contains("1 finding(s), 0 baselined, 1 new.", CliTests.Run("lint", folder).Output, StringComparison.Ordinal);

        var (updateCode, updateOutput, _) = CliTests.Run("lint", folder, "--update-baseline");
        Assert.Equal(ExitCodes.Ok, updateCode);
        Assert.Contains("fresh/lint.baseline: 1 finding(s) acknowledged.", updateOutput, StringComparison.Ordinal);
        Assert.Contains(" | s1/ru.md | ", File.ReadAllText(Path.Combine(folder, "lint.baseline")), StringComparison.Ordinal);

        var (code, output, _) = CliTests.Run("lint", folder);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("1 finding(s), 1 baselined, 0 new.", output, StringComparison.Ordinal);
        // The build reads the same files with the same code: no lint diagnostic is left.
        Assert.DoesNotContain(ContentFolder.Load(folder).Diagnostics, d => d.Id.StartsWith("STC5", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_content)!, recursive: true);
}
