using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;

namespace StatementContent.Cli;

/// <summary><c>statement show [folder]</c>: the statements as text in a culture, through the library's text renderer.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        Argument<string?> folder = CommandOptions.FolderArgument("The content folder to show; default: ./content if it has content, else the statement this tool carries.");
        Option<string?> culture = CommandOptions.CultureOption();
        Option<string?> statement = CommandOptions.StatementOption();
        var command = new Command("show", "Print the title, every paragraph and the signatories, in a culture (by the fallback rule: ru-KZ → ru → en).") { folder, culture, statement };
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

            foreach (Statement each in statements.Where(s => s.Title.IsFallbackFor(selected)))
            {
                console.Error.WriteLine($"Statement '{each.Id}' has no text in '{selected.Name}'; showing '{each.Title.ResolveLanguage(selected)}'.");
            }

            console.Out.Write(StatementRenderers.ToText(statements, selected));
            return ExitCodes.Ok;
        });
        return command;
    }
}
