using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Parsing;

/// <summary>
/// Counts what the content costs in the compiler's string-literal heap: every distinct string once, as UTF-16
/// (2 bytes a character plus a few of overhead). The compiler rejects an assembly past 16 MiB (CS8103); we warn
/// from 12 MiB and fail past 16 MiB first, naming the largest statements, so the author knows where to split.
/// </summary>
internal sealed class LiteralBudget
{
    public const long LimitBytes = 16L * 1024 * 1024;
    public const long WarningBytes = 12L * 1024 * 1024;

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<(string Name, string Path, FileSpan Span, long Bytes)> _owners = new();
    private long _total;

    public void Add(StatementModel statement, string path, FileSpan span)
    {
        IEnumerable<LocalizedTextModel> texts = new[] { statement.Title, statement.Publisher }
            .Concat(statement.Paragraphs)
            .Concat(statement.Groups.Select(g => g.Heading))
            .Concat(statement.Groups.SelectMany(g => g.Parties).Select(p => p.Name));
        long bytes = texts.SelectMany(t => t.Values).Sum(v => Count(v.Text)) + statement.Tags.Sum(Count);
        _owners.Add(("statement '" + statement.Id + "'", path, span, bytes));
    }

    public void Add(LocalizedTextModel text, string path, FileSpan span) =>
        _owners.Add(("strings.json", path, span, text.Values.Sum(v => Count(v.Text))));

    public void Report(List<DiagnosticInfo> diagnostics)
    {
        if (_total <= WarningBytes || _owners.Count == 0)
        {
            return;
        }

        var largest = _owners.OrderByDescending(o => o.Bytes).ThenBy(o => o.Name, StringComparer.Ordinal).ToList();
        string names = string.Join(", ", largest.Take(3).Select(o => o.Name + " (" + MiB(o.Bytes) + " MiB)"));
        DiagnosticDescriptor descriptor = _total > LimitBytes ? DiagnosticDescriptors.LiteralBudgetExceeded : DiagnosticDescriptors.LiteralBudgetNear;
        diagnostics.Add(DiagnosticInfo.Create(descriptor, largest[0].Path, largest[0].Span, MiB(_total), names));
    }

    private long Count(string text)
    {
        if (!_seen.Add(text))
        {
            return 0;
        }

        long bytes = (2L * text.Length) + 5;
        _total += bytes;
        return bytes;
    }

    private static string MiB(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("F1", CultureInfo.InvariantCulture);
}
