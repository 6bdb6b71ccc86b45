using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using StatementContent.Generators.Assembling;
using StatementContent.Cli.Translations;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Lock;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace StatementContent.Cli;

/// <summary>
/// <c>statement lock [folder] [--check] [--confirm-translations | --confirm KEY… --confirm-language LANG…]</c>: records the content as reviewed in
/// <c>content.lock</c>, printing what changed since the lock was last written (docs/content-lock.md). The folder is
/// read with the generator's own code; <c>--check</c> reads it as the strict build does, so it fails exactly when
/// <c>StatementContentStrictLock=true</c> does.
/// </summary>
internal static class LockCommand
{
    public static Command Create(CliConsole console)
    {
        Argument<string?> folder = CommandOptions.FolderArgument("The content folder (default: content).");
        var check = new Option<bool>("--check") { Description = "Only report: exit 1 exactly when a strict build (StatementContentStrictLock=true) would fail on the lock — changes not recorded, stale translations, a malformed lock (CI without a build)." };
        var confirm = new Option<bool>("--confirm-translations") { Description = "Mark the stale translations as checked: they still fit the changed English." };
        var confirmKey = new Option<string[]>("--confirm") { Description = "Confirm one stale translation by its key as in the PO msgctxt (statement.<id>.paragraph.<n>, string.<key>): it still fits the changed English. Repeatable.", Arity = ArgumentArity.OneOrMore };
        var confirmLanguage = new Option<string[]>("--confirm-language") { Description = "Confirm only in this language (repeatable); without --confirm, every stale translation in it.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("lock", "Record the content as reviewed in content.lock, printing what changed since it was written; resolves a lock git could not merge (docs/content-lock.md).") { folder, check, confirm, confirmKey, confirmLanguage };
        command.SetAction(result => Run(
            result.GetValue(folder) ?? "content",
            result.GetValue(check),
            result.GetValue(confirm),
            result.GetValue(confirmKey) ?? Array.Empty<string>(),
            result.GetValue(confirmLanguage) ?? Array.Empty<string>(),
            console.Out,
            console.Error));
        return command;
    }

    private static bool IsLockDiagnostic(DiagnosticInfo d) =>
        d.Id == DiagnosticDescriptors.ContentChangedSinceLock.Id || d.Id == DiagnosticDescriptors.StaleTranslation.Id || d.Id == DiagnosticDescriptors.MalformedLock.Id;

    private static int Run(string folder, bool check, bool confirm, string[] keys, string[] languages, TextWriter output, TextWriter error)
    {
        bool perItem = keys.Length > 0 || languages.Length > 0;
        if (perItem && (check || confirm))
        {
            error.WriteLine($"--confirm and --confirm-language cannot be used with {(check ? "--check (which writes nothing)" : "--confirm-translations (which confirms every stale translation)")}.");
            return ExitCodes.Usage;
        }

        if (!ContentLoading.IsFolder(folder, error))
        {
            return ExitCodes.Usage;
        }

        // --check reads the folder as the strict build does: the same diagnostics, errors alike.
        ContentFolder content = ContentFolder.Load(folder, BuildSettings.Default with { StrictLock = check });
        if (content.Lock is not { } contentLock)
        {
            error.WriteLine($"'{folder}' has no content files.");
            return ExitCodes.Usage;
        }

        // Content errors first: a lock records content that builds.
        List<DiagnosticInfo> errors = content.Diagnostics.Where(d => d.IsError && !IsLockDiagnostic(d)).ToList();
        if (errors.Count > 0)
        {
            errors.ForEach(d => error.WriteLine(Finding.From(content, d)));
            error.WriteLine($"The content has {errors.Count} error(s); fix them before locking it.");
            return ExitCodes.NotFound;
        }

        string lockName = content.Display(content.LockPath);
        Func<LockKey, bool> confirmed = _ => confirm;
        Dictionary<LockKey, string> confirmedItems = new();
        if (perItem)
        {
            // The arguments are checked before anything is printed or written: a wrong key leaves the lock as it is.
            if (LockConfirmation.Resolve(content, keys, languages, error, out int failed) is not { } items)
            {
                error.WriteLine($"Nothing was written to {lockName}.");
                return failed;
            }

            confirmedItems = items;
            confirmed = items.ContainsKey;
        }

        List<DiagnosticInfo> lockDiagnostics = content.Diagnostics.Where(IsLockDiagnostic).ToList();
        lockDiagnostics.ForEach(d => output.WriteLine(Finding.From(content, d)));
        string? current = File.Exists(content.LockPath) ? File.ReadAllText(content.LockPath).Replace("\r\n", "\n") : null;
        if (check)
        {
            if (lockDiagnostics.Count == 0)
            {
                output.WriteLine($"{lockName} records the content (content version {contentLock.Version}).");
                return ExitCodes.Ok;
            }

            error.WriteLine($"{lockName} does not record the content: {Summary(contentLock, lockDiagnostics)}. Review it and run 'statement lock'"
                + (contentLock.Stale.Count > 0 ? " (update the stale translations, or confirm those that still fit: --confirm KEY, --confirm-language LANG, or all with --confirm-translations)." : "."));
            return ExitCodes.NotFound;
        }

        // A lock git could not merge: both sides read, each item kept as the side that records the content (docs/content-lock.md).
        if (current is not null && contentLock.Locked is null)
        {
            if (ResolveConflict(content, contentLock, current, error) is not { } resolved)
            {
                return ExitCodes.NotFound;
            }

            contentLock = resolved;
            output.WriteLine($"{lockName}: merge conflict resolved from both sides (content version {contentLock.Locked!.Version} before this change).");
        }

        if (perItem)
        {
            confirmedItems.Values.ToList().ForEach(name => output.WriteLine($"{lockName}: {name} confirmed: the translation still fits the English."));
        }

        string updated = contentLock.Update(confirmed, PreviousEnglish(content, contentLock, confirmed));
        if (contentLock.PreviousLeftOut > 0)
        {
            output.WriteLine($"{lockName}: the previous English of {contentLock.PreviousLeftOut} stale translation(s) is left out to keep the lock under {ContentFileParser.MaxLockCharacters.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters.");
        }

        if (current == updated)
        {
            output.WriteLine($"{lockName} is up to date (content version {contentLock.Version}).");
            return ExitCodes.Ok;
        }

        string change = contentLock.Locked is null ? "created" : contentLock.Changes.Count > 0 ? $"{contentLock.Changes.Count} change(s)"
            : confirm || perItem ? "translation records updated" : "rewritten, no content change";
        if (!SafeFiles.TryWriteText(content.LockPath, updated, error))
        {
            return ExitCodes.ContentErrors;
        }

        output.WriteLine($"{lockName} written: {change}; content version {contentLock.NextVersion}.");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// The English texts, by short hash, that the translations left stale were made from and the lock does not keep
    /// yet: from the content as committed in git (<see cref="GitRevisions.Committed"/>). Git is asked only when such a
    /// translation exists; without git, or without the text there, the translation is stale without its previous English.
    /// </summary>
    private static Dictionary<string, string>? PreviousEnglish(ContentFolder content, ContentLock contentLock, Func<LockKey, bool> confirmed)
    {
        HashSet<string> needed = contentLock.PreviousNeeded(confirmed);
        if (needed.Count == 0)
        {
            return null;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        using var scratch = new GitRevisions.Scratch(new CliConsole(TextWriter.Null, TextWriter.Null, color: false));
        foreach (string committed in GitRevisions.Committed(content.Root, ContentLockParser.FileName, scratch))
        {
            if (ContentFolder.Load(committed).Lock is not { } older)
            {
                continue;
            }

            foreach (LockItem item in older.Items)
            {
                if (item.Text is { } text && item.Source is null && needed.Contains(item.ShortHash))
                {
                    texts[item.ShortHash] = text;
                }
            }
        }

        return texts;
    }

    /// <summary>
    /// The content against both sides of a conflicted lock; null (with the reason on stderr) when the lock is malformed
    /// for another reason, or a side is: such a lock is fixed by hand or deleted, never silently restarted at version 1.
    /// </summary>
    private static ContentLock? ResolveConflict(ContentFolder content, ContentLock contentLock, string text, TextWriter error)
    {
        DiagnosticInfo? malformed = content.Diagnostics.FirstOrDefault(d => d.Id == DiagnosticDescriptors.MalformedLock.Id);
        if (ContentLockParser.ConflictSides(text) is not { } sides)
        {
            if (malformed is not null)
            {
                error.WriteLine(Finding.From(content, malformed));
            }

            error.WriteLine($"{content.Display(content.LockPath)} is malformed and not a git conflict: fix the line named above, or delete the file to start the lock again at version 1.");
            return null;
        }

        LockDoc? ours = ReadSide(content.LockPath, sides.Ours, "ours", content, error);
        LockDoc? theirs = ReadSide(content.LockPath, sides.Theirs, "theirs", content, error);
        return ours is null || theirs is null ? null : contentLock.ResolvedWith(ours, theirs);
    }

    private static LockDoc? ReadSide(string path, string text, string side, ContentFolder content, TextWriter error)
    {
        var context = new ParseContext(new SourceMap(path, SourceText.From(text), text));
        LockDoc? doc = ContentLockParser.Read(context);
        foreach (DiagnosticInfo diagnostic in context.Diagnostics.ToEquatableArray())
        {
            error.WriteLine($"{Finding.From(content, diagnostic)} (in the conflict's '{side}' side)");
        }

        return doc;
    }

    private static string Summary(ContentLock contentLock, List<DiagnosticInfo> diagnostics)
    {
        var parts = new List<string>();
        if (diagnostics.Any(d => d.Id == DiagnosticDescriptors.MalformedLock.Id))
        {
            parts.Add("it is malformed");
        }

        if (contentLock.Changes.Count > 0)
        {
            parts.Add($"{contentLock.Changes.Count} change(s)");
        }

        if (contentLock.Stale.Count > 0)
        {
            parts.Add($"{contentLock.Stale.Count} stale translation(s)");
        }

        return parts.Count > 0 ? string.Join(", ", parts) : "created";
    }
}
