using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StatementContent.Generators.Model;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary><c>ContentHashes</c> stays small at scale (issue 19, item 6): a constant per text and party only while they are few.</summary>
public class ContentHashesTests
{
    [Fact]
    public void Past_the_limit_only_the_content_and_statement_hashes_are_constants()
    {
        // Enough statements of 100 parties each (a constant per party) that their constants pass the limit.
        const int Parties = 100;
        int statements = (ContentHashesModel.MaxConstants / Parties) + 1;
        GeneratorRun run = GeneratorHarness.Run(Content(statements, Parties));
        Assert.Empty(run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(run.CompilationProblems);

        string[] constants = Constants(run);
        string[] expected = new[] { "Content_Version", "Content_Hash" }.Concat(Enumerable.Range(0, statements).Select(s => "S" + s)).ToArray();
        Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), constants.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Contains("only the statements' are constants here", Source(run), StringComparison.Ordinal);

        // Each statement's constant is its hash as the API computes it.
        string statementHash = run.Load(assembly =>
            (string)assembly.GetType("StatementContent.ContentHashes")!.GetField("S0")!.GetValue(null)!);
        string computed = run.Load(assembly =>
        {
            object statement = assembly.GetType("StatementContent.Statements")!.GetProperty("S0")!.GetValue(null)!;
            return (string)statement.GetType().GetProperty("ContentHash")!.GetValue(statement)!;
        });
        Assert.Equal(computed, statementHash);
    }

    [Fact]
    public void Under_the_limit_every_text_and_party_has_its_constant()
    {
        GeneratorRun run = GeneratorHarness.Run(Content(1, 3));
        string[] constants = Constants(run);
        Assert.Contains("S0_Party_P2", constants);
        Assert.Contains("S0_Paragraph1_Ru", constants);
        Assert.DoesNotContain("only the statements' are constants here", Source(run), StringComparison.Ordinal);
    }

    private static string Source(GeneratorRun run) =>
        run.Sources.Single(s => s.HintName == "ContentHashes.g.cs").SourceText.ToString();

    private static string[] Constants(GeneratorRun run) =>
        CSharpSyntaxTree.ParseText(Source(run)).GetRoot().DescendantNodes().OfType<FieldDeclarationSyntax>()
            .SelectMany(f => f.Declaration.Variables).Select(v => v.Identifier.Text).ToArray();

    private static IEnumerable<AdditionalText> Content(int statements, int parties)
    {
        yield return GeneratorHarness.File("/c/strings.json", "{ \"strings\": { \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\" } } }");
        for (int s = 0; s < statements; s++)
        {
            string folder = $"/c/s{s}/";
            yield return GeneratorHarness.File(folder + "statement.json", $"{{ \"id\": \"s{s}\", \"published\": \"2024-01-02\", \"publisher\": {{ \"en\": \"Publisher\", \"ru\": \"Издатель\" }} }}");
            yield return GeneratorHarness.File(folder + "en.md", $"# Title {s}\n\nParagraph {s}.\n");
            yield return GeneratorHarness.File(folder + "ru.md", $"# Заголовок {s}\n\nАбзац {s}.\n");
            yield return GeneratorHarness.File(folder + "signatories.json", "{ \"groups\": [ { \"id\": \"g\", \"heading\": \"Others\", \"parties\": ["
                + string.Join(", ", Enumerable.Range(0, parties).Select(p => $"{{ \"id\": \"p{p}\", \"name\": {{ \"en\": \"P{p}\", \"ru\": \"П{p}\" }} }}")) + "] } ] }");
        }
    }
}
