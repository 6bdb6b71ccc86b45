using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using StatementContent.Cli.Translations;
using StatementContent.Generators.Model;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Cli.Tests;

/// <summary>
/// <c>statement translations export|import|stats</c> in-process on copies of the repository's content: stats count
/// what the content has, a round trip changes no byte, an edited msgstr changes exactly that text, and what import
/// refuses (a changed key or English, a published text, hostile files) leaves every file as it was.
/// </summary>
public sealed class TranslationsCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("translations-command").FullName;
    private readonly string _content;

    public TranslationsCommandTests()
    {
        _content = Path.Combine(_root, "content");
        LockCommandTests.Copy(RepoPaths.Combine("content"), _content);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private StatementModel Statement => ContentFolder.Load(_content).Assembly.Statements[0];

    private string Signatories => Path.Combine(_content, "statements", Statement.Id, "signatories.json");

    [Fact]
    public void Stats_count_every_text_of_the_content_per_statement_and_for_the_UI_strings()
    {
        var (code, output, error) = CliTests.Run("translations", "stats", _content, "--format", "json");

        Assert.True(code == ExitCodes.Ok, error);
        using JsonDocument stats = JsonDocument.Parse(output);
        ContentAssembly assembly = ContentFolder.Load(_content).Assembly;
        JsonElement statement = stats.RootElement.EnumerateArray().Single(s => s.TryGetProperty("statement", out JsonElement id) && id.GetString() == Statement.Id);
        int parties = Statement.Groups.Sum(g => g.Parties.Count);
        Assert.Equal("ru", statement.GetProperty("language").GetString());
        Assert.Equal(2 + Statement.Paragraphs.Count + parties, statement.GetProperty("items").GetInt32());
        Assert.Equal(1 + Statement.Paragraphs.Count, statement.GetProperty("published").GetInt32()); // ru.md is published text
        Assert.Equal(1 + parties, statement.GetProperty("reviewed").GetInt32()); // the publisher and the party names
        Assert.Equal(0, statement.GetProperty("missing").GetInt32() + statement.GetProperty("stale").GetInt32());
        JsonElement strings = stats.RootElement.EnumerateArray().Single(s => !s.TryGetProperty("statement", out _));
        Assert.Equal(assembly.Strings.Strings.Count + assembly.Strings.Formats.Count, strings.GetProperty("items").GetInt32());
    }

    [Fact]
    public void Stats_name_a_stale_and_a_missing_translation()
    {
        PartyModel[] parties = Statement.Groups.SelectMany(g => g.Parties).ToArray();
        string text = File.ReadAllText(Signatories)
            .Replace($"\"en\": \"{parties[0].Name.Get("en")}\"", $"\"en\": \"{parties[0].Name.Get("en")} (renamed)\"")
            .Replace($", \"ru\": \"{parties[1].Name.Get("ru")}\", \"addedByProject\": [\"ru\"]}}", "}");
        File.WriteAllText(Signatories, text);

        var (code, output, error) = CliTests.Run("translations", "stats", _content, "--language", "ru");

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains($"ru {Statement.Id}: {2 + Statement.Paragraphs.Count + parties.Length} item(s)", output, StringComparison.Ordinal);
        Assert.Contains(", 1 stale, 1 missing,", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("po")]
    [InlineData("xliff")]
    public void Export_then_import_without_edits_changes_no_byte(string format)
    {
        Dictionary<string, byte[]> before = Snapshot();
        string file = Path.Combine(_root, "ru." + format);
        Assert.Equal(ExitCodes.Ok, CliTests.Run("translations", "export", _content, "--language", "ru", "--format", format, "--output", file).Code);

        var (code, output, error) = CliTests.Run("translations", "import", file, _content);

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("0 translation(s) written to 0 file(s)", output, StringComparison.Ordinal);
        AssertUnchanged(before);
    }

    [Theory]
    [InlineData("po")]
    [InlineData("xliff")]
    public void An_edited_translation_changes_exactly_that_text(string format)
    {
        PartyModel party = Statement.Groups.SelectMany(g => g.Parties).Last();
        string russian = party.Name.Get("ru")!;
        string edited = russian + " \"нов\\ая\"";
        string file = Path.Combine(_root, "ru." + format);
        Assert.Equal(ExitCodes.Ok, CliTests.Run("translations", "export", _content, "--language", "ru", "--format", format, "--output", file).Code);
        string exported = File.ReadAllText(file);
        string from = format == "po" ? $"msgstr \"{russian}\"" : $"<target>{russian}</target>";
        string to = format == "po" ? $"msgstr \"{PoWriter.Escape(edited)}\"" : $"<target>{System.Security.SecurityElement.Escape(edited)}</target>";
        Assert.Single(exported.Split(from)[1..]);
        File.WriteAllText(file, exported.Replace(from, to));
        Dictionary<string, byte[]> before = Snapshot();
        string signatories = File.ReadAllText(Signatories);

        var (code, output, error) = CliTests.Run("translations", "import", file, _content);

        Assert.True(code == ExitCodes.Ok, error + output);
        Assert.Contains("1 translation(s) written to 1 file(s)", output, StringComparison.Ordinal);
        string expected = signatories.Replace($"\"ru\": \"{russian}\"", $"\"ru\": {ContentEdits.Literal(edited)}");
        Assert.NotEqual(signatories, expected);
        Assert.Equal(expected, File.ReadAllText(Signatories));
        before.Remove(Signatories);
        AssertUnchanged(before, except: Signatories);
        Assert.Equal(edited, ContentFolder.Load(_content).Assembly.Statements[0].Groups.SelectMany(g => g.Parties).Last().Name.Get("ru"));
    }

    [Fact]
    public void A_key_or_English_that_no_longer_matches_is_refused_at_its_line_and_nothing_is_written()
    {
        PartyModel party = Statement.Groups.SelectMany(g => g.Parties).Last();
        string file = Path.Combine(_root, "ru.po");
        Assert.Equal(ExitCodes.Ok, CliTests.Run("translations", "export", _content, "--language", "ru", "--format", "po", "--output", file).Code);
        string[] lines = File.ReadAllLines(file);
        int publishedOn = Array.FindIndex(lines, l => l == "msgctxt \"string.PublishedOn\"");
        lines[publishedOn + 2] = "msgstr \"Дата\""; // a change that alone would be written
        int name = Array.FindIndex(lines, l => l == $"msgctxt \"{TranslationKeys.PartyName(Statement.Id, party.Id)}\"");
        lines[name + 1] = "msgid \"Some other English\"";
        int title = Array.FindIndex(lines, l => l.StartsWith("msgctxt \"statement.", StringComparison.Ordinal) && l.EndsWith(".title\"", StringComparison.Ordinal));
        lines[title] = "msgctxt \"statement.gone.title\"";
        File.WriteAllLines(file, lines);
        Dictionary<string, byte[]> before = Snapshot();

        var (code, _, error) = CliTests.Run("translations", "import", file, _content);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"{file}({name + 1},1): error STC6002: the English of '{TranslationKeys.PartyName(Statement.Id, party.Id)}' changed since the export", error, StringComparison.Ordinal);
        Assert.Contains($"{file}({title + 1},1): error STC6002: the content has no text with the key 'statement.gone.title'", error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", error, StringComparison.Ordinal);
        AssertUnchanged(before);
    }

    [Fact]
    public void A_published_text_or_a_paragraph_split_by_a_blank_line_is_refused()
    {
        string file = Path.Combine(_root, "ru.po");
        Assert.Equal(ExitCodes.Ok, CliTests.Run("translations", "export", _content, "--language", "ru", "--format", "po", "--output", file).Code);
        string[] lines = File.ReadAllLines(file);
        int paragraph = Array.FindIndex(lines, l => l == $"msgctxt \"{TranslationKeys.Paragraph(Statement.Id, 1)}\"");
        lines[paragraph + 2] = "msgstr \"Исправлено\"";
        File.WriteAllLines(file, lines);
        Dictionary<string, byte[]> before = Snapshot();

        var (code, _, error) = CliTests.Run("translations", "import", file, _content);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"({paragraph + 1},1): error STC6002: the 'ru' paragraph 1 of the statement is published text", error, StringComparison.Ordinal);
        AssertUnchanged(before);
    }

    [Fact]
    public void A_new_translation_is_inserted_beside_its_English_and_marked_as_the_project_s()
    {
        PartyModel party = Statement.Groups.SelectMany(g => g.Parties).First();
        string russian = party.Name.Get("ru")!;
        string original = File.ReadAllText(Signatories);
        string without = original.Replace($", \"ru\": \"{russian}\", \"addedByProject\": [\"ru\"]}}", "}");
        Assert.NotEqual(original, without);
        File.WriteAllText(Signatories, without);
        string file = Path.Combine(_root, "ru.po");
        Assert.Equal(ExitCodes.Ok, CliTests.Run("translations", "export", _content, "--language", "ru", "--format", "po", "--output", file).Code);
        File.WriteAllText(file, File.ReadAllText(file).Replace($"msgid \"{party.Name.Get("en")}\"\nmsgstr \"\"", $"msgid \"{party.Name.Get("en")}\"\nmsgstr \"{russian}\""));

        var (code, output, error) = CliTests.Run("translations", "import", file, _content);

        Assert.True(code == ExitCodes.Ok, error + output);
        Assert.Equal(original, File.ReadAllText(Signatories)); // as it was before the translation was removed
    }

    /// <summary>With Russian not published (a translated ru.md), a paragraph's msgstr is written over that paragraph's line only; one that a blank line would split is refused.</summary>
    [Fact]
    public void A_translated_Markdown_paragraph_is_written_in_place_and_one_with_a_blank_line_is_refused()
    {
        string metadata = Path.Combine(_content, "statements", Statement.Id, "statement.json");
        string published = File.ReadAllText(metadata);
        File.WriteAllText(metadata, published.Replace("\"publishedLanguages\": [\"en\", \"ru\"]", "\"publishedLanguages\": [\"en\"]"));
        Assert.NotEqual(published, File.ReadAllText(metadata));
        string markdown = Path.Combine(_content, "statements", Statement.Id, "ru.md");
        string before = File.ReadAllText(markdown);
        string paragraph = Statement.Paragraphs[1].Get("ru")!;
        string file = Path.Combine(_root, "ru.po");
        Assert.Equal(ExitCodes.Ok, CliTests.Run("translations", "export", _content, "--language", "ru", "--format", "po", "--output", file).Code);
        string exported = File.ReadAllText(file);
        Assert.Contains($"msgstr \"{PoWriter.Escape(paragraph)}\"", exported, StringComparison.Ordinal);

        File.WriteAllText(file, exported.Replace($"msgstr \"{PoWriter.Escape(paragraph)}\"", "msgstr \"Первая часть.\\n\\nВторая часть.\""));
        var (refused, _, refusedError) = CliTests.Run("translations", "import", file, _content);
        Assert.Equal(ExitCodes.ContentErrors, refused);
        int line = Array.IndexOf(exported.Split('\n'), $"msgctxt \"{TranslationKeys.Paragraph(Statement.Id, 2)}\"") + 1;
        Assert.Contains($"{file}({line},1): error STC6002: '{TranslationKeys.Paragraph(Statement.Id, 2)}' would give the content an error: ", refusedError, StringComparison.Ordinal);
        Assert.Contains("error STC2008", refusedError, StringComparison.Ordinal); // a paragraph more than English: the content as it would be
        Assert.Contains("nothing was written", refusedError, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(markdown));

        File.WriteAllText(file, exported.Replace($"msgstr \"{PoWriter.Escape(paragraph)}\"", "msgstr \"Новый перевод\\nво второй строке.\""));
        var (code, output, error) = CliTests.Run("translations", "import", file, _content);
        Assert.True(code == ExitCodes.Ok, error + output);
        Assert.Equal(before.Replace(paragraph, "Новый перевод\nво второй строке."), File.ReadAllText(markdown));
    }

    [Fact]
    public void Export_refuses_an_output_that_is_a_link_and_leaves_its_target()
    {
        string target = Path.Combine(_root, "victim.txt");
        File.WriteAllText(target, "victim");
        string link = Path.Combine(_root, "out.po");
        File.CreateSymbolicLink(link, target);

        var (code, _, error) = CliTests.Run("translations", "export", _content, "--language", "ru", "--format", "po", "--output", link);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("is a link", error, StringComparison.Ordinal);
        Assert.Equal("victim", File.ReadAllText(target));
    }

    [Theory]
    [InlineData("--language=-x")]
    [InlineData("--language=de")]
    [InlineData("--language=ru/../en")]
    public void A_language_the_content_does_not_have_is_a_usage_error_naming_its_languages(string option)
    {
        var (code, output, error) = CliTests.Run("translations", "export", _content, option, "--format", "po");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", output);
        Assert.Contains("is not a language of the content; its languages are en, ru", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_named_pipe_and_a_huge_file_without_reading_them()
    {
        string pipe = Path.Combine(_root, "ru.po");
        using (Process mkfifo = Process.Start("mkfifo", new[] { pipe })!)
        {
            mkfifo.WaitForExit();
        }

        string huge = Path.Combine(_root, "huge.po");
        using (FileStream stream = File.Create(huge))
        {
            stream.SetLength(2L * 1024 * 1024 * 1024); // sparse: 2 GiB claimed, nothing written
        }

        Dictionary<string, byte[]> before = Snapshot();
        var (pipeCode, _, pipeError) = CliTests.Run("translations", "import", pipe, _content);
        var (hugeCode, _, hugeError) = CliTests.Run("translations", "import", huge, _content);

        Assert.Equal(ExitCodes.ContentErrors, pipeCode);
        Assert.Contains("error STC1110: ", pipeError, StringComparison.Ordinal);
        Assert.Contains("a named pipe", pipeError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.ContentErrors, hugeCode);
        Assert.Contains("error STC1106: ", hugeError, StringComparison.Ordinal);
        Assert.Contains("2147483648 bytes", hugeError, StringComparison.Ordinal);
        AssertUnchanged(before);
    }

    [Theory]
    [InlineData("msgctxt \"a\"\nmsgid \"b\nmsgstr \"\"\n", 2, "expected a string in double quotes")]
    [InlineData("msgid \"\"\nmsgstr \"Language: ru\\n\"\n\nmsgctxt \"x\"\nmsgstr \"y\"\n", 5, "msgstr before msgid")]
    [InlineData("msgid \"\"\nmsgstr \"Language: ru\\n\"\n\nmsgctxt \"x\"\nmsgid \"a\\q\"\nmsgstr \"\"\n", 5, "'\\q' is not a PO escape")]
    [InlineData("msgid \"\"\nmsgstr \"Language: ru\\n\"\nmsgwhat \"x\"\n", 3, "'msgwhat' is not a PO keyword")]
    public void A_malformed_PO_is_a_located_error(string po, int line, string message)
    {
        string file = Path.Combine(_root, "bad.po");
        File.WriteAllText(file, po);
        Dictionary<string, byte[]> before = Snapshot();

        var (code, _, error) = CliTests.Run("translations", "import", file, _content);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"{file}({line},", error, StringComparison.Ordinal);
        Assert.Contains("error STC6001: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        AssertUnchanged(before);
    }

    [Fact]
    public void An_XLIFF_with_an_external_entity_is_refused_without_reading_the_entity()
    {
        string secret = Path.Combine(_root, "secret.txt");
        File.WriteAllText(secret, "SECRET-CONTENT");
        string file = Path.Combine(_root, "xxe.xlf");
        File.WriteAllText(file, $"""
            <?xml version="1.0"?>
            <!DOCTYPE xliff [ <!ENTITY secret SYSTEM "file://{secret}"> ]>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru">
              <file id="content"><unit id="string.PublishedOn"><segment><source>Published</source><target>&secret;</target></segment></unit></file>
            </xliff>
            """);
        Dictionary<string, byte[]> before = Snapshot();

        var (code, output, error) = CliTests.Run("translations", "import", file, _content);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"{file}(2,", error, StringComparison.Ordinal);
        Assert.Contains("error STC6001: ", error, StringComparison.Ordinal);
        Assert.Contains("<!DOCTYPE>", error, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-CONTENT", output + error, StringComparison.Ordinal);
        AssertUnchanged(before);
    }

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.GetFiles(_content, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

    private void AssertUnchanged(Dictionary<string, byte[]> before, string? except = null)
    {
        Dictionary<string, byte[]> after = Snapshot();
        if (except is not null)
        {
            after.Remove(except);
        }

        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), $"{file.Key} changed"));
    }
}
