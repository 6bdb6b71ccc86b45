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
                    ? new DiffChange(change.Section, DiffKind.Renamed, $"party '{LockItems.PartyOf(change.Key).Id}' renamed", names)
                    : new DiffChange(change.Section, DiffKind.Changed, change.Message, Array.Empty<string>()));
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

    private static IEnumerable<(string Language, string Text)> Names(Dictionary<LockKey, LockItem> items, string section, string partyKey) => items.Values
        .Where(i => i.Section == section && LockItems.IsNameOf(i.Key, partyKey) && i.Text is not null)
        .Select(i => (i.Key.Substring(partyKey.Length + 1), i.Text!));
}
