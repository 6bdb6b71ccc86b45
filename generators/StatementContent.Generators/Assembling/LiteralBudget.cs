using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Emitting;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Assembling;

/// <summary>
/// Counts what the compiler counts against its 16 MiB limit for string literals (CS8103): the metadata
/// user-string heap, where every distinct literal of the assembly is stored once as a length prefix, UTF-16 and
/// a terminal byte. Every literal the emitters write is counted — ids, language tags, texts, countries, the
/// runtime types' own strings — and <see cref="ConsumerMargin"/> is kept for the project's own code. Past the
/// limit the content is not emitted at all, so the one STC2012 is the only error.
/// </summary>
internal sealed class LiteralBudget
{
    /// <summary>The compiler fails once a literal would start past this offset of the heap.</summary>
    public const long HeapLimitBytes = 16L * 1024 * 1024;

    /// <summary>Left for the string literals of the consumer's own code, which the generator cannot see.</summary>
    public const long ConsumerMargin = 256L * 1024;

    public const long LimitBytes = HeapLimitBytes - ConsumerMargin;
    public const long WarningBytes = 12L * 1024 * 1024;

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    // The characters of the UI strings' shared literals so far; -1 before the first UI string.
    private long _uiTableChars = -1;
    private readonly List<Owner> _owners = new();
    private readonly bool _textsAsData;
    private readonly int _dataSectionThreshold;

    /// <param name="textsAsData">Statement texts go into the assembly as UTF-8 data (<see cref="OutputOptions.Utf8Texts"/>), not the heap.</param>
    /// <param name="dataSectionThreshold">The compiler stores literals longer than this outside the heap; -1: it does not.</param>
    public LiteralBudget(bool textsAsData, int dataSectionThreshold)
    {
        _textsAsData = textsAsData;
        _dataSectionThreshold = dataSectionThreshold;
    }

    /// <summary>Whether the texts were counted as UTF-8 data.</summary>
    public bool TextsAsData => _textsAsData;

    // The heap starts with one empty entry.
    private long _total = 1;

    /// <summary>Bytes counted so far: what the generated code puts in the user-string heap.</summary>
    public long Total => _total;

    public bool IsExceeded => _total > LimitBytes;

    /// <summary>Counts one statement's literals, as <see cref="StatementEmitter"/> and <see cref="IndexEmitter"/> write them.</summary>
    public void Add(StatementModel statement, string path, FileSpan span)
    {
        // "index": the content lists' factories name their parameter when an index is out of range.
        IEnumerable<string> literals = new[] { statement.Id, "index" }
            .Concat(statement.Tags)
            .Concat(statement.Languages)
            .Concat(statement.Texts().SelectMany(text => StatementTexts(text.Text)))
            .Concat(statement.Groups.Select(g => g.Id))
            .Concat(statement.Groups.SelectMany(g => g.Parties).SelectMany(p => p.Country is null ? new[] { p.Id } : new[] { p.Id, p.Country }));
        _owners.Add(new Owner("statement '" + statement.Id + "'", path, span, Count(literals)));
    }

    /// <summary>
    /// Counts one UI string, as <see cref="UiStringTableWriter"/> writes it: its share of the three literals all strings
    /// share (keys and texts, their layout, the keys' order), and its languages (and a format's "", what a null
    /// argument becomes) as literals of their own.
    /// </summary>
    public void Add(UiStringTable.Entry entry, string path, FileSpan span)
    {
        long inTable = entry.Model is { } text ? UiStringTableWriter.Characters(text) : UiStringTableWriter.Characters(entry.Format!);
        IEnumerable<string> literals = entry.Model is { } plain
            ? plain.Text.Values.Select(v => v.Language)
            : entry.Format!.Languages.SelectMany(l => new[] { l.Language, "" });

        // The three shared literals' length prefixes and terminal bytes: counted as if they were one, plus the other two's.
        long before = _uiTableChars < 0 ? 0 : HeapBytes(_uiTableChars) + 10;
        _uiTableChars = System.Math.Max(_uiTableChars, 0) + inTable;
        long inTableBytes = HeapBytes(_uiTableChars) + 10 - before;
        _total += inTableBytes;
        _owners.Add(new Owner("UI string '" + entry.Key + "'", path, span, inTableBytes + Count(literals)));
    }

    /// <summary>Counts the content's languages and fallbacks, as <see cref="ContentLanguagesEmitter"/> writes them.</summary>
    public void Add(LanguagesModel languages) =>
        Count(languages.Languages.Concat(languages.Fallbacks.SelectMany(f => new[] { f.Language }.Concat(f.Next))));

    /// <summary>Counts the runtime types' literals, emitted into projects that have only the generator.</summary>
    public void AddRuntime() => Count(RuntimeEmitter.Literals());

    public void Report(DiagnosticBag diagnostics, TextStorageSettings texts)
    {
        if (_total <= WarningBytes || _owners.Count == 0)
        {
            return;
        }

        List<Owner> largest = _owners.OrderByDescending(o => o.Bytes).ThenBy(o => o.Name, StringComparer.Ordinal).ToList();
        string names = string.Join(", ", largest.Take(3).Select(o => o.Name + " (" + MiB(o.Bytes) + " MiB)"));
        diagnostics.Report(
            IsExceeded ? DiagnosticDescriptors.LiteralBudgetExceeded : DiagnosticDescriptors.LiteralBudgetNear,
            largest[0].Path,
            largest[0].Span,
            MiB(_total),
            MiB(LimitBytes),
            names,
            texts.RemedyPastLimit(_textsAsData));
    }

    /// <summary>The heap bytes of one literal: compressed length prefix, two bytes a UTF-16 unit, one terminal byte.</summary>
    public static long HeapBytes(string literal) => HeapBytes(literal.Length);

    private static long HeapBytes(long length)
    {
        long bytes = (2L * length) + 1;
        return bytes + (bytes < 0x80 ? 1 : bytes < 0x4000 ? 2 : 4);
    }

    /// <summary>A statement's texts as <see cref="StatementEmitter"/> writes them: as UTF-8 data, each text that can be is not a literal.</summary>
    private IEnumerable<string> StatementTexts(LocalizedTextModel text) =>
        text.Values.SelectMany(v => _textsAsData && CSharpText.IsUtf8Encodable(v.Text) ? new[] { v.Language } : new[] { v.Language, v.Text });

    private long Count(IEnumerable<string> literals)
    {
        long added = 0;
        foreach (string literal in literals)
        {
            if ((_dataSectionThreshold < 0 || literal.Length <= _dataSectionThreshold) && _seen.Add(literal))
            {
                added += HeapBytes(literal);
            }
        }

        _total += added;
        return added;
    }

    private static string MiB(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("F2", CultureInfo.InvariantCulture);

    private sealed record Owner(string Name, string Path, FileSpan Span, long Bytes);
}
