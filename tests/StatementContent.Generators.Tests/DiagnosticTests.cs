using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// Each kind of bad content gets its own diagnostic, at the offending file, line and column (1-based here,
/// as <c>dotnet build</c> prints them), and never an exception.
/// </summary>
public class DiagnosticTests
{
    [Fact]
    public void Valid_mini_content_has_no_diagnostics_and_compiles()
    {
        GeneratorRun run = new MiniContent().Run();
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Malformed_JSON_is_reported_at_the_parser_position() =>
        AssertSingle(
            new MiniContent().With(MiniContent.Metadata, "{\n  \"id\": \"s-one\",\n  \"published\": ,\n}"),
            "STC1001", DiagnosticSeverity.Error, MiniContent.Metadata, 3, 16);

    [Fact]
    public void Empty_JSON_file_is_malformed() =>
        AssertSingle(new MiniContent().With(MiniContent.Strings, ""), "STC1001", DiagnosticSeverity.Error, MiniContent.Strings, 1, 1, allowOthers: true);

    [Fact]
    public void Absurd_nesting_is_a_located_error_not_a_stack_overflow() =>
        AssertSingle(
            new MiniContent().With(MiniContent.Strings, new string('[', 100_000) + new string(']', 100_000)),
            "STC1001", DiagnosticSeverity.Error, MiniContent.Strings, 1, 65, allowOthers: true);

    [Fact]
    public void Value_of_the_wrong_type() =>
        AssertSingle(
            new MiniContent().With(MiniContent.Metadata, "{\n  \"id\": \"s-one\",\n  \"published\": 20240102,\n  \"publisher\": { \"en\": \"P\", \"ru\": \"П\" }\n}"),
            "STC1002", DiagnosticSeverity.Error, MiniContent.Metadata, 3, 16);

    [Fact]
    public void Missing_required_field() =>
        AssertSingle(
            new MiniContent().With(MiniContent.Metadata, "{\n  \"id\": \"s-one\",\n  \"published\": \"2024-01-02\"\n}"),
            "STC1003", DiagnosticSeverity.Error, MiniContent.Metadata, 1, 1, message: "'(root)' has no required field 'publisher'");

    [Fact]
    public void Unknown_field_is_a_warning_and_the_statement_still_compiles()
    {
        GeneratorRun run = AssertSingle(
            new MiniContent().With(MiniContent.Metadata, "{\n  \"id\": \"s-one\",\n  \"published\": \"2024-01-02\",\n  \"publisher\": { \"en\": \"P\", \"ru\": \"П\" },\n  \"tagz\": []\n}"),
            "STC1004", DiagnosticSeverity.Warning, MiniContent.Metadata, 5, 3, message: "Unknown field 'tagz'");
        Assert.Contains(run.Sources, s => s.HintName == "Statements.SOne.g.cs");
    }

    [Fact]
    public void Duplicate_field() =>
        AssertSingle(
            new MiniContent().With(MiniContent.Metadata, "{\n  \"id\": \"s-one\",\n  \"id\": \"s-two\",\n  \"published\": \"2024-01-02\",\n  \"publisher\": { \"en\": \"P\", \"ru\": \"П\" }\n}"),
            "STC1005", DiagnosticSeverity.Error, MiniContent.Metadata, 3, 3);

    [Fact]
    public void Invalid_date() =>
        AssertSingle(
            new MiniContent().With(MiniContent.Metadata, "{\n  \"id\": \"s-one\",\n  \"published\": \"18.09.2024\",\n  \"publisher\": { \"en\": \"P\", \"ru\": \"П\" }\n}"),
            "STC1006", DiagnosticSeverity.Error, MiniContent.Metadata, 3, 16);

    [Fact]
    public void Language_file_without_a_title() =>
        AssertSingle(new MiniContent().With(MiniContent.Russian, "\nАбзац один.\n\nАбзац два.\n"), "STC1101", DiagnosticSeverity.Error, MiniContent.Russian, 2, 1);

    [Fact]
    public void A_second_heading_is_rejected_not_merged_into_text() =>
        AssertSingle(new MiniContent().With(MiniContent.English, "# Title\n\nParagraph one.\n\n## Section\n\nParagraph two.\n"), "STC1102", DiagnosticSeverity.Error, MiniContent.English, 5, 1);

    [Fact]
    public void Unrecognized_file_is_a_warning() =>
        AssertSingle(new MiniContent().With("/c/s1/notes.txt", "hello"), "STC1103", DiagnosticSeverity.Warning, "/c/s1/notes.txt", 1, 1);

    [Fact]
    public void Language_file_without_statement_json() =>
        AssertSingle(new MiniContent().With("/c/s2/en.md", "# Lost\n\nText.\n"), "STC2001", DiagnosticSeverity.Error, "/c/s2/en.md", 1, 1);

    [Fact]
    public void Statement_json_without_language_files() =>
        AssertSingle(new MiniContent().Without(MiniContent.English).Without(MiniContent.Russian), "STC2002", DiagnosticSeverity.Error, MiniContent.Metadata, 2, 9);

    [Fact]
    public void Duplicate_statement_id()
    {
        var content = new MiniContent();
        content.With("/c/s2/statement.json", "{ \"id\": \"s-one\", \"published\": \"2024-01-03\", \"publisher\": { \"en\": \"P\", \"ru\": \"П\" } }")
            .With("/c/s2/en.md", "# Other\n\nOne.\n\nTwo.\n")
            .With("/c/s2/ru.md", "# Другое\n\nОдин.\n\nДва.\n");
        AssertSingle(content, "STC2003", DiagnosticSeverity.Error, "/c/s2/statement.json", 1, 9, message: "'/c/s1/statement.json'");
    }

    [Theory]
    [InlineData("S_One", "lower-case ASCII")]
    [InlineData("2024-statement", "start with a letter")]
    [InlineData("all", "a name the Statements class already has")]
    public void Invalid_statement_id(string id, string reason) =>
        AssertSingle(
            new MiniContent().With(MiniContent.Metadata, "{\n  \"id\": \"" + id + "\",\n  \"published\": \"2024-01-02\",\n  \"publisher\": { \"en\": \"P\", \"ru\": \"П\" }\n}"),
            "STC2004", DiagnosticSeverity.Error, MiniContent.Metadata, 2, 9, message: reason);

    [Fact]
    public void Ids_that_collide_after_conversion()
    {
        var content = new MiniContent()
            .With(MiniContent.Metadata, "{ \"id\": \"a-1\", \"published\": \"2024-01-02\", \"publisher\": { \"en\": \"P\", \"ru\": \"П\" } }")
            .With("/c/s2/statement.json", "{ \"id\": \"a1\", \"published\": \"2024-01-03\", \"publisher\": { \"en\": \"P\", \"ru\": \"П\" } }")
            .With("/c/s2/en.md", "# Other\n\nOne.\n\nTwo.\n")
            .With("/c/s2/ru.md", "# Другое\n\nОдин.\n\nДва.\n");
        AssertSingle(content, "STC2019", DiagnosticSeverity.Error, "/c/s2/statement.json", 1, 9, message: "The C# name 'Statements.A1' of statement 'a1' is already that of statement 'a-1'");
    }

    [Fact]
    public void Unknown_heading_key() =>
        AssertSingle(
            new MiniContent().With(MiniContent.Strings, "{ \"strings\": { \"Other\": { \"en\": \"Others\", \"ru\": \"Другие\" } } }"),
            "STC2005", DiagnosticSeverity.Error, MiniContent.Signatories, 5, 18);

    [Fact]
    public void Duplicate_UI_string_key_across_files() =>
        AssertSingle(
            new MiniContent().With("/c/more/strings.json", "{ \"strings\": { \"Others\": { \"en\": \"More\", \"ru\": \"Ещё\" } } }"),
            "STC2006", DiagnosticSeverity.Error, "/c/strings.json", 3, 5, message: "'/c/more/strings.json'");

    [Fact]
    public void Duplicate_party_id() =>
        AssertSingle(
            new MiniContent().With(MiniContent.Signatories, "{ \"groups\": [ { \"id\": \"g\", \"heading\": \"Others\", \"parties\": [\n  { \"id\": \"a\", \"name\": { \"en\": \"A\", \"ru\": \"А\" } },\n  { \"id\": \"a\", \"name\": { \"en\": \"B\", \"ru\": \"Б\" } } ] } ] }"),
            "STC2007", DiagnosticSeverity.Error, MiniContent.Signatories, 3, 11);

    [Fact]
    public void Paragraph_counts_that_differ_are_an_error_at_the_first_unmatched_paragraph() =>
        AssertSingle(
            new MiniContent().With(MiniContent.Russian, "# Заголовок\n\nАбзац один.\n\nАбзац два.\n\nАбзац три.\n"),
            "STC2008", DiagnosticSeverity.Error, MiniContent.Russian, 7, 1, message: "'ru' text has 3 paragraphs but the 'en' text has 2");

    [Fact]
    public void Missing_translation_is_a_warning_naming_the_fallback() =>
        AssertSingle(
            new MiniContent().With(MiniContent.Signatories, "{ \"groups\": [ { \"id\": \"g\", \"heading\": \"Others\", \"parties\": [\n  { \"id\": \"a\", \"name\": { \"en\": \"A\" } } ] } ] }"),
            "STC2009", DiagnosticSeverity.Warning, MiniContent.Signatories, 2, 11, message: "Party 'a' has no 'ru' text; readers of 'ru' get the 'en' text instead");

    // Issue 18, item 6: with kk → ru configured, a reader of 'kk' gets the Russian text, and the warning says so.
    [Fact]
    public void Missing_translation_names_the_text_the_configured_fallbacks_give()
    {
        GeneratorRun run = new MiniContent()
            .With("/c/languages.json", "{ \"fallbacks\": { \"kk\": [\"ru\"] } }")
            .With("/c/s2/statement.json", "{ \"id\": \"s-two\", \"published\": \"2024-01-03\", \"publisher\": { \"en\": \"P\", \"ru\": \"П\", \"kk\": \"Б\" } }")
            .With("/c/s2/en.md", "# Other\n\nOne.\n")
            .With("/c/s2/ru.md", "# Другое\n\nОдин.\n")
            .With("/c/s2/kk.md", "# Басқа\n\nБір.\n")
            .Run();

        // Statement 's-one' and the UI string 'Others' have no 'kk' text.
        Assert.Equal(new[] { "/c/s1/statement.json", MiniContent.Strings }, run.Diagnostics.Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p, StringComparer.Ordinal));
        Assert.All(run.Diagnostics, d =>
        {
            Assert.Equal("STC2009", d.Id);
            Assert.EndsWith("has no 'kk' text; readers of 'kk' get the 'ru' text instead", d.GetMessage(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Unmarked_trailing_whitespace_is_a_warning_and_marking_it_keeps_it()
    {
        AssertSingle(
            new MiniContent().With(MiniContent.Strings, "{ \"strings\": { \"Others\": { \"en\": \"Others\\u00a0\", \"ru\": \"Другие\" } } }"),
            "STC2010", DiagnosticSeverity.Warning, MiniContent.Strings, 1, 34);
        GeneratorRun marked = new MiniContent()
            .With(MiniContent.Strings, "{ \"strings\": { \"Others\": { \"en\": \"Others\\u00a0\", \"ru\": \"Другие\", \"verbatimWhitespace\": [\"en\"] } } }")
            .Run();
        Assert.Empty(marked.Diagnostics);
        Assert.Contains("Others\\u00A0", marked.Sources.Single(s => s.HintName == "UiStrings.g.cs").SourceText.ToString()); // escaped, visible
        Assert.Equal("Others\u00A0", marked.Load(assembly =>
        {
            object text = assembly.GetType("StatementContent.UiStrings")!.GetProperty("Others")!.GetValue(null)!;
            return (string)text.GetType().GetMethod("Get", new[] { typeof(string) })!.Invoke(text, new object[] { "en" })!;
        }));
    }

    [Fact]
    public void Content_files_with_the_same_name_in_different_folders_do_not_collide()
    {
        var content = new MiniContent()
            .With("/c/s2/statement.json", "{ \"id\": \"s-two\", \"published\": \"2024-01-03\", \"publisher\": { \"en\": \"P\", \"ru\": \"П\" } }")
            .With("/c/s2/en.md", "# Other\n\nOne.\n\nTwo.\n")
            .With("/c/s2/ru.md", "# Другое\n\nОдин.\n\nДва.\n");
        GeneratorRun run = content.Run();
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains(run.Sources, s => s.HintName == "Statements.SOne.g.cs");
        Assert.Contains(run.Sources, s => s.HintName == "Statements.STwo.g.cs");
    }

    [Fact]
    public void Cyclic_fallbacks_are_reported_at_each_language_of_the_cycle()
    {
        GeneratorRun run = new MiniContent().With("/c/languages.json", "{\n  \"fallbacks\": {\n    \"kk\": [\"ru\"],\n    \"ru\": [\"kk\"]\n  }\n}").Run();
        Assert.Equal(new[] { ("STC2013", 3, 5), ("STC2013", 4, 5), ("STC2014", 4, 5) }, run.Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1)));
        Assert.Contains("kk → ru → kk", run.Diagnostics[0].GetMessage());
        Assert.All(run.Diagnostics, d => Assert.Equal("/c/languages.json", d.Location.GetLineSpan().Path));
    }

    [Fact]
    public void A_fallback_to_a_language_without_content_is_a_warning() =>
        AssertSingle(
            new MiniContent().With("/c/languages.json", "{ \"fallbacks\": { \"kk\": [\"uk\"] } }"),
            "STC2014", DiagnosticSeverity.Warning, "/c/languages.json", 1, 18, message: "'kk' falls back to 'uk'");

    [Fact]
    public void Fallbacks_of_one_language_declared_twice() =>
        AssertSingle(
            new MiniContent()
                .With("/c/languages.json", "{ \"fallbacks\": { \"kk\": [\"ru\"] } }")
                .With("/c/s1/languages.json", "{ \"fallbacks\": { \"kk\": [\"en\"] } }"),
            "STC2015", DiagnosticSeverity.Error, "/c/s1/languages.json", 1, 18, message: "'/c/languages.json'");

    [Fact]
    public void A_fallback_that_is_not_a_language_tag() =>
        AssertSingle(
            new MiniContent().With("/c/languages.json", "{ \"fallbacks\": { \"kk\": [\"russian!\"] } }"),
            "STC1006", DiagnosticSeverity.Error, "/c/languages.json", 1, 25);

    [Fact]
    public void Configured_fallbacks_reach_the_generated_texts()
    {
        GeneratorRun run = new MiniContent().With("/c/languages.json", "{ \"fallbacks\": { \"kk\": [\"ru\"] } }").Run();
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        string languages = run.Sources.Single(s => s.HintName == "ContentLanguages.g.cs").SourceText.ToString();
        Assert.Contains("new global::StatementContent.LanguageFallbacks(new string[] { \"kk\" }, new string[][] { new string[] { \"ru\" } })", languages);
        Assert.Contains("new string[] { \"en\", \"ru\" }", languages);
    }

    [Fact]
    public void Malformed_format_patterns_are_located() =>
        AssertSingle(
            new MiniContent().With(MiniContent.Strings, "{ \"strings\": {\n  \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\" },\n  \"Count\": { \"parameters\": [\"count\"], \"en\": \"{count parties\", \"ru\": \"{count} партий\" }\n} }"),
            "STC2016", DiagnosticSeverity.Error, MiniContent.Strings, 3, 45, message: "is not closed");

    [Fact]
    public void An_unlisted_parameter_is_malformed() =>
        AssertSingle(
            new MiniContent().With(MiniContent.Strings, "{ \"strings\": {\n  \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\" },\n  \"Count\": { \"parameters\": [\"count\"], \"en\": \"{count} by {who}\", \"ru\": \"{count}\" }\n} }"),
            "STC2016", DiagnosticSeverity.Error, MiniContent.Strings, 3, 45, message: "'{who}' is not a listed parameter");

    [Fact]
    public void A_missing_plural_form_is_located() =>
        AssertSingle(
            new MiniContent().With(MiniContent.Strings, "{ \"strings\": {\n  \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\" },\n  \"Count\": { \"parameters\": [\"count\"], \"en\": { \"one\": \"{count} party\", \"other\": \"{count} parties\" }, \"ru\": { \"one\": \"{count} партия\", \"few\": \"{count} партии\", \"other\": \"{count} партии\" } }\n} }"),
            "STC2017", DiagnosticSeverity.Error, MiniContent.Strings, 3, 101, message: "the form 'many' is missing");

    /// <summary>
    /// One language's wrong plural forms leave out that language alone: the string is still generated (no CS0117 in
    /// the caller), its readers get the fallback language's text, the other languages their own.
    /// </summary>
    [Fact]
    public void Wrong_plural_forms_in_one_language_leave_the_string_for_the_others()
    {
        string strings = "{ \"strings\": {\n  \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\" },\n  \"Count\": { \"parameters\": [\"count\"], \"en\": { \"one\": \"{count} party\", \"other\": \"{count} parties\" }, \"ru\": { \"one\": \"{count} партия\", \"few\": \"{count} партии\", \"other\": \"{count} партии\" } }\n} }";
        GeneratorRun run = new MiniContent().With(MiniContent.Strings, strings).Run();
        Diagnostic plural = Assert.Single(run.Diagnostics, d => d.Id == "STC2017");
        Assert.Equal((MiniContent.Strings, 3, 101), MiniContent.Where(plural));
        Assert.Contains("the form 'many' is missing", plural.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Id != "STC2017");
        Assert.Empty(run.CompilationProblems);

        Assert.Equal("1 party", CallFormat(run, "Count", 1, "en"));
        Assert.Equal("5 parties", CallFormat(run, "Count", 5, "ru"));
        Assert.Equal("1 party", CallFormat(run, "Count", 1, "ru-KZ"));
    }

    /// <summary>Calls the generated format method <paramref name="name"/> (count, then the culture) of the run's UiStrings.</summary>
    internal static string CallFormat(GeneratorRun run, string name, object count, string culture) =>
        run.Load(assembly =>
        {
            MethodInfo method = assembly.GetType("StatementContent.UiStrings")!.GetMethods()
                .Single(m => m.Name == name && m.GetParameters().Length == 2);
            Type type = method.GetParameters()[0].ParameterType;
            object argument = type == count.GetType() ? count : type.GetMethod("op_Implicit", new[] { count.GetType() })!.Invoke(null, new[] { count })!;
            return (string)method.Invoke(null, new[] { argument, CultureInfo.GetCultureInfo(culture) })!;
        });

    [Fact]
    public void A_plural_form_the_language_lacks_is_located() =>
        AssertSingle(
            new MiniContent().With(MiniContent.Strings, "{ \"strings\": {\n  \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\" },\n  \"Count\": { \"parameters\": [\"count\"], \"en\": { \"one\": \"{count} party\", \"few\": \"{count} parties\", \"other\": \"{count} parties\" }, \"ru\": { \"one\": \"{count} партия\", \"few\": \"{count} партии\", \"many\": \"{count} партий\", \"other\": \"{count} партии\" } }\n} }"),
            "STC2017", DiagnosticSeverity.Error, MiniContent.Strings, 3, 39, message: "'few' is not a form of 'en'");

    [Fact]
    public void A_language_without_CLDR_plural_rules_is_named_in_a_short_message()
    {
        GeneratorRun run = new MiniContent().With(MiniContent.Strings, "{ \"strings\": {\n  \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\" },\n  \"Count\": { \"parameters\": [\"count\"], \"en\": \"{count} parties\", \"ru\": \"{count}\", \"qqq\": { \"one\": \"{count} q\", \"other\": \"{count} qs\" } }\n} }").Run();
        Diagnostic plural = Assert.Single(run.Diagnostics, d => d.Id == "STC2017");
        string message = plural.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("no plural rules for 'qqq'", message);
        Assert.Contains($"{PluralRules.SupportedLanguages.Split(' ').Length} locales", message);
        Assert.True(message.Length < 300, $"the message lists too much ({message.Length} characters): {message}");
    }

    /// <summary>One pattern for a counted text is a warning at the pattern in a language with several forms (naming them), none where the language has one form.</summary>
    [Fact]
    public void One_pattern_for_a_count_warns_where_the_language_has_several_forms()
    {
        string strings = "{ \"strings\": {\n  \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\" },\n  \"Count\": { \"parameters\": [\"count\"], \"en\": { \"one\": \"{count} party\", \"other\": \"{count} parties\" }, \"ru\": \"Сторон: {count}\", \"ja\": \"{count} 者\" }\n} }";
        GeneratorRun run = new MiniContent().With(MiniContent.Strings, strings).Run();
        Diagnostic warning = Assert.Single(run.Diagnostics, d => d.Id == "STC2020");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal((MiniContent.Strings, 3, MiniContent.At(strings, "\"Сторон").Column), MiniContent.Where(warning));
        string message = warning.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("'ru' has the plural forms one, few, many, other", message);
        Assert.Contains("'strings.Count.ru'", message);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal("Сторон: 5", CallFormat(run, "Count", 5, "ru"));
    }

    [Fact]
    public void One_pattern_without_a_count_is_no_STC2020()
    {
        GeneratorRun run = new MiniContent().With(MiniContent.Strings, "{ \"strings\": {\n  \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\" },\n  \"Hello\": { \"parameters\": [\"name\"], \"en\": \"Hello, {name}\", \"ru\": \"Привет, {name}\" }\n} }").Run();
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void A_parameter_missing_from_one_language_is_located() =>
        AssertSingle(
            new MiniContent().With(MiniContent.Strings, "{ \"strings\": {\n  \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\" },\n  \"Count\": { \"parameters\": [\"count\"], \"en\": \"{count} parties\", \"ru\": \"партии\" }\n} }"),
            "STC2018", DiagnosticSeverity.Error, MiniContent.Strings, 3, 64, message: "'count'");

    [Fact]
    public void A_format_compiles_to_a_method_that_needs_no_parsing()
    {
        GeneratorRun run = new MiniContent().With(MiniContent.Strings, "{ \"strings\": { \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\" }, \"Count\": { \"parameters\": [\"count\", \"who\"], \"en\": { \"one\": \"{who}: {{{count}}}\", \"other\": \"{who}: {{{count}}}\" }, \"ru\": { \"one\": \"{who}: {count} партия\", \"few\": \"{who}: {count} партии\", \"many\": \"{who}: {count} партий\", \"other\": \"{who}: {count}\" } } } }").Run();
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        string source = run.Sources.Single(s => s.HintName == "UiStrings.g.cs").SourceText.ToString();
        Assert.Contains("public static string Count(global::StatementContent.FormatNumber count, string who, global::System.Globalization.CultureInfo culture) => ", source);

        // The braces are literal text, the parameters filled in, the plural form picked: by the table, with no pattern parsed at run time.
        string Call(int count, string? who, string culture) => run.Load(assembly =>
        {
            MethodInfo method = assembly.GetType("StatementContent.UiStrings")!.GetMethods().Single(m => m.Name == "Count" && m.GetParameters().Length == 3);
            object number = method.GetParameters()[0].ParameterType.GetMethod("op_Implicit", new[] { typeof(int) })!.Invoke(null, new object[] { count })!;
            return (string)method.Invoke(null, new object?[] { number, who, CultureInfo.GetCultureInfo(culture) })!;
        });
        Assert.Equal("Ann: {3}", Call(3, "Ann", "en"));
        Assert.Equal("Ann: 1 партия", Call(1, "Ann", "ru"));
        Assert.Equal(": 5 партий", Call(5, null, "ru-KZ"));

        // The same string for a localizer: its key, parameters as declared and pattern (the 'other' form, braces as written).
        (string Parameters, string En, string Ru, string Formatted) format = run.Load(assembly =>
        {
            object entry = ((System.Collections.IDictionary)assembly.GetType("StatementContent.UiStrings")!.GetProperty("Formats")!.GetValue(null)!)["Count"]!;
            object pattern = entry.GetType().GetProperty("Pattern")!.GetValue(entry)!;
            string Pattern(string language) => (string)pattern.GetType().GetMethod("Get", new[] { typeof(string) })!.Invoke(pattern, new object[] { language })!;
            var arguments = new object?[] { CultureInfo.GetCultureInfo("ru"), new object?[] { 21m, "Ann" }, null };
            bool formatted = (bool)entry.GetType().GetMethod("TryFormat")!.Invoke(entry, arguments)!;
            return (string.Join(",", (System.Collections.Generic.IEnumerable<string>)entry.GetType().GetProperty("Parameters")!.GetValue(entry)!), Pattern("en"), Pattern("ru"), formatted ? (string)arguments[2]! : "not formatted");
        });
        Assert.Equal(("count,who", "{who}: {{{count}}}", "{who}: {count}", "Ann: 21 партия"), format);
    }

    private static GeneratorRun AssertSingle(MiniContent content, string id, DiagnosticSeverity severity, string path, int line, int column, string? message = null, bool allowOthers = false)
    {
        GeneratorRun run = content.Run();
        Diagnostic diagnostic = allowOthers ? run.Diagnostics.First(d => d.Id == id) : Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        if (message is not null)
        {
            Assert.Contains(message, diagnostic.GetMessage());
        }

        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "CS8785" or "STC0001");
        return run;
    }
}
