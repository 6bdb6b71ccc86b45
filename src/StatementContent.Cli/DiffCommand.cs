using System;
using System.Collections.Generic;
using System.CommandLine;
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
            using var scratch = new GitRevisions.Scratch(console);
            if (!GitRevisions.TryResolve(result.GetValue(older)!, result.GetValue(path)!, scratch, console, out string? oldFolder)
                || !GitRevisions.TryResolve(result.GetValue(newer)!, result.GetValue(path)!, scratch, console, out string? newFolder)
                || !CliApp.TryFolder(oldFolder, console, out ContentFolder? oldContent)
                || !CliApp.TryFolder(newFolder, console, out ContentFolder? newContent))
            {
                return CliApp.Usage;
            }

            foreach (ContentFolder content in new[] { oldContent, newContent }.Where(c => c.HasErrors))
            {
                console.WriteErrors(content);
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
        Dictionary<LockKey, LockItem> before = older.ToDictionary(i => i.Id);
        Dictionary<LockKey, LockItem> after = newer.ToDictionary(i => i.Id);
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
            else if (change.Kind == ChangeKind.Changed && before.TryGetValue(change.Id, out LockItem? old) && old.Text is not null
                && after.TryGetValue(change.Id, out LockItem? @new) && @new.Text is not null)
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

    private static IEnumerable<(string Language, string Text)> Names(Dictionary<LockKey, LockItem> items, string section, string partyKey) => items.Values
        .Where(i => i.Section == section && LockItems.IsNameOf(i.Key, partyKey) && i.Text is not null)
        .Select(i => (i.Key.Substring(partyKey.Length + 1), i.Text!));
}
