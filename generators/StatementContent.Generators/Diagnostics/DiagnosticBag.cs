using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Diagnostics;

/// <summary>
/// The one way a diagnostic enters the pipeline: every stage reports into a bag, and a stage's result carries
/// the bag's contents on as data. Arguments fill the descriptor's message (each descriptor documents them).
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<DiagnosticInfo> _items = new();

    public bool HasErrors => ErrorCount > 0;

    /// <summary>How many errors so far: a step can tell whether it added any.</summary>
    public int ErrorCount { get; private set; }

    public void Report(DiagnosticDescriptor descriptor, string filePath, FileSpan span, params string[] arguments) =>
        Add(new DiagnosticInfo(descriptor.Id, descriptor.DefaultSeverity, filePath, span, arguments.ToEquatableArray()));

    /// <summary>A warning reported as an error when <paramref name="asError"/> (the strict content lock): no .editorconfig lowers it then.</summary>
    public void Report(DiagnosticDescriptor descriptor, bool asError, string filePath, FileSpan span, params string[] arguments) =>
        Add(new DiagnosticInfo(descriptor.Id, asError ? DiagnosticSeverity.Error : descriptor.DefaultSeverity, filePath, span, arguments.ToEquatableArray()));

    /// <summary>Carries on what an earlier stage reported.</summary>
    public void AddRange(IEnumerable<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();

    private void Add(DiagnosticInfo diagnostic)
    {
        _items.Add(diagnostic);
        ErrorCount += diagnostic.IsError ? 1 : 0;
    }
}
