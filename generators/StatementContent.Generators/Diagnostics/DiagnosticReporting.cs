using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Diagnostics;

/// <summary>Pipeline data → a Roslyn <see cref="Diagnostic"/>, at the last moment: when it is reported.</summary>
internal static class DiagnosticReporting
{
    public static Diagnostic ToDiagnostic(this DiagnosticInfo info)
    {
        // No file: a problem of the content as a whole (or of the generator itself).
        Location location = info.FilePath.Length == 0 ? Location.None : Location.Create(
            info.FilePath,
            new TextSpan(info.Span.Start, info.Span.Length),
            new LinePositionSpan(new LinePosition(info.Span.StartLine, info.Span.StartColumn), new LinePosition(info.Span.EndLine, info.Span.EndColumn)));
        object[] args = new object[info.Arguments.Count];
        for (int i = 0; i < args.Length; i++)
        {
            args[i] = info.Arguments[i];
        }

        // The severity is the pipeline's: the descriptor's default, or what an .editorconfig made it (SeverityConfig).
        DiagnosticDescriptor descriptor = DiagnosticDescriptors.ById(info.Id);
        return info.Severity == descriptor.DefaultSeverity
            ? Diagnostic.Create(descriptor, location, args)
            : Diagnostic.Create(descriptor, location, info.Severity, additionalLocations: null, properties: null, args);
    }
}
