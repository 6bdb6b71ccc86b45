using System;
using System.Collections.Generic;
using System.Linq;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Lock;

/// <summary>What happened to an item: the words the messages and the diff command use.</summary>
internal enum ChangeKind
{
    Added,
    Removed,
    Changed,
    Moved,
}

/// <summary>A change between the content lock (or an older content) and the content, located at the content (or, for what was removed, where it was).</summary>
/// <param name="Id">The section (<c>statement &lt;id&gt;</c> or <c>strings</c>) and the item: a party's own key for party changes, else the text's key; empty for a whole section.</param>
internal sealed record LockChange(string Message, string Path, FileSpan Span, ChangeKind Kind, LockKey Id)
{
    public string Section => Id.Section;

    public string Key => Id.Item;
}

/// <summary>
/// The changes from a lock (or an older content's items) to the content's items, named as a reviewer reads them:
/// a party added, removed, moved to another group or changed (its names or its country) is one change, not one
/// per item; every other item is added, removed or changed on its own.
/// </summary>
internal static class LockChanges
{
    /// <summary>Named changes: statements added or removed; parties added, removed, moved or changed; texts added, removed or changed.</summary>
    public static List<LockChange> Find(LockDoc lockDoc, List<LockItem> items, Dictionary<LockKey, LockEntry> lockedById, Dictionary<LockKey, LockItem> current)
    {
        var changes = new List<LockChange>();
        var lockedSections = new HashSet<string>(lockDoc.Entries.Select(e => e.Section), StringComparer.Ordinal);
        var currentSections = new HashSet<string>(items.Select(i => i.Section), StringComparer.Ordinal);
        foreach (IGrouping<string, LockItem> section in items.GroupBy(i => i.Section))
        {
            LockItem head = section.First();
            var whole = new LockKey(section.Key, "");
            if (!lockedSections.Contains(section.Key))
            {
                changes.Add(new LockChange(whole.StatementId is null ? "UI strings added" : head.What + " added", head.Path, head.Span, ChangeKind.Added, whole));
            }
            else
            {
                CompareSection(whole, section.ToList(), lockDoc, lockedById, current, changes);
            }
        }

        foreach (string removed in lockedSections.Where(s => !currentSections.Contains(s)))
        {
            LockEntry first = lockDoc.Entries.First(e => e.Section == removed);
            var whole = new LockKey(removed, "");
            changes.Add(new LockChange(whole.StatementId is { } id ? $"statement '{id}' removed" : "all UI strings removed", first.Path, first.Span, ChangeKind.Removed, whole));
        }

        return changes;
    }

    private static void CompareSection(
        LockKey section,
        List<LockItem> items,
        LockDoc lockDoc,
        Dictionary<LockKey, LockEntry> lockedById,
        Dictionary<LockKey, LockItem> current,
        List<LockChange> changes)
    {
        List<LockEntry> locked = lockDoc.Entries.Where(e => e.Section == section.Section).ToList();
        Dictionary<string, (string Group, LockEntry Entry)> lockedParties = Parties(locked.Select(e => (e.Id, e)));
        Dictionary<string, (string Group, LockItem Item)> currentParties = Parties(items.Select(i => (i.Id, i)));
        var partyNames = new HashSet<LockKey>();

        foreach (KeyValuePair<string, (string Group, LockItem Item)> party in currentParties)
        {
            string id = party.Key;
            (string group, LockItem item) = party.Value;
            if (!lockedParties.TryGetValue(id, out (string Group, LockEntry Entry) was))
            {
                changes.Add(new LockChange($"party '{id}' added to group '{group}'", item.Path, item.Span, ChangeKind.Added, item.Id));
            }
            else if (was.Group != group)
            {
                // Moved and edited in one go: both are named, so the edit is not hidden behind the move.
                string edited = was.Entry.Hash != item.ShortHash ? "; " + WhatChanged(item, was.Entry) : "";
                changes.Add(new LockChange($"party '{id}' moved from group '{was.Group}' to group '{group}'{edited}", item.Path, item.Span, ChangeKind.Moved, item.Id));
            }
            else if (was.Entry.Hash != item.ShortHash)
            {
                changes.Add(new LockChange($"party '{id}': {WhatChanged(item, was.Entry)}", item.Path, item.Span, ChangeKind.Changed, item.Id));
            }

            partyNames.UnionWith(items.Where(i => i.Id.IsNameOf(item.Id)).Select(i => i.Id));
            if (lockedParties.TryGetValue(id, out was))
            {
                partyNames.UnionWith(locked.Where(e => e.Id.IsNameOf(was.Entry.Id)).Select(e => e.Id));
            }
        }

        foreach (KeyValuePair<string, (string Group, LockEntry Entry)> party in lockedParties.Where(p => !currentParties.ContainsKey(p.Key)))
        {
            changes.Add(new LockChange($"party '{party.Key}' removed from group '{party.Value.Group}'", party.Value.Entry.Path, party.Value.Entry.Span, ChangeKind.Removed, party.Value.Entry.Id));
            partyNames.UnionWith(locked.Where(e => e.Id.IsNameOf(party.Value.Entry.Id)).Select(e => e.Id));
        }

        // A party's names that differ from the lock's (a name in a language the lock has and the content no longer
        // has is "removed"); when none does, its country changed.
        string WhatChanged(LockItem item, LockEntry was)
        {
            List<string> names = items.Where(i => i.Id.IsNameOf(item.Id) && !SameName(i, item, was)).Select(i => i.Id.NameLanguage(item.Id)).ToList();
            names.AddRange(locked.Where(e => e.Id.IsNameOf(was.Id) && !current.ContainsKey(item.Id.In(e.Id.NameLanguage(was.Id)))).Select(e => e.Id.NameLanguage(was.Id) + " (removed)"));
            return names.Count == 0 ? "country changed" : string.Join(", ", names) + " name changed";
        }

        // A name compares with the lock's name of the same language, under the party's key there (its group may differ).
        bool SameName(LockItem name, LockItem party, LockEntry was) =>
            lockedById.TryGetValue(was.Id.In(name.Id.NameLanguage(party.Id)), out LockEntry? entry) && entry.Hash == name.ShortHash;

        // Everything else, item by item (the statement's own line only sums them up).
        foreach (LockItem item in items.Where(i => i.Key.Length > 0 && !partyNames.Contains(i.Id) && !i.Id.IsParty))
        {
            if (!lockedById.TryGetValue(item.Id, out LockEntry? entry))
            {
                changes.Add(new LockChange(item.What + " added", item.Path, item.Span, ChangeKind.Added, item.Id));
            }
            else if (entry.Hash != item.ShortHash)
            {
                changes.Add(new LockChange(item.What + " changed", item.Path, item.Span, ChangeKind.Changed, item.Id));
            }
        }

        foreach (LockEntry entry in locked.Where(e => e.Key.Length > 0 && !partyNames.Contains(e.Id) && !e.Id.IsParty && !current.ContainsKey(e.Id)))
        {
            changes.Add(new LockChange($"'{entry.Key}' removed", entry.Path, entry.Span, ChangeKind.Removed, entry.Id));
        }
    }

    /// <summary>Party items (<c>party &lt;group&gt;/&lt;id&gt;</c>) by party id, with their group.</summary>
    private static Dictionary<string, (string Group, T Value)> Parties<T>(IEnumerable<(LockKey Key, T Value)> entries)
    {
        var parties = new Dictionary<string, (string, T)>(StringComparer.Ordinal);
        foreach ((LockKey key, T value) in entries.Where(e => e.Key.IsParty))
        {
            (string group, string id) = key.Party;
            parties[id] = (group, value);
        }

        return parties;
    }
}
