using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>The pipeline's caching contract, checked on the tracked steps of a second driver run.</summary>
public class CachingTests
{
    private static readonly string[] AllSteps =
    {
        StatementGenerator.Steps.Select, StatementGenerator.Steps.Parse, StatementGenerator.Steps.Settings, StatementGenerator.Steps.Assemble, StatementGenerator.Steps.Statements,
        StatementGenerator.Steps.Index, StatementGenerator.Steps.Strings, StatementGenerator.Steps.Diagnostics,
        StatementGenerator.Steps.Runtime,
    };

    [Fact]
    public void An_unrelated_CSharp_edit_reruns_nothing()
    {
        (GeneratorDriver driver, Compilation compilation, _) = FirstRun(new MiniContent());
        Compilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", GeneratorHarness.ParseOptions));
        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (string step in AllSteps)
        {
            Assert.All(Outputs(second, step), reason => Assert.True(NotRerun(reason), step + ": " + reason));
        }
    }

    [Fact]
    public void Reformatting_JSON_without_changing_it_reparses_but_emits_nothing_new()
    {
        (GeneratorDriver driver, Compilation compilation, AdditionalText[] files) = FirstRun(new MiniContent());
        driver = driver.ReplaceAdditionalText(
            files.Single(f => f.Path == MiniContent.Metadata),
            GeneratorHarness.File(MiniContent.Metadata, "{\"id\":\"s-one\",\"published\":\"2024-01-02\",\n\n\"publisher\":{\"en\":\"Publisher\",\"ru\":\"Издатель\"}}"));
        GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, Outputs(second, StatementGenerator.Steps.Parse));
        Assert.All(Outputs(second, StatementGenerator.Steps.Statements), r => Assert.True(NotRerun(r), r.ToString()));
        Assert.All(Outputs(second, StatementGenerator.Steps.Index), r => Assert.True(NotRerun(r), r.ToString()));
    }

    [Fact]
    public void Editing_one_paragraph_changes_only_that_statement()
    {
        (GeneratorDriver driver, Compilation compilation, AdditionalText[] files) = FirstRun(TwoStatements());
        AdditionalText old = files.Single(f => f.Path == "/c/s2/en.md");
        driver = driver.ReplaceAdditionalText(old, GeneratorHarness.File(old.Path, "# Other\n\nOne, edited.\n\nTwo.\n"));
        GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        ImmutableArray<IncrementalStepRunReason> statements = Outputs(second, StatementGenerator.Steps.Statements);
        Assert.Equal(2, statements.Length);
        Assert.True(NotRerun(statements[0]), "s-one: " + statements[0]);
        Assert.Equal(IncrementalStepRunReason.Modified, statements[1]);
    }

    [Fact]
    public void Adding_a_party_changes_that_statement_and_nothing_else()
    {
        MiniContent content = TwoStatements();
        (GeneratorDriver driver, Compilation compilation, AdditionalText[] files) = FirstRun(content);
        AdditionalText old = files.Single(f => f.Path == MiniContent.Signatories);
        string added = old.GetText()!.ToString().Replace(
            "{ \"id\": \"b\", \"name\": { \"en\": \"B\", \"ru\": \"Б\" } }",
            "{ \"id\": \"b\", \"name\": { \"en\": \"B\", \"ru\": \"Б\" } },\n        { \"id\": \"c\", \"name\": { \"en\": \"C\", \"ru\": \"В\" } }");
        Assert.NotEqual(old.GetText()!.ToString(), added);
        driver = driver.ReplaceAdditionalText(old, GeneratorHarness.File(old.Path, added));
        GeneratorDriverRunResult run = driver.RunGenerators(compilation).GetRunResult();
        GeneratorRunResult second = run.Results.Single();

        ImmutableArray<IncrementalStepRunReason> statements = Outputs(second, StatementGenerator.Steps.Statements);
        Assert.Equal(IncrementalStepRunReason.Modified, statements[0]);
        Assert.True(NotRerun(statements[1]), "s-two: " + statements[1]);
        Assert.All(Outputs(second, StatementGenerator.Steps.Index), r => Assert.True(NotRerun(r), r.ToString()));
        Assert.All(Outputs(second, StatementGenerator.Steps.Strings), r => Assert.True(NotRerun(r), r.ToString()));
        Assert.Contains("new global::StatementContent.Signatory(\"c\"", second.GeneratedSources.Single(s => s.HintName == "Statements.SOne.g.cs").SourceText.ToString());
    }

    [Theory]
    [InlineData("# Title\n\n\n\nParagraph one.\n\n\n\nParagraph two.\n\n\n")]
    [InlineData("# Title\r\n\r\nParagraph one.\r\n\r\nParagraph two.\r\n")]
    [InlineData("\n\n# Title\n  \nParagraph one.\n\t\nParagraph two.")]
    public void A_whitespace_only_Markdown_edit_emits_nothing_new(string sameText)
    {
        (GeneratorDriver driver, Compilation compilation, AdditionalText[] files) = FirstRun(new MiniContent());
        driver = driver.ReplaceAdditionalText(files.Single(f => f.Path == MiniContent.English), GeneratorHarness.File(MiniContent.English, sameText));
        GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, Outputs(second, StatementGenerator.Steps.Parse));
        foreach (string step in new[] { StatementGenerator.Steps.Statements, StatementGenerator.Steps.Index, StatementGenerator.Steps.Strings, StatementGenerator.Steps.Runtime })
        {
            Assert.All(Outputs(second, step), r => Assert.True(NotRerun(r), step + ": " + r));
        }
    }

    [Fact]
    public void Changing_an_MSBuild_property_reparses_no_file()
    {
        (GeneratorDriver driver, Compilation compilation, _) = FirstRun(new MiniContent());
        driver = driver.WithUpdatedAnalyzerConfigOptions(new StatementContent.Testing.ContentOptionsProvider("StatementContent", "public", new Dictionary<string, string> { ["Unrelated"] = "x" }));
        GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        // Cached, not Unchanged: the parser did not run at all (Unchanged would mean it re-parsed to an equal result).
        Assert.NotEmpty(Outputs(second, StatementGenerator.Steps.Parse));
        Assert.All(Outputs(second, StatementGenerator.Steps.Parse), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Outputs(second, StatementGenerator.Steps.Statements), r => Assert.True(NotRerun(r), "Statements: " + r));
    }

    [Fact]
    public void Changing_the_namespace_reparses_no_file_but_re_emits()
    {
        (GeneratorDriver driver, Compilation compilation, _) = FirstRun(new MiniContent());
        driver = driver.WithUpdatedAnalyzerConfigOptions(new StatementContent.Testing.ContentOptionsProvider("Elsewhere", "public"));
        GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(Outputs(second, StatementGenerator.Steps.Parse), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(IncrementalStepRunReason.Modified, Outputs(second, StatementGenerator.Steps.Statements));
        Assert.Contains("namespace Elsewhere", second.GeneratedSources.Single(s => s.HintName == "Statements.SOne.g.cs").SourceText.ToString());
    }

    [Fact]
    public void A_heading_key_renamed_to_a_key_with_the_same_text_emits_nothing_new()
    {
        (GeneratorDriver driver, Compilation compilation, AdditionalText[] files) = FirstRun(new MiniContent().With(
            MiniContent.Strings, "{ \"strings\": { \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\" }, \"Rest\": { \"en\": \"Others\", \"ru\": \"Другие\" } } }"));
        AdditionalText old = files.Single(f => f.Path == MiniContent.Signatories);
        driver = driver.ReplaceAdditionalText(old, GeneratorHarness.File(old.Path, old.GetText()!.ToString().Replace("\"Others\"", "\"Rest\"")));
        GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, Outputs(second, StatementGenerator.Steps.Parse));
        Assert.All(Outputs(second, StatementGenerator.Steps.Statements), r => Assert.True(NotRerun(r), "Statements: " + r));
    }

    private static MiniContent TwoStatements() => new MiniContent()
        .With("/c/s2/statement.json", "{ \"id\": \"s-two\", \"published\": \"2024-01-03\", \"publisher\": { \"en\": \"P\", \"ru\": \"П\" } }")
        .With("/c/s2/en.md", "# Other\n\nOne.\n\nTwo.\n")
        .With("/c/s2/ru.md", "# Другое\n\nОдин.\n\nДва.\n");

    private static (GeneratorDriver, Compilation, AdditionalText[]) FirstRun(MiniContent content)
    {
        AdditionalText[] files = content.Files.ToArray();
        Compilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        return (driver, compilation, files);
    }

    /// <summary>Cached (a SelectMany item equal to last run's) or Unchanged (a Select output equal to last run's): nothing downstream runs.</summary>
    private static bool NotRerun(IncrementalStepRunReason reason) => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    private static ImmutableArray<IncrementalStepRunReason> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToImmutableArray();
}
