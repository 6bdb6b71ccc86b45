using Microsoft.CodeAnalysis;

namespace StatementContent.Generators.Model;

/// <summary>
/// A diagnostic as pipeline data: equatable, no Roslyn objects. It carries its own severity, so a stage can
/// ask "did this file fail?" without the catalog; Diagnostics/ turns it into a <see cref="Diagnostic"/> with
/// an external file location only when it is reported, so content files are clickable as <c>file(line,col)</c>.
/// </summary>
/// <param name="FilePath">The content file (or project file, for settings); empty for the content as a whole.</param>
/// <param name="Arguments">The descriptor's message arguments, already formatted.</param>
internal sealed record DiagnosticInfo(string Id, DiagnosticSeverity Severity, string FilePath, FileSpan Span, EquatableArray<string> Arguments)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;
}

internal static class DiagnosticInfoExtensions
{
    public static bool HasErrors(this EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            if (diagnostic.IsError)
            {
                return true;
            }
        }

        return false;
    }
}
