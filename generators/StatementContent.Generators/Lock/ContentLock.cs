using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Assembling;
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
/// The content as it is, against the content lock (docs/content-lock.md): what changed since the lock was written,
/// which translations are stale, and the lock text that would record the content as it is now.
/// </summary>
internal sealed class ContentLock
{
    public const string Unlocked = "unlocked";

    private readonly Dictionary<LockKey, LockEntry> _locked;
    private readonly Dictionary<LockKey, LockItem> _current;

    private ContentLock(string? lockPath, LockDoc? locked, List<LockItem> items)
    {
        LockPath = lockPath;
        Locked = locked;
        Items = items;
        _locked = new Dictionary<LockKey, LockEntry>();
        foreach (LockEntry entry in locked?.Entries ?? EquatableArray<LockEntry>.Empty)
        {
            _locked[entry.Id] = entry;
        }

        _current = items.ToDictionary(i => i.Id);
        Changes = locked is null ? new List<LockChange>() : FindChanges();
        Stale = locked is null ? new List<LockItem>() : Items.Where(IsStale).ToList();
    }

    /// <summary>The lock file, when the content has one.</summary>
    public string? LockPath { get; }

    /// <summary>The lock as read; null without a lock file (or with a malformed one: nothing is compared then).</summary>
    public LockDoc? Locked { get; }

    /// <summary>Every item of the content as it is now, in lock order.</summary>
    public List<LockItem> Items { get; }

    public List<LockChange> Changes { get; }

    /// <summary>Translations whose English text changed after they were made (and that did not change since).</summary>
    public List<LockItem> Stale { get; }

    /// <summary>The content version: the lock's, or <see cref="Unlocked"/>.</summary>
    public string Version => Locked is null ? Unlocked : Locked.Version.ToString(CultureInfo.InvariantCulture);

    /// <summary>The version <see cref="Update"/> records: one more than the lock's when anything changed (1 without a lock).</summary>
    public int NextVersion => Locked is null ? 1 : Locked.Version + (Changes.Count > 0 ? 1 : 0);

    /// <summary>
    /// The hash of every item: over each statement's line with its hash (<c>statement &lt;id&gt; sha256:…</c>), the
    /// <c>strings</c> line, and each item's key and short hash — no stamps, no <c>from</c> parts, so it names the content
    /// alone (docs/content-lock.md).
    /// </summary>
    public string ContentHash
    {
        get
        {
            var text = new StringBuilder();
            AppendItems(text, item => text.Append(item.Section).Append(' ').Append(item.Hash).Append('\n'), item => text.Append('\n'));
            return ContentHashing.Of(text.ToString());
        }
    }

    public static ContentLock Compare(ParsedFile[] files, IEnumerable<AssembledStatement> statements, UiStringTable strings)
    {
        // A party id given twice is reported (STC2007); its second entry adds nothing here.
        var seen = new HashSet<LockKey>();
        List<LockItem> items = statements
            .OrderBy(s => s.Model.Id, StringComparer.Ordinal)
            .SelectMany(LockItems.ForStatement)
            .Concat(LockItems.ForStrings(strings))
            .Where(item => seen.Add(item.Id))
            .ToList();
        ParsedFile? lockFile = files.FirstOrDefault(f => f.Kind == ContentFileKind.Lock);
        return new ContentLock(lockFile?.Path, lockFile?.Lock, items);
    }

    /// <summary>The changes from an older content's items to a newer one's, named as the lock names them (the diff command).</summary>
    public static ContentLock Between(IReadOnlyList<LockItem> older, List<LockItem> newer) =>
        new(null, new LockDoc(0, older.Where(item => item.Key.Length > 0).Select(item => item.ToEntry()).ToEquatableArray()), newer);

    /// <summary>
    /// The content against a lock that git could not merge: each item as the side that recorded the content as it is
    /// now (on a tie, the side that keeps a stale-translation record, so no stale translation comes back as fresh),
    /// and the higher floor — so <see cref="Update"/> never lowers the version and keeps every record.
    /// </summary>
    public ContentLock ResolvedWith(LockDoc ours, LockDoc theirs)
    {
        Dictionary<LockKey, LockEntry> other = theirs.Entries.ToDictionary(e => e.Id);
        var merged = new List<LockEntry>();
        foreach (LockEntry mine in ours.Entries)
        {
            merged.Add(other.TryGetValue(mine.Id, out LockEntry? their) ? Prefer(mine, their) : mine);
            other.Remove(mine.Id);
        }

        merged.AddRange(theirs.Entries.Where(e => other.ContainsKey(e.Id)));
        return new ContentLock(LockPath, new LockDoc(Math.Max(ours.Floor, theirs.Floor), merged.ToEquatableArray()), Items);
    }

    /// <summary>Changes as STC4001 and stale translations as STC4002: errors, and not configurable, under the strict lock.</summary>
    public void Report(DiagnosticBag diagnostics, bool strict)
    {
        foreach (LockChange change in Changes)
        {
            diagnostics.Report(DiagnosticDescriptors.ContentChangedSinceLock, strict, change.Path, change.Span, change.Message);
        }

        foreach (LockItem item in Stale)
        {
            diagnostics.Report(DiagnosticDescriptors.StaleTranslation, strict, item.Path, item.Span, item.What, _current[item.Source!.Value].What);
        }
    }

    /// <summary>
    /// The lock that records the content as it is. When anything changed, the version goes up by one: every added or
    /// changed item is stamped with it (a removal alone raises the floor). Unchanged items keep their stamps, so a
    /// branch's lock changes only its own items' lines. A translation keeps the English hash it was made from while
    /// its own text is unchanged — so a stale translation stays stale — unless <paramref name="confirmTranslations"/>
    /// says the translator checked them all.
    /// </summary>
    public string Update(bool confirmTranslations)
    {
        int version = NextVersion;
        var text = new StringBuilder();
        text.Append("# The content as last reviewed, item by item (docs/content-lock.md). Written by 'statement lock';\n");
        text.Append("# do not edit it by hand. A change to the content that this file does not record is warning STC4001.\n");
        text.Append(ContentLockParser.FormatLine).Append('\n');
        int floor = Math.Max(Locked?.Floor ?? 0, Changes.Count > 0 ? version : 0);
        int highestStamp = Items.Where(i => i.Key.Length > 0).Select(Stamp).DefaultIfEmpty(0).Max();
        if (floor > highestStamp)
        {
            text.Append(ContentLockParser.FloorWord).Append(' ').Append(floor.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        AppendItems(
            text,
            item => text.Append(item.Section).Append('\n'),
            item =>
            {
                string? source = From(item);
                if (source is not null)
                {
                    text.Append(' ').Append(ContentLockParser.FromWord).Append(' ').Append(source);
                }

                text.Append(' ').Append(ContentLockParser.StampMark).Append(Stamp(item).ToString(CultureInfo.InvariantCulture)).Append('\n');
            });
        return text.ToString();

        int Stamp(LockItem item) => _locked.TryGetValue(item.Id, out LockEntry? old) && old.Hash == item.ShortHash ? old.Stamp : version;

        string? From(LockItem item)
        {
            if (item.Source is not { } english)
            {
                return null;
            }

            bool keep = !confirmTranslations && _locked.TryGetValue(item.Id, out LockEntry? old) && old.Hash == item.ShortHash && old.From is not null;
            return keep ? _locked[item.Id].From : _current[english].ShortHash;
        }
    }

    /// <summary>
    /// The items in lock order: a section's own line (a statement's, or <c>strings</c>), then each item's key and
    /// short hash, indented; <paramref name="endItem"/> ends an item's line.
    /// </summary>
    private void AppendItems(StringBuilder text, Action<LockItem> statementLine, Action<LockItem> endItem)
    {
        string? section = null;
        foreach (LockItem item in Items)
        {
            if (item.Section != section && item.Section == ContentLockParser.StringsSection)
            {
                text.Append(ContentLockParser.StringsSection).Append('\n');
            }

            section = item.Section;
            if (item.Key.Length == 0)
            {
                statementLine(item);
                continue;
            }

            text.Append("  ").Append(item.Key).Append(' ').Append(item.ShortHash);
            endItem(item);
        }
    }

    /// <summary>
    /// Of one item as two branches recorded it: the side whose hash is the content's; on a tie, the one that keeps a
    /// stale-translation record, then the later stamp.
    /// </summary>
    private LockEntry Prefer(LockEntry ours, LockEntry theirs)
    {
        if (ours == theirs)
        {
            return ours;
        }

        _current.TryGetValue(ours.Id, out LockItem? item);
        bool oursCurrent = item is not null && ours.Hash == item.ShortHash;
        bool theirsCurrent = item is not null && theirs.Hash == item.ShortHash;
        if (oursCurrent != theirsCurrent)
        {
            return oursCurrent ? ours : theirs;
        }

        string? english = item?.Source is { } source && _current.TryGetValue(source, out LockItem? found) ? found.ShortHash : null;
        bool oursStale = ours.From is not null && ours.From != english;
        bool theirsStale = theirs.From is not null && theirs.From != english;
        if (oursStale != theirsStale)
        {
            return oursStale ? ours : theirs;
        }

        return theirs.Stamp > ours.Stamp ? theirs : ours;
    }

    private bool IsStale(LockItem item) =>
        item.Source is { } source
        && _locked.TryGetValue(item.Id, out LockEntry? locked)
        && locked.From is not null
        && locked.Hash == item.ShortHash
        && _current.TryGetValue(source, out LockItem? english)
        && english.ShortHash != locked.From;

    /// <summary>Named changes: statements added or removed; parties added, removed, moved or changed; texts added, removed or changed.</summary>
    private List<LockChange> FindChanges()
    {
        var changes = new List<LockChange>();
        var lockedSections = new HashSet<string>(Locked!.Entries.Select(e => e.Section), StringComparer.Ordinal);
        var currentSections = new HashSet<string>(Items.Select(i => i.Section), StringComparer.Ordinal);
        foreach (IGrouping<string, LockItem> section in Items.GroupBy(i => i.Section))
        {
            LockItem head = section.First();
            var whole = new LockKey(section.Key, "");
            if (!lockedSections.Contains(section.Key))
            {
                changes.Add(new LockChange(whole.StatementId is null ? "UI strings added" : head.What + " added", head.Path, head.Span, ChangeKind.Added, whole));
            }
            else
            {
                CompareSection(whole, section.ToList(), changes);
            }
        }

        foreach (string removed in lockedSections.Where(s => !currentSections.Contains(s)))
        {
            LockEntry first = Locked.Entries.First(e => e.Section == removed);
            var whole = new LockKey(removed, "");
            changes.Add(new LockChange(whole.StatementId is { } id ? $"statement '{id}' removed" : "all UI strings removed", first.Path, first.Span, ChangeKind.Removed, whole));
        }

        return changes;
    }

    private void CompareSection(LockKey section, List<LockItem> items, List<LockChange> changes)
    {
        List<LockEntry> locked = Locked!.Entries.Where(e => e.Section == section.Section).ToList();
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
                changes.Add(new LockChange($"party '{id}' moved from group '{was.Group}' to group '{group}'", item.Path, item.Span, ChangeKind.Moved, item.Id));
            }
            else if (was.Entry.Hash != item.ShortHash)
            {
                List<string> names = items.Where(i => i.Id.IsNameOf(item.Id) && !Same(i)).Select(i => i.Id.NameLanguage(item.Id)).ToList();
                names.AddRange(locked.Where(e => e.Id.IsNameOf(was.Entry.Id) && !_current.ContainsKey(item.Id.In(e.Id.NameLanguage(was.Entry.Id)))).Select(e => e.Id.NameLanguage(was.Entry.Id) + " (removed)"));
                string what = names.Count == 0 ? "country changed" : string.Join(", ", names) + " name changed";
                changes.Add(new LockChange($"party '{id}': {what}", item.Path, item.Span, ChangeKind.Changed, item.Id));
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

        // Everything else, item by item (the statement's own line only sums them up).
        foreach (LockItem item in items.Where(i => i.Key.Length > 0 && !partyNames.Contains(i.Id) && !i.Id.IsParty))
        {
            if (!_locked.TryGetValue(item.Id, out LockEntry? entry))
            {
                changes.Add(new LockChange(item.What + " added", item.Path, item.Span, ChangeKind.Added, item.Id));
            }
            else if (entry.Hash != item.ShortHash)
            {
                changes.Add(new LockChange(item.What + " changed", item.Path, item.Span, ChangeKind.Changed, item.Id));
            }
        }

        foreach (LockEntry entry in locked.Where(e => e.Key.Length > 0 && !partyNames.Contains(e.Id) && !e.Id.IsParty && !_current.ContainsKey(e.Id)))
        {
            changes.Add(new LockChange($"'{entry.Key}' removed", entry.Path, entry.Span, ChangeKind.Removed, entry.Id));
        }
    }

    private bool Same(LockItem item) => _locked.TryGetValue(item.Id, out LockEntry? entry) && entry.Hash == item.ShortHash;

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
