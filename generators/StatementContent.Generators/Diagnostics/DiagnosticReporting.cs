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

        // The severity is the pipeline's: the descriptor's default, or what an .editorconfig made it (SeverityConfig), or
        // an error the pipeline raised a warning to (the strict lock). Such an error is final: marked not configurable,
        // so no severity setting the compiler reads (a .globalconfig) can lower it again.
        DiagnosticDescriptor descriptor = DiagnosticDescriptors.ById(info.Id);
        if (info.Severity == descriptor.DefaultSeverity)
        {
            return Diagnostic.Create(descriptor, location, args);
        }

        if (info.Severity == DiagnosticSeverity.Error)
        {
            descriptor = new DiagnosticDescriptor(descriptor.Id, descriptor.Title, descriptor.MessageFormat, descriptor.Category, DiagnosticSeverity.Error, isEnabledByDefault: true, descriptor.Description, descriptor.HelpLinkUri, WellKnownDiagnosticTags.NotConfigurable);
            return Diagnostic.Create(descriptor, location, args);
        }

        return Diagnostic.Create(descriptor, location, info.Severity, additionalLocations: null, properties: null, args);
    }
}
