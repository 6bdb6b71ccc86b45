using System;
using System.Collections.Generic;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Parsing;

/// <summary>
/// content.lock → <see cref="LockDoc"/>. Line-based (docs/content-lock.md): comments start with <c>#</c>; then
/// <c>content-lock 1</c>, <c>version N</c>, <c>content sha256:…</c>; then sections — <c>statement &lt;id&gt; sha256:…</c>
/// or <c>strings</c> — whose items are indented: <c>  &lt;key…&gt; &lt;hash&gt; [from &lt;hash&gt;]</c>.
/// </summary>
internal static class ContentLockParser
{
    public const string FileName = "content.lock";
    public const string FormatLine = "content-lock 1";
    public const string StringsSection = "strings";
    public const string StatementSection = "statement";
    public const string FromWord = "from";

    public static LockDoc? Read(ParseContext context)
    {
        var entries = new List<LockEntry>();
        string? version = null;
        string? section = null;
        bool sawFormat = false;
        foreach ((int lineStart, _, string raw) in TextLines.Meaningful(context.Map.Content))
        {
            string line = raw.TrimEnd(' ');

            int indent = line.Length - line.TrimStart().Length;
            FileSpan span = context.Map.SpanOfChars(lineStart + indent, lineStart + line.Length);
            string[] words = line.Trim().Split(' ');
            string? problem;
            if (!sawFormat)
            {
                sawFormat = line == FormatLine;
                problem = sawFormat ? null : $"the first line must be '{FormatLine}', not '{line}'";
            }
            else if (line[0] != ' ')
            {
                problem = Header(words, ref version, ref section);
            }
            else
            {
                problem = section is null ? "an item before any 'statement' or 'strings' section" : Item(words, section, span, context.Path, entries);
            }

            if (problem is not null)
            {
                context.Report(DiagnosticDescriptors.MalformedLock, span, problem);
                return null;
            }

            if (line[0] != ' ' && words[0] == StatementSection)
            {
                entries.Add(new LockEntry(section!, "", words[2], null, span, context.Path));
            }
        }

        if (!sawFormat || version is null)
        {
            context.Report(DiagnosticDescriptors.MalformedLock, FileSpan.FileStart, sawFormat ? "no 'version' line" : $"the file is empty; it must start with '{FormatLine}'");
            return null;
        }

        return new LockDoc(version, entries.ToEquatableArray());
    }

    private static string? Header(string[] words, ref string? version, ref string? section)
    {
        switch (words[0])
        {
            case "version" when words.Length == 2 && int.TryParse(words[1], out int number) && number > 0:
                version = words[1];
                return null;
            case "content" when words.Length == 2 && IsHash(words[1], full: true):
                return null;
            case StatementSection when words.Length == 3 && IsHash(words[2], full: true):
                section = StatementSection + " " + words[1];
                return null;
            case StringsSection when words.Length == 1:
                section = StringsSection;
                return null;
            default:
                return $"'{string.Join(" ", words)}' is not a 'version', 'content', 'statement' or 'strings' line";
        }
    }

    private static string? Item(string[] words, string section, FileSpan span, string path, List<LockEntry> entries)
    {
        bool translated = words.Length >= 4 && words[words.Length - 2] == FromWord;
        int hashAt = words.Length - (translated ? 3 : 1);
        if (hashAt < 1 || !IsHash(words[hashAt], full: false) || (translated && !IsHash(words[words.Length - 1], full: false)))
        {
            return $"'{string.Join(" ", words)}' is not '<item> <hash>' or '<item> <hash> from <hash>' with {ContentHashing.ShortLength}-digit hashes";
        }

        string key = string.Join(" ", words, 0, hashAt);
        if (entries.Exists(e => e.Section == section && e.Key == key))
        {
            return $"'{key}' appears twice in '{section}'";
        }

        entries.Add(new LockEntry(section, key, words[hashAt], translated ? words[words.Length - 1] : null, span, path));
        return null;
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
