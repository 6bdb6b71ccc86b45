using System;
using System.Collections.Generic;
using System.Linq;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Lock;

// The switches over TextField below name every field and nothing else: a field added to the statement walk is
// CS8509 here until the lock says what it is. CS8524 (an integer cast to TextField) cannot happen.
#pragma warning disable CS8524

/// <summary>
/// One item of the content lock: a whole statement (empty key), its metadata, one text in one language, a party,
/// or a UI string in one language — with its hash, where it is, and what to call it.
/// </summary>
/// <param name="Id">Its section (<c>statement &lt;id&gt;</c> or <c>strings</c>) and key, e.g. <c>paragraph 3 en</c>, <c>party solidnet/communist-party-of-greece</c>, <c>string SignedByParties ru</c>.</param>
/// <param name="Hash">The full hash (<c>sha256:</c> and 64 hex digits).</param>
/// <param name="Source">For a translation: the item of the English text it is translated from; null for published text.</param>
/// <param name="What">How a message names it, e.g. <c>ru name of party 'x'</c>.</param>
/// <param name="ConstantName">Its constant in the generated ContentHashes class, if it has one.</param>
/// <param name="Text">For a text in one language: the text (what a diff between two contents shows).</param>
internal sealed record LockItem(LockKey Id, string Hash, LockKey? Source, string What, string Path, FileSpan Span, string? ConstantName, string? Text = null)
{
    public string Section => Id.Section;

    public string Key => Id.Item;

    /// <summary>This item as a lock entry: what a newer content is compared against.</summary>
    public LockEntry ToEntry() => new(Id, ShortHash, null, 0, Span, Path);

    public string ShortHash => ContentHashing.Short(Hash);
}

/// <summary>Statements and UI strings → their lock items, in content order (docs/content-lock.md lists them).</summary>
internal static class LockItems
{
    public const string PartyWord = "party";

    /// <summary>A party's own key: <c>party &lt;group&gt;/&lt;id&gt;</c>; its names are that key, a space and the language.</summary>
    public static string PartyKey(string group, string id) => PartyWord + " " + group + "/" + id;

    /// <summary>Whether <paramref name="key"/> is a party's own key (not one of its names).</summary>
    public static bool IsPartyKey(string key) =>
        key.StartsWith(PartyWord + " ", StringComparison.Ordinal) && key.IndexOf(' ', PartyWord.Length + 1) < 0;

    /// <summary>The group and id of a party's own key.</summary>
    public static (string Group, string Id) PartyOf(string partyKey)
    {
        string path = partyKey.Substring(PartyWord.Length + 1);
        int slash = path.IndexOf('/');
        return (path.Substring(0, slash), path.Substring(slash + 1));
    }

    /// <summary>Whether <paramref name="key"/> is the name, in one language, of the party <paramref name="partyKey"/>.</summary>
    public static bool IsNameOf(string key, string partyKey) =>
        key.Length > partyKey.Length && key.StartsWith(partyKey + " ", StringComparison.Ordinal) && key.IndexOf(' ', partyKey.Length + 1) < 0;

    /// <summary>
    /// The lock item of a statement's text (without a language): a group heading is the UI string it names, locked
    /// once in the <c>strings</c> section; every other text is an item of the statement's section.
    /// </summary>
    public static LockKey KeyOf(AssembledStatement statement, TextKey key) => key.Field switch
    {
        TextField.Publisher => LockKey.OfStatement(statement.Model.Id).With("publisher"),
        TextField.Title => LockKey.OfStatement(statement.Model.Id).With("title"),
        TextField.Paragraph => LockKey.OfStatement(statement.Model.Id).With("paragraph " + key.Number),
        TextField.PartyName => LockKey.OfStatement(statement.Model.Id).With(PartyKey(key.Group, key.Name)),
        TextField.GroupHeading => LockKey.OfString(statement.Sources.HeadingKey(key.Group)),
        TextField.UiString => LockKey.OfString(key.Name),
    };

    public static List<LockItem> ForStatement(AssembledStatement statement)
    {
        StatementModel model = statement.Model;
        StatementSources sources = statement.Sources;
        Statement runtime = RuntimeMirror.ToRuntime(model);
        LockKey section = LockKey.OfStatement(model.Id);
        string metadataPath = sources.MetadataPath;
        FileSpan idSpan = sources.Metadata.IdSpan;
        var items = new List<LockItem>
        {
            new(section, runtime.ContentHash, null, $"statement '{model.Id}'", metadataPath, idSpan, model.Identifier),
            new(section.With("metadata"), StatementSnapshot.MetadataHash(runtime), null, "metadata (date, languages, tags, subscriptions)", metadataPath, idSpan, model.Identifier + "_Metadata"),
        };

        var published = new HashSet<string>(sources.Metadata.PublishedLanguages, StringComparer.Ordinal);
        IReadOnlyDictionary<(TextKey, string), (string Path, LocatedText Text)> located = sources.Located();
        Dictionary<string, ParsedParty> parties = sources.Parties();
        Dictionary<(string Group, string Id), Signatory> signatories = Signatories(runtime);
        string partyPath = sources.SignatoriesPath ?? statement.Path;
        foreach (StatementText text in model.Texts())
        {
            TextKey key = text.Key;
            FileSpan fallback = idSpan;
            if (key.Field == TextField.PartyName)
            {
                // A party's own item (its id, country and names) comes before the items of its names.
                string id = key.Name;
                fallback = parties.TryGetValue(id, out ParsedParty? source) ? source.IdSpan : statement.IdSpan;
                // An invalid id (already reported) gets no constant: its name would not be a C# name.
                string? constant = IdRules.Check(IdKind.Party, id, out _) is null ? null : model.Identifier + "_Party_" + IdRules.ToPascalCase(id);
                items.Add(new LockItem(KeyOf(statement, key), signatories[(key.Group, id)].ContentHash, null, $"party '{id}' in group '{key.Group}'", partyPath, fallback, constant));
            }

            (string What, bool JsonText, string? ConstantPrefix)? item = key.Field switch
            {
                TextField.Publisher => ("publisher", true, model.Identifier + "_Publisher"),
                TextField.Title => ("title", false, model.Identifier + "_Title"),
                TextField.Paragraph => ("paragraph " + key.Number, false, model.Identifier + "_Paragraph" + key.Number),
                TextField.PartyName => ($"name of party '{key.Name}'", true, null),
                TextField.GroupHeading or TextField.UiString => null, // locked once as the UI string it is (ForStrings)
            };
            if (item is { } described)
            {
                string fallbackPath = key.Field == TextField.PartyName ? partyPath : metadataPath;
                Texts(items, KeyOf(statement, key), described.What, text.Text, published, described.JsonText, described.ConstantPrefix,
                    language => located.TryGetValue((StatementSources.LocatorKey(key), language), out (string Path, LocatedText Text) found) ? (found.Path, found.Text.Span) : (fallbackPath, fallback));
            }
        }

        return items;
    }

    public static List<LockItem> ForStrings(UiStringTable strings)
    {
        var items = new List<LockItem>();
        var published = new HashSet<string>(StringComparer.Ordinal); // UI strings are the project's own: every non-English one is a translation
        foreach (UiStringTable.Entry entry in strings.Entries)
        {
            LocalizedTextModel text = entry.Model?.Text ?? new LocalizedTextModel(entry.Format!.Languages
                .Select(l => new LocalizedValue(l.Language, FormatText(l), AddedByProject: true))
                .ToEquatableArray());
            Texts(items, LockKey.OfString(entry.Key), $"text of UI string '{entry.Key}'", text, published, jsonText: true, null,
                language => (entry.Path, SpanOf(entry.TextSpans, language, entry.KeySpan)));
        }

        return items;
    }

    /// <summary>The runtime's parties by group and id (the first of each, as an id given twice is STC2007).</summary>
    private static Dictionary<(string Group, string Id), Signatory> Signatories(Statement runtime)
    {
        var signatories = new Dictionary<(string, string), Signatory>();
        foreach (SignatoryGroup group in runtime.SignatoryGroups)
        {
            foreach (Signatory party in group.Signatories)
            {
                if (!signatories.ContainsKey((group.Id, party.Id)))
                {
                    signatories.Add((group.Id, party.Id), party);
                }
            }
        }

        return signatories;
    }

    /// <summary>
    /// An item per language of <paramref name="text"/>. A text other than English is a translation of the English
    /// one — unless it is published text: a language the statement lists in <c>publishedLanguages</c>, and for a
    /// JSON text (publisher, names) not marked <c>addedByProject</c> either.
    /// </summary>
    private static void Texts(
        List<LockItem> items,
        LockKey key,
        string what,
        LocalizedTextModel text,
        HashSet<string> published,
        bool jsonText,
        string? constantPrefix,
        Func<string, (string Path, FileSpan Span)> locate)
    {
        bool hasEnglish = text.Get(ContentAssembler.DefaultLanguage) is not null;
        foreach (LocalizedValue value in text.Values)
        {
            bool isPublished = published.Contains(value.Language) && !(jsonText && value.AddedByProject);
            bool translation = hasEnglish && value.Language != ContentAssembler.DefaultLanguage && !isPublished;
            (string path, FileSpan span) = locate(value.Language);
            items.Add(new LockItem(
                key.In(value.Language),
                ContentHashing.Of(value.Text),
                translation ? key.In(ContentAssembler.DefaultLanguage) : null,
                value.Language + " " + what,
                path,
                span,
                constantPrefix is null ? null : constantPrefix + "_" + IdRules.ToPascalCase(value.Language),
                value.Text));
        }
    }

    private static FileSpan SpanOf(EquatableArray<LocatedLanguage> spans, string language, FileSpan fallback)
    {
        foreach (LocatedLanguage located in spans)
        {
            if (located.Language == language)
            {
                return located.Span;
            }
        }

        return fallback;
    }

    /// <summary>A format in one language as text: one line per form, <c>one: {count} party</c>.</summary>
    private static string FormatText(LanguageFormsModel language) => string.Join("\n", language.Forms.Select(form =>
        form.Category + ": " + string.Concat(form.Parts.Select(part => part.IsParameter ? "{" + part.Text + "}" : part.Text))));
}
