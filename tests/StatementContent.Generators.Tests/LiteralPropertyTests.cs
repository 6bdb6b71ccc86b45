using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace StatementContent.Generators.Tests;

/// <summary>
/// Property: any text — across Unicode, with quotes, backslashes, raw-string and comment tokens, XML-doc
/// markup, preprocessor lines, bidi and other invisible characters — goes through the real generator with no
/// diagnostic, compiles with no error or warning, and reads back at run time exactly as written (Markdown
/// under its line rule: text is one line per paragraph here), whether the statement's texts are stored as string
/// literals or as UTF-8 data. Inputs are batched 500 to a compilation.
/// </summary>
public class LiteralPropertyTests
{
    /// <summary>Fixed, so a failure reproduces: PCG stream 7, seed 20240918.</summary>
    public const string Seed = "0000001ddEB7";
    public const int Batches = 20;
    public const int BatchSize = 500;

    private static readonly string[] Specials =
    {
        "\"", "\\", "'", "{", "}", "{0}", "}}", "\"\"\"", "@\"", "$\"{x}\"", "*/", "/*", "//", "///", "</summary>", "<see cref=\"x\"/>",
        "&amp;", "&", "<", ">", "#if DEBUG", "#endregion", "\\u0041", "\\n", "\0", "\t", "\a", "\u0001", "\u007F",
        "\u0085", "\u2028", "\u2029", "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
        "\u2066", "\u2067", "\u2068", "\u2069", "\uFEFF", "\u00A0", "\u3000", "\uE000", "\uF8FF", "\u0378", "\uFFFE", "\uFFFF",
        "\U000E0041", "\U0001F600", "\U0010FFFF", "Ж", "«»", "—", " ", "\r\n", "\n", "\r",
    };

    // Fragments of every kind; texts are 1–12 fragments. No lone surrogates (a UTF-8 file cannot hold one; see
    // RobustnessTests for the escaped kind) and no U+FFFD (the sign of invalid UTF-8, STC1105).
    private static readonly Gen<string> Fragment = Gen.OneOf<string>(
        Gen.Char['\u0020', '\u007E'].Array[1, 8].Select(chars => new string(chars)),
        Gen.OneOf(Specials),
        Gen.Int[0x00A0, 0xD7FF].Select(code => ((char)code).ToString()),
        Gen.Int[0xE000, 0xFFFC].Select(code => ((char)code).ToString()),
        Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32));

    private static readonly Gen<string> Text = Fragment.Array[1, 12].Select(string.Concat).Where(t => t.Trim().Length > 0);

    private readonly ITestOutputHelper _output;

    public LiteralPropertyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Any_text_round_trips_through_generator_compiler_and_runtime()
    {
        var clock = Stopwatch.StartNew();
        int batch = 0, cases = 0;
        Text.Array[BatchSize].Sample(
            texts =>
            {
                CheckBatch(texts, batch++);
                cases += texts.Length;
            },
            seed: Seed,
            iter: Batches,
            threads: 1,
            print: texts => string.Join("\n", texts.Select(t => JsonSerializer.Serialize(t))));

        string summary = $"literal property test: seed {Seed}, {cases} generated texts ({Batches} compilations of {BatchSize}), each read back at run time as a UI string and a Markdown paragraph (statement texts as string literals in half the compilations, UTF-8 data in the other half), {clock.Elapsed.TotalSeconds:F1} s";
        _output.WriteLine(summary);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "property-test-summary.txt"), summary + "\n");
        Assert.True(cases >= 10_000, summary);
    }

    private static void CheckBatch(string[] texts, int batch)
    {
        // UI strings (JSON): exact values, half the batches escaped (\uXXXX), half written raw as UTF-8.
        JsonSerializerOptions json = new() { Encoder = batch % 2 == 0 ? JavaScriptEncoder.Default : JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        string strings = "{ \"strings\": {\n" + string.Join(",\n", texts.Select((text, i) =>
            $"  \"S{i}\": {{ \"en\": {JsonSerializer.Serialize(text, json)}, \"ru\": {JsonSerializer.Serialize(texts[(i + 1) % texts.Length], json)}, \"verbatimWhitespace\": [\"en\", \"ru\"] }}")) + "\n} }\n";

        // Markdown: one line per paragraph (line breaks would split or join paragraphs by the documented rule),
        // prefixed so no line is blank or starts with '#'.
        static string Line(string text) => "p" + text.Replace('\r', ' ').Replace('\n', ' ');
        string[] english = texts.Select(Line).ToArray();
        string[] russian = english.Reverse().ToArray();
        string folder = $"/prop/b{batch}/";
        var files = new[]
        {
            GeneratorHarness.File("/prop/strings.json", strings),
            GeneratorHarness.File(folder + "statement.json", $"{{ \"id\": \"b{batch}\", \"published\": \"2024-09-18\", \"publisher\": {{ \"en\": \"P\", \"ru\": \"П\" }} }}"),
            GeneratorHarness.File(folder + "en.md", "# t" + Line(texts[0]) + "\n\n" + string.Join("\n\n", english) + "\n"),
            GeneratorHarness.File(folder + "ru.md", "# t" + Line(texts[^1]) + "\n\n" + string.Join("\n\n", russian) + "\n"),
        };

        // Half the batches store the statement's texts as UTF-8 data (u8 literals), the other half as string literals.
        var storage = new Dictionary<string, string> { ["StatementContentTextStorage"] = batch % 4 < 2 ? "literals" : "utf8" };
        GeneratorRun run = GeneratorHarness.Run(files, "Prop", "public", properties: storage);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.All(run.Sources, source => Assert.False(
            source.SourceText.ToString().Split('\n').Any(LiteralTests.HasInvisible), source.HintName + " holds a raw invisible character"));

        run.Load(assembly =>
        {
            Type uiStrings = assembly.GetType("Prop.UiStrings", throwOnError: true)!;
            for (int i = 0; i < texts.Length; i++)
            {
                object text = uiStrings.GetProperty("S" + i)!.GetValue(null)!;
                Assert.Equal(texts[i], Read(text, "En"));
                Assert.Equal(texts[(i + 1) % texts.Length], Read(text, "Ru"));
            }

            object statement = assembly.GetType("Prop.Statements", throwOnError: true)!.GetProperty("B" + batch)!.GetValue(null)!;
            var paragraphs = ((System.Collections.IEnumerable)statement.GetType().GetProperty("Paragraphs")!.GetValue(statement)!).Cast<object>().ToArray();
            Assert.Equal(english, paragraphs.Select(p => Read(p, "En")));
            Assert.Equal(russian, paragraphs.Select(p => Read(p, "Ru")));
            Assert.Equal("t" + Line(texts[0]), Read(statement.GetType().GetProperty("Title")!.GetValue(statement)!, "En"));
            return true;
        });
    }

    private static string Read(object localizedText, string language) =>
        (string)localizedText.GetType().GetProperty(language)!.GetValue(localizedText)!;
}
