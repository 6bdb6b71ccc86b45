using System.CommandLine;

namespace StatementContent.Cli;

/// <summary><c>statement lint [folder]</c>: the content lint (STC5xxx), against the committed baseline.</summary>
internal static class LintCommand
{
    public static Command Create(CliConsole console)
    {
        Argument<string?> folder = CliApp.FolderArgument("The content folder (default: content).");
        Option<string> format = CliApp.FormatOption("text", "text", "json");
        var command = new Command("lint", "Check the text of a content folder for typography and spoofing risks (STC5xxx), against its baseline.") { folder, format };
        command.SetAction(result =>
        {
            console.Error.WriteLine("lint: not built yet.");
            return CliApp.Usage;
        });
        return command;
    }
}
