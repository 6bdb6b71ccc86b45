using System;
using System.Collections.Generic;
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
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        string folder = "content";
        bool check = false, confirm = false;
        foreach (string arg in args)
        {
            switch (arg)
            {
                case "--check":
                    check = true;
                    break;
                case "--confirm-translations":
                    confirm = true;
                    break;
                default:
                    if (arg.StartsWith("-", StringComparison.Ordinal))
                    {
                        error.WriteLine($"Unknown option '{arg}'. Run 'statement help' for usage.");
                        return CliApp.Usage;
                    }

                    folder = arg;
                    break;
            }
        }

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
            errors.ForEach(d => error.WriteLine(Format(content, d)));
            error.WriteLine($"The content has {errors.Count} error(s); fix them before locking it.");
            return CliApp.NotFound;
        }

        string lockName = content.Display(content.LockPath);
        foreach (DiagnosticInfo diagnostic in content.Assembly.Diagnostics.Where(d => d.Id is "STC4001" or "STC4002" or "STC4003"))
        {
            output.WriteLine(Format(content, diagnostic));
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

        File.WriteAllText(content.LockPath, updated);
        string version = updated.Split('\n').First(line => line.StartsWith("version ", StringComparison.Ordinal)).Substring(8);
        output.WriteLine($"{lockName} written: {change}; content version {version}.");
        return CliApp.Ok;
    }

    /// <summary>MSBuild's format, so editors and CI annotate it: <c>path(line,col): warning ID: message</c>.</summary>
    public static string Format(ContentFolder content, DiagnosticInfo info)
    {
        Diagnostic diagnostic = info.ToDiagnostic();
        string where = info.FilePath.Length == 0 ? "" : $"{content.Display(info.FilePath)}({info.Span.StartLine + 1},{info.Span.StartColumn + 1}): ";
        string severity = info.Severity.ToString().ToLowerInvariant();
        return where + severity + " " + info.Id + ": " + diagnostic.GetMessage(CultureInfo.InvariantCulture);
    }
}
