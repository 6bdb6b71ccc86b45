using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatementContent.Generators.Parsing;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>Hostile input beyond bad JSON: unreadable files, wrong encodings, huge files, exceptions, cancellation.</summary>
public class RobustnessTests
{
    [Fact]
    public void A_file_whose_text_the_compiler_cannot_give_is_STC1104()
    {
        GeneratorRun run = GeneratorHarness.Run(new MiniContent().Files.Append(new NullText("/c/s1/fr.md")));
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("STC1104", "/c/s1/fr.md"), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path));
    }

    [Fact]
    public void An_exception_while_reading_a_file_is_STC0001_naming_it_and_the_rest_still_compiles()
    {
        GeneratorRun run = GeneratorHarness.Run(new MiniContent().Files.Append(new ThrowingText("/c/s1/fr.md")));
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STC0001", diagnostic.Id);
        Assert.Equal("/c/s1/fr.md", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("/c/s1/fr.md", diagnostic.GetMessage());
        Assert.Contains("disk on fire", diagnostic.GetMessage());
        Assert.Contains(run.Sources, s => s.HintName == "Statements.SOne.g.cs");
        Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Id == "CS8785");
    }

    [Fact]
    public void Cancellation_propagates_and_is_never_a_diagnostic()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            ContentFileParser.Parse(MiniContent.Metadata, SourceText.From("{}"), cancelled.Token));
    }

    [Fact]
    public void Files_with_a_BOM_are_accepted_and_produce_the_same_output()
    {
        GeneratorRun plain = new MiniContent().Run();
        GeneratorRun withBom = GeneratorHarness.Run(new MiniContent().Files.Select(f => GeneratorHarness.File(f.Path, "\uFEFF" + f.GetText()!)));
        Assert.Empty(withBom.Diagnostics);
        Assert.Equal(plain.SnapshotText(), withBom.SnapshotText());
    }

    [Fact]
    public void A_file_decoded_with_replacement_characters_is_STC1105_at_the_first_one()
    {
        // What the .NET SDK's compiler hands over for a Windows-1251 file without a BOM.
        byte[] cp1251 = { (byte)'#', (byte)' ', 0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, (byte)'\n' };
        var text = new EncodedText("/c/s1/ru.md", SourceText.From(Encoding.UTF8.GetString(cp1251), Encoding.UTF8));
        GeneratorRun run = GeneratorHarness.Run(new MiniContent().Without(MiniContent.Russian).Files.Append(text));
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STC1105", diagnostic.Id);
        Assert.Equal((0, 2), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
    }

    [Fact]
    public void A_file_decoded_with_a_code_page_is_STC1105()
    {
        // What a .NET Framework compiler hands over: the ANSI code page.
        var text = new EncodedText("/c/s1/ru.md", SourceText.From("# Ïðèâåò\n\nÀáçàö.\n\nÀáçàö.\n", Encoding.Latin1));
        GeneratorRun run = GeneratorHarness.Run(new MiniContent().Without(MiniContent.Russian).Files.Append(text));
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STC1105", diagnostic.Id);
        Assert.Contains("iso-8859-1", diagnostic.GetMessage());
    }

    [Fact]
    public void An_oversized_file_is_STC1106_and_not_parsed()
    {
        string huge = "# Title\n\n" + new string('a', ContentFileParser.MaxFileCharacters) + "\n";
        GeneratorRun run = new MiniContent().With(MiniContent.English, huge).Run();
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STC1106", diagnostic.Id);
        Assert.Contains("2097152", diagnostic.GetMessage());
    }

    [Fact]
    public void An_escaped_lone_surrogate_is_a_located_JSON_error()
    {
        GeneratorRun run = new MiniContent().With(MiniContent.Strings, "{ \"strings\": {\n  \"Others\": { \"en\": \"bad \\ud800 half\", \"ru\": \"Другие\" } } }").Run();
        Diagnostic diagnostic = run.Diagnostics.First();
        Assert.Equal("STC1001", diagnostic.Id);
        Assert.Equal((1, 20), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("half of a surrogate pair", diagnostic.GetMessage());
    }

    [Fact]
    public void Content_past_the_compilers_literal_limit_is_STC2012_naming_the_largest_statement()
    {
        // Five languages of ~1.9 Mi distinct characters: ~19 MiB as UTF-16 literals, past the 16 MiB limit.
        var content = new MiniContent().Without(MiniContent.Signatories);
        string[] languages = { "en", "ru", "de", "fr", "es" };
        var strings = new List<string>();
        for (int i = 0; i < languages.Length; i++)
        {
            string language = languages[i];
            content.With("/c/s1/" + language + ".md", "# T " + language + "\n\n" + new string((char)('a' + i), 1_900_000) + "\n\nP2\n");
            strings.Add($"\"{language}\": \"Others\"");
        }

        content.With(MiniContent.Strings, "{ \"strings\": { \"Others\": { " + string.Join(", ", strings) + " } } }");
        content.With(MiniContent.Metadata, "{ \"id\": \"s-one\", \"published\": \"2024-01-02\", \"publisher\": { " + string.Join(", ", languages.Select(l => $"\"{l}\": \"P\"")) + " } }");
        // Held to string literals: by default the texts would be stored as UTF-8 data and compile (LargeContentTests).
        GeneratorRun run = GeneratorHarness.Run(content.Files, properties: new Dictionary<string, string> { ["StatementContentTextStorage"] = "literals" });
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("STC2012", DiagnosticSeverity.Error, MiniContent.Metadata), (diagnostic.Id, diagnostic.Severity, diagnostic.Location.GetLineSpan().Path));
        Assert.Contains("statement 's-one'", diagnostic.GetMessage());
    }

    [Fact]
    public void Content_near_the_limit_is_warning_STC2011()
    {
        // Four languages of 1.6 Mi distinct characters: ~12.8 MiB as UTF-16 literals, past the 12 MiB warning.
        var content = new MiniContent().Without(MiniContent.Signatories).Without(MiniContent.Strings);
        string[] languages = { "en", "ru", "de", "fr" };
        for (int i = 0; i < languages.Length; i++)
        {
            content.With("/c/s1/" + languages[i] + ".md", "# T" + i + "\n\n" + new string((char)('a' + i), 1_600_000) + "\n\nP2\n");
        }

        content.With(MiniContent.Metadata, "{ \"id\": \"s-one\", \"published\": \"2024-01-02\", \"publisher\": { " + string.Join(", ", languages.Select(l => $"\"{l}\": \"P\"")) + " } }");
        Diagnostic diagnostic = Assert.Single(content.Run().Diagnostics);
        Assert.Equal(("STC2011", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
    }

    [Theory]
    [InlineData("xx", "STC1006")]
    [InlineData("english", "STC1006")]
    [InlineData("en_US", "STC1006")]
    public void A_language_key_that_is_not_a_language_is_rejected(string language, string id)
    {
        GeneratorRun run = new MiniContent().With(MiniContent.Strings, "{ \"strings\": { \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\", \"" + language + "\": \"?\" } } }").Run();
        Assert.Contains(run.Diagnostics, d => d.Id == id && d.GetMessage().Contains("'" + language + "' is not a language tag", StringComparison.Ordinal));
    }

    [Fact]
    public void An_id_with_an_invisible_character_is_an_error_not_an_identifier()
    {
        GeneratorRun run = new MiniContent().With(MiniContent.Metadata, "{ \"id\": \"s-\u202Eone\", \"published\": \"2024-01-02\", \"publisher\": { \"en\": \"P\", \"ru\": \"П\" } }").Run();
        Assert.Equal("STC2004", Assert.Single(run.Diagnostics).Id);
        Assert.DoesNotContain(run.Sources, s => s.SourceText.ToString().Contains('\u202E'));
    }

    [Theory]
    [InlineData("\"id\": \"g\"", "\"id\": \"g\u202E\"", "Group id")]
    [InlineData("\"id\": \"a\"", "\"id\": \"a\u202E\"", "Party id")]
    [InlineData("\"id\": \"a\"", "\"id\": \"1a\"", "Party id")]
    public void Group_and_party_ids_follow_the_one_id_rule(string valid, string invalid, string kind)
    {
        string signatories = new MiniContent().Files.Single(f => f.Path == MiniContent.Signatories).GetText()!.ToString();
        Assert.Contains(valid, signatories);
        GeneratorRun run = new MiniContent().With(MiniContent.Signatories, signatories.Replace(valid, invalid)).Run();

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STC2004", diagnostic.Id);
        Assert.StartsWith(kind, diagnostic.GetMessage());
        Assert.Equal(MiniContent.Signatories, diagnostic.Location.GetLineSpan().Path);
        Assert.DoesNotContain(run.Sources, s => s.SourceText.ToString().Contains('\u202E'));
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void The_same_party_name_twice_in_a_group_is_STC2007()
    {
        GeneratorRun run = new MiniContent().With(MiniContent.Signatories,
            "{ \"groups\": [ { \"id\": \"g\", \"heading\": \"Others\", \"parties\": [\n  { \"id\": \"a\", \"name\": { \"en\": \"A\", \"ru\": \"А\" } },\n  { \"id\": \"b\", \"name\": { \"en\": \"A\", \"ru\": \"Б\" } } ] } ] }").Run();
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STC2007", diagnostic.Id);
        Assert.Contains("Party name 'A'", diagnostic.GetMessage());
    }

    [Fact]
    public void A_UI_string_missing_a_statement_language_is_STC2009_at_its_key()
    {
        GeneratorRun run = new MiniContent().With(MiniContent.Strings, "{ \"strings\": {\n  \"Others\": { \"en\": \"Others\" } } }").Run();
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("STC2009", MiniContent.Strings, 1), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Contains("UI string 'Others' has no 'ru' text; readers of 'ru' get the 'en' text", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData(MiniContent.Metadata, "", "STC1001")]
    [InlineData(MiniContent.Metadata, " \n\t\n", "STC1001")]
    [InlineData(MiniContent.Russian, "", "STC1101")]
    [InlineData(MiniContent.Russian, "\n   \n\t\n", "STC1101")]
    public void Empty_and_whitespace_only_files_are_errors_at_their_start(string path, string text, string id)
    {
        GeneratorRun run = new MiniContent().With(path, text).Run();
        Diagnostic diagnostic = run.Diagnostics.First();
        Assert.Equal((id, DiagnosticSeverity.Error, path), (diagnostic.Id, diagnostic.Severity, diagnostic.Location.GetLineSpan().Path));
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_statement_missing_a_language_other_statements_have_is_STC2009()
    {
        GeneratorRun run = new MiniContent()
            .With("/c/s2/statement.json", "{ \"id\": \"s-two\", \"published\": \"2024-01-03\", \"publisher\": { \"en\": \"P\", \"ru\": \"П\" } }")
            .With("/c/s2/en.md", "# Only English\n\nOne.\n")
            .Run();
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("STC2009", "/c/s2/statement.json"), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path));
        Assert.Contains("Statement 's-two' (title and paragraphs) has no 'ru' text; readers of 'ru' get the 'en' text instead", diagnostic.GetMessage());
    }

    private sealed class NullText : AdditionalText
    {
        public NullText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }

    private sealed class ThrowingText : AdditionalText
    {
        public ThrowingText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw new System.IO.IOException("disk on fire");
    }

    private sealed class EncodedText : AdditionalText
    {
        private readonly SourceText _text;

        public EncodedText(string path, SourceText text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
