using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;
using Microsoft.CodeAnalysis;

namespace StatementContent.Cli;

/// <summary>
/// <c>statement lock [folder] [--check] [--confirm-translations]</c>: records the content as reviewed in
/// <c>content.lock</c>, printing what changed since the lock was last written (docs/content-lock.md).
/// </summary>
internal static class LockCommand
{
    public static Command Create(CliConsole console)
    {
        Argument<string?> folder = CliApp.FolderArgument("The content folder (default: content).");
        var check = new Option<bool>("--check") { Description = "Only report: exit 1 when the lock does not record the content (CI without a build)." };
        var confirm = new Option<bool>("--confirm-translations") { Description = "Mark the stale translations as checked: they still fit the changed English." };
        var command = new Command("lock", "Record the content as reviewed in content.lock, printing what changed since it was written (docs/content-lock.md).") { folder, check, confirm };
        command.SetAction(result => Run(result.GetValue(folder) ?? "content", result.GetValue(check), result.GetValue(confirm), console.Out, console.Error));
        return command;
    }

    private static int Run(string folder, bool check, bool confirm, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"No content folder '{folder}'.");
            return CliApp.Usage;
        }

        ContentFolder content = ContentFolder.Load(folder);
        if (content.Lock is not { } contentLock)
        {
            error.WriteLine($"'{folder}' has no content files.");
            return CliApp.NotFound;
        }

        // Content errors first: a lock records content that builds. A malformed lock is what this command repairs.
        List<DiagnosticInfo> errors = content.Assembly.Diagnostics.Where(d => d.IsError && d.Id != DiagnosticDescriptors.MalformedLock.Id).ToList();
        if (errors.Count > 0)
        {
            errors.ForEach(d => error.WriteLine(Finding.From(content, d)));
            error.WriteLine($"The content has {errors.Count} error(s); fix them before locking it.");
            return CliApp.NotFound;
        }

        string lockName = content.Display(content.LockPath);
        foreach (DiagnosticInfo diagnostic in content.Assembly.Diagnostics.Where(d => d.Id is "STC4001" or "STC4002" or "STC4003"))
        {
            output.WriteLine(Finding.From(content, diagnostic));
        }

        string updated = contentLock.Update(confirm);
        string? current = File.Exists(content.LockPath) ? File.ReadAllText(content.LockPath).Replace("\r\n", "\n") : null;
        if (current == updated)
        {
            output.WriteLine($"{lockName} is up to date (content version {contentLock.Version}).");
            return CliApp.Ok;
        }

        string change = contentLock.Locked is null ? "created" : contentLock.Changes.Count > 0 ? $"{contentLock.Changes.Count} change(s)" : "translation records updated";
        if (check)
        {
            error.WriteLine($"{lockName} does not record the content ({change}). Review it and run 'statement lock'.");
            return CliApp.NotFound;
        }

        if (!SafeFiles.TryWriteText(content.LockPath, updated, error)) return CliApp.ContentErrors;
        string version = updated.Split('\n').First(line => line.StartsWith("version ", StringComparison.Ordinal)).Substring(8);
        output.WriteLine($"{lockName} written: {change}; content version {version}.");
        return CliApp.Ok;
    }
}
