using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;

namespace StatementContent.Cli;

/// <summary>
/// <c>statement export --format json|md|html|txt [folder]</c>: the statements through the library's renderers
/// (<see cref="StatementRenderers"/>), one statement as the renderer writes it, several as one document.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        Argument<string?> folder = CommandOptions.FolderArgument("The content folder to export; default: ./content if it has content, else the statement this tool carries.");
        var formatOption = new Option<string>("--format") { Description = "Output format: json, md, html or txt. Several statements make one document: a JSON array, one HTML page, Markdown or text with a rule between them.", Required = true };
        formatOption.AcceptOnlyFromAmong("json", "md", "html", "txt");
        Option<string?> culture = CommandOptions.CultureOption();
        Option<string?> statement = CommandOptions.StatementOption();
        var command = new Command("export", "Write a statement as JSON, Markdown, HTML or plain text through the library's renderers (StatementRenderers).") { folder, formatOption, culture, statement };
        command.SetAction(result =>
        {
            if (!CommandOptions.TryCulture(result.GetValue(culture), console, out CultureInfo selected))
            {
                return ExitCodes.Usage;
            }

            if (ContentLoading.LoadStatements(result.GetValue(folder), result.GetValue(statement), console, out IReadOnlyList<Statement> statements) is int failed)
            {
                return failed;
            }

            console.Out.Write(Render(result.GetValue(formatOption)!, statements, selected));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One statement as the renderers write it; several as one document of the format (a JSON array, one page).</summary>
    private static string Render(string format, IReadOnlyList<Statement> statements, CultureInfo culture) => statements.Count == 1
        ? format switch
        {
            "json" => StatementRenderers.ToJson(statements[0], culture),
            "md" => StatementRenderers.ToMarkdown(statements[0], culture),
            "html" => StatementRenderers.ToHtml(statements[0], culture),
            _ => StatementRenderers.ToText(statements[0], culture),
        }
        : format switch
        {
            "json" => StatementRenderers.ToJson(statements, culture),
            "md" => StatementRenderers.ToMarkdown(statements, culture),
            "html" => StatementRenderers.ToHtml(statements, culture),
            _ => StatementRenderers.ToText(statements, culture),
        };
}
