using System.Collections.Generic;
using System.Linq;

namespace StatementContent.Cli.Translations;

/// <summary>Where an item stands in one target language (docs/translators.md, "States").</summary>
internal enum TranslationState
{
    /// <summary>No text in the target language: PO <c>msgstr ""</c>, XLIFF <c>initial</c>.</summary>
    Missing,

    /// <summary>The English changed after the translation was made (the lock's stale record, STC4002): PO fuzzy, XLIFF <c>translated</c>.</summary>
    Stale,

    /// <summary>Translated, but the lock does not record it as it is (new or changed since the last review): XLIFF <c>translated</c>.</summary>
    Translated,

    /// <summary>Translated and recorded in the content lock as it is, not stale: XLIFF <c>reviewed</c>.</summary>
    Reviewed,

    /// <summary>Not a translation: a published original (<c>publishedLanguages</c>) or the English source itself: XLIFF <c>final</c>.</summary>
    Published,
}

/// <summary>
/// A text in one or more forms: a plain text is one form (<see cref="Category"/> null); a plural UI string has one
/// form per CLDR category of its language (<c>one</c>, <c>few</c>, …), in CLDR order.
/// </summary>
internal sealed record TextForm(string? Category, string Text);

/// <summary>A translatable text in one language: one form, or its plural forms.</summary>
internal sealed record ItemText(IReadOnlyList<TextForm> Forms)
{
    public bool IsPlural => Forms.Count > 1 || Forms[0].Category is not null;

    public string Single => Forms[0].Text;

    public static ItemText Plain(string text) => new(new[] { new TextForm(null, text) });

    public string? Form(string category) => Forms.FirstOrDefault(f => f.Category == category)?.Text;
}

/// <summary>What kind of place an item's text has in the content, so import can write it back there.</summary>
internal enum PlaceKind
{
    /// <summary>The <c># title</c> line of <c>&lt;language&gt;.md</c>.</summary>
    MarkdownTitle,

    /// <summary>A paragraph of <c>&lt;language&gt;.md</c> (<see cref="TargetPlace.Index"/>: zero-based).</summary>
    MarkdownParagraph,

    /// <summary>A JSON string value: <see cref="TargetPlace.JsonPath"/> names the object holding the languages.</summary>
    Json,
}

/// <summary>
/// Where an item's text in the target language lives: the file (for a missing Markdown text, where it would be)
/// and the place in it. For JSON, the path of member names (a party by its id) to the object whose members are the
/// languages; a plural string's forms are members of the language's object.
/// </summary>
internal sealed record TargetPlace(PlaceKind Kind, string Path, int Index = 0, IReadOnlyList<string>? JsonPath = null);

/// <summary>
/// One translatable text of the content in one target language, with everything a PO or XLIFF file says about it.
/// </summary>
/// <param name="Key">The stable key: PO <c>msgctxt</c>, XLIFF <c>unit id</c> (<see cref="TranslationKeys"/>).</param>
/// <param name="StatementId">The statement it belongs to; null for a UI string.</param>
/// <param name="What">How messages name it, e.g. <c>name of party 'x'</c>.</param>
/// <param name="SourcePath">The English text's file, relative to the content folder's parent (<c>content/strings.json</c>).</param>
/// <param name="SourceLine">Its one-based line.</param>
/// <param name="AddedByProject">The target text is not in the published source: the project added it (<c>addedByProject</c>).</param>
/// <param name="Note">A note for the translator (what the text is, where else it shows), or null.</param>
/// <param name="ContentNote">The content's own note on the text (<c>"note"</c>, <c>&lt;!-- note: … --&gt;</c>), or null: one line or several.</param>
/// <param name="LockId">The item's translation in the content lock (its lock key with the language): what <c>statement lock --confirm</c> and import confirm.</param>
/// <param name="Previous">For a stale item whose lock keeps it: the English it was translated from (PO <c>#| msgid</c>).</param>
internal sealed record TranslationItem(
    string Key,
    string? StatementId,
    string What,
    string SourcePath,
    int SourceLine,
    ItemText English,
    ItemText? Target,
    TranslationState State,
    bool AddedByProject,
    string? Note,
    string? ContentNote,
    TargetPlace Place,
    StatementContent.Generators.Lock.LockKey LockId,
    ItemText? Previous = null);
