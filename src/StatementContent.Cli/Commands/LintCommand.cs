using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;

namespace StatementContent.Cli;

/// <summary>
/// <c>statement lint [folder]</c>: the content lint (STC5xxx, the generator's own rules) against the committed
/// baseline. Acknowledged findings are listed as baselined; a new one fails the command (exit 1) unless its
/// severity is set to none. Severities come from the same .editorconfig lines the build honours.
/// </summary>
internal static class LintCommand
{
    public static Command Create(CliConsole console)
    {
        Argument<string?> folder = CommandOptions.FolderArgument("The content folder (default: content).");
        Option<string> format = CommandOptions.FormatOption("text", "text", "json");
        var update = new Option<bool>("--update-baseline") { Description = "Acknowledge every current finding: write them to lint.baseline (review the diff)." };
        var command = new Command("lint", "Check the text for typography and spoofing risks (STC5xxx: missing spaces, glued quotes, odd whitespace, mixed Latin/Cyrillic words, mixed quote styles, names unlike their ids) and the translations (numbers, URLs, placeholders, end punctuation, sentence count, untranslated text), against lint.baseline.") { folder, format, update };
        command.SetAction(result =>
        {
            if (!ContentLoading.TryFolder(result.GetValue(folder) ?? "content", console, out ContentFolder? content))
            {
                return ExitCodes.Usage;
            }

            // A file the folder load refused or could not parse (a link out, a named pipe, a file past the limit,
            // broken JSON) has no text to lint: say so and fail, never report a clean lint nor baseline without it.
            if (content.HasErrors)
            {
                console.WriteErrors(content);
                console.Error.WriteLine($"{content.Display(content.Root)}: the content has errors; fix them before linting it.");
                return ExitCodes.ContentErrors;
            }

            List<LintFinding> findings = ContentLint.Find(content.Files, content.Work?.Statements);
            LintBaseline baseline = LintBaseline.From(content.Files, content.Root);
            if (result.GetValue(update))
            {
                string path = baseline.Path ?? Path.Combine(content.Root, LintBaselineParser.FileName);
                if (!SafeFiles.TryWriteText(path, baseline.Write(findings), console.Error))
                {
                    return ExitCodes.ContentErrors;
                }

                console.Out.WriteLine($"{content.Display(path)}: {findings.Count} finding(s) acknowledged.");
                return ExitCodes.Ok;
            }

            var fresh = new HashSet<LintFinding>(baseline.New(findings), ReferenceEqualityComparer.Instance);
            EquatableArray<DiagnosticInfo> configured = SeverityConfig.Apply(content.Files, findings.Select(ContentLint.ToDiagnostic).ToEquatableArray());
            var shown = findings
                .Select(finding => (Finding: finding, Diagnostic: configured.FirstOrDefault(d => d.Id == finding.Id && d.FilePath == finding.Path && d.Span == finding.Span)))
                .Where(pair => pair.Diagnostic is not null) // severity none
                .Select(pair => Finding.From(content, pair.Diagnostic!) with { Baselined = !fresh.Contains(pair.Finding) })
                .ToList();
            if (result.GetValue(format) == "json")
            {
                console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(shown.ToArray(), CliJson.Output.FindingArray));
            }
            else
            {
                shown.ForEach(f => console.WriteFinding(f, f.Baselined == true ? "(baselined)" : null));
                int newCount = shown.Count(f => f.Baselined == false);
                console.Out.WriteLine($"{content.Display(content.Root)}: {shown.Count} finding(s), {shown.Count - newCount} baselined, {newCount} new.");
            }

            return shown.Any(f => f.Baselined == false) ? ExitCodes.ContentErrors : ExitCodes.Ok;
        });
        return command;
    }
}
