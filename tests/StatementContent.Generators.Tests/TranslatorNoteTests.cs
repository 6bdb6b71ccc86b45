using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// Translator notes (docs/content-format.md, "Translator notes"): <c>"note"</c> beside a JSON text's languages and
/// <c>&lt;!-- note: … --&gt;</c> above a Markdown title or paragraph reach the model and the generated XML docs; they
/// are not content (no lock, hash or snapshot change); a bad one is STC1111 at the note.
/// </summary>
public class TranslatorNoteTests
{
    private const string PartyNote = "Kept as the party writes it & <not> translated";
    private const string StringNote = "A group heading;\nshown above the parties";
    private const string FormatNote = "{count} is the number of parties";
    private const string TitleNote = "The title as published";
    private const string ParagraphNote = "Paragraph two's note";

    /// <summary>The mini content with a note on each kind of item: publisher, party name, UI string, format, title, paragraph 2.</summary>
    private static MiniContent Noted(string partyNote = PartyNote, string paragraphNote = ParagraphNote, bool withFormat = true) => new MiniContent()
        .With(MiniContent.Metadata, """
            {
              "id": "s-one",
              "published": "2024-01-02",
              "publisher": { "en": "Publisher", "ru": "Издатель", "note": "Who published it" }
            }
            """)
        .With(MiniContent.English, $"<!-- note: {TitleNote} -->\n# Title\n\nParagraph one.\n\n<!-- note: {paragraphNote} -->\nParagraph two.\n")
        .With(MiniContent.Signatories, MiniContent_Signatories(partyNote))
        .With(MiniContent.Strings, withFormat ? """
            {
              "strings": {
                "Others": { "en": "Others", "ru": "Другие", "note": "A group heading;\nshown above the parties" },
                "Signed": {
                  "parameters": ["count"],
                  "note": "{count} is the number of parties",
                  "en": { "one": "Signed by {count} party", "other": "Signed by {count} parties" },
                  "ru": { "one": "{count} партия", "few": "{count} партии", "many": "{count} партий", "other": "{count} партии" }
                }
              }
            }
            """ : """
            {
              "strings": {
                "Others": { "en": "Others", "ru": "Другие", "note": "A group heading;\nshown above the parties" }
              }
            }
            """);

    private static string MiniContent_Signatories(string partyNote) =>
        new MiniContent().Text(MiniContent.Signatories).Replace(
            "\"name\": { \"en\": \"A\", \"ru\": \"А\" }",
            "\"name\": { \"en\": \"A\", \"ru\": \"А\", \"note\": \"" + partyNote + "\" }");

    [Fact]
    public void Notes_are_accepted_and_reach_the_model()
    {
        MiniContent content = Noted();
        GeneratorRun run = content.Run();
        Assert.Empty(run.Diagnostics); // before notes: STC1006 "'…note' is not a language tag"
        Assert.Empty(run.CompilationProblems);

        TextDoc english = Parse(MiniContent.English, content.Text(MiniContent.English)).Text!;
        Assert.Equal(new[] { new MarkdownNote(0, TitleNote), new MarkdownNote(2, ParagraphNote) }, english.Notes.ToArray());
        Assert.Equal(new[] { "Paragraph one.", "Paragraph two." }, english.Paragraphs.ToArray()); // the note is not text
        Assert.Equal("Title", english.Title);

        ParsedUiString[] strings = Parse(MiniContent.Strings, content.Text(MiniContent.Strings)).Strings!.Strings.ToArray();
        Assert.Equal(StringNote, strings.Single(s => s.Key == "Others").Text!.Note);
        Assert.Equal(FormatNote, strings.Single(s => s.Key == "Signed").Format!.Note);
        Assert.Equal(PartyNote, Parse(MiniContent.Signatories, content.Text(MiniContent.Signatories)).Signatories!.Groups[0].Parties[0].Name.Note);
        Assert.Equal("Who published it", Parse(MiniContent.Metadata, content.Text(MiniContent.Metadata)).Metadata!.Publisher.Note);
    }

    [Fact]
    public void Notes_become_remarks_of_the_generated_members_escaped_for_XML()
    {
        GeneratorRun run = Noted().Run();
        string statement = run.Sources.Single(s => s.HintName == "Statements.SOne.g.cs").SourceText.ToString();
        Assert.Contains("/// <para>Translator note on the publisher: Who published it</para>", statement);
        Assert.Contains("/// <para>Translator note on the title: " + TitleNote + "</para>", statement);
        Assert.Contains("/// <para>Translator note on paragraph 2: " + ParagraphNote + "</para>", statement);
        Assert.Contains("/// <para>Translator note on the name of party 'a': Kept as the party writes it &amp; &lt;not&gt; translated</para>", statement);
        Assert.DoesNotContain("paragraph 1:", statement);

        string strings = run.Sources.Single(s => s.HintName == "UiStrings.g.cs").SourceText.ToString();
        Assert.Contains("/// <remarks>\n    /// Translator note: A group heading;\n    /// shown above the parties\n    /// </remarks>\n", strings.Replace("\r\n", "\n").Replace("        ///", "    ///"));
        Assert.Equal(2, CountOf(strings, "/// <remarks>Translator note: " + FormatNote + "</remarks>")); // both methods of the format
        // The XML docs are well formed: the compiler's documentation mode reports nothing on them.
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Editing_a_note_changes_no_lock_record_hash_or_snapshot()
    {
        MiniContent plain = new();
        MiniContent noted = Noted();
        MiniContent edited = Noted(partyNote: "Another note entirely", paragraphNote: "Rewritten");
        // The same content with and without its notes, and with other notes: one lock.
        Assert.Equal(ContentLockTests.LockText(plain.Files, confirm: false), ContentLockTests.LockText(Noted(withFormat: false).Files, confirm: false));
        Assert.Equal(ContentLockTests.LockText(noted.Files, confirm: false), ContentLockTests.LockText(edited.Files, confirm: false));

        GeneratorRun before = noted.Run(), after = edited.Run();
        Assert.Equal(Source(before, "ContentHashes.g.cs"), Source(after, "ContentHashes.g.cs"));
        Assert.Equal(Snapshot(before), Snapshot(after));
        Assert.NotEqual(Source(before, "Statements.SOne.g.cs"), Source(after, "Statements.SOne.g.cs")); // the remarks did change
        Assert.Equal(Source(plain.Run(), "ContentHashes.g.cs"), Source(Noted(withFormat: false).Run(), "ContentHashes.g.cs"));
    }

    [Fact]
    public void A_stale_translation_keeps_its_note()
    {
        MiniContent content = Noted();
        content.With("/c/content.lock", ContentLockTests.LockText(content.Files, confirm: false));
        content.With(MiniContent.Signatories, content.Text(MiniContent.Signatories).Replace("\"en\": \"A\",", "\"en\": \"A renamed\","));
        GeneratorRun run = content.Run();
        Assert.Contains(run.Diagnostics, d => d.Id == "STC4002"); // party a's Russian name is stale now
        Assert.Contains("/// <para>Translator note on the name of party 'a': Kept as the party writes it", Source(run, "Statements.SOne.g.cs"));
    }

    [Fact]
    public void A_hostile_note_cannot_leave_its_doc_comment()
    {
        // U+2028 ends a line for the C# compiler: raw, it would turn the rest of the note into code. U+202E reorders
        // what a reader sees (Trojan Source). Both are shown as [U+XXXX]; markup is escaped.
        const string hostile = "a\u2028public static int Injected => 1; \u202E</remarks> */ &";
        string json = new MiniContent().Text(MiniContent.Strings).Replace("\"Другие\" }", "\"Другие\", \"note\": \"" + hostile + "\" }");
        GeneratorRun run = new MiniContent().With(MiniContent.Strings, json).Run();
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        string strings = Source(run, "UiStrings.g.cs");
        Assert.Contains("/// <remarks>Translator note: a[U+2028]public static int Injected =&gt; 1; [U+202E]&lt;/remarks&gt; */ &amp;</remarks>", strings);
        Assert.DoesNotContain('\u2028', strings);
    }

    [Fact]
    public void Other_HTML_comments_stay_text_as_before()
    {
        const string text = "# Title\n\n<!-- draft -->\nParagraph one.\n\n<!--note: no space -->\n";
        TextDoc doc = Parse(MiniContent.English, text).Text!;
        Assert.Equal(new[] { "<!-- draft -->\nParagraph one.", "<!--note: no space -->" }, doc.Paragraphs.ToArray());
        Assert.Empty(doc.Notes);
    }

    [Fact]
    public void Several_note_comments_and_a_multi_line_one_join_line_by_line()
    {
        const string text = "# Title\n\n<!-- note: first -->\n<!-- note: second\n   continued -->\nParagraph one.\n";
        ParsedFile parsed = Parse(MiniContent.English, text);
        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(new MarkdownNote(1, "first\nsecond\ncontinued"), Assert.Single(parsed.Text!.Notes));
        Assert.Equal("Paragraph one.", Assert.Single(parsed.Text!.Paragraphs));
    }

    public static TheoryData<string, string, string, string, string> BadNotes => new()
    {
        // file, replace, with, where (the needle the diagnostic points at), message part
        { MiniContent.Strings, "\"Другие\" }", "\"Другие\", \"note\": 3 }", "3 }", "'strings.Others.note' must be a non-empty string, but it is a number" },
        { MiniContent.Strings, "\"Другие\" }", "\"Другие\", \"note\": \" \\n \" }", "\" \\n \"", "'strings.Others.note' is empty" },
        { MiniContent.Strings, "\"Другие\" }", "\"Другие\", \"note\": \"a\\u0007b\" }", "\"a\\u0007b\"", "control character U+0007" },
        { MiniContent.Metadata, "\"Издатель\" }", "\"Издатель\", \"note\": [] }", "[] }", "'publisher.note' must be a non-empty string" },
        { MiniContent.Signatories, "\"ru\": \"Б\" }", "\"ru\": \"Б\", \"note\": null }", "null }", "'groups[0].parties[1].name.note' must be a non-empty string" },
        { MiniContent.Russian, "Абзац два.", "<!-- note: a note in Russian -->\nАбзац два.", "<!--", "in the 'ru' file; notes go in the English file (en.md) only" },
        { MiniContent.English, "Paragraph two.", "<!-- note: orphan -->\n\nParagraph two.", "<!--", "is not directly above the title or a paragraph" },
        { MiniContent.English, "Paragraph two.\n", "Paragraph two.\n\n<!-- note: never closed\n", "<!--", "is not closed with '-->'" },
        { MiniContent.English, "Paragraph two.\n", "Paragraph two.\n\n<!-- note: last -->\n", "<!--", "is not above the title or a paragraph" },
        { MiniContent.English, "Paragraph two.", "Paragraph two.\n<!-- note: inside -->", "<!--", "is inside a paragraph" },
        { MiniContent.English, "Paragraph two.", "<!-- note: x --> tail\nParagraph two.", "<!--", "has text after its '-->'" },
        { MiniContent.English, "Paragraph two.", "<!-- note:   -->\nParagraph two.", "<!--", "This note is empty" },
    };

    [Theory]
    [MemberData(nameof(BadNotes))]
    public void A_bad_note_is_STC1111_at_the_note(string path, string replace, string with, string needle, string message)
    {
        MiniContent content = new();
        string text = content.Text(path);
        Assert.Contains(replace, text);
        content.With(path, text.Replace(replace, with));
        GeneratorRun run = content.Run();
        Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "STC1111");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(message, diagnostic.GetMessage());
        (int line, int column) = MiniContent.At(content.Text(path), needle);
        Assert.Equal((path, line, column), MiniContent.Where(diagnostic));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "STC1006" or "STC1004" or "STC0001" or "CS8785");
    }

    private static ParsedFile Parse(string path, string text) => ContentFileParser.Parse(path, SourceText.From(text), CancellationToken.None);

    private static string Source(GeneratorRun run, string hint) => run.Sources.Single(s => s.HintName == hint).SourceText.ToString();

    /// <summary>The statement's snapshot text, the runtime's canonical form of its content.</summary>
    private static string Snapshot(GeneratorRun run) => run.Load(assembly =>
    {
        object statement = assembly.GetType("StatementContent.Statements")!.GetProperty("SOne")!.GetValue(null)!;
        return (string)statement.GetType().GetMethod("ToSnapshotText")!.Invoke(statement, null)!;
    });

    private static int CountOf(string text, string needle) => (text.Length - text.Replace(needle, "").Length) / needle.Length;
}
