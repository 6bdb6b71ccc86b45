using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;

namespace StatementContent.Generators.Assembling;

/// <summary>What happened to an item: the words the messages and the diff command use.</summary>
internal enum ChangeKind
{
    Added,
    Removed,
    Changed,
    Moved,
}

/// <summary>A change between the content lock (or an older content) and the content, located at the content (or, for what was removed, where it was).</summary>
/// <param name="Section">The statement section (<c>statement &lt;id&gt;</c>) or <c>strings</c>.</param>
/// <param name="Key">The item: a party's own key for party changes, else the text's key; empty for a whole statement.</param>
internal sealed record LockChange(string Message, string Path, FileSpan Span, ChangeKind Kind = ChangeKind.Changed, string Section = "", string Key = "");

/// <summary>
/// The content as it is, against the content lock (docs/content-lock.md): what changed since the lock was written,
/// which translations are stale, and the lock text that would record the content as it is now.
/// </summary>
internal sealed class ContentLock
{
    public const string Unlocked = "unlocked";

    private readonly Dictionary<string, LockEntry> _locked;
    private readonly Dictionary<string, LockItem> _current;

    private ContentLock(string? lockPath, LockDoc? locked, List<LockItem> items)
    {
        LockPath = lockPath;
        Locked = locked;
        Items = items;
        _locked = new Dictionary<string, LockEntry>(StringComparer.Ordinal);
        foreach (LockEntry entry in locked?.Entries ?? EquatableArray<LockEntry>.Empty)
        {
            _locked[entry.Section + "\n" + entry.Key] = entry;
        }

        _current = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
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
    public string Version => Locked?.Version ?? Unlocked;

    /// <summary>The hash of every item (the lock's lines without comments, version, content and <c>from</c> parts).</summary>
    public string ContentHash => ContentHashing.Of(Write(version: null, from: null));

    public static ContentLock Compare(ParsedFile[] files, IEnumerable<AssembledStatement> statements, UiStringTable strings)
    {
        // A party id given twice is reported (STC2007); its second entry adds nothing here.
        var seen = new HashSet<string>(StringComparer.Ordinal);
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
        new(null, new LockDoc("0", older.Select(item => item.ToEntry()).ToEquatableArray()), newer);

    /// <summary>Changes as STC4001 and stale translations as STC4002.</summary>
    public void Report(DiagnosticBag diagnostics)
    {
        foreach (LockChange change in Changes)
        {
            diagnostics.Report(DiagnosticDescriptors.ContentChangedSinceLock, change.Path, change.Span, change.Message);
        }

        foreach (LockItem item in Stale)
        {
            diagnostics.Report(DiagnosticDescriptors.StaleTranslation, item.Path, item.Span, item.What, _current[item.Section + "\n" + item.SourceKey].What);
        }
    }

    /// <summary>
    /// The lock that records the content as it is: the version goes up by one when anything changed. A translation
    /// keeps the English hash it was made from while its own text is unchanged — so a stale translation stays stale —
    /// unless <paramref name="confirmTranslations"/> says the translator checked them all.
    /// </summary>
    public string Update(bool confirmTranslations)
    {
        int version = Locked is null ? 1 : int.Parse(Locked.Version) + (Changes.Count > 0 ? 1 : 0);
        return Write(version.ToString(System.Globalization.CultureInfo.InvariantCulture), item =>
        {
            if (item.SourceKey is null)
            {
                return null;
            }

            bool keep = !confirmTranslations && _locked.TryGetValue(item.Id, out LockEntry? old) && old.Hash == item.ShortHash && old.From is not null;
            return keep ? _locked[item.Id].From : _current[item.Section + "\n" + item.SourceKey].ShortHash;
        });
    }

    private string Write(string? version, Func<LockItem, string?>? from)
    {
        var text = new StringBuilder();
        if (version is not null)
        {
            text.Append("# The content as last reviewed, item by item (docs/content-lock.md). Written by 'statement lock';\n");
            text.Append("# do not edit it by hand. A change to the content that this file does not record is warning STC4001.\n");
            text.Append(ContentLockParser.FormatLine).Append('\n');
            text.Append("version ").Append(version).Append('\n');
            text.Append("content ").Append(ContentHash).Append('\n');
        }

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
                text.Append(item.Section).Append(' ').Append(item.Hash).Append('\n');
                continue;
            }

            text.Append("  ").Append(item.Key).Append(' ').Append(item.ShortHash);
            string? source = from?.Invoke(item);
            if (source is not null)
            {
                text.Append(' ').Append(ContentLockParser.FromWord).Append(' ').Append(source);
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private bool IsStale(LockItem item) =>
        item.SourceKey is not null
        && _locked.TryGetValue(item.Id, out LockEntry? locked)
        && locked.From is not null
        && locked.Hash == item.ShortHash
        && _current.TryGetValue(item.Section + "\n" + item.SourceKey, out LockItem? english)
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
            if (!lockedSections.Contains(section.Key))
            {
                changes.Add(new LockChange(section.Key == ContentLockParser.StringsSection ? "UI strings added" : head.What + " added", head.Path, head.Span, ChangeKind.Added, section.Key));
            }
            else if (head.Key.Length > 0 || !_locked.TryGetValue(head.Id, out LockEntry? whole) || whole.Hash != head.Hash)
            {
                CompareSection(section.Key, section.ToList(), changes);
            }
        }

        foreach (string removed in lockedSections.Where(s => !currentSections.Contains(s)))
        {
            LockEntry first = Locked.Entries.First(e => e.Section == removed);
            changes.Add(new LockChange(removed == ContentLockParser.StringsSection ? "all UI strings removed" : removed.Replace(ContentLockParser.StatementSection + " ", "statement '") + "' removed", first.Path, first.Span, ChangeKind.Removed, removed));
        }

        return changes;
    }

    private void CompareSection(string section, List<LockItem> items, List<LockChange> changes)
    {
        List<LockEntry> locked = Locked!.Entries.Where(e => e.Section == section).ToList();
        Dictionary<string, (string Group, LockEntry Entry)> lockedParties = Parties(locked.Select(e => (e.Key, e)));
        Dictionary<string, (string Group, LockItem Item)> currentParties = Parties(items.Select(i => (i.Key, i)));
        var partyNames = new HashSet<string>(StringComparer.Ordinal);

        foreach (KeyValuePair<string, (string Group, LockItem Item)> party in currentParties)
        {
            string id = party.Key;
            (string group, LockItem item) = party.Value;
            if (!lockedParties.TryGetValue(id, out (string Group, LockEntry Entry) was))
            {
                changes.Add(new LockChange($"party '{id}' added to group '{group}'", item.Path, item.Span, ChangeKind.Added, section, item.Key));
            }
            else if (was.Group != group)
            {
                changes.Add(new LockChange($"party '{id}' moved from group '{was.Group}' to group '{group}'", item.Path, item.Span, ChangeKind.Moved, section, item.Key));
            }
            else if (was.Entry.Hash != item.ShortHash)
            {
                List<string> names = items.Where(i => LockItems.IsNameOf(i.Key, item.Key) && !Same(i)).Select(i => i.Key.Substring(item.Key.Length + 1)).ToList();
                names.AddRange(locked.Where(e => LockItems.IsNameOf(e.Key, was.Entry.Key) && !_current.ContainsKey(section + "\n" + item.Key + e.Key.Substring(was.Entry.Key.Length))).Select(e => e.Key.Substring(was.Entry.Key.Length + 1) + " (removed)"));
                string what = names.Count == 0 ? "country changed" : string.Join(", ", names) + " name changed";
                changes.Add(new LockChange($"party '{id}': {what}", item.Path, item.Span, ChangeKind.Changed, section, item.Key));
            }

            partyNames.UnionWith(items.Where(i => LockItems.IsNameOf(i.Key, item.Key)).Select(i => i.Key));
            if (lockedParties.TryGetValue(id, out was))
            {
                partyNames.UnionWith(locked.Where(e => LockItems.IsNameOf(e.Key, was.Entry.Key)).Select(e => e.Key));
            }
        }

        foreach (KeyValuePair<string, (string Group, LockEntry Entry)> party in lockedParties.Where(p => !currentParties.ContainsKey(p.Key)))
        {
            changes.Add(new LockChange($"party '{party.Key}' removed from group '{party.Value.Group}'", party.Value.Entry.Path, party.Value.Entry.Span, ChangeKind.Removed, section, party.Value.Entry.Key));
            partyNames.UnionWith(locked.Where(e => LockItems.IsNameOf(e.Key, party.Value.Entry.Key)).Select(e => e.Key));
        }

        // Everything else, item by item (the statement's own line only sums them up).
        foreach (LockItem item in items.Where(i => i.Key.Length > 0 && !partyNames.Contains(i.Key) && !LockItems.IsPartyKey(i.Key)))
        {
            if (!_locked.TryGetValue(item.Id, out LockEntry? entry))
            {
                changes.Add(new LockChange(item.What + " added", item.Path, item.Span, ChangeKind.Added, section, item.Key));
            }
            else if (entry.Hash != item.ShortHash)
            {
                changes.Add(new LockChange(item.What + " changed", item.Path, item.Span, ChangeKind.Changed, section, item.Key));
            }
        }

        foreach (LockEntry entry in locked.Where(e => e.Key.Length > 0 && !partyNames.Contains(e.Key) && !LockItems.IsPartyKey(e.Key) && !_current.ContainsKey(section + "\n" + e.Key)))
        {
            changes.Add(new LockChange($"'{entry.Key}' removed", entry.Path, entry.Span, ChangeKind.Removed, section, entry.Key));
        }
    }

    private bool Same(LockItem item) => _locked.TryGetValue(item.Id, out LockEntry? entry) && entry.Hash == item.ShortHash;

    /// <summary>Party items (<c>party &lt;group&gt;/&lt;id&gt;</c>) by party id, with their group.</summary>
    private static Dictionary<string, (string Group, T Value)> Parties<T>(IEnumerable<(string Key, T Value)> entries)
    {
        var parties = new Dictionary<string, (string, T)>(StringComparer.Ordinal);
        foreach ((string key, T value) in entries.Where(e => LockItems.IsPartyKey(e.Key)))
        {
            (string group, string id) = LockItems.PartyOf(key);
            parties[id] = (group, value);
        }

        return parties;
    }
}
