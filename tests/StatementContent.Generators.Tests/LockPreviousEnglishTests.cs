using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Lock;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// A stale translation's previous English in the lock (docs/content-lock.md, "Format"): <c>was "…"</c> at the end of
/// its line, quoted as ASCII, checked against the line's <c>from</c> hash; a lock without it (format 1, or format 2 from
/// before) reads as it did.
/// </summary>
public class LockPreviousEnglishTests
{
    private const string Path = "/c/content.lock";

    private static string Short(string text) => ContentHashing.Short(ContentHashing.Of(text));

    private static (LockDoc? Doc, string[] Problems) Read(string text)
    {
        var context = new ParseContext(new SourceMap(Path, SourceText.From(text), text));
        LockDoc? doc = ContentLockParser.Read(context);
        return (doc, context.Diagnostics.ToEquatableArray().Select(d => d.Id + " " + string.Join("|", d.Arguments)).ToArray());
    }

    private static string Lock(string line) => "content-lock 2\nstatement s\n  paragraph 1 en " + Short("New English.") + " @2\n" + line + "\n";

    [Theory]
    [InlineData("Old English.")]
    [InlineData("He said \"no\" \\ twice.\nSecond line.\ttab\r")]
    [InlineData("Кириллица, emoji 😀, U+2028 \u2028 and U+007F \u007f")]
    [InlineData("")]
    [InlineData("It was \"was\" @3 was \"x\" from 0123456789abcdef")]
    public void A_previous_English_reads_back_exactly_and_the_line_stays_one_ASCII_line(string previous)
    {
        string line = $"  paragraph 1 ru {Short("Перевод.")} from {Short(previous)} @1 was {ContentLockParser.Quote(previous)}";

        (LockDoc? doc, string[] problems) = Read(Lock(line));

        Assert.Empty(problems);
        LockEntry entry = doc!.Entries.Single(e => e.Key == "paragraph 1 ru");
        Assert.Equal(previous, entry.Previous);
        Assert.Equal(Short(previous), entry.From);
        Assert.DoesNotContain(line, c => c > '~' || c < ' ');
    }

    [Fact]
    public void Quote_and_unquote_agree_on_ten_thousand_random_texts()
    {
        var random = new Random(21);
        for (int i = 0; i < 10_000; i++)
        {
            string text = new(Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)(random.Next(3) == 0 ? random.Next(0, 0x80) : random.Next(0, 0x10000))).ToArray());
            string quoted = ContentLockParser.Quote(text);
            Assert.Equal(text, ContentLockParser.Unquote(quoted));
            Assert.DoesNotContain(quoted, c => c > '~' || c < ' ');
        }
    }

    [Theory]
    [InlineData("from {old} @1 was \"Not the old English.\"", "does not have the hash after 'from'")]
    [InlineData("from {old} @1 was \"Old English.", "is not one quoted string")]
    [InlineData("from {old} @1 was \"Old\" English.\"", "is not one quoted string")]
    [InlineData("from {old} @1 was \"Old \\q English.\"", "is not one quoted string")]
    [InlineData("from {old} @1 was \"Old \\u00e English.\"", "is not one quoted string")]
    [InlineData("@1 was \"Old English.\"", "is not a translation")]
    public void A_malformed_or_mismatched_previous_English_is_STC4003_at_its_line(string rest, string expected)
    {
        (LockDoc? doc, string[] problems) = Read(Lock($"  paragraph 1 ru {Short("Перевод.")} " + rest.Replace("{old}", Short("Old English."), StringComparison.Ordinal)));

        Assert.Null(doc);
        string problem = Assert.Single(problems);
        Assert.StartsWith("STC4003", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lock_from_before_previous_texts_still_parses_stale_without_one()
    {
        (LockDoc? doc, string[] problems) = Read(Lock($"  paragraph 1 ru {Short("Перевод.")} from {Short("Old English.")} @1"));

        Assert.Empty(problems);
        LockEntry entry = doc!.Entries.Single(e => e.Key == "paragraph 1 ru");
        Assert.Equal((Short("Old English."), (string?)null), (entry.From, entry.Previous));
    }

    [Fact]
    public void Locking_an_English_change_keeps_the_previous_English_on_the_stale_line_and_confirming_drops_it()
    {
        MiniContent content = Locked(new MiniContent());
        Dictionary<string, string> previous = Texts(content); // the content as committed (With changes the content in place)
        MiniContent changed = content.With(MiniContent.English, content.Text(MiniContent.English).Replace("Paragraph two.", "Paragraph two, corrected.", StringComparison.Ordinal));
        ContentLock newer = LockOf(changed);

        string text = newer.Update(_ => false, previous);
        Assert.Equal(new[] { Short("Paragraph two.") }, newer.PreviousNeeded(_ => false));

        string stale = Assert.Single(text.Split('\n'), l => l.StartsWith("  paragraph 2 ru ", StringComparison.Ordinal));
        Assert.EndsWith($" from {Short("Paragraph two.")} @1 was \"Paragraph two.\"", stale, StringComparison.Ordinal);
        Assert.Single(text.Split('\n'), l => l.Contains(" was ", StringComparison.Ordinal));
        // Locked again without the old content: the lock's own record is kept.
        MiniContent relocked = changed.With(LockPath, text);
        Assert.Equal(text, LockOf(relocked).Update(_ => false, null));
        // Confirmed (this one item): the record goes, nothing else changes.
        string confirmed = LockOf(relocked).Update(key => key.Item == "paragraph 2 ru", null);
        Assert.Equal(new[] { stale }, text.Split('\n').Except(confirmed.Split('\n')));
        Assert.DoesNotContain(" was ", confirmed, StringComparison.Ordinal);
    }

    [Fact]
    public void Previous_texts_that_would_pass_the_lock_size_limit_are_left_out_longest_first()
    {
        // Non-ASCII English is quoted as \uXXXX: 1.5 Mi Cyrillic characters become 9 Mi, past the 8 Mi limit.
        string huge = new('ж', 3 * 512 * 1024);
        MiniContent content = Locked(new MiniContent().With(MiniContent.English, new MiniContent().Text(MiniContent.English).Replace("Paragraph two.", huge, StringComparison.Ordinal)));
        Dictionary<string, string> previous = Texts(content);
        MiniContent changed = content.With(MiniContent.English, content.Text(MiniContent.English).Replace(huge, "Paragraph two.", StringComparison.Ordinal)
            .Replace("Paragraph one.", "Paragraph one, corrected.", StringComparison.Ordinal));
        ContentLock newer = LockOf(changed);

        string text = newer.Update(_ => false, previous);

        Assert.True(text.Length <= ContentFileParser.MaxLockCharacters, text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, newer.PreviousLeftOut);
        Assert.DoesNotContain(" was ", text.Split('\n').Single(l => l.StartsWith("  paragraph 2 ru ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith(" was \"Paragraph one.\"", text.Split('\n').Single(l => l.StartsWith("  paragraph 1 ru ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(2, LockOf(changed.With(LockPath, text)).Stale.Count); // both still stale: only the text was left out
    }

    private static ContentLock LockOf(MiniContent content)
    {
        ImmutableArray<ParsedFile> parsed = content.Files.Select(f => ContentFileParser.Parse(f.Path, SourceText.From(f.GetText()!.ToString()), CancellationToken.None)).ToImmutableArray();
        ContentAssembler.Assemble(parsed, BuildSettings.Default, out ContentLock? contentLock);
        return contentLock!;
    }

    /// <summary>Every text of the content by its short hash: what the lock command finds in the committed content.</summary>
    private static Dictionary<string, string> Texts(MiniContent content) =>
        LockOf(content).Items.Where(i => i.Text is not null).GroupBy(i => i.ShortHash).ToDictionary(g => g.Key, g => g.First().Text!);

    private static MiniContent Locked(MiniContent content) => content.With(LockPath, LockOf(content).Update(false));

    private const string LockPath = "/c/content.lock";
}
