using System;
using System.CommandLine;
using System.Linq;
using StatementContent.Generators.Parsing;

namespace StatementContent.Cli;

/// <summary>
/// <c>statement diff &lt;old&gt; &lt;new&gt;</c>: what changed between two content folders, or two git revisions of one
/// (<see cref="GitRevisions"/> brings a revision's folder out of git; <see cref="ContentDiff"/> compares).
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var older = new Argument<string>("old") { Description = "The older content: a folder, or a git revision (e.g. HEAD~1, main) of --path in the current repository." };
        var newer = new Argument<string>("new") { Description = "The newer content: a folder, or a git revision." };
        var path = new Option<string>("--path") { Description = "The content folder, from the repository's root, for git revisions (default: content).", DefaultValueFactory = _ => "content" };
        Option<string> format = CommandOptions.FormatOption("text", "text", "json");
        var exitCode = new Option<bool>("--exit-code") { Description = "Exit 1 when the contents differ and 0 when they do not, as git diff --exit-code (without it, 0 either way)." };
        var command = new Command("diff", "Compare two contents: parties added, removed, moved or renamed per group, texts changed per language (with a word diff), metadata.") { older, newer, path, format, exitCode };
        command.SetAction(result =>
        {
            using var scratch = new GitRevisions.Scratch(console);
            if (!GitRevisions.TryResolve(result.GetValue(older)!, result.GetValue(path)!, scratch, console, out string? oldFolder)
                || !GitRevisions.TryResolve(result.GetValue(newer)!, result.GetValue(path)!, scratch, console, out string? newFolder)
                || !ContentLoading.TryFolder(oldFolder, console, out ContentFolder? oldContent)
                || !ContentLoading.TryFolder(newFolder, console, out ContentFolder? newContent))
            {
                return ExitCodes.Usage;
            }

            foreach (ContentFolder content in new[] { oldContent, newContent }.Where(c => c.HasErrors))
            {
                console.WriteErrors(content);
                return ExitCodes.ContentErrors;
            }

            var report = new DiffReport(result.GetValue(older)!, result.GetValue(newer)!, ContentDiff.Compare(oldContent.Lock!.Items, newContent.Lock!.Items));
            if (result.GetValue(format) == "json")
            {
                console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(report, CliJson.Output.DiffReport));
            }
            else
            {
                WriteText(report, console);
            }

            return result.GetValue(exitCode) && report.Changes.Count > 0 ? ExitCodes.ContentErrors : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The report for a reader: a heading per statement (and one for the UI strings), a line per change marked +, - or ~, its details indented.</summary>
    private static void WriteText(DiffReport report, CliConsole console)
    {
        if (report.Changes.Count == 0)
        {
            console.Out.WriteLine("No changes.");
        }

        foreach (IGrouping<string, DiffChange> section in report.Changes.GroupBy(c => c.Section))
        {
            console.Out.WriteLine(section.Key.StartsWith(ContentLockParser.StatementSection + " ", StringComparison.Ordinal)
                ? "statement '" + section.Key.Substring(ContentLockParser.StatementSection.Length + 1) + "'"
                : "UI strings");
            foreach (DiffChange change in section)
            {
                console.Out.WriteLine($"  {Mark(change.Kind)} {change.Message}");
                change.Details.ToList().ForEach(detail => console.Out.WriteLine("      " + detail));
            }
        }
    }

    private static string Mark(DiffKind kind) => kind switch
    {
        DiffKind.Added => "+",
        DiffKind.Removed => "-",
        _ => "~",
    };
}
