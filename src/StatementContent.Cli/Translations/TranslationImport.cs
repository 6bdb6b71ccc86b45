using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Cli.Translations;

/// <summary>
/// <c>statement translations import FILE [folder]</c>: each translation of a PO or XLIFF file that differs from the
/// content is written into its place (<see cref="ContentEdits"/>). All or nothing: a key the content no longer has,
/// an English source that changed since the export, a published text edited, or a text that would not read back
/// as written (a blank line splitting a paragraph) is an error at its place in the file, and then nothing is written.
/// The content is checked as it would be before any file is written, and validated after.
/// </summary>
internal static class TranslationImport
{
    public static int Run(string path, ContentFolder content, bool dryRun, CliConsole console)
    {
        if (content.HasErrors)
        {
            console.WriteErrors(content);
            console.Error.WriteLine("The content has errors; fix them before importing translations into it.");
            return ExitCodes.ContentErrors;
        }

        if (Read(path, console, out int failed) is not { } file)
        {
            return failed;
        }

        if (Language(path, file, content, console) is not { } language)
        {
            return ExitCodes.ContentErrors;
        }

        var errors = new List<string>();
        void Error(int line, int column, string message) => errors.Add($"{path}({line},{column}): error {DiagnosticDescriptors.TranslationNotImported.Id}: {message}");
        List<TranslationChange> changes = Plan(file, content, language, Error, out List<TranslationItem> confirmed);
        Dictionary<string, string> texts = errors.Count > 0 ? new() : Edited(content, language, changes, Error);
        if (errors.Count == 0)
        {
            Verify(content, language, changes, texts, Error);
        }

        if (errors.Count > 0)
        {
            errors.ForEach(console.Error.WriteLine);
            console.Error.WriteLine($"{path}: {errors.Count} error(s); nothing was written.");
            return ExitCodes.ContentErrors;
        }

        return Write(content, language, changes, texts, dryRun, console, confirmed);
    }

    /// <summary>The file's messages; null (the reason on stderr, <paramref name="failed"/> the exit code) when it is missing, refused by the file rule, or malformed.</summary>
    private static ImportFile? Read(string path, CliConsole console, out int failed)
    {
        failed = ExitCodes.ContentErrors;
        if (FileFacts.KindOf(Path.GetFullPath(path)) == FileKind.Missing)
        {
            console.Error.WriteLine($"No file '{path}'.");
            failed = ExitCodes.Usage;
            return null;
        }

        SourceText? text = SafeFiles.Read(Path.GetFullPath(path), realFolder: null, out Refusal? refusal);
        if (text is null)
        {
            console.Error.WriteLine($"{path}: error {refusal!.Descriptor.Id}: {string.Format(CultureInfo.InvariantCulture, refusal.Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), refusal.Arguments)}");
            return null;
        }

        try
        {
            string body = text.ToString();
            return body.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('<') ? XliffReader.Read(body) : PoReader.Read(body);
        }
        catch (ImportException ex)
        {
            console.Error.WriteLine($"{path}({ex.Line},{ex.Column}): error {DiagnosticDescriptors.MalformedTranslationFile.Id}: {ex.Message}");
            return null;
        }
    }

    /// <summary>The content's language the file is in (not English), its plural forms as the export wrote them; null with the reason on stderr.</summary>
    private static string? Language(string path, ImportFile file, ContentFolder content, CliConsole console)
    {
        IReadOnlyList<string> languages = TranslationCollector.Languages(content);
        string? language = languages.FirstOrDefault(l => string.Equals(l, file.Language?.Replace('_', '-'), StringComparison.OrdinalIgnoreCase));
        string? problem = file.Language is null ? "the file names no language (a PO header 'Language:', an XLIFF trgLang)"
            : language is null ? $"'{file.Language}' is not a language of the content ({string.Join(", ", languages)})"
            : language == ContentAssembler.DefaultLanguage ? "English is the content's source language: edit it in the content, not through a translation file"
            : file.PluralForms is { } plural && Plurals(plural) != GettextPlurals.Categories(language).Count
                ? $"the header's Plural-Forms ({plural}) does not have the {GettextPlurals.Categories(language).Count} forms of '{language}' ({GettextPlurals.Header(language)}); set it back and check the msgstr[n] of each plural message"
            : null;
        if (problem is not null)
        {
            console.Error.WriteLine($"{path}(1,1): error {DiagnosticDescriptors.MalformedTranslationFile.Id}: {problem}");
            return null;
        }

        return language;
    }

    /// <summary>The translations that differ from the content; each entry that cannot be imported is an error at its line.</summary>
    /// <param name="confirmed">The stale translations the file leaves unchanged and not fuzzy: the translator checked that they still fit.</param>
    private static List<TranslationChange> Plan(ImportFile file, ContentFolder content, string language, Action<int, int, string> error, out List<TranslationItem> confirmed)
    {
        confirmed = new List<TranslationItem>();
        Dictionary<string, TranslationItem> items = TranslationCollector.Collect(content, language).ToDictionary(i => i.Key, StringComparer.Ordinal);
        var changes = new List<TranslationChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (ImportEntry entry in file.Entries)
        {
            void Error(string message) => error(entry.Line, entry.Column, message);
            if (!seen.Add(entry.Key))
            {
                Error($"'{entry.Key}' is in the file twice");
            }
            else if (!items.TryGetValue(entry.Key, out TranslationItem? item))
            {
                Error($"the content has no text with the key '{entry.Key}' now (removed or renamed since the export); export the file again");
            }
            else if (!SameSource(entry.Source, item.English))
            {
                Error($"the English of '{entry.Key}' changed since the export: the file has \"{Show(entry.Source)}\", the content has \"{Show(item.English)}\"; export again and translate the English as it is");
            }
            else if (entry.Target is null)
            {
                continue; // an empty msgstr: still missing, nothing to write
            }
            else if (Target(entry, item, language, out string? problem) is not { } target)
            {
                Error(problem!);
            }
            else if (item.Target is not null && Same(target, item.Target))
            {
                if (!entry.Fuzzy && item.State == TranslationState.Stale)
                {
                    confirmed.Add(item); // unchanged and no longer fuzzy: it still fits the changed English
                }

                continue; // unchanged: nothing to write
            }
            else if (item.State == TranslationState.Published)
            {
                Error($"the '{language}' {item.What} is published text (statement.json \"publishedLanguages\"), not a translation; import does not change it");
            }
            else if (item.Target is null && item.Place.Kind != PlaceKind.Json)
            {
                Error($"the {item.What} has no '{language}' text in {content.Display(item.Place.Path)} yet; import writes into texts that exist: add the '{language}' Markdown file's title and paragraphs first");
            }
            else
            {
                changes.Add(new TranslationChange(item, target, entry));
            }
        }

        return changes;
    }

    /// <summary>The content as it would be: when it would have errors, the entries that cause them, each tried alone.</summary>
    private static void Verify(ContentFolder content, string language, List<TranslationChange> changes, Dictionary<string, string> texts, Action<int, int, string> error)
    {
        if (Check(content.WithTexts(texts), language, changes, error))
        {
            return;
        }

        bool named = false;
        foreach (TranslationChange change in changes)
        {
            ContentFolder alone = content.WithTexts(Edited(content, language, new List<TranslationChange> { change }, error));
            foreach (DiagnosticInfo diagnostic in alone.Diagnostics.Where(d => d.IsError))
            {
                error(change.Entry.Line, change.Entry.Column, $"'{change.Entry.Key}' would give the content an error: {Finding.From(alone, diagnostic)}");
                named = true;
            }
        }

        if (!named)
        {
            ContentFolder together = content.WithTexts(texts);
            error(changes[0].Entry.Line, changes[0].Entry.Column, "the translations together would give the content errors: "
                + string.Join("; ", together.Diagnostics.Where(d => d.IsError).Select(d => Finding.From(together, d).ToString())));
        }
    }

    /// <summary>Writes the changed files (or, with <paramref name="dryRun"/>, only lists them), then validates the folder.</summary>
    private static int Write(ContentFolder content, string language, List<TranslationChange> changes, Dictionary<string, string> texts, bool dryRun, CliConsole console, List<TranslationItem> confirmed)
    {
        foreach (TranslationChange change in changes)
        {
            console.Out.WriteLine($"{content.Display(change.Item.Place.Path)}: '{language}' {change.Item.What} ({change.Item.Key}){(dryRun ? " would change" : " written")}.");
        }

        string lockName = content.Display(content.LockPath);
        foreach (TranslationItem item in confirmed)
        {
            console.Out.WriteLine($"{lockName}: '{language}' {item.What} ({item.Key}) {(dryRun ? "would be" : "is")} confirmed: not fuzzy, unchanged, it still fits the English.");
        }

        // The lock is checked before any content file is written: all or nothing.
        string? confirmedLock = null;
        if (confirmed.Count > 0)
        {
            var ids = new HashSet<Generators.Lock.LockKey>(confirmed.Select(i => i.LockId));
            string? current = SafeFiles.Read(content.LockPath, FileFacts.RealPath(content.Root), out Refusal? refusal)?.ToString();
            confirmedLock = current is null ? null : content.Lock!.Confirm(current, ids.Contains);
            if (confirmedLock is null)
            {
                console.Error.WriteLine($"{lockName}: the stale translations cannot be confirmed in it ({refusal?.Arguments.LastOrDefault() ?? "it is not a format 2 lock read without errors"}); run 'statement lock', then import again. Nothing was written.");
                return ExitCodes.ContentErrors;
            }
        }

        if (dryRun)
        {
            console.Out.WriteLine($"{changes.Count} translation(s) would change, {confirmed.Count} stale translation(s) would be confirmed; nothing was written (--dry-run).");
            return ExitCodes.Ok;
        }

        foreach ((string target, string updated) in texts)
        {
            if (!SafeFiles.TryWriteText(target, updated, console.Error))
            {
                return ExitCodes.ContentErrors;
            }
        }

        if (confirmedLock is not null && !SafeFiles.TryWriteText(content.LockPath, confirmedLock, console.Error))
        {
            return ExitCodes.ContentErrors;
        }

        console.Out.WriteLine($"{changes.Count} translation(s) written to {texts.Count} file(s). Review them, then record them with 'statement lock' (docs/translators.md).");
        return ValidateCommand.Report(ContentFolder.Load(content.Root), console, json: false, warningsAsErrors: false);
    }

    /// <summary>The new text of each file that has changes.</summary>
    private static Dictionary<string, string> Edited(ContentFolder content, string language, List<TranslationChange> changes, Action<int, int, string> error)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        string? realRoot = FileFacts.RealPath(content.Root);
        foreach (IGrouping<string, TranslationChange> group in changes.GroupBy(c => c.Item.Place.Path, StringComparer.Ordinal))
        {
            SourceText? current = SafeFiles.Read(group.Key, realRoot, out Refusal? refusal);
            if (current is null)
            {
                error(group.First().Entry.Line, group.First().Entry.Column, $"{content.Display(group.Key)} could not be read again: {refusal!.Arguments.LastOrDefault()}");
                continue;
            }

            TextDoc? markdown = content.Files.FirstOrDefault(f => f.Path == group.Key)?.Text;
            try
            {
                texts[group.Key] = ContentEdits.Apply(current.ToString(), markdown, language, group.ToList());
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Text.Json.JsonException or ArgumentOutOfRangeException)
            {
                error(group.First().Entry.Line, group.First().Entry.Column, $"{content.Display(group.Key)} changed since it was read: {ex.Message}");
            }
        }

        return texts;
    }

    /// <summary>The content as it would be: false when it has errors; each changed text that does not read back exactly as imported is an error.</summary>
    private static bool Check(ContentFolder edited, string language, List<TranslationChange> changes, Action<int, int, string> error)
    {
        if (edited.HasErrors)
        {
            return false;
        }

        Dictionary<string, TranslationItem> after = TranslationCollector.Collect(edited, language).ToDictionary(i => i.Key, StringComparer.Ordinal);
        foreach (TranslationChange change in changes)
        {
            if (!after.TryGetValue(change.Item.Key, out TranslationItem? item) || item.Target is null || !Same(change.Text, item.Target))
            {
                error(change.Entry.Line, change.Entry.Column, $"the translation of '{change.Item.Key}' cannot be written as it is: it would read back as \"{(item?.Target is null ? "" : Show(item.Target))}\" (a Markdown paragraph has no blank line, a title is one line)");
            }
        }

        return true;
    }

    /// <summary>An entry's translation as every form of the target language (PO msgstr[n] by the gettext mapping, XLIFF by category); forms the file does not carry (Russian 'other') stay as the content has them.</summary>
    private static ItemText? Target(ImportEntry entry, TranslationItem item, string language, out string? problem)
    {
        problem = null;
        ItemText given = entry.Target!;
        if (!item.English.IsPlural)
        {
            if (given.IsPlural)
            {
                problem = $"'{entry.Key}' is not a plural text: give it one msgstr";
                return null;
            }

            return given;
        }

        IReadOnlyList<string> gettext = GettextPlurals.Categories(language);
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (TextForm form in given.Forms)
        {
            string? category = form.Category is { } c && c.StartsWith('#') ? (int.Parse(c.AsSpan(1), CultureInfo.InvariantCulture) is int n && n < gettext.Count ? gettext[n] : null) : form.Category;
            if (category is null || !PluralRules.CategoriesOf(language).Any(p => p.ToString().Equals(category, StringComparison.OrdinalIgnoreCase)))
            {
                problem = $"'{entry.Key}' has a form '{form.Category}' that '{language}' does not have (its forms: {string.Join(", ", gettext.Select((g, i) => $"msgstr[{i}] = {g}"))})";
                return null;
            }

            forms[category] = form.Text;
        }

        var merged = PluralRules.CategoriesOf(language).Select(p => p.ToString().ToLowerInvariant())
            .Select(c => new TextForm(c, forms.TryGetValue(c, out string? text) && text.Length > 0 ? text : item.Target?.Form(c) ?? ""))
            .ToList();
        if (merged.Any(f => f.Text.Length == 0))
        {
            problem = $"'{entry.Key}' needs every plural form of '{language}' ({string.Join(", ", merged.Select(f => f.Category))}); the file leaves {string.Join(", ", merged.Where(f => f.Text.Length == 0).Select(f => f.Category))} empty";
            return null;
        }

        return new ItemText(merged);
    }

    private static bool SameSource(ItemText file, ItemText english) => english.IsPlural
        ? file.IsPlural && file.Forms.All(f => english.Form(f.Category!) == f.Text) && file.Forms.Count >= 2
        : !file.IsPlural && file.Single == english.Single;

    private static bool Same(ItemText a, ItemText b) => a.IsPlural
        ? a.Forms.All(f => b.Form(f.Category!) == f.Text) && b.Forms.All(f => a.Form(f.Category!) == f.Text)
        : !b.IsPlural && a.Single == b.Single;

    private static string Show(ItemText text) => text.IsPlural ? IcuPlural.Write(text) : text.Single.Length > 80 ? text.Single.Substring(0, 77) + "..." : text.Single;

    private static int Plurals(string header) =>
        System.Text.RegularExpressions.Regex.Match(header, @"nplurals\s*=\s*(\d+)") is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
}
