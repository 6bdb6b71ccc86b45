using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Lock;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// The content lock (docs/content-lock.md): a change it does not record is STC4001 naming the change at the
/// content, a stale translation is STC4002 at the translation, and the generated API tells stale texts.
/// </summary>
public class ContentLockTests
{
    private const string LockPath = "/c/content.lock";

    [Fact]
    public void Content_matching_its_lock_builds_without_diagnostics()
    {
        MiniContent content = Locked(new MiniContent());
        GeneratorRun run = content.Run();
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void The_shipped_lock_is_what_the_lock_command_writes_for_the_shipped_content()
    {
        string shipped = File.ReadAllText(RepoPaths.Combine("content", ContentLockParser.FileName)).Replace("\r\n", "\n");
        Assert.Equal(shipped, LockText(GeneratorHarness.RealContent(), confirm: false));
    }

    [Theory]
    [InlineData("party added", "party 'c' added to group 'g'", MiniContent.Signatories, 9, 17, false)]
    [InlineData("party removed", "party 'b' removed from group 'g'", LockPath, -1, 3, false)]
    [InlineData("party moved", "party 'b' moved from group 'g' to group 'h'", MiniContent.Signatories, 14, 17, false)]
    [InlineData("party renamed", "party 'a': en name changed", MiniContent.Signatories, 7, 17, true)]
    [InlineData("country changed", "party 'a': country changed", MiniContent.Signatories, 7, 17, false)]
    [InlineData("paragraph changed", "en paragraph 2 changed", MiniContent.English, 5, 1, true)]
    [InlineData("title changed", "ru title changed", MiniContent.Russian, 1, 1, false)]
    [InlineData("UI string changed", "ru text of UI string 'Others' changed", MiniContent.Strings, 3, 39, false)]
    [InlineData("statement added", "statement 's-two' added", "/c/s2/statement.json", 2, 9, false)]
    public void A_change_not_in_the_lock_is_STC4001_naming_it_at_the_content(string change, string expected, string path, int line, int column, bool englishWithTranslation)
    {
        MiniContent content = Change(Locked(new MiniContent()), change);
        GeneratorRun run = content.Run();

        Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "STC4001");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(": " + expected + ".", diagnostic.GetMessage(), StringComparison.Ordinal);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        // A removed item is located at its line in the lock (-1: find it there).
        int expectedLine = line > 0 ? line : LineOf(content.Text(LockPath), "  party g/b ") + 1;
        Assert.Equal((path, expectedLine, column), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        // An English text with a translation leaves the translation stale at once (and after locking, below).
        Assert.Equal(englishWithTranslation ? new[] { "STC4002" } : Array.Empty<string>(), run.Diagnostics.Where(d => d != diagnostic).Select(d => d.Id));
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Recording_the_change_with_the_lock_command_clears_the_warning_and_raises_the_version()
    {
        MiniContent content = Change(Locked(new MiniContent()), "party added");
        Assert.Contains("Content_Version = \"1\"", Hashes(content.Run()), StringComparison.Ordinal);

        content = Locked(content);

        // The added party's lines carry the new version; every other line keeps the one that recorded it.
        string[] items = content.Text(LockPath).Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(items.Where(l => l.StartsWith("  party g/c", StringComparison.Ordinal)), items.Where(l => l.EndsWith(" @2", StringComparison.Ordinal)));
        Assert.Contains(items, l => l.EndsWith(" @2", StringComparison.Ordinal));
        Assert.All(items.Where(l => !l.StartsWith("  party g/c", StringComparison.Ordinal)), l => Assert.EndsWith(" @1", l, StringComparison.Ordinal));
        GeneratorRun run = content.Run();
        Assert.Empty(run.Diagnostics);
        Assert.Contains("Content_Version = \"2\"", Hashes(run), StringComparison.Ordinal);
        Assert.Equal(content.Text(LockPath), LockText(content.Files, confirm: false)); // nothing more to record
    }

    [Fact]
    public void A_translation_older_than_its_English_text_is_STC4002_at_the_translation_and_IsStale_in_the_API()
    {
        // The English name of party 'a' is corrected and the change locked; the Russian name is not touched.
        MiniContent content = Locked(Change(Locked(new MiniContent()), "party renamed"));
        GeneratorRun run = content.Run();

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("STC4002", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("the ru name of party 'a' was translated from an earlier en name of party 'a'", diagnostic.GetMessage(), StringComparison.Ordinal);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        int line = LineOf(content.Text(MiniContent.Signatories), "\"id\": \"a\"");
        int column = content.Text(MiniContent.Signatories).Split('\n')[line].IndexOf("\"А\"", StringComparison.Ordinal);
        Assert.Equal((MiniContent.Signatories, line, column), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal((true, false, false), NameIsStale(run, "a", "ru", "en", "b"));

        // The translator confirms the old translation still fits: no longer stale.
        MiniContent confirmed = content.With(LockPath, LockText(content.Files, confirm: true));
        GeneratorRun after = confirmed.Run();
        Assert.Empty(after.Diagnostics);
        Assert.Equal((false, false, false), NameIsStale(after, "a", "ru", "en", "b"));
    }

    [Fact]
    public void An_updated_translation_is_no_longer_stale_once_locked()
    {
        MiniContent content = Locked(Change(Locked(new MiniContent()), "party renamed"));
        content = content.With(MiniContent.Signatories, content.Text(MiniContent.Signatories).Replace("\"ru\": \"А\"", "\"ru\": \"А2\""));
        Assert.Equal(new[] { "STC4001" }, content.Run().Diagnostics.Select(d => d.Id)); // the new translation: a change to record

        Assert.Empty(Locked(content).Run().Diagnostics);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void A_published_language_is_never_stale(bool russianIsPublished, bool expectStale)
    {
        var content = new MiniContent();
        if (russianIsPublished)
        {
            content = content.With(MiniContent.Metadata, content.Text(MiniContent.Metadata).Replace("\"published\"", "\"publishedLanguages\": [\"en\", \"ru\"],\n  \"published\""));
        }

        content = Locked(Change(Locked(content), "paragraph changed"));
        GeneratorRun run = content.Run();

        Assert.Equal(expectStale ? new[] { "STC4002" } : Array.Empty<string>(), run.Diagnostics.Select(d => d.Id));
        if (expectStale)
        {
            Assert.Contains("the ru paragraph 2 was translated from an earlier en paragraph 2", run.Diagnostics[0].GetMessage(), StringComparison.Ordinal);
            Assert.Equal((MiniContent.Russian, 4), (run.Diagnostics[0].Location.GetLineSpan().Path, run.Diagnostics[0].Location.GetLineSpan().StartLinePosition.Line));
        }
    }

    [Fact]
    public void Under_the_strict_lock_changes_and_stale_translations_are_errors_no_editorconfig_lowers()
    {
        // A stale Russian name (STC4002) and an unrecorded party (STC4001), with every lock diagnostic switched off.
        MiniContent content = Change(Locked(Change(Locked(new MiniContent()), "party renamed")), "party added")
            .With("/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.STC4001.severity = none\ndotnet_diagnostic.STC4002.severity = none\n");
        Assert.Empty(content.Run().Diagnostics); // a developer's build honours the .editorconfig

        GeneratorRun strict = GeneratorHarness.Run(content.Files, properties: new Dictionary<string, string> { ["StatementContentStrictLock"] = "true" });

        Assert.Equal(new[] { "STC4001", "STC4002" }, strict.Diagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(strict.Diagnostics, d =>
        {
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Contains(WellKnownDiagnosticTags.NotConfigurable, d.Descriptor.CustomTags); // nor a .globalconfig the compiler reads
        });
    }

    [Fact]
    public void A_format_1_lock_is_read_with_its_version_as_every_items_stamp()
    {
        MiniContent content = Locked(new MiniContent());
        string[] lines = content.Text(LockPath).Split('\n');
        string formatOne = string.Join("\n", lines.Select(l => l == ContentLockParser.FormatLine ? "content-lock 1\nversion 7\ncontent sha256:" + new string('0', 64)
            : l.StartsWith("statement ", StringComparison.Ordinal) ? l + " sha256:" + new string('1', 64)
            : l.StartsWith("  ", StringComparison.Ordinal) ? l[..l.LastIndexOf(' ')]
            : l));

        GeneratorRun run = content.With(LockPath, formatOne).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Contains("Content_Version = \"7\"", Hashes(run), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content-lock 3\nstrings\n", 1, "the first line must be 'content-lock 2'")]
    [InlineData("content-lock 2\nstatement s-one\n  metadata 0123456789abcdef\n", 3, "does not end in the version that recorded it ('@N')")]
    [InlineData("content-lock 2\nstatement s-one\n  metadata 0123456789abcdef @0\n", 3, "does not end in the version that recorded it")]
    [InlineData("content-lock 2\nstatement s-one sha256:00\n", 2, "is not a 'floor' (before the sections), 'statement <id>' or 'strings' line")]
    [InlineData("content-lock 2\nstrings\nfloor 3\n", 3, "is not a 'floor' (before the sections)")]
    [InlineData("content-lock 2\n<<<<<<< HEAD\nstrings\n=======\n>>>>>>> other\n", 2, "git could not merge it (conflict markers); run 'statement lock'")]
    [InlineData("content-lock 1\nversion 1\nstatement s-one sha256:00\n", 3, "'statement s-one sha256:00' is not a 'version'")]
    [InlineData("content-lock 1\nversion 1\n  metadata 0123456789abcdef\n", 3, "an item before any 'statement' or 'strings' section")]
    [InlineData("content-lock 1\n# no version\n", 1, "no 'version' line")]
    public void A_malformed_lock_is_STC4003_at_its_line(string text, int line, string expected)
    {
        GeneratorRun run = new MiniContent().With(LockPath, text).Run();

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("STC4003", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains(expected, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal((LockPath, line), (diagnostic.Location.GetLineSpan().Path, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1));
    }

    [Fact]
    public void CRLF_and_LF_checkouts_give_the_same_hashes_lock_and_version()
    {
        ImmutableArray<AdditionalText> lf = GeneratorHarness.RealContent()
            .Select(f => GeneratorHarness.File(f.Path, f.GetText()!.ToString().Replace("\r\n", "\n")))
            .ToImmutableArray();
        ImmutableArray<AdditionalText> crlf = lf
            .Select(f => GeneratorHarness.File(f.Path, f.GetText()!.ToString().Replace("\n", "\r\n")))
            .ToImmutableArray();

        GeneratorRun lfRun = GeneratorHarness.Run(lf);
        GeneratorRun crlfRun = GeneratorHarness.Run(crlf);

        Assert.Empty(crlfRun.Diagnostics); // the committed lock (LF) matches a CRLF checkout too
        Assert.Equal(Hashes(lfRun), Hashes(crlfRun));
        Assert.Equal(LockText(lf, confirm: false), LockText(crlf, confirm: false));
    }

    /// <summary>What the lock command writes for <paramref name="files"/>: the same parser and assembler as the CLI.</summary>
    internal static string LockText(System.Collections.Generic.IEnumerable<AdditionalText> files, bool confirm)
    {
        ImmutableArray<ParsedFile> parsed = files.Select(f => ContentFileParser.Parse(f.Path, SourceText.From(f.GetText()!.ToString()), CancellationToken.None)).ToImmutableArray();
        ContentAssembler.Assemble(parsed, BuildSettings.Default, out ContentLock? contentLock);
        return contentLock!.Update(confirm);
    }

    private static MiniContent Locked(MiniContent content) => content.With(LockPath, LockText(content.Files, confirm: false));

    private static MiniContent Change(MiniContent content, string change)
    {
        string signatories = content.Text(MiniContent.Signatories);
        return change switch
        {
            "party added" => content.With(MiniContent.Signatories, signatories.Replace(
                "{ \"id\": \"b\", \"name\": { \"en\": \"B\", \"ru\": \"Б\" } }",
                "{ \"id\": \"b\", \"name\": { \"en\": \"B\", \"ru\": \"Б\" } },\n        { \"id\": \"c\", \"name\": { \"en\": \"C\", \"ru\": \"В\" } }")),
            "party removed" => content.With(MiniContent.Signatories, signatories.Replace(
                ",\n        { \"id\": \"b\", \"name\": { \"en\": \"B\", \"ru\": \"Б\" } }", "")),
            "party moved" => content.With(MiniContent.Signatories, signatories
                .Replace(",\n        { \"id\": \"b\", \"name\": { \"en\": \"B\", \"ru\": \"Б\" } }", "")
                .Replace("      ]\n    }\n  ]", "      ]\n    },\n    {\n      \"id\": \"h\",\n      \"heading\": \"Others\",\n      \"parties\": [\n        { \"id\": \"b\", \"name\": { \"en\": \"B\", \"ru\": \"Б\" } }\n      ]\n    }\n  ]")),
            "party renamed" => content.With(MiniContent.Signatories, signatories.Replace("\"en\": \"A\"", "\"en\": \"A Renamed\"")),
            "country changed" => content.With(MiniContent.Signatories, signatories.Replace("\"country\": \"KZ\"", "\"country\": \"KG\"")),
            "paragraph changed" => content.With(MiniContent.English, content.Text(MiniContent.English).Replace("Paragraph two.", "Paragraph two, corrected.")),
            "title changed" => content.With(MiniContent.Russian, content.Text(MiniContent.Russian).Replace("# Заголовок", "# Новый заголовок")),
            "UI string changed" => content.With(MiniContent.Strings, content.Text(MiniContent.Strings).Replace("\"Другие\"", "\"Прочие\"")),
            "statement added" => content
                .With("/c/s2/statement.json", content.Text(MiniContent.Metadata).Replace("s-one", "s-two"))
                .With("/c/s2/en.md", content.Text(MiniContent.English))
                .With("/c/s2/ru.md", content.Text(MiniContent.Russian)),
            _ => throw new ArgumentException(change),
        };
    }

    private static int LineOf(string text, string part) => text.Replace("\r\n", "\n").Split('\n').ToList().FindIndex(l => l.Contains(part, StringComparison.Ordinal));

    private static string Hashes(GeneratorRun run) => run.Sources.Single(s => s.HintName == "ContentHashes.g.cs").SourceText.ToString();

    private static object Property(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target)!;

    private static object[] Items(object list) => ((System.Collections.IEnumerable)list).Cast<object>().ToArray();

    /// <summary>Loads the compiled content and asks the first statement's parties whether their names are stale.</summary>
    private static (bool, bool, bool) NameIsStale(GeneratorRun run, string party, string language, string english, string other)
    {
        return run.Load(assembly =>
        {
            object statement = Items(assembly.GetType("StatementContent.Statements", throwOnError: true)!.GetProperty("All")!.GetValue(null)!)[0];
            object[] parties = Items(Property(Items(Property(statement, "SignatoryGroups"))[0], "Signatories"));
            bool IsStale(string id, string lang)
            {
                object name = Property(parties.Single(p => (string)Property(p, "Id") == id), "Name");
                return (bool)name.GetType().GetMethod("IsStale")!.Invoke(name, new object[] { lang })!;
            }

            return (IsStale(party, language), IsStale(party, english), IsStale(other, language));
        });
    }
}
