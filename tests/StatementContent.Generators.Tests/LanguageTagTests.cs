using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// Language tags ignore case (BCP 47): <c>ru</c> and <c>RU</c> are one language. Wherever content names languages
/// (keys of a text, of a format, of languages.json; lists; a statement's language files), a language given twice is
/// one located STC1107 at the second, and the generated code compiles (issue 18, item 3).
/// </summary>
public class LanguageTagTests
{
    private const string Languages = "/c/languages.json";

    private const string RussianCount = "{ \"one\": \"{count} партия\", \"few\": \"{count} партии\", \"many\": \"{count} партий\", \"other\": \"{count} партии\" }";

    /// <summary>Each place a tag appears: the file, its text, and the spelling (and which occurrence of it) that repeats a language.</summary>
    private static readonly Dictionary<string, (string Path, string Text, string Second, int Occurrence)> Places = new()
    {
        ["plural format, ru and RU"] = (MiniContent.Strings, "{ \"strings\": {\n  \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\" },\n"
            + "  \"Count\": { \"parameters\": [\"count\"], \"en\": { \"one\": \"{count} party\", \"other\": \"{count} parties\" },\n"
            + "    \"ru\": " + RussianCount + ",\n    \"RU\": " + RussianCount + " }\n} }", "\"RU\"", 1),
        ["format, en and EN"] = (MiniContent.Strings, "{ \"strings\": {\n  \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\" },\n"
            + "  \"Count\": { \"parameters\": [\"count\"], \"en\": \"{count} parties\", \"EN\": \"{count} PARTIES\", \"ru\": \"партий: {count}\" }\n} }", "\"EN\"", 1),
        ["UI string"] = (MiniContent.Strings, "{ \"strings\": {\n  \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\", \"RU\": \"ДРУГИЕ\" }\n} }", "\"RU\"", 1),
        ["publisher"] = (MiniContent.Metadata, "{\n  \"id\": \"s-one\",\n  \"published\": \"2024-01-02\",\n  \"publisher\": { \"en\": \"P\", \"ru\": \"П\", \"En\": \"P2\" }\n}", "\"En\"", 1),
        ["addedByProject"] = (MiniContent.Metadata, "{\n  \"id\": \"s-one\",\n  \"published\": \"2024-01-02\",\n  \"publisher\": { \"en\": \"P\", \"ru\": \"П\", \"addedByProject\": [\"ru\", \"RU\"] }\n}", "\"RU\"", 1),
        ["verbatimWhitespace"] = (MiniContent.Metadata, "{\n  \"id\": \"s-one\",\n  \"published\": \"2024-01-02\",\n  \"publisher\": { \"en\": \"P \", \"ru\": \"П\", \"verbatimWhitespace\": [\"en\", \"EN\"] }\n}", "\"EN\"", 1),
        ["publishedLanguages"] = (MiniContent.Metadata, "{\n  \"id\": \"s-one\",\n  \"published\": \"2024-01-02\",\n  \"publisher\": { \"en\": \"P\", \"ru\": \"П\" },\n  \"publishedLanguages\": [\"ru\", \"en\", \"RU\"]\n}", "\"RU\"", 1),
        ["fallbacks"] = (Languages, "{\n  \"fallbacks\": {\n    \"kk\": [\"ru\"],\n    \"KK\": [\"en\"]\n  }\n}", "\"KK\"", 1),
        ["a fallback list"] = (Languages, "{\n  \"fallbacks\": {\n    \"kk\": [\"ru\", \"en\", \"Ru\"]\n  }\n}", "\"Ru\"", 1),
    };

    public static TheoryData<string> PlaceNames() => new(Places.Keys);

    [Theory]
    [MemberData(nameof(PlaceNames))]
    public void A_language_given_twice_in_any_case_is_one_STC1107_at_the_second_and_the_output_compiles(string place)
    {
        (string path, string text, string second, int occurrence) = Places[place];
        GeneratorRun run = new MiniContent().With(path, text).Run();

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        (int line, int column) = MiniContent.At(text, second, occurrence);
        Assert.Equal(("STC1107", (path, line, column)), (diagnostic.Id, MiniContent.Where(diagnostic)));
        Assert.Contains("language tags ignore case", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Two_language_files_of_one_language_are_one_STC1107_at_the_second_by_path()
    {
        GeneratorRun run = new MiniContent().With("/c/s1/EN.md", "# Title again\n\nParagraph one.\n\nParagraph two.\n").Run();

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("STC1107", (MiniContent.English, 1, 1)), (diagnostic.Id, MiniContent.Where(diagnostic)));
        Assert.Contains("'EN.md'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'en.md'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void The_same_key_twice_in_one_object_stays_one_STC1005()
    {
        string metadata = "{\n  \"id\": \"s-one\",\n  \"published\": \"2024-01-02\",\n  \"publisher\": { \"en\": \"P\", \"ru\": \"П\", \"ru\": \"П2\" }\n}";
        GeneratorRun run = new MiniContent().With(MiniContent.Metadata, metadata).Run();

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("STC1005", (MiniContent.Metadata, 4, MiniContent.At(metadata, "\"ru\"", 2).Column)), (diagnostic.Id, MiniContent.Where(diagnostic)));
    }
}
