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
/// <c>strings</c> — whose items are indented: <c>  &lt;key…&gt; &lt;hash&gt; [from &lt;hash&gt;] @&lt;stamp&gt; [was "&lt;previous English&gt;"]</c>.
/// The <c>was</c> part, on a stale translation only, is the English it was translated from, quoted on the line
/// (<see cref="Quote"/>: ASCII, JSON's escapes), so the lock stays one line per item.
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
    public const string PreviousWord = "was";

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
            string body = line.Trim();
            string? previous = null;
            string? problem = null;
            int quoted = body.IndexOf(" " + PreviousWord + " \"", StringComparison.Ordinal);
            if (quoted >= 0 && format == 2 && line[0] == ' ')
            {
                previous = Unquote(body.Substring(quoted + PreviousWord.Length + 2));
                problem = previous is null ? $"the previous English after '{PreviousWord}' is not one quoted string to the end of the line" : null;
                body = body.Substring(0, quoted);
            }

            string[] words = body.Split(' ');
            if (problem is not null)
            {
                // the previous English is malformed: reported below
            }
            else if (IsConflictMarker(line))
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
                problem = section is null ? "an item before any 'statement' or 'strings' section" : Item(words, section, format, span, context.Path, entries, previous);
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

    private static string? Item(string[] words, string section, int format, FileSpan span, string path, List<LockEntry> entries, string? previous)
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

        if (previous is not null && (!translated || ContentHashing.Short(ContentHashing.Of(previous)) != words[end - 1]))
        {
            return translated
                ? $"the previous English of '{key}' does not have the hash after '{FromWord}' ({words[end - 1]})"
                : $"'{key}' is not a translation ('<item> <hash> from <hash>'), so it has no previous English";
        }

        entries.Add(new LockEntry(new LockKey(section, key), words[hashAt], translated ? words[end - 1] : null, stamp, span, path, previous));
        return null;
    }

    /// <summary>
    /// A text as one quoted ASCII word run: JSON's escapes (<c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\t</c>, <c>\r</c>) and
    /// <c>\uXXXX</c> for every other character outside printable ASCII, so the lock stays ASCII (one character a byte:
    /// its size limit holds in bytes too) and one line per item.
    /// </summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\t': quoted.Append("\\t"); break;
                case '\r': quoted.Append("\\r"); break;
                default:
                    if (c < ' ' || c > '~')
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>What <see cref="Quote"/> wrote back as the text; null unless <paramref name="word"/> is exactly one such string.</summary>
    public static string? Unquote(string word)
    {
        if (word.Length < 2 || word[0] != '"' || word[word.Length - 1] != '"')
        {
            return null;
        }

        var text = new StringBuilder(word.Length);
        for (int i = 1; i < word.Length - 1; i++)
        {
            char c = word[i];
            if (c == '"' || c < ' ' || c > '~')
            {
                return null;
            }

            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            if (++i >= word.Length - 1)
            {
                return null;
            }

            switch (word[i])
            {
                case '"': text.Append('"'); break;
                case '\\': text.Append('\\'); break;
                case 'n': text.Append('\n'); break;
                case 't': text.Append('\t'); break;
                case 'r': text.Append('\r'); break;
                case 'u' when i + 4 < word.Length - 1 && IsHex(word.Substring(i + 1, 4)):
                    int code = int.Parse(word.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                    text.Append((char)code);
                    i += 4;
                    break;
                default:
                    return null;
            }
        }

        return text.ToString();
    }

    private static bool TryNumber(string word, out int number) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;

    private static bool IsHex(string word)
    {
        foreach (char c in word)
        {
            if (!(c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F'))
            {
                return false;
            }
        }

        return true;
    }

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
