using System;

namespace StatementContent.Generators.Lock;

/// <summary>
/// Which item of the content lock: its section (<c>statement &lt;id&gt;</c> or <c>strings</c>) and its key in the
/// section (<c>paragraph 3 en</c>, <c>party g/id</c>, <c>string SignedByParties ru</c>; empty for a statement's own
/// line). Value-equal: the lock, its changes, the stale marks and the diff look items up by it.
/// </summary>
internal readonly record struct LockKey(string Section, string Item)
{
    /// <summary>A statement's own item; its other items are <see cref="With"/> its section.</summary>
    public static LockKey OfStatement(string id) => new(ContentLockParser.StatementSection + " " + id, "");

    /// <summary>A UI string's item (without a language).</summary>
    public static LockKey OfString(string uiKey) => new(ContentLockParser.StringsSection, "string " + uiKey);

    /// <summary>Another item of the same section.</summary>
    public LockKey With(string item) => new(Section, item);

    /// <summary>This text's item in one language.</summary>
    public LockKey In(string language) => new(Section, Item + " " + language);

    /// <summary>The id of the statement whose section this is; null in the <c>strings</c> section.</summary>
    public string? StatementId => Section.StartsWith(ContentLockParser.StatementSection + " ", StringComparison.Ordinal)
        ? Section.Substring(ContentLockParser.StatementSection.Length + 1)
        : null;

    /// <summary>Whether this is a party's own item (not one of its names).</summary>
    public bool IsParty => LockItems.IsPartyKey(Item);

    /// <summary>The group and id of a party's own item.</summary>
    public (string Group, string Id) Party => LockItems.PartyOf(Item);

    /// <summary>Whether this is the name, in one language, of the party <paramref name="party"/>.</summary>
    public bool IsNameOf(LockKey party) => Section == party.Section && LockItems.IsNameOf(Item, party.Item);

    /// <summary>The language of this name of the party <paramref name="party"/> (<see cref="IsNameOf"/>).</summary>
    public string NameLanguage(LockKey party) => Item.Substring(party.Item.Length + 1);
}
