using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace StatementContent.Cli.Translations;

/// <summary>One message of a translation file, as import needs it, and where it is in that file (one-based).</summary>
/// <param name="Source">The English it was translated from (<c>msgid</c>, and <c>msgid_plural</c> for a plural).</param>
/// <param name="Target">The translation in file order (<c>msgstr</c> or <c>msgstr[n]</c>; XLIFF: the forms by category).</param>
/// <param name="Fuzzy">PO <c>#, fuzzy</c>, an XLIFF segment not <c>reviewed</c> or <c>final</c>: the translator has not settled it.
/// Import writes a changed one all the same (the reviewer sees it before 'statement lock' records it), but confirms in
/// the lock only a stale translation that is not fuzzy (<see cref="LockConfirmation"/>).</param>
internal sealed record ImportEntry(string Key, ItemText Source, ItemText? Target, bool Fuzzy, int Line, int Column);

/// <summary>A translation file read: its language and messages, or the first error in it (located).</summary>
internal sealed record ImportFile(string? Language, IReadOnlyList<ImportEntry> Entries, string? PluralForms = null);

/// <summary>A problem at a place in the file being imported.</summary>
internal sealed class ImportException : Exception
{
    public ImportException(string message, int line, int column)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }
}

/// <summary>
/// A PO file → its messages (what <see cref="PoWriter"/> writes, and what PO editors write back: wrapped strings,
/// reordered comments, obsolete <c>#~</c> messages, which are skipped). A plural message's <c>msgstr[n]</c> are
/// returned as forms named by the language's gettext categories (<see cref="GettextPlurals"/>).
/// </summary>
internal static class PoReader
{
    private sealed class Message
    {
        public string? Context;
        public string? Id;
        public string? IdPlural;
        public readonly SortedDictionary<int, string> Strs = new();
        public bool Fuzzy;
        public int Line;
        public int Column;
        public bool Started => Context is not null || Id is not null;
    }

    public static ImportFile Read(string text)
    {
        var messages = new List<Message>();
        var current = new Message();
        Action<string>? append = null;
        string[] lines = text.Split('\n');
        bool fuzzyNext = false;
        for (int n = 0; n < lines.Length; n++)
        {
            string line = lines[n].TrimEnd('\r');
            string trimmed = line.TrimStart();
            int column = line.Length - trimmed.Length + 1;
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed[0] == '#')
            {
                append = null;
                if (trimmed.StartsWith("#,", StringComparison.Ordinal) && trimmed.Substring(2).Split(',', StringSplitOptions.TrimEntries).Contains("fuzzy"))
                {
                    fuzzyNext = true;
                }

                continue; // notes, references, previous msgid, obsolete messages
            }

            if (trimmed[0] == '"')
            {
                if (append is null)
                {
                    throw new ImportException("a quoted string that continues nothing (it must follow msgctxt, msgid or msgstr)", n + 1, column);
                }

                append(Unquote(trimmed, n + 1, column));
                continue;
            }

            int space = trimmed.IndexOfAny(new[] { ' ', '\t' });
            string keyword = space < 0 ? trimmed : trimmed.Substring(0, space);
            string rest = space < 0 ? "" : trimmed.Substring(space).TrimStart();
            int restColumn = column + trimmed.Length - rest.Length;
            if (rest.Length == 0)
            {
                throw new ImportException($"'{keyword}' without a quoted string", n + 1, column);
            }

            string value = Unquote(rest, n + 1, restColumn);
            if ((keyword is "msgctxt" || keyword is "msgid") && current.Strs.Count > 0)
            {
                Finish(current, messages);
                current = new Message();
            }
            else if ((keyword is "msgctxt" && current.Started) || (keyword is "msgid" && current.Id is not null))
            {
                throw new ImportException($"'{keyword}' where the message before has no msgstr yet", n + 1, column);
            }

            Message message = current;
            if (!message.Started)
            {
                message.Line = n + 1;
                message.Column = column;
                message.Fuzzy = fuzzyNext;
                fuzzyNext = false;
            }

            switch (keyword)
            {
                case "msgctxt":
                    message.Context = value;
                    append = s => message.Context += s;
                    break;
                case "msgid":
                    message.Id = value;
                    append = s => message.Id += s;
                    break;
                case "msgid_plural":
                    Require(message.Id is not null, "msgid_plural before msgid", n + 1, column);
                    message.IdPlural = value;
                    append = s => message.IdPlural += s;
                    break;
                case "msgstr":
                    Require(message.Id is not null, "msgstr before msgid", n + 1, column);
                    message.Strs[0] = value;
                    append = s => message.Strs[0] += s;
                    break;
                default:
                    if (keyword.StartsWith("msgstr[", StringComparison.Ordinal) && keyword.EndsWith(']')
                        && int.TryParse(keyword.AsSpan(7, keyword.Length - 8), NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < 16)
                    {
                        Require(message.Id is not null, "msgstr before msgid", n + 1, column);
                        message.Strs[index] = value;
                        append = s => message.Strs[index] += s;
                        break;
                    }

                    throw new ImportException($"'{keyword}' is not a PO keyword (msgctxt, msgid, msgid_plural, msgstr, msgstr[n])", n + 1, column);
            }
        }

        if (current.Started)
        {
            Finish(current, messages);
        }

        return ToFile(messages);
    }

    private static void Finish(Message message, List<Message> messages)
    {
        if (message.Id is null || message.Strs.Count == 0)
        {
            throw new ImportException("a message without " + (message.Id is null ? "msgid" : "msgstr"), message.Line, message.Column);
        }

        messages.Add(message);
    }

    private static ImportFile ToFile(List<Message> messages)
    {
        string? language = null;
        string? plural = null;
        var entries = new List<ImportEntry>();
        foreach (Message message in messages)
        {
            if (message.Context is null && message.Id!.Length == 0)
            {
                foreach (string field in message.Strs[0].Split('\n'))
                {
                    int colon = field.IndexOf(':');
                    if (colon > 0 && field.Substring(0, colon).Trim() == "Language")
                    {
                        language = field.Substring(colon + 1).Trim();
                    }
                    else if (colon > 0 && field.Substring(0, colon).Trim() == "Plural-Forms")
                    {
                        plural = field.Substring(colon + 1).Trim();
                    }
                }

                continue;
            }

            if (message.Context is null)
            {
                throw new ImportException("a message without msgctxt: every message of an exported file has its key there", message.Line, message.Column);
            }

            bool plural1 = message.IdPlural is not null;
            ItemText source = plural1 ? new ItemText(new[] { new TextForm("one", message.Id!), new TextForm("other", message.IdPlural!) }) : ItemText.Plain(message.Id!);
            ItemText? target = null;
            if (plural1 ? message.Strs.Values.Any(s => s.Length > 0) : message.Strs.TryGetValue(0, out string? single) && single.Length > 0)
            {
                target = plural1
                    ? new ItemText(message.Strs.Select(s => new TextForm("#" + s.Key.ToString(CultureInfo.InvariantCulture), s.Value)).ToList())
                    : ItemText.Plain(message.Strs[0]);
            }

            entries.Add(new ImportEntry(message.Context, source, target, message.Fuzzy, message.Line, message.Column));
        }

        return new ImportFile(language, entries, plural);
    }

    private static void Require(bool condition, string message, int line, int column)
    {
        if (!condition)
        {
            throw new ImportException(message, line, column);
        }
    }

    /// <summary>A quoted PO string, its escapes resolved.</summary>
    private static string Unquote(string text, int line, int column)
    {
        string trimmed = text.TrimEnd();
        if (trimmed.Length < 2 || trimmed[0] != '"' || trimmed[^1] != '"')
        {
            throw new ImportException("expected a string in double quotes", line, column);
        }

        var value = new StringBuilder(trimmed.Length);
        for (int i = 1; i < trimmed.Length - 1; i++)
        {
            char c = trimmed[i];
            if (c == '"')
            {
                throw new ImportException("a double quote inside a string must be written \\\"", line, column + i);
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            if (++i >= trimmed.Length - 1)
            {
                throw new ImportException("a string ends in a lone backslash", line, column + i);
            }

            char e = trimmed[i];
            switch (e)
            {
                case 'n': value.Append('\n'); break;
                case 't': value.Append('\t'); break;
                case 'r': value.Append('\r'); break;
                case '"': value.Append('"'); break;
                case '\\': value.Append('\\'); break;
                case 'a': value.Append('\a'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'v': value.Append('\v'); break;
                default:
                    if (e >= '0' && e <= '7')
                    {
                        int code = 0, digits = 0;
                        while (digits < 3 && i < trimmed.Length - 1 && trimmed[i] >= '0' && trimmed[i] <= '7')
                        {
                            code = (code * 8) + (trimmed[i] - '0');
                            i++;
                            digits++;
                        }

                        i--;
                        value.Append((char)code);
                        break;
                    }

                    throw new ImportException($"'\\{e}' is not a PO escape", line, column + i - 1);
            }
        }

        return value.ToString();
    }
}
