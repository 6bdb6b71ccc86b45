using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// UI strings at scale (issue 19, item 6): each key is one small member over a shared table, and every string,
/// format, <c>Find</c> and <c>All</c> reads back exactly what the content says, in C# 7.3 and in the latest C#.
/// </summary>
public class UiStringTableTests
{
    /// <summary>Plain strings: key, English, Russian (null: none) and whether the project added the Russian text.</summary>
    private static readonly (string Key, string En, string? Ru, bool RuAdded)[] Plain =
    {
        ("Others", "Others", "Другие", false),
        ("Zeta", "Quote \" backslash \\ tab \t end", "Кавычка \" и \\", true),
        ("Ab", "no Russian text", null, false),
        ("Alpha", "Line one\nline two", "Строка один\nстрока два", false),
        ("AlphaBeta", "Surrogates 𝄞 and 😀, bidi \u202E here", "Суррогаты 𝄞", false),
        ("B", "B", "Б", true),
    };

    private const string Formats = """
          "Items": { "parameters": ["count", "name"],
            "en": { "one": "{count} item for {name}", "other": "{count} items for {name}" },
            "ru": { "one": "{count} предмет для {name}", "few": "{count} предмета для {name}", "many": "{count} предметов для {name}", "other": "{count} предмета для {name}" } },
          "Pair": { "parameters": ["first", "second"], "en": "{second} then {first}", "ru": "{second}, затем {first}" },
          "Solo": { "parameters": ["count"], "en": "Solo {count}!" }
        """;

    /// <summary>Calls and what each must return, as the content above says.</summary>
    private static readonly (string Call, string Expected)[] FormatCalls =
    {
        ("Items(1, \"X\", C(\"en\"))", "1 item for X"),
        ("Items(2, \"X\", C(\"en\"))", "2 items for X"),
        ("Items(1, \"Y\", C(\"ru\"))", "1 предмет для Y"),
        ("Items(2, \"Y\", C(\"ru\"))", "2 предмета для Y"),
        ("Items(5, null, C(\"ru\"))", "5 предметов для "),
        ("Items(21, \"Z\", C(\"ru-KZ\"))", "21 предмет для Z"),
        ("Items(11, \"Z\", C(\"ru\"))", "11 предметов для Z"),
        ("Items(3, \"W\", C(\"de\"))", "3 items for W"),
        ("Pair(\"A\", \"B\", C(\"en\"))", "B then A"),
        ("Pair(\"A\", null, C(\"ru\"))", ", затем A"),
        ("Solo(7, C(\"ru\"))", "Solo 7!"),
    };

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.Latest)]
    public void Every_string_format_Find_and_All_read_back_as_written(LanguageVersion version)
    {
        string strings = "{ \"strings\": {\n" + string.Join(",\n", Plain.Select(p =>
            $"  {JsonSerializer.Serialize(p.Key)}: {{ \"en\": {JsonSerializer.Serialize(p.En)}"
            + (p.Ru is null ? "" : $", \"ru\": {JsonSerializer.Serialize(p.Ru)}")
            + (p.RuAdded ? ", \"addedByProject\": [\"ru\"]" : "") + " }")) + ",\n" + Formats + "\n} }";
        string ui = "global::StatementContent.UiStrings";
        // Null arguments on purpose: a format shows them as nothing.
        string caller = $$"""
            #pragma warning disable CS8625
            namespace Consumer
            {
                internal static class Caller
                {
                    private static global::System.Globalization.CultureInfo C(string name) => global::System.Globalization.CultureInfo.GetCultureInfo(name);

                    private static string Show(global::StatementContent.LocalizedText text) =>
                        text.Get("en") + "|" + text.Get("ru") + "|" + (text.IsAddedByProject("ru") ? "added" : "published");

                    internal static string Call()
                    {
                        var report = new global::System.Text.StringBuilder();
                        foreach (var pair in {{ui}}.All)
                        {
                            report.Append(pair.Key).Append('=').Append(Show(pair.Value)).Append('\n');
                        }

                        {{string.Concat(Plain.Select(p => $"report.Append(object.ReferenceEquals({ui}.{p.Key}, {ui}.Find(\"{p.Key}\")) && object.ReferenceEquals({ui}.{p.Key}, {ui}.All[\"{p.Key}\"]) ? \"same\" : \"different\").Append('\\n');\n"))}}
                        foreach (string missing in new string[] { "Items", "", "others", "AB", "Alph", "AlphaBetaGamma", "Zeta ", null })
                        {
                            report.Append({{ui}}.Find(missing) == null ? "none" : "found " + missing).Append('\n');
                        }

                        {{string.Concat(FormatCalls.Select(c => $"report.Append({ui}.{c.Call}).Append('\\n');\n"))}}
                        return report.ToString();
                    }
                }
            }
            """;
        CSharpParseOptions options = GeneratorHarness.ParseOptions.WithLanguageVersion(version);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new MiniContent().With(MiniContent.Strings, strings).Files, visibility: "internal", parseOptions: options);
        Compilation consumer = GeneratorHarness.CreateCompilation(withRuntime: false, options, version == LanguageVersion.CSharp7_3 ? NullableContextOptions.Disable : NullableContextOptions.Enable)
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(caller, options));
        driver = driver.RunGeneratorsAndUpdateCompilation(consumer, out Compilation output, out _);
        var run = new GeneratorRun(driver.GetRunResult(), output);

        Assert.Empty(run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(run.CompilationProblems);
        string report = run.Load(assembly => (string)assembly.GetType("Consumer.Caller")!.GetMethod("Call", BindingFlags.Static | BindingFlags.NonPublic)!.Invoke(null, null)!);

        var expected = new StringBuilder();
        foreach ((string key, string en, string? ru, bool added) in Plain)
        {
            expected.Append(key).Append('=').Append(en).Append('|').Append(ru ?? en).Append('|').Append(added ? "added" : "published").Append('\n');
        }

        expected.Append(string.Concat(Plain.Select(_ => "same\n")));
        expected.Append(string.Concat(Enumerable.Repeat("none\n", 8)));
        expected.Append(string.Concat(FormatCalls.Select(c => c.Expected + "\n")));
        Assert.Equal(expected.ToString(), report);
    }

    /// <summary>
    /// What the compiler binds per string: one member (and its key's constant), not a statement, field, array
    /// element or switch case. Measured as the syntax nodes (not trivia, so not the XML docs) that 50 more plain
    /// strings and 50 more formats add to <c>UiStrings.g.cs</c>: a one-line property with its attribute and its key's
    /// constant, and a format's two one-line methods with theirs, take 122 for the pair. The emitter before issue 19
    /// wrote 379 (a lazily set field and its text's arrays, a switch case, two array elements; per format a
    /// switch with a case per language and plural form, and a lazily made table of its languages).
    /// </summary>
    [Fact]
    public void The_code_per_UI_string_is_one_small_member()
    {
        int NodesFor(int count)
        {
            string strings = "{ \"strings\": {\n  \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\" },\n" + string.Join(",\n", Enumerable.Range(0, count).Select(i => i % 2 == 0
                ? $"  \"Label{i}\": {{ \"en\": \"Label {i}\", \"ru\": \"Метка {i}\" }}"
                : $"  \"Count{i}\": {{ \"parameters\": [\"count\"], \"en\": {{ \"one\": \"{{count}} item\", \"other\": \"{{count}} items\" }}, \"ru\": {{ \"one\": \"{{count}} штука\", \"few\": \"{{count}} штуки\", \"many\": \"{{count}} штук\", \"other\": \"{{count}} штуки\" }} }}")) + "\n} }";
            GeneratorRun run = GeneratorHarness.Run(new MiniContent().With(MiniContent.Strings, strings).Files);
            Assert.Empty(run.CompilationProblems);
            SyntaxTree tree = run.Output.SyntaxTrees.Single(t => t.FilePath.EndsWith("UiStrings.g.cs", StringComparison.Ordinal));
            return tree.GetRoot().DescendantNodes().Count();
        }

        int perPair = (NodesFor(200) - NodesFor(100)) / 50; // one plain string and one format
        Assert.InRange(perPair, 1, 150);
    }
}
