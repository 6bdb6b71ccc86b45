using System.CommandLine;
using System.Linq;

namespace StatementContent.Cli;

/// <summary>
/// <c>statement validate [folder]</c>: every diagnostic a build of the folder would report (the generator's own
/// parser and checks), in MSBuild's format or as JSON; exit 1 on errors.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        Argument<string?> folder = CommandOptions.FolderArgument("The content folder (default: content).");
        Option<string> format = CommandOptions.FormatOption("text", "json");
        var strict = new Option<bool>("--warnings-as-errors") { Description = "Report every warning as an error (exit 1 when there is any), as a build with TreatWarningsAsErrors." };
        var command = new Command("validate", "Check a content folder as a build would (the generator's own parser), printing path(line,col): severity ID: message. Exit 1 on errors.") { folder, format, strict };
        command.SetAction(result =>
        {
            if (!ContentLoading.TryFolder(result.GetValue(folder) ?? "content", console, out ContentFolder? content))
            {
                return ExitCodes.Usage;
            }

            return Report(content, console, result.GetValue(format) == "json", result.GetValue(strict));
        });
        return command;
    }

    /// <summary>What validate prints for a folder, and its exit code: also the last step of commands that write content (translations import).</summary>
    public static int Report(ContentFolder content, CliConsole console, bool json, bool warningsAsErrors)
    {
        var findings = content.Diagnostics
            .Select(d => Finding.From(content, d))
            .Select(f => warningsAsErrors && f.Severity == "warning" ? f with { Severity = "error" } : f)
            .ToList();
        int errors = findings.Count(f => f.Severity == "error");
        if (json)
        {
            console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(findings.ToArray(), CliJson.Output.FindingArray));
        }
        else
        {
            findings.ForEach(f => console.WriteFinding(f));
            console.Out.WriteLine(errors == 0
                ? $"{content.Display(content.Root)}: no errors ({findings.Count} other diagnostic(s))."
                : $"{content.Display(content.Root)}: {errors} error(s).");
        }

        return errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }
}
