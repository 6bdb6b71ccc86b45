using System;
using System.Collections.Generic;
using System.Linq;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;

namespace StatementContent.Generators.Assembling;

/// <summary>
/// One item of the content lock: a whole statement (empty <see cref="Key"/>), its metadata, one text in one
/// language, a party, or a UI string in one language — with its hash, where it is, and what to call it.
/// </summary>
/// <param name="Section"><c>statement &lt;id&gt;</c> or <c>strings</c>.</param>
/// <param name="Key">e.g. <c>paragraph 3 en</c>, <c>party solidnet/communist-party-of-greece</c>, <c>string SignedByParties ru</c>.</param>
/// <param name="Hash">The full hash (<c>sha256:</c> and 64 hex digits).</param>
/// <param name="SourceKey">For a translation: the key of the English text it is translated from; null for published text.</param>
/// <param name="What">How a message names it, e.g. <c>ru name of party 'x'</c>.</param>
/// <param name="ConstantName">Its constant in the generated ContentHashes class, if it has one.</param>
/// <param name="Text">For a text in one language: the text (what a diff between two contents shows).</param>
internal sealed record LockItem(string Section, string Key, string Hash, string? SourceKey, string What, string Path, FileSpan Span, string? ConstantName, string? Text = null)
{
    /// <summary>This item as a lock entry: what a newer content is compared against.</summary>
    public LockEntry ToEntry() => new(Section, Key, ShortHash, null, 0, Span, Path);

    public string ShortHash => ContentHashing.Short(Hash);

    public string Id => Section + "\n" + Key;
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

    public static List<LockItem> ForStatement(AssembledStatement statement)
    {
        StatementModel model = statement.Model;
        StatementSources sources = statement.Sources;
        Statement runtime = RuntimeMirror.ToRuntime(model);
        string section = ContentLockParser.StatementSection + " " + model.Id;
        string metadataPath = sources.MetadataPath;
        FileSpan idSpan = sources.Metadata.IdSpan;
        var items = new List<LockItem>
        {
            new(section, "", runtime.ContentHash, null, $"statement '{model.Id}'", metadataPath, idSpan, model.Identifier),
            new(section, "metadata", StatementSnapshot.MetadataHash(runtime), null, "metadata (date, languages, tags, subscriptions)", metadataPath, idSpan, model.Identifier + "_Metadata"),
        };

        var published = new HashSet<string>(sources.Metadata.PublishedLanguages, StringComparer.Ordinal);
        Texts(items, section, "publisher", "publisher", model.Publisher, published, jsonText: true, model.Identifier + "_Publisher",
            language => (metadataPath, SpanOf(sources.Metadata.PublisherSpans, language, idSpan)));
        Texts(items, section, "title", "title", model.Title, published, jsonText: false, model.Identifier + "_Title",
            language => Text(sources, language, idSpan, doc => doc.TitleSpan));
        for (int i = 0; i < model.Paragraphs.Count; i++)
        {
            int index = i;
            Texts(items, section, "paragraph " + (i + 1), "paragraph " + (i + 1), model.Paragraphs[i], published, jsonText: false, model.Identifier + "_Paragraph" + (i + 1),
                language => Text(sources, language, idSpan, doc => index < doc.ParagraphSpans.Count ? doc.ParagraphSpans[index] : FileSpan.FileStart));
        }

        Parties(items, section, statement, runtime, published);
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
            Texts(items, ContentLockParser.StringsSection, "string " + entry.Key, $"text of UI string '{entry.Key}'", text, published, jsonText: true, null,
                language => (entry.Path, SpanOf(entry.TextSpans, language, entry.KeySpan)));
        }

        return items;
    }

    /// <summary>A party's own item and one item per language of its name.</summary>
    private static void Parties(List<LockItem> items, string section, AssembledStatement statement, Statement runtime, HashSet<string> published)
    {
        string path = statement.Sources.SignatoriesPath ?? statement.Path;
        var parsed = (statement.Sources.Signatories?.Groups ?? EquatableArray<ParsedGroup>.Empty)
            .SelectMany(g => g.Parties)
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        for (int g = 0; g < statement.Model.Groups.Count; g++)
        {
            SignatoryGroupModel group = statement.Model.Groups[g];
            for (int p = 0; p < group.Parties.Count; p++)
            {
                PartyModel party = group.Parties[p];
                ParsedParty? source = parsed.TryGetValue(party.Id, out ParsedParty? found) ? found : null;
                FileSpan idSpan = source?.IdSpan ?? statement.IdSpan;
                string key = PartyKey(group.Id, party.Id);
                string name = $"party '{party.Id}'";
                // An invalid id (already reported) gets no constant: its name would not be a C# name.
                string? constant = IdRules.Check(IdKind.Party, party.Id, out _) is null ? null : statement.Model.Identifier + "_Party_" + IdRules.ToPascalCase(party.Id);
                items.Add(new LockItem(section, key, runtime.SignatoryGroups[g].Signatories[p].ContentHash, null, $"{name} in group '{group.Id}'", path, idSpan, constant));
                Texts(items, section, key, "name of " + name, party.Name, published, jsonText: true, null,
                    language => (path, SpanOf(source?.NameSpans ?? EquatableArray<LocatedLanguage>.Empty, language, idSpan)));
            }
        }
    }

    /// <summary>
    /// An item per language of <paramref name="text"/>. A text other than English is a translation of the English
    /// one — unless it is published text: a language the statement lists in <c>publishedLanguages</c>, and for a
    /// JSON text (publisher, names) not marked <c>addedByProject</c> either.
    /// </summary>
    private static void Texts(
        List<LockItem> items,
        string section,
        string key,
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
            string itemKey = key + " " + value.Language;
            (string path, FileSpan span) = locate(value.Language);
            items.Add(new LockItem(
                section,
                itemKey,
                ContentHashing.Of(value.Text),
                translation ? key + " " + ContentAssembler.DefaultLanguage : null,
                value.Language + " " + what,
                path,
                span,
                constantPrefix is null ? null : constantPrefix + "_" + IdRules.ToPascalCase(value.Language),
                value.Text));
        }
    }

    private static (string Path, FileSpan Span) Text(StatementSources sources, string language, FileSpan fallback, Func<TextDoc, FileSpan> span)
    {
        foreach ((string path, TextDoc doc) in sources.Texts)
        {
            if (doc.Language == language)
            {
                return (path, span(doc));
            }
        }

        return (sources.MetadataPath, fallback);
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
