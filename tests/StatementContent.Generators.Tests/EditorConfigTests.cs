using System;
using System.Linq;
using System.Threading;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// .editorconfig sections whose glob is malformed: a located warning at the section line, the section ignored (as
/// the compiler ignores it), and everything else still read and generated. No glob makes the generator throw
/// (issue 18, item 8).
/// </summary>
public class EditorConfigTests
{
    private const string Config = "/.editorconfig";

    /// <summary>A Latin 'o' in a Russian word: an STC5004 finding whose severity the sections set.</summary>
    private const string Homoglyph = "# Заголовок\n\nАбзац оdин.\n\nАбзац два.\n";

    [Theory]
    [InlineData("*.{md,json")]
    [InlineData("[")]
    [InlineData("**{")]
    [InlineData("*.md}")]
    [InlineData("*.md,*.json")]
    [InlineData("*.m[d")]
    [InlineData("\\")]
    [InlineData("{1..99999999999}")]
    public void A_malformed_section_is_a_warning_at_its_line_and_is_ignored_and_the_rest_generates(string glob)
    {
        string config = "root = true\n\n[" + glob + "]\ndotnet_diagnostic.STC5004.severity = error\n\n[*.md]\ndotnet_diagnostic.STC5001.severity = error\n";
        GeneratorRun run = new MiniContent().With(MiniContent.Russian, Homoglyph).With(Config, config).Run();

        Diagnostic warning = Assert.Single(run.Diagnostics);
        Assert.Equal(("STC1108", DiagnosticSeverity.Warning, (Config, 3, 1)), (warning.Id, warning.Severity, MiniContent.Where(warning)));
        Assert.Contains("[" + glob + "]", warning.GetMessage(), StringComparison.Ordinal);
        // The malformed section's error severity does not apply: the finding keeps its default.
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(run.AllDiagnostics, d => d.Id == "STC5004").Severity);
        Assert.Contains(run.Sources, s => s.HintName == "Statements.SOne.g.cs");
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData("*.{}", "ru.md", false)]
    [InlineData("*.{md,}", "ru.md", true)]
    [InlineData("{s1,s2}/*.md", "ru.md", true)]
    [InlineData("*.[mx]d", "ru.md", true)]
    [InlineData("*.[!m]d", "ru.md", false)]
    [InlineData("r\\u.md", "ru.md", true)]
    [InlineData("[a-z][a-z].md", "ru.md", true)]
    [InlineData("s{0..2}/*.md", "ru.md", true)]
    [InlineData("s{2..9}/*.md", "ru.md", false)]
    [InlineData("*.md] # a comment [with brackets]", "ru.md", true)]
    [InlineData("*.md] ; a comment", "ru.md", true)]
    public void Well_formed_globs_apply_without_a_warning(string glob, string file, bool matches)
    {
        string config = "root = true\n[" + glob + "]\ndotnet_diagnostic.STC5004.severity = warning\n";
        GeneratorRun run = new MiniContent().With("/c/s1/" + file, Homoglyph).With("/c/.editorconfig", config).Run();

        Diagnostic finding = Assert.Single(run.AllDiagnostics);
        Assert.Equal(("STC5004", matches ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info), (finding.Id, finding.Severity));
    }

    /// <summary>Any string between the brackets: reading the file and matching paths against it never throw; a section is either reported or used.</summary>
    [Fact]
    public void No_glob_throws_and_each_is_either_reported_or_used()
    {
        Gen<string> glob = Gen.String[Gen.Char["*?{},.[]!-\\/ab0189#;"], 0, 12];
        Gen<string> path = Gen.String[Gen.Char["ab/.-0189{},[]*!\\"], 1, 10];
        Gen.Select(glob, path).Sample((g, p) =>
        {
            ParsedFile file = ContentFileParser.Parse("/r/.editorconfig", SourceText.From("[" + g + "]\ndotnet_diagnostic.STC5001.severity = error\n"), CancellationToken.None);
            Assert.DoesNotContain(file.Diagnostics, d => d.Id == "STC0001");
            bool reported = file.Diagnostics.Any(d => d.Id == "STC1108");
            bool used = file.EditorConfig!.Sections.Count == 1; // its glob may be shorter: '#' and ';' start a comment
            Assert.True(reported != used, $"reported: {reported}, used: {used}");
            bool matches = SeverityConfig.Matches(g, p);
            Assert.False(matches && EditorConfigGlob.Compile(g, out _) is null, "a malformed glob matches nothing");
        }, iter: 20_000, print: t => $"glob: [{t.Item1}], path: {t.Item2}");
    }
}
