using System.IO;

namespace StatementContent.Cli;

/// <summary>Where the commands write, and whether they may colour it (only on a terminal, and not under NO_COLOR).</summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool color)
    {
        Out = output;
        Error = error;
        Color = color;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public bool Color { get; }

    /// <summary>Every error of a content folder, as findings: what a command prints when it refuses the folder.</summary>
    public void WriteErrors(ContentFolder content)
    {
        foreach (Generators.Model.DiagnosticInfo diagnostic in content.Diagnostics)
        {
            if (diagnostic.IsError)
            {
                WriteFinding(Finding.From(content, diagnostic));
            }
        }
    }

    /// <summary>A finding in MSBuild's format, <c>path(line,col): severity ID: message</c>; the severity coloured on a terminal.</summary>
    public void WriteFinding(Finding finding, string? note = null)
    {
        string severity = finding.Severity;
        if (Color)
        {
            string code = severity switch { "error" => "31", "warning" => "33", _ => "36" };
            severity = "\u001b[" + code + "m" + severity + "\u001b[0m";
        }

        Out.WriteLine(finding.Format(severity) + (note is null ? "" : " " + note));
    }
}
