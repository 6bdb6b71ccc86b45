using System;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Lock;

/// <summary>
/// content.lock: the content as last reviewed (docs/content-lock.md). Entries keep their order and line, so a
/// change can be named and a removed item located at its lock line. Part of the parse model: value-equal.
/// </summary>
/// <param name="Floor">The version a removal reached (written only while it is above every entry's stamp; else 0).</param>
internal sealed record LockDoc(int Floor, EquatableArray<LockEntry> Entries)
{
    /// <summary>The content version: the highest stamp (or the floor), so two branches' locks merge line by line.</summary>
    public int Version
    {
        get
        {
            int version = Floor;
            foreach (LockEntry entry in Entries)
            {
                version = Math.Max(version, entry.Stamp);
            }

            return version;
        }
    }
}

/// <summary>One item line of a lock section.</summary>
/// <param name="Id">The item: its section (<c>statement &lt;id&gt;</c> or <c>strings</c>) and its key, e.g. <c>paragraph 3 en</c>.</param>
/// <param name="Hash">The short hash of the item as locked.</param>
/// <param name="From">For a translation: the short hash of the English text it was translated from.</param>
/// <param name="Stamp">The content version that recorded the item as it is (<c>@N</c>).</param>
/// <param name="Path">Where the entry is: the lock file (or, comparing two contents, the older content's file).</param>
/// <param name="Previous">For a stale translation: the English text it was translated from (its hash is <paramref name="From"/>),
/// so a translator is shown the previous English; kept only while the translation is stale.</param>
internal sealed record LockEntry(LockKey Id, string Hash, string? From, int Stamp, FileSpan Span, string Path, string? Previous = null)
{
    public string Section => Id.Section;

    public string Key => Id.Item;
}
