using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using StatementContent.Cli.Translations;
using StatementContent.Generators.Model;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Cli.Tests;

/// <summary>
/// Translator notes (<c>"note"</c>, <c>&lt;!-- note: … --&gt;</c>) in the exported files: one PO <c>#.</c> line per
/// note line that <c>msgfmt --check</c> accepts however the note is written, the whole note as an XLIFF translator
/// note; a note edit is no change to the lock, and import round-trips with notes present.
/// </summary>
public sealed class TranslationNotesTests : IDisposable
{
    /// <summary>A note written to break a PO file if it were not kept to its comment lines: quotes, keywords, backslashes, a tab, CRLF.</summary>
    private const string HostileNote = "First line \"quoted\" \\ back\\slash\r\nmsgstr \"not a message\"\n#, fuzzy\n\tmsgid \"x\"";

    private readonly string _root = Directory.CreateTempSubdirectory("notes").FullName;
    private readonly string _content;
    private readonly string _strings;

    public TranslationNotesTests()
    {
        _content = Path.Combine(_root, "content");
        LockCommandTests.Copy(RepoPaths.Combine("content"), _content);
        _strings = Path.Combine(_content, "strings.json");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>The shipped notes, read from the content's model rather than named here.</summary>
    private IReadOnlyList<string> ShippedNotes()
    {
        ContentAssembly assembly = ContentFolder.Load(_content).Assembly;
        return assembly.Statements.SelectMany(s => s.Texts()).Select(t => t.Text.Note)
            .Concat(assembly.Strings.Strings.Select(s => s.Text.Note))
            .Concat(assembly.Strings.Formats.Select(f => f.Note))
            .OfType<string>().Distinct().ToList();
    }

    [Fact]
    public void Every_shipped_note_is_in_the_PO_as_comment_lines_and_in_the_XLIFF_as_a_translator_note()
    {
        IReadOnlyList<string> notes = ShippedNotes();
        Assert.NotEmpty(notes);
        string po = File.ReadAllText(Export("ru", "po"));
        XDocument xliff = XDocument.Load(Export("ru", "xliff"));
        string[] translatorNotes = xliff.Descendants(XName.Get("note", XliffWriter.Namespace)).Where(n => (string?)n.Attribute("category") == "translator").Select(n => n.Value).ToArray();
        foreach (string note in notes)
        {
            string[] lines = ("Note: " + note).Split('\n');
            Assert.Contains(string.Concat(lines.Select(l => "#. " + l + "\n")), po);
            Assert.Contains("Note: " + note, translatorNotes);
        }
    }

    [ToolsFact]
    public void A_hostile_multi_line_note_is_one_comment_line_per_line_and_msgfmt_checks_the_file()
    {
        ExternalTools.Require();
        string json = File.ReadAllText(_strings);
        File.WriteAllText(_strings, ReplaceOnce(json, "\"OtherParties\": {", "\"OtherParties\": {\n      \"note\": " + JsonLiteral(HostileNote) + ","));
        string file = Export("ru", "po");
        string po = File.ReadAllText(file);

        var (code, _, error) = ExternalTools.Run("msgfmt", _root, "--check", "-o", "/dev/null", file);
        Assert.True(code == 0, error);
        string entry = Entry(po, TranslationKeys.UiString("OtherParties"));
        Assert.Contains("#. Note: First line \"quoted\" \\ back\\slash\n#. msgstr \"not a message\"\n#. #, fuzzy\n#. \tmsgid \"x\"\n", entry);
        Assert.DoesNotContain("#, fuzzy\n", entry.Replace("#. #, fuzzy\n", ""));
        Assert.Single(Regex.Matches(entry, "^msgstr ", RegexOptions.Multiline));

        XDocument xliff = XDocument.Load(Export("ru", "xliff"));
        XElement unit = xliff.Descendants(XName.Get("unit", XliffWriter.Namespace)).Single(u => (string?)u.Attribute("id") == TranslationKeys.UiString("OtherParties"));
        Assert.Contains(unit.Descendants(XName.Get("note", XliffWriter.Namespace)), n => n.Value == "Note: " + HostileNote.Replace("\r\n", "\n"));
    }

    [Fact]
    public void A_note_edit_is_no_change_to_the_lock_and_import_round_trips_with_notes()
    {
        string json = File.ReadAllText(_strings);
        string note = ShippedNotes().First(n => json.Contains(JsonLiteral(n)[1..^1], StringComparison.Ordinal));
        File.WriteAllText(_strings, ReplaceOnce(json, JsonLiteral(note), JsonLiteral("A different note")));

        var (code, output, error) = CliTests.Run("lock", _content, "--check");
        Assert.True(code == ExitCodes.Ok, output + error);
        Assert.DoesNotContain("STC4001", output + error);

        foreach (string format in new[] { "po", "xliff" })
        {
            string file = Export("ru", format);
            Dictionary<string, byte[]> before = Directory.GetFiles(_content, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
            (code, output, error) = CliTests.Run("translations", "import", file, _content);
            Assert.True(code == ExitCodes.Ok, error + output);
            Assert.All(before, f => Assert.True(f.Value.AsSpan().SequenceEqual(File.ReadAllBytes(f.Key)), $"{f.Key} changed"));
        }
    }

    private string Export(string language, string format)
    {
        string file = Path.Combine(_root, $"notes-{language}.{format}");
        var (code, _, error) = CliTests.Run("translations", "export", _content, "--language", language, "--format", format, "--output", file);
        Assert.True(code == ExitCodes.Ok, error);
        return file;
    }

    /// <summary>The PO entry with <paramref name="context"/>: its comment lines and message, up to the next blank line.</summary>
    private static string Entry(string po, string context)
    {
        string[] entries = po.Split("\n\n");
        return Assert.Single(entries, e => e.Contains("msgctxt \"" + context + "\"\n", StringComparison.Ordinal)) + "\n";
    }

    private static string JsonLiteral(string text) => System.Text.Json.JsonSerializer.Serialize(text, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string ReplaceOnce(string text, string find, string replacement)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' is not in the text exactly once");
        return text.Substring(0, at) + replacement + text.Substring(at + find.Length);
    }
}
