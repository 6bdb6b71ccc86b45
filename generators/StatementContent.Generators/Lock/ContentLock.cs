using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;

namespace StatementContent.Generators.Lock;

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
        Changes = locked is null ? new List<LockChange>() : LockChanges.Find(locked, items, _locked, _current);
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
            return ContentHashing.Of(text);
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
    public string Update(bool confirmTranslations) => Update(_ => confirmTranslations, null);

    /// <summary>
    /// <see cref="Update(bool)"/>, confirming the stale translations <paramref name="confirmed"/> names (by their items,
    /// with the language). A translation that stays stale keeps its previous English on its line (<c>was "…"</c>): the
    /// lock's own, or else <paramref name="previousEnglish"/>'s text of its <c>from</c> hash (short hash → English
    /// text, e.g. from the content as committed). Were the lock to pass <see cref="ContentFileParser.MaxLockCharacters"/>,
    /// the longest previous texts are left out (<see cref="PreviousLeftOut"/>): a stale translation then shows no
    /// previous English, as in a lock from before they were kept.
    /// </summary>
    public string Update(Func<LockKey, bool> confirmed, IReadOnlyDictionary<string, string>? previousEnglish)
    {
        var previous = new Dictionary<LockKey, string>();
        foreach (LockItem item in Items)
        {
            if (From(item, confirmed) is { } from && item.Source is { } english && _current[english].ShortHash != from)
            {
                string? text = _locked.TryGetValue(item.Id, out LockEntry? old) && old.From == from && old.Previous is not null ? old.Previous
                    : previousEnglish is not null && previousEnglish.TryGetValue(from, out string? found) ? found
                    : null;
                if (text is not null)
                {
                    previous[item.Id] = ContentLockParser.Quote(text);
                }
            }
        }

        string written = Write(confirmed, previous);
        PreviousLeftOut = 0;
        foreach (KeyValuePair<LockKey, string> longest in previous.OrderByDescending(p => p.Value.Length).ToList())
        {
            if (written.Length <= ContentFileParser.MaxLockCharacters)
            {
                break;
            }

            previous.Remove(longest.Key);
            PreviousLeftOut++;
            written = Write(confirmed, previous);
        }

        return written;
    }

    /// <summary>
    /// The lock text <paramref name="lockText"/> (the file this lock was read from) with only the stale translations
    /// <paramref name="confirmed"/> names confirmed: each one's line records the English as it is now (its previous
    /// English dropped), and every other line stays as it is — nothing else is recorded, so a change nobody reviewed
    /// stays STC4001 (import confirms what a translator checked this way). Null when the lock was not read as format 2.
    /// </summary>
    public string? Confirm(string lockText, Func<LockKey, bool> confirmed)
    {
        string[] lines = lockText.Replace("\r\n", "\n").Split('\n');
        if (Locked is null || !lines.Contains(ContentLockParser.FormatLine))
        {
            return null;
        }

        foreach (LockEntry entry in Locked.Entries)
        {
            if (confirmed(entry.Id) && _current.TryGetValue(entry.Id, out LockItem? item) && IsStale(item) && entry.Span.StartLine < lines.Length)
            {
                lines[entry.Span.StartLine] = "  " + entry.Key + " " + entry.Hash + " " + ContentLockParser.FromWord + " " + _current[item.Source!.Value].ShortHash
                    + " " + ContentLockParser.StampMark + entry.Stamp.ToString(CultureInfo.InvariantCulture);
            }
        }

        return string.Join("\n", lines);
    }

    /// <summary>How many previous English texts the last <see cref="Update(Func{LockKey, bool}, IReadOnlyDictionary{string, string})"/> left out to keep the lock under its size limit.</summary>
    public int PreviousLeftOut { get; private set; }

    /// <summary>
    /// The <c>from</c> hashes of the translations that <see cref="Update(Func{LockKey, bool}, IReadOnlyDictionary{string, string})"/>
    /// would leave stale and whose previous English the lock does not have: what a caller looks up elsewhere (git).
    /// </summary>
    public HashSet<string> PreviousNeeded(Func<LockKey, bool> confirmed)
    {
        var needed = new HashSet<string>(StringComparer.Ordinal);
        foreach (LockItem item in Items)
        {
            if (From(item, confirmed) is { } from && item.Source is { } english && _current[english].ShortHash != from
                && !(_locked.TryGetValue(item.Id, out LockEntry? old) && old.From == from && old.Previous is not null))
            {
                needed.Add(from);
            }
        }

        return needed;
    }

    private string Write(Func<LockKey, bool> confirmed, Dictionary<LockKey, string> previous)
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
                string? source = From(item, confirmed);
                if (source is not null)
                {
                    text.Append(' ').Append(ContentLockParser.FromWord).Append(' ').Append(source);
                }

                text.Append(' ').Append(ContentLockParser.StampMark).Append(Stamp(item).ToString(CultureInfo.InvariantCulture));
                if (previous.TryGetValue(item.Id, out string? quoted))
                {
                    text.Append(' ').Append(ContentLockParser.PreviousWord).Append(' ').Append(quoted);
                }

                text.Append('\n');
            });
        return text.ToString();

        int Stamp(LockItem item) => _locked.TryGetValue(item.Id, out LockEntry? old) && old.Hash == item.ShortHash ? old.Stamp : version;
    }

    /// <summary>
    /// For a translation, the English hash to record: the one it was made from while its text is unchanged and it is
    /// not confirmed (so a stale translation stays stale), else the English as it is now. Null for other items.
    /// </summary>
    private string? From(LockItem item, Func<LockKey, bool> confirmed)
    {
        if (item.Source is not { } english)
        {
            return null;
        }

        bool keep = _locked.TryGetValue(item.Id, out LockEntry? old) && old.Hash == item.ShortHash && old.From is not null && !confirmed(item.Id);
        return keep ? old!.From : _current[english].ShortHash;
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
}
