using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;

namespace StatementContent.Cli;

/// <summary><c>statement list [folder]</c>: one line per statement — id, publication date, title, number of parties.</summary>
internal static class ListCommand
{
    public static Command Create(CliConsole console)
    {
        Argument<string?> folder = CommandOptions.FolderArgument("The content folder to list; default: ./content if it has content, else the statement this tool carries.");
        Option<string?> culture = CommandOptions.CultureOption();
        var command = new Command("list", "List the statements: id, publication date, title (in --culture, default English) and the number of parties.") { folder, culture };
        command.SetAction(result =>
        {
            if (!CommandOptions.TryCulture(result.GetValue(culture) ?? "en", console, out CultureInfo selected))
            {
                return ExitCodes.Usage;
            }

            if (ContentLoading.LoadStatements(result.GetValue(folder), null, console, out IReadOnlyList<Statement> statements) is int failed)
            {
                return failed;
            }

            foreach (Statement statement in statements)
            {
                console.Out.WriteLine($"{statement.Id}  {statement.Published:yyyy-MM-dd}  {statement.Title.Get(selected)}  ({statement.SignatoryCount})");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
