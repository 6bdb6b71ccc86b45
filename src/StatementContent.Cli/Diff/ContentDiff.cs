using System;
using System.Collections.Generic;
using System.Linq;
using StatementContent.Generators.Assembling;

namespace StatementContent.Cli;

/// <summary>One change between two contents, as <c>statement diff</c> reports it.</summary>
/// <param name="Section"><c>statement &lt;id&gt;</c> or <c>strings</c>.</param>
/// <param name="Details">Old and new names of a renamed party, or a word-level diff of a changed text.</param>
internal sealed record DiffChange(string Section, DiffKind Kind, string Message, IReadOnlyList<string> Details);

internal sealed record DiffReport(string Old, string New, IReadOnlyList<DiffChange> Changes);

/// <summary>
/// What changed between two contents, per statement — what a reviewer reads on a pull request that adds a
/// signatory. Changes are found by the content lock's rule (the same words as STC4001), renames recognised; texts
/// get a short word-level diff (<see cref="WordDiff"/>).
/// </summary>
internal static class ContentDiff
{
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
                report.Add(new DiffChange(change.Section, DiffKind.Renamed, $"party '{LockItems.PartyOf(removed.Key).Id}' renamed to '{LockItems.PartyOf(change.Key).Id}' in group '{LockItems.PartyOf(change.Key).Group}'",
                    NameChanges(Names(before, removed.Section, removed.Key), Names(after, change.Section, change.Key))));
            }
            else if (LockItems.IsPartyKey(change.Key) && change.Kind == ChangeKind.Changed)
            {
                List<string> names = NameChanges(Names(before, change.Section, change.Key), Names(after, change.Section, change.Key));
                report.Add(names.Count > 0
                    ? new DiffChange(change.Section, DiffKind.Renamed, $"party '{LockItems.PartyOf(change.Key).Id}' renamed", names)
                    : new DiffChange(change.Section, DiffKind.Changed, change.Message, Array.Empty<string>()));
            }
            else if (LockItems.IsPartyKey(change.Key) && change.Kind == ChangeKind.Moved && PartyBefore(older, change) is { } was)
            {
                // Moved, and perhaps renamed on the way: the message says so, the details show the names.
                report.Add(new DiffChange(change.Section, DiffKind.Moved, change.Message, NameChanges(Names(before, was.Section, was.Key), Names(after, change.Section, change.Key))));
            }
            else if (change.Kind == ChangeKind.Added && LockItems.IsPartyKey(change.Key))
            {
                report.Add(new DiffChange(change.Section, DiffKind.Added, change.Message, Names(after, change.Section, change.Key).Select(n => $"{n.Language}: {n.Text}").ToList()));
            }
            else if (change.Kind == ChangeKind.Changed && before.TryGetValue(change.Id, out LockItem? old) && old.Text is not null
                && after.TryGetValue(change.Id, out LockItem? @new) && @new.Text is not null)
            {
                report.Add(new DiffChange(change.Section, DiffKind.Changed, change.Message, new[] { WordDiff.Of(old.Text, @new.Text) }));
            }
            else
            {
                report.Add(new DiffChange(change.Section, KindOf(change.Kind), change.Message, Array.Empty<string>()));
            }
        }

        return report;
    }

    private static DiffKind KindOf(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => DiffKind.Added,
        ChangeKind.Removed => DiffKind.Removed,
        ChangeKind.Moved => DiffKind.Moved,
        _ => DiffKind.Changed,
    };

    private static LockChange? RenamedFrom(LockChange added, List<LockChange> changes, HashSet<LockChange> paired)
    {
        List<LockChange> removed = changes.Where(c => c.Kind == ChangeKind.Removed && c.Section == added.Section && LockItems.IsPartyKey(c.Key) && LockItems.PartyOf(c.Key).Group == LockItems.PartyOf(added.Key).Group && !paired.Contains(c)).ToList();
        List<LockChange> addedHere = changes.Where(c => c.Kind == ChangeKind.Added && c.Section == added.Section && LockItems.IsPartyKey(c.Key) && LockItems.PartyOf(c.Key).Group == LockItems.PartyOf(added.Key).Group).ToList();
        return removed.Count == 1 && addedHere.Count == 1 ? removed[0] : null;
    }

    /// <summary>The party's item in the older content, under its old key (another group).</summary>
    private static LockItem? PartyBefore(IReadOnlyList<LockItem> older, LockChange moved) => older.FirstOrDefault(i =>
        i.Section == moved.Section && LockItems.IsPartyKey(i.Key) && LockItems.PartyOf(i.Key).Id == LockItems.PartyOf(moved.Key).Id);

    /// <summary>Names that differ, language by language: changed, added in a language, or removed from one.</summary>
    private static List<string> NameChanges(IEnumerable<(string Language, string Text)> older, IEnumerable<(string Language, string Text)> newer)
    {
        List<(string Language, string Text)> was = older.ToList(), now = newer.ToList();
        var changes = new List<string>();
        foreach ((string language, string text) in was)
        {
            string? current = now.Where(n => n.Language == language).Select(n => n.Text).FirstOrDefault();
            if (current is null)
            {
                changes.Add($"{language}: '{text}' (removed)");
            }
            else if (current != text)
            {
                changes.Add($"{language}: '{text}' → '{current}'");
            }
        }

        changes.AddRange(now.Where(n => !was.Any(w => w.Language == n.Language)).Select(n => $"{n.Language}: '{n.Text}' (added)"));
        return changes;
    }

    private static IEnumerable<(string Language, string Text)> Names(Dictionary<LockKey, LockItem> items, string section, string partyKey) => items.Values
        .Where(i => i.Section == section && LockItems.IsNameOf(i.Key, partyKey) && i.Text is not null)
        .Select(i => (i.Key.Substring(partyKey.Length + 1), i.Text!));
}
