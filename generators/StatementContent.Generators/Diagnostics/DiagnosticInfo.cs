using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Diagnostics;

/// <summary>A place in a content file: character offset and length, plus zero-based line and column.</summary>
internal readonly record struct FileSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static readonly FileSpan FileStart = new(0, 0, 0, 0, 0, 0);
}

/// <summary>
/// A diagnostic as pipeline data: equatable, no Roslyn objects. It becomes a <see cref="Diagnostic"/> with an
/// external file location only when reported, so content files are clickable as <c>file(line,col)</c>.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string FilePath, FileSpan Span, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, FileSpan span, params string[] arguments) =>
        new(descriptor.Id, filePath, span, arguments.ToEquatableArray());

    public Diagnostic ToDiagnostic()
    {
        // No file: a problem of the content as a whole (or of the generator itself).
        Location location = FilePath.Length == 0 ? Location.None : Location.Create(
            FilePath,
            new TextSpan(Span.Start, Span.Length),
            new LinePositionSpan(new LinePosition(Span.StartLine, Span.StartColumn), new LinePosition(Span.EndLine, Span.EndColumn)));
        object[] args = new object[Arguments.Count];
        for (int i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return Diagnostic.Create(DiagnosticDescriptors.ById(Id), location, args);
    }
}
