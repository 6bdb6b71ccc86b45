using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using StatementContent.Cli.Translations;
using StatementContent.Generators.Assembling;

namespace StatementContent.Cli;

/// <summary>
/// <c>statement translations export|import|stats</c>: the content's translatable texts out to the files translators'
/// tools read (GNU gettext PO, XLIFF 2.0) and back in, and how complete each language is (docs/translators.md).
/// </summary>
internal static class TranslationsCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("translations", "Export the content's texts for translators (PO or XLIFF 2.0), import their translations back, and count what is translated (docs/translators.md).")
        {
            Export(console),
            Import(console),
            Stats(console),
        };
        command.SetAction(_ =>
        {
            console.Error.WriteLine("Name a subcommand: export, import or stats; run 'statement translations --help'.");
            return ExitCodes.Usage;
        });
        return command;
    }

    private static Command Export(CliConsole console)
    {
        Argument<string?> folder = CommandOptions.FolderArgument("The content folder (default: content).");
        Option<string> language = LanguageOption(required: true);
        var format = new Option<string>("--format") { Description = "po (GNU gettext) or xliff (XLIFF 2.0).", Required = true };
        format.AcceptOnlyFromAmong("po", "xliff");
        Option<string?> output = CommandOptions.FileOption("--output", "Write to this file (never through a link) instead of standard output.");
        var command = new Command("export", "Write every translatable text with its translation in one language as a PO or XLIFF 2.0 file: key, English, translation, state (missing, stale = fuzzy, translated, reviewed, published).") { folder, language, format, output };
        command.SetAction(result =>
        {
            if (LoadWithoutErrors(result.GetValue(folder), console, out int failed) is not { } content)
            {
                return failed;
            }

            if (Language(result.GetValue(language), content, console) is not { } selected)
            {
                return ExitCodes.Usage;
            }

            List<TranslationItem> items = TranslationCollector.Collect(content, selected);
            string text = result.GetValue(format) == "po" ? PoWriter.Write(items, selected, content.Lock!.Version) : XliffWriter.Write(items, selected);
            if (result.GetValue(output) is not { } path)
            {
                console.Out.Write(text);
                return ExitCodes.Ok;
            }

            if (!SafeFiles.TryWriteText(path, text, console.Error))
            {
                return ExitCodes.ContentErrors;
            }

            console.Error.WriteLine($"{path}: {items.Count} text(s) in '{selected}' ({items.Count(i => i.State == TranslationState.Missing)} missing, {items.Count(i => i.State == TranslationState.Stale)} stale).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Import(CliConsole console)
    {
        Argument<string> file = CommandOptions.FileArgument("file", "The PO or XLIFF 2.0 file to import (told apart by its content).");
        Argument<string?> folder = CommandOptions.FolderArgument("The content folder (default: content).");
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and list the translations that would change; write nothing." };
        var command = new Command("import", "Write the translations of a PO or XLIFF file into the content where they differ, keeping the files' formatting; refuses (writing nothing) a key or English source that no longer matches; then validates the folder.") { file, folder, dryRun };
        command.SetAction(result =>
        {
            string path = result.GetValue(file)!;
            if (Load(result.GetValue(folder), console) is not { } content)
            {
                return ExitCodes.Usage;
            }

            return TranslationImport.Run(path, content, result.GetValue(dryRun), console);
        });
        return command;
    }

    private static Command Stats(CliConsole console)
    {
        Argument<string?> folder = CommandOptions.FolderArgument("The content folder (default: content).");
        Option<string> language = LanguageOption(required: false);
        Option<string> format = CommandOptions.FormatOption("text", "text", "json");
        var command = new Command("stats", "Per language and statement: texts translated, reviewed, stale, missing, published and added by the project, in items and English words.") { folder, language, format };
        command.SetAction(result =>
        {
            if (LoadWithoutErrors(result.GetValue(folder), console, out int failed) is not { } content)
            {
                return failed;
            }

            IEnumerable<string> languages = TranslationCollector.Languages(content).Where(l => l != ContentAssembler.DefaultLanguage);
            if (result.GetValue(language) is { } named)
            {
                if (Language(named, content, console) is not { } selected)
                {
                    return ExitCodes.Usage;
                }

                languages = new[] { selected };
            }

            TranslationStats[] stats = languages.SelectMany(l => TranslationStats.Of(l, TranslationCollector.Collect(content, l))).ToArray();
            if (result.GetValue(format) == "json")
            {
                console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(stats, CliJson.Output.TranslationStatsArray));
            }
            else
            {
                Array.ForEach(stats, s => console.Out.WriteLine(s.ToText()));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<string> LanguageOption(bool required) =>
        new("--language") { Description = "A language of the content, e.g. ru (statement translations stats lists them).", Required = required };

    private static ContentFolder? Load(string? folder, CliConsole console) =>
        ContentLoading.TryFolder(folder ?? "content", console, out ContentFolder? content) ? content : null;

    /// <summary>The folder when it loads and has no errors; otherwise null, its errors written, and the exit code in <paramref name="failed"/>.</summary>
    private static ContentFolder? LoadWithoutErrors(string? folder, CliConsole console, out int failed)
    {
        failed = ExitCodes.Usage;
        if (Load(folder, console) is not { } content)
        {
            return null;
        }

        if (content.HasErrors)
        {
            console.WriteErrors(content);
            failed = ExitCodes.ContentErrors;
            return null;
        }

        return content;
    }

    /// <summary>The content's language <paramref name="name"/> names (any case); null, with the languages listed, when it has none.</summary>
    private static string? Language(string? name, ContentFolder content, CliConsole console)
    {
        IReadOnlyList<string> languages = TranslationCollector.Languages(content);
        string? found = languages.FirstOrDefault(l => string.Equals(l, name?.Replace('_', '-'), StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            console.Error.WriteLine($"'{name}' is not a language of the content; its languages are {string.Join(", ", languages)}.");
        }

        return found;
    }
}
