using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatementContent.Generators.Model;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// Statement ids and UI keys become C# members beside the generator's own names. Any valid id or key either
/// compiles with no error and no warning, or gets a located STC2004 — and only when it would take a name the
/// generated class already has — or STC2019 when another id already became its C# name.
/// </summary>
public class GeneratedNamesTests
{
    /// <summary>Names that meet something: every C# keyword, object's members, every name the emitters write, the generated classes.</summary>
    private static readonly string[] Pool = SyntaxFacts.GetKeywordKinds()
        .Concat(SyntaxFacts.GetContextualKeywordKinds())
        .Select(SyntaxFacts.GetText)
        .Concat(typeof(object).GetMembers(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static).Select(m => m.Name))
        .Concat(new[]
        {
            "all", "find", "value", "s-value", "holder", "a-holder", "all-holder", "statements", "ui-strings", "statement",
            "localized-text", "signatory", "signatory-group", "system", "global", "string", "id", "string-content", "statement-content",
            "read-only-collection", "generated-code", "a", "a-1", "a1", "x-value-holder", "central-asia-ideology-ban",
        })
        .Select(ToKebab)
        .Where(id => Regex.IsMatch(id, "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"))
        .Distinct()
        .OrderBy(id => id, StringComparer.Ordinal)
        .ToArray();

    private static readonly Gen<string> Id = Gen.OneOf(
        Gen.OneOf(Pool),
        Gen.Select(Gen.Char['a', 'z'], Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 0, 5], Gen.OneOf(Pool), (first, rest, tail) => first + rest + "-" + tail));

    [Fact]
    public void Every_keyword_object_member_and_emitted_name_as_an_id_and_a_key_compiles_or_is_reported()
    {
        GeneratorRun run = Check(Pool, Pool);
        // The pool holds every reserved name, so the rule is exercised, not just never triggered.
        Assert.Contains(run.Diagnostics, d => d.Id == "STC2004" && d.GetMessage().Contains("'Statements.All'"));
        Assert.Contains(run.Diagnostics, d => d.Id == "STC2004" && d.GetMessage().Contains("'UiStrings.GetHashCode'"));
    }

    [Fact]
    public void Random_ids_and_keys_compile_or_are_reported() =>
        Gen.Select(Id.Array[1, 6], Id.Array[1, 6]).Sample(
            (ids, keys) => { Check(ids, keys); },
            seed: "0000004Ib8u1",
            iter: 60,
            threads: 1,
            print: t => "ids: " + string.Join(", ", t.Item1) + "; keys: " + string.Join(", ", t.Item2));

    [Theory]
    [InlineData("value")]
    [InlineData("holder")]
    [InlineData("all-holder")]
    public void Names_the_generator_once_used_for_its_helpers_are_ordinary_ids(string id)
    {
        GeneratorRun run = Check(new[] { id, "a", "a-holder" }, new[] { "Value" });
        Assert.Empty(run.Diagnostics);
    }

    // Issue 18, item 2: ids that differ only in form ('party-1', 'party1') become one C# name. The second is one
    // located STC2019 naming both ids and the name, and the generated code leaves it out: no compiler error follows.
    [Fact]
    public void Party_ids_with_one_CSharp_name_are_one_STC2019_at_the_second_and_the_output_compiles()
    {
        string signatories = "{ \"groups\": [ { \"id\": \"g\", \"heading\": \"Others\", \"parties\": [\n"
            + "  { \"id\": \"party-1\", \"name\": { \"en\": \"Party 1\", \"ru\": \"Партия 1\" } },\n"
            + "  { \"id\": \"party1\", \"name\": { \"en\": \"Party one\", \"ru\": \"Партия один\" } } ] } ] }";
        GeneratorRun run = new MiniContent().With(MiniContent.Signatories, signatories).Run();

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        (int line, int column) = MiniContent.At(signatories, "\"party1\"");
        Assert.Equal(("STC2019", (MiniContent.Signatories, line, column)), (diagnostic.Id, MiniContent.Where(diagnostic)));
        Assert.Contains("'party1'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'party-1'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'ContentHashes.SOne_Party_Party1'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
        string hashes = run.Sources.Single(s => s.HintName == "ContentHashes.g.cs").SourceText.ToString();
        Assert.Single(Regex.Matches(hashes, " SOne_Party_Party1 = "));
    }

    // The compiler compares generated file names ignoring case, so 'a-b' (AB) and 'ab' (Ab) cannot both have a file.
    [Fact]
    public void Statement_ids_whose_generated_files_differ_only_in_case_are_one_STC2019_at_the_second()
    {
        var content = new MiniContent()
            .With(MiniContent.Metadata, "{ \"id\": \"a-b\", \"published\": \"2024-01-02\", \"publisher\": { \"en\": \"P\", \"ru\": \"П\" } }")
            .With("/c/s2/statement.json", "{ \"id\": \"ab\", \"published\": \"2024-01-03\", \"publisher\": { \"en\": \"P\", \"ru\": \"П\" } }")
            .With("/c/s2/en.md", "# Other\n\nOne.\n\nTwo.\n")
            .With("/c/s2/ru.md", "# Другое\n\nОдин.\n\nДва.\n");
        GeneratorRun run = content.Run();

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("STC2019", ("/c/s2/statement.json", 1, 9)), (diagnostic.Id, MiniContent.Where(diagnostic)));
        Assert.Contains("'ab'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'a-b'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'Statements.Ab'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'Statements.AB'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains(run.Sources, s => s.HintName == "Statements.AB.g.cs");
    }

    // Parameter names may be keywords (escaped); 'culture', the generator's own parameter, stays a located error.
    [Fact]
    public void A_format_parameter_named_like_the_generators_own_parameter_is_STC2016_at_that_parameter()
    {
        string strings = "{ \"strings\": {\n  \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\" },\n"
            + "  \"Placed\": { \"parameters\": [\"place\", \"culture\"], \"en\": \"{place}\", \"ru\": \"{place}\" }\n} }";
        GeneratorRun run = new MiniContent().With(MiniContent.Strings, strings).Run();

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        (int line, int column) = MiniContent.At(strings, "\"culture\"");
        Assert.Equal(("STC2016", (MiniContent.Strings, line, column)), (diagnostic.Id, MiniContent.Where(diagnostic)));
        Assert.Contains("'culture'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    /// <summary>One compilation: a statement per id, a UI string per key.</summary>
    private static GeneratorRun Check(IReadOnlyList<string> ids, IReadOnlyList<string> kebabKeys)
    {
        var files = new List<AdditionalText>();
        for (int i = 0; i < ids.Count; i++)
        {
            files.Add(GeneratorHarness.File($"/n/s{i:D3}/statement.json", $"{{ \"id\": \"{ids[i]}\", \"published\": \"2024-01-02\", \"publisher\": {{ \"en\": \"P\" }} }}"));
            files.Add(GeneratorHarness.File($"/n/s{i:D3}/en.md", "# Title\n\nParagraph.\n"));
        }

        string[] keys = kebabKeys.Select(ToPascal).ToArray();
        files.Add(GeneratorHarness.File("/n/strings.json", "{ \"strings\": {\n" + string.Join(",\n", keys.Distinct().Select(k => $"  \"{k}\": {{ \"en\": \"{k}\" }}")) + "\n} }"));

        GeneratorRun run = GeneratorHarness.Run(files, "Names", "public");
        Assert.Empty(run.CompilationProblems);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "CS8785" or "STC0001");

        List<string> expectedRejections = ids.Select(ToPascal).Where(GeneratedNames.ReservedInStatements.Contains)
            .Concat(keys.Distinct().Where(GeneratedNames.ReservedInUiStrings.Contains)).ToList();
        foreach (Diagnostic diagnostic in run.Diagnostics)
        {
            // Besides reserved names (STC2004), only the same id twice (STC2003) or two ids with one C# name ('a-1', 'a1'; STC2019).
            Assert.True(diagnostic.Id is "STC2003" or "STC2004" or "STC2019", diagnostic.ToString());
            Assert.NotEqual(Location.None, diagnostic.Location);
            if (diagnostic.Id == "STC2004")
            {
                Assert.Contains(expectedRejections, name => diagnostic.GetMessage().Contains("." + name + "'"));
            }
        }

        Assert.Equal(expectedRejections.Count, run.Diagnostics.Count(d => d.Id == "STC2004"));
        return run;
    }

    private static string ToKebab(string name) => Regex.Replace(name, "(?<=[a-z0-9])([A-Z])", "-$1").ToLowerInvariant();

    private static string ToPascal(string kebab) => string.Concat(kebab.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part.Substring(1)));
}
