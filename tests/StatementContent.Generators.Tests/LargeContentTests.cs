using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatementContent.Generators.Assembling;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// Content past the compiler's 16 MiB string-literal limit (CS8103): where the project's C# and target can hold
/// UTF-8 data, the generator stores the texts that way on its own, and the assembly compiles and reads back every
/// text exactly; where they cannot, it is one STC2012 that names what is missing.
/// </summary>
public class LargeContentTests
{
    // Three statements of two languages whose texts, as UTF-16 literals, take more than the whole heap limit
    // (each file within the 2 Mi characters a content file may have).
    private const int Statements = 3;
    private const int Paragraphs = 8;
    private static readonly int ParagraphLength = (int)(LiteralBudget.HeapLimitBytes / 2 / (Statements * Paragraphs * 2)) + 1024;

    [Fact]
    public void Content_past_16_MiB_compiles_as_UTF8_data_and_reads_back_exactly()
    {
        Dictionary<string, string[]> texts = Texts();
        long literalHeap = texts.Values.SelectMany(t => t).Sum(LiteralBudget.HeapBytes);
        Assert.True(literalHeap > LiteralBudget.HeapLimitBytes, $"the content must pass the limit as literals: {literalHeap} bytes");

        GeneratorRun run = GeneratorHarness.Run(Files(texts), "Large", "internal", withRuntime: false);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        // One block of UTF-8 data per statement (each u8 literal is a field, and the runtime limits a class's fields).
        Assert.All(run.Sources.Where(s => s.HintName.StartsWith("Statements.S", StringComparison.Ordinal)), s => Assert.Single(
            s.SourceText.ToString().Split('\n'), line => line.Contains("ReadOnlySpan<byte> Utf8 => \"", StringComparison.Ordinal)));
        Assert.Equal(Statements, run.Sources.Count(s => s.HintName.StartsWith("Statements.S", StringComparison.Ordinal)));

        run.Load(assembly =>
        {
            Type statements = assembly.GetType("Large.Statements", throwOnError: true)!;
            foreach (KeyValuePair<string, string[]> file in texts)
            {
                string[] key = file.Key.Split('/');
                object statement = statements.GetProperty("S" + key[0])!.GetValue(null)!;
                object[] paragraphs = ((System.Collections.IEnumerable)statement.GetType().GetProperty("Paragraphs")!.GetValue(statement)!).Cast<object>().ToArray();
                string language = key[1] == "en" ? "En" : "Ru";
                Assert.Equal(file.Value[0], Read(statement.GetType().GetProperty("Title")!.GetValue(statement)!, language));
                Assert.Equal(file.Value.Skip(1), paragraphs.Select(p => Read(p, language)));
            }

            return true;
        });
    }

    [Fact]
    public void Content_past_16_MiB_without_UTF8_support_is_one_STC2012_naming_what_is_missing()
    {
        CSharpParseOptions csharp10 = GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp10);
        GeneratorRun run = GeneratorHarness.Run(Files(Texts()), "Large", "internal", withRuntime: false, parseOptions: csharp10);
        Diagnostic error = Assert.Single(run.Diagnostics);
        Assert.Equal("STC2012", error.Id);
        Assert.Contains("needs C# 11 or later for UTF-8 literals (this project compiles as C# 10.0)", error.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
        Assert.Empty(run.CompilationProblems);
    }

    /// <summary>Per statement and language ("0/en"): the title, then the paragraphs — Cyrillic, Latin, astral and escaped characters.</summary>
    private static Dictionary<string, string[]> Texts()
    {
        const string Sample = "Коммунистические партии «осуждают» попытки — \\ban\\ 𝔘𝔫𝔦𝔱𝔶 \"quoted\" text, ";
        var texts = new Dictionary<string, string[]>();
        for (int s = 0; s < Statements; s++)
        {
            foreach (string language in new[] { "en", "ru" })
            {
                texts[s + "/" + language] = Enumerable.Range(0, Paragraphs + 1).Select(p =>
                {
                    if (p == 0)
                    {
                        return $"Title {s} {language}";
                    }

                    var text = new StringBuilder(ParagraphLength + Sample.Length);
                    text.Append(language).Append(' ').Append(s).Append(' ').Append(p).Append(' ');
                    while (text.Length < ParagraphLength)
                    {
                        text.Append(Sample).Append(text.Length);
                    }

                    return text.Append('.').ToString();
                }).ToArray();
            }
        }

        return texts;
    }

    private static IEnumerable<AdditionalText> Files(Dictionary<string, string[]> texts) =>
        Enumerable.Range(0, Statements).Select(s => GeneratorHarness.File($"/large/s{s}/statement.json", $"{{ \"id\": \"s{s}\", \"published\": \"2024-01-02\", \"publisher\": {{ \"en\": \"P\", \"ru\": \"П\" }} }}"))
            .Concat(texts.Select(t => GeneratorHarness.File($"/large/s{t.Key}.md", "# " + t.Value[0] + "\n\n" + string.Join("\n\n", t.Value.Skip(1)) + "\n")));

    private static string Read(object localizedText, string language) =>
        (string)localizedText.GetType().GetProperty(language)!.GetValue(localizedText)!;
}
