using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.CodeAnalysis;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Cli;

/// <summary>A diagnostic as the CLI prints it (and as <c>--format json</c> writes it): the build's ID, severity, place and message.</summary>
/// <param name="File">Relative to the content folder's parent, with '/' (e.g. <c>content/strings.json</c>); empty for the content as a whole.</param>
/// <param name="Line">One-based, as editors and MSBuild count.</param>
/// <param name="Column">One-based.</param>
/// <param name="Baselined">For lint findings: whether lint.baseline acknowledges it (null for other diagnostics).</param>
internal sealed record Finding(string Id, string Severity, string File, int Line, int Column, int EndLine, int EndColumn, string Message, bool? Baselined = null)
{
    [JsonIgnore]
    public string Location => File.Length == 0 ? "" : $"{File}({Line},{Column}): ";

    /// <summary>MSBuild's format, <c>path(line,col): severity ID: message</c>, with the severity as given (e.g. coloured).</summary>
    public string Format(string severity) => Location + severity + " " + Id + ": " + Message;

    public override string ToString() => Format(Severity);

    public static Finding From(ContentFolder content, DiagnosticInfo info)
    {
        Diagnostic diagnostic = info.ToDiagnostic();
        return new Finding(
            info.Id,
            info.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" },
            info.FilePath.Length == 0 ? "" : content.Display(info.FilePath),
            info.Span.StartLine + 1,
            info.Span.StartColumn + 1,
            info.Span.EndLine + 1,
            info.Span.EndColumn + 1,
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }
}
