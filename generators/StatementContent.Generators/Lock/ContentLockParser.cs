using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;

namespace StatementContent.Generators.Lock;

/// <summary>
/// content.lock → <see cref="LockDoc"/>. Line-based (docs/content-lock.md): comments start with <c>#</c>; then
/// <c>content-lock 2</c> and, after a removal, <c>floor N</c>; then sections — <c>statement &lt;id&gt;</c> or
/// <c>strings</c> — whose items are indented: <c>  &lt;key…&gt; &lt;hash&gt; [from &lt;hash&gt;] @&lt;stamp&gt;</c>.
/// Nothing in the file sums up the others (no version or content-hash line), so two branches that change different
/// items change different lines, and git merges them.
/// Format 1 (<c>content-lock 1</c>, with <c>version</c>, <c>content</c> and hashed <c>statement</c> lines and no
/// stamps) is still read: each item then has the file's version as its stamp.
/// </summary>
internal static class ContentLockParser
{
    public const string FileName = "content.lock";
    public const string FormatLine = "content-lock 2";
    public const string StringsSection = "strings";
    public const string StatementSection = "statement";
    public const string FromWord = "from";
    public const string FloorWord = "floor";
    public const char StampMark = '@';

    private const string FormatOneLine = "content-lock 1";

    /// <summary>The markers git leaves in a file it could not merge.</summary>
    private static readonly string[] s_conflictMarkers = { "<<<<<<<", "|||||||", "=======", ">>>>>>>" };

    public static LockDoc? Read(ParseContext context)
    {
        var entries = new List<LockEntry>();
        int? formatOneVersion = null;
        int floor = 0;
        string? section = null;
        int format = 0;
        foreach ((int lineStart, _, string raw) in TextLines.Meaningful(context.Map.Content))
        {
            string line = raw.TrimEnd(' ');

            int indent = line.Length - line.TrimStart().Length;
            FileSpan span = context.Map.SpanOfChars(lineStart + indent, lineStart + line.Length);
            string[] words = line.Trim().Split(' ');
            string? problem;
            if (IsConflictMarker(line))
            {
                problem = "git could not merge it (conflict markers); run 'statement lock' to resolve the conflict";
            }
            else if (format == 0)
            {
                format = line == FormatLine ? 2 : line == FormatOneLine ? 1 : 0;
                problem = format != 0 ? null : $"the first line must be '{FormatLine}', not '{line}'";
            }
            else if (line[0] != ' ')
            {
                problem = Header(words, format, ref formatOneVersion, ref floor, ref section);
            }
            else
            {
                problem = section is null ? "an item before any 'statement' or 'strings' section" : Item(words, section, format, span, context.Path, entries);
            }

            if (problem is not null)
            {
                context.Report(DiagnosticDescriptors.MalformedLock, span, problem);
                return null;
            }
        }

        if (format == 0 || (format == 1 && formatOneVersion is null))
        {
            context.Report(DiagnosticDescriptors.MalformedLock, FileSpan.FileStart, format == 1 ? "no 'version' line" : $"the file is empty; it must start with '{FormatLine}'");
            return null;
        }

        if (format == 1)
        {
            // Format 1 kept one version for the whole file: every item was recorded by it at the latest.
            int version = formatOneVersion!.Value;
            return new LockDoc(version, entries.ConvertAll(e => e with { Stamp = version }).ToEquatableArray());
        }

        return new LockDoc(floor, entries.ToEquatableArray());
    }

    /// <summary>
    /// The two sides of a lock git could not merge: the text with every conflict region replaced by our side, and
    /// by theirs (a diff3 region's base part is dropped). Null when the text has no conflict markers.
    /// </summary>
    public static (string Ours, string Theirs)? ConflictSides(string text)
    {
        var ours = new StringBuilder();
        var theirs = new StringBuilder();
        bool conflicted = false;
        int part = 0; // 0: outside a conflict; 1: ours; 2: base (diff3); 3: theirs
        foreach (string raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            string line = raw + "\n";
            if (raw.StartsWith("<<<<<<<", StringComparison.Ordinal) && part == 0)
            {
                part = 1;
                conflicted = true;
            }
            else if (raw.StartsWith("|||||||", StringComparison.Ordinal) && part == 1)
            {
                part = 2;
            }
            else if (raw.StartsWith("=======", StringComparison.Ordinal) && part is 1 or 2)
            {
                part = 3;
            }
            else if (raw.StartsWith(">>>>>>>", StringComparison.Ordinal) && part == 3)
            {
                part = 0;
            }
            else
            {
                if (part is 0 or 1)
                {
                    ours.Append(line);
                }

                if (part is 0 or 3)
                {
                    theirs.Append(line);
                }
            }
        }

        return conflicted && part == 0 ? (ours.ToString(), theirs.ToString()) : null;
    }

    private static bool IsConflictMarker(string line)
    {
        foreach (string marker in s_conflictMarkers)
        {
            if (line.StartsWith(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Header(string[] words, int format, ref int? formatOneVersion, ref int floor, ref string? section)
    {
        switch (words[0])
        {
            case "version" when format == 1 && words.Length == 2 && TryNumber(words[1], out int number):
                formatOneVersion = number;
                return null;
            case "content" when format == 1 && words.Length == 2 && IsHash(words[1], full: true):
                return null;
            case FloorWord when format == 2 && words.Length == 2 && section is null && TryNumber(words[1], out int reached):
                floor = reached;
                return null;
            case StatementSection when format == 1 && words.Length == 3 && IsHash(words[2], full: true):
            case StatementSection when format == 2 && words.Length == 2:
                section = StatementSection + " " + words[1];
                return null;
            case StringsSection when words.Length == 1:
                section = StringsSection;
                return null;
            default:
                return format == 1
                    ? $"'{string.Join(" ", words)}' is not a 'version', 'content', 'statement' or 'strings' line"
                    : $"'{string.Join(" ", words)}' is not a 'floor' (before the sections), 'statement <id>' or 'strings' line";
        }
    }

    private static string? Item(string[] words, string section, int format, FileSpan span, string path, List<LockEntry> entries)
    {
        int stamp = 0;
        int end = words.Length;
        if (format == 2)
        {
            string last = words[end - 1];
            if (last.Length < 2 || last[0] != StampMark || !TryNumber(last.Substring(1), out stamp))
            {
                return $"'{string.Join(" ", words)}' does not end in the version that recorded it ('{StampMark}N')";
            }

            end--;
        }

        bool translated = end >= 4 && words[end - 2] == FromWord;
        int hashAt = end - (translated ? 3 : 1);
        if (hashAt < 1 || !IsHash(words[hashAt], full: false) || (translated && !IsHash(words[end - 1], full: false)))
        {
            return $"'{string.Join(" ", words)}' is not '<item> <hash>' or '<item> <hash> from <hash>' with {ContentHashing.ShortLength}-digit hashes";
        }

        string key = string.Join(" ", words, 0, hashAt);
        if (entries.Exists(e => e.Section == section && e.Key == key))
        {
            return $"'{key}' appears twice in '{section}'";
        }

        entries.Add(new LockEntry(new LockKey(section, key), words[hashAt], translated ? words[end - 1] : null, stamp, span, path));
        return null;
    }

    private static bool TryNumber(string word, out int number) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;

    private static bool IsHash(string word, bool full)
    {
        string hex = full ? (word.StartsWith(ContentHashing.Prefix, StringComparison.Ordinal) ? word.Substring(ContentHashing.Prefix.Length) : "") : word;
        if (hex.Length != (full ? 64 : ContentHashing.ShortLength))
        {
            return false;
        }

        foreach (char c in hex)
        {
            if (!(c is >= '0' and <= '9' or >= 'a' and <= 'f'))
            {
                return false;
            }
        }

        return true;
    }
}
