using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Formats.Tar;
using System.IO;
using System.Linq;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Parsing;

namespace StatementContent.Cli;

/// <summary>One change between two contents, as <c>statement diff</c> reports it.</summary>
/// <param name="Section"><c>statement &lt;id&gt;</c> or <c>strings</c>.</param>
/// <param name="Kind">added, removed, changed, moved or renamed.</param>
/// <param name="Details">Old and new names of a renamed party, or a word-level diff of a changed text.</param>
internal sealed record DiffChange(string Section, string Kind, string Message, IReadOnlyList<string> Details);

internal sealed record DiffReport(string Old, string New, IReadOnlyList<DiffChange> Changes);

/// <summary>
/// <c>statement diff &lt;old&gt; &lt;new&gt;</c>: what changed between two content folders (or two git revisions of one),
/// per statement — what a reviewer reads on a pull request that adds a signatory. Changes are found by the content
/// lock's rule (the same words as STC4001); texts get a short word-level diff.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var older = new Argument<string>("old") { Description = "The older content: a folder, or a git revision (e.g. HEAD~1, main) of --path in the current repository." };
        var newer = new Argument<string>("new") { Description = "The newer content: a folder, or a git revision." };
        var path = new Option<string>("--path") { Description = "The content folder, from the repository's root, for git revisions (default: content).", DefaultValueFactory = _ => "content" };
        Option<string> format = CliApp.FormatOption("text", "text", "json");
        var exitCode = new Option<bool>("--exit-code") { Description = "Exit 1 when the contents differ and 0 when they do not, as git diff --exit-code (without it, 0 either way)." };
        var command = new Command("diff", "Compare two contents: parties added, removed, moved or renamed per group, texts changed per language (with a word diff), metadata.") { older, newer, path, format, exitCode };
        command.SetAction(result =>
        {
            using var scratch = new Scratch(console);
            if (!TryResolve(result.GetValue(older)!, result.GetValue(path)!, scratch, console, out string? oldFolder)
                || !TryResolve(result.GetValue(newer)!, result.GetValue(path)!, scratch, console, out string? newFolder)
                || !CliApp.TryFolder(oldFolder, console, out ContentFolder? oldContent)
                || !CliApp.TryFolder(newFolder, console, out ContentFolder? newContent))
            {
                return CliApp.Usage;
            }

            foreach (ContentFolder content in new[] { oldContent, newContent }.Where(c => c.HasErrors))
            {
                content.Diagnostics.Where(d => d.IsError).ToList().ForEach(d => console.WriteFinding(Finding.From(content, d)));
                return CliApp.ContentErrors;
            }

            var report = new DiffReport(result.GetValue(older)!, result.GetValue(newer)!, Compare(oldContent.Lock!.Items, newContent.Lock!.Items));
            int exit = result.GetValue(exitCode) && report.Changes.Count > 0 ? CliApp.ContentErrors : CliApp.Ok;
            if (result.GetValue(format) == "json")
            {
                console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(report, CliJson.Default.DiffReport));
                return exit;
            }

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
                    string mark = change.Kind switch { "added" => "+", "removed" => "-", _ => "~" };
                    console.Out.WriteLine($"  {mark} {change.Message}");
                    change.Details.ToList().ForEach(detail => console.Out.WriteLine("      " + detail));
                }
            }

            return exit;
        });
        return command;
    }

    /// <summary>The changes from <paramref name="older"/> to <paramref name="newer"/>, in content order, renames recognised.</summary>
    public static IReadOnlyList<DiffChange> Compare(IReadOnlyList<LockItem> older, List<LockItem> newer)
    {
        Dictionary<string, LockItem> before = older.ToDictionary(i => i.Id, StringComparer.Ordinal);
        Dictionary<string, LockItem> after = newer.ToDictionary(i => i.Id, StringComparer.Ordinal);
        List<LockChange> changes = ContentLock.Between(older, newer).Changes;
        var report = new List<DiffChange>();
        var paired = new HashSet<LockChange>();
        foreach (LockChange change in changes)
        {
            if (paired.Contains(change))
            {
                continue;
            }

            if (LockItems.IsPartyKey(change.Key) && change.Kind == ChangeKind.Added && RenamedFrom(change, changes, paired) is { } removed)
            {
                // One party out and one in, in the same group: the editor renamed it (id and name), not a new subscriber.
                paired.Add(removed);
                report.Add(new DiffChange(change.Section, "renamed", $"party '{LockItems.PartyOf(removed.Key).Id}' renamed to '{LockItems.PartyOf(change.Key).Id}' in group '{LockItems.PartyOf(change.Key).Group}'",
                    Names(before, removed.Section, removed.Key).Zip(Names(after, change.Section, change.Key), (o, n) => $"{o.Language}: '{o.Text}' → '{n.Text}'").ToList()));
            }
            else if (LockItems.IsPartyKey(change.Key) && change.Kind == ChangeKind.Changed)
            {
                List<string> names = Names(before, change.Section, change.Key)
                    .Join(Names(after, change.Section, change.Key), o => o.Language, n => n.Language, (o, n) => (o.Language, Old: o.Text, New: n.Text))
                    .Where(pair => pair.Old != pair.New)
                    .Select(pair => $"{pair.Language}: '{pair.Old}' → '{pair.New}'")
                    .ToList();
                report.Add(names.Count > 0
                    ? new DiffChange(change.Section, "renamed", $"party '{LockItems.PartyOf(change.Key).Id}' renamed", names)
                    : new DiffChange(change.Section, "changed", change.Message, Array.Empty<string>()));
            }
            else if (change.Kind == ChangeKind.Added && LockItems.IsPartyKey(change.Key))
            {
                report.Add(new DiffChange(change.Section, "added", change.Message, Names(after, change.Section, change.Key).Select(n => $"{n.Language}: {n.Text}").ToList()));
            }
            else if (change.Kind == ChangeKind.Changed && before.TryGetValue(change.Section + "\n" + change.Key, out LockItem? old) && old.Text is not null
                && after.TryGetValue(change.Section + "\n" + change.Key, out LockItem? @new) && @new.Text is not null)
            {
                report.Add(new DiffChange(change.Section, "changed", change.Message, new[] { WordDiff.Of(old.Text, @new.Text) }));
            }
            else
            {
                report.Add(new DiffChange(change.Section, change.Kind.ToString().ToLowerInvariant(), change.Message, Array.Empty<string>()));
            }
        }

        return report;
    }

    private static LockChange? RenamedFrom(LockChange added, List<LockChange> changes, HashSet<LockChange> paired)
    {
        List<LockChange> removed = changes.Where(c => c.Kind == ChangeKind.Removed && c.Section == added.Section && LockItems.IsPartyKey(c.Key) && LockItems.PartyOf(c.Key).Group == LockItems.PartyOf(added.Key).Group && !paired.Contains(c)).ToList();
        List<LockChange> addedHere = changes.Where(c => c.Kind == ChangeKind.Added && c.Section == added.Section && LockItems.IsPartyKey(c.Key) && LockItems.PartyOf(c.Key).Group == LockItems.PartyOf(added.Key).Group).ToList();
        return removed.Count == 1 && addedHere.Count == 1 ? removed[0] : null;
    }

    private static IEnumerable<(string Language, string Text)> Names(Dictionary<string, LockItem> items, string section, string partyKey) => items.Values
        .Where(i => i.Section == section && LockItems.IsNameOf(i.Key, partyKey) && i.Text is not null)
        .Select(i => (i.Key.Substring(partyKey.Length + 1), i.Text!));

    /// <summary>
    /// A folder as given, or a git revision's copy of <paramref name="path"/>. The revision is resolved to a commit
    /// id first (<c>rev-parse --verify --end-of-options</c>), and only that id reaches <c>git archive</c>: nothing
    /// typed as a revision or a path can become a git option (<c>--output=…</c>, <c>-c…</c>, <c>--upload-pack=…</c>).
    /// </summary>
    private static bool TryResolve(string argument, string path, Scratch scratch, CliConsole console, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? folder)
    {
        folder = argument;
        if (Directory.Exists(argument))
        {
            return true;
        }

        string relative = path.Replace('\\', '/').TrimEnd('/');
        if (relative.Length == 0 || Path.IsPathRooted(relative) || relative.Split('/').Contains(".."))
        {
            console.Error.WriteLine($"--path '{path}' must be a folder's path from the repository's root, such as 'content'.");
            return false;
        }

        string target = scratch.NewFolder();
        try
        {
            if (Git(null, out string root, out string error, "rev-parse", "--show-toplevel") != 0)
            {
                console.Error.WriteLine($"'{argument}' is not a folder, nor a git revision: this is not inside a git repository ({error}).");
                return false;
            }

            root = root.TrimEnd('\n', '\r');
            if (Git(root, out string commit, out error, "rev-parse", "--verify", "--end-of-options", argument + "^{commit}") != 0)
            {
                console.Error.WriteLine($"'{argument}' is neither a folder nor a git revision ({error}).");
                return false;
            }

            // The revision's tree from the repository's root, so --path means the same from any folder inside it.
            if (Git(root, stdout => ExtractTar(stdout, target, console), out error, "--literal-pathspecs", "archive", "--format=tar", commit.Trim(), "--", relative) != 0)
            {
                console.Error.WriteLine($"Revision '{argument}' has no '{relative}' to compare ({error}).");
                return false;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            console.Error.WriteLine($"'{argument}' is not a folder, and git is not installed to read it as a revision.");
            return false;
        }

        folder = Path.Combine(target, relative);
        return true;
    }

    /// <summary>
    /// Files and folders of git's tar into <paramref name="target"/>, and never anywhere else: entries are
    /// created new (never over a file or through a link), links last, each as a link for the content folder's own
    /// rule to judge (one leading out is STC1107, as in a working tree). A file past the size limit becomes a
    /// sparse file of its length, for the reader to refuse (STC1106) without the copy.
    /// </summary>
    private static void ExtractTar(Stream tar, string target, CliConsole console)
    {
        using var reader = new TarReader(tar, leaveOpen: true);
        var links = new List<(string Path, string Target)>();
        while (reader.GetNextEntry() is { } entry)
        {
            string destination = Path.GetFullPath(Path.Combine(target, entry.Name));
            if (!FileFacts.IsInside(destination, target) || destination == target)
            {
                continue;
            }

            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    Directory.CreateDirectory(destination);
                    break;
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile:
                    Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                    using (var file = new FileStream(destination, FileMode.CreateNew, FileAccess.Write))
                    {
                        if (entry.Length > SafeFiles.MaxReadBytes)
                        {
                            file.SetLength(entry.Length);
                        }
                        else
                        {
                            entry.DataStream?.CopyTo(file);
                        }
                    }

                    break;
                case TarEntryType.SymbolicLink:
                    links.Add((destination, entry.LinkName));
                    break;
            }
        }

        foreach ((string link, string linkTarget) in links)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(link)!);
                File.CreateSymbolicLink(link, linkTarget);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"'{Path.GetRelativePath(target, link)}' is a link in that revision, and could not be made here ({ex.Message}); it is left out.");
            }
        }
    }

    /// <summary>Runs git (in <paramref name="folder"/>, else the current folder) with no terminal prompt; its exit code.</summary>
    private static int Git(string? folder, out string output, out string error, params string[] args)
    {
        string text = "";
        int code = Git(folder, stdout => text = new StreamReader(stdout).ReadToEnd(), out error, args);
        output = text;
        return code;
    }

    private static int Git(string? folder, Action<Stream> readOutput, out string error, params string[] args)
    {
        var git = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        git.Environment["GIT_TERMINAL_PROMPT"] = "0";
        if (folder is not null)
        {
            git.ArgumentList.Add("-C");
            git.ArgumentList.Add(folder);
        }

        foreach (string arg in args)
        {
            git.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(git)!;
        process.StandardInput.Close();
        System.Threading.Tasks.Task<string> errors = process.StandardError.ReadToEndAsync();
        string? unreadable = null;
        try
        {
            readOutput(process.StandardOutput.BaseStream);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            unreadable = ex.Message;
        }
        finally
        {
            // Whatever the reader left (it stops at the tar's end), so git can finish writing.
            process.StandardOutput.BaseStream.CopyTo(Stream.Null);
            process.WaitForExit();
        }

        error = errors.GetAwaiter().GetResult().Trim();
        if (process.ExitCode == 0 && unreadable is not null)
        {
            error = "git's output could not be read: " + unreadable;
            return -1;
        }

        return process.ExitCode;
    }

    /// <summary>Temporary folders for extracted revisions, deleted afterwards.</summary>
    private sealed class Scratch(CliConsole console) : IDisposable
    {
        private readonly List<string> _folders = new();

        public string NewFolder()
        {
            string folder = Directory.CreateTempSubdirectory("statement-diff-").FullName;
            _folders.Add(folder);
            return folder;
        }

        public void Dispose()
        {
            foreach (string folder in _folders)
            {
                try
                {
                    Directory.Delete(folder, recursive: true); // links inside are removed, not followed
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine($"Could not remove the temporary folder '{folder}': {ex.Message}");
                }
            }
        }
    }
}
