using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Model;
using StatementContent.Generators.Lock;

namespace StatementContent.Cli.Translations;

// The switch over TextField names every field: a text added to the statement walk is CS8509 here until export
// says what it is. CS8524 (an integer cast to TextField) cannot happen.
#pragma warning disable CS8524

/// <summary>
/// A content folder's translatable texts in one target language, in content order: per statement the texts of its
/// walk (<see cref="StatementTexts.Texts"/>: publisher, title, paragraphs, party names), then the UI strings —
/// group headings among them, exported once under their UI string key. Whether each one is recorded in the lock or
/// stale, and where it is, come from the content lock's items (<see cref="LockItems.KeyOf"/>), the records
/// <c>statement lock</c> and the build compare.
/// </summary>
internal sealed class TranslationCollector
{
    private readonly ContentFolder _content;
    private readonly string _language;
    private readonly Dictionary<LockKey, LockItem> _items;
    private readonly HashSet<LockKey> _stale;
    private readonly Dictionary<LockKey, LockEntry> _locked;

    private TranslationCollector(ContentFolder content, string language)
    {
        _content = content;
        _language = language;
        ContentLock contentLock = content.Lock!;
        _items = contentLock.Items.GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        _stale = new HashSet<LockKey>(contentLock.Stale.Select(i => i.Id));
        _locked = (contentLock.Locked?.Entries ?? EquatableArray<LockEntry>.Empty).GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>Every language the content has texts in, English first (as the build lists them).</summary>
    public static IReadOnlyList<string> Languages(ContentFolder content) => content.Assembly.Languages.Languages.ToList();

    /// <summary>The items of <paramref name="content"/> (assembled without errors) in <paramref name="language"/>.</summary>
    public static List<TranslationItem> Collect(ContentFolder content, string language) => new TranslationCollector(content, language).Collect();

    private List<TranslationItem> Collect()
    {
        var items = new List<TranslationItem>();
        foreach (AssembledStatement statement in _content.Work!.Statements.OrderBy(s => s.Model.Id, StringComparer.Ordinal))
        {
            foreach (StatementText text in statement.Model.Texts())
            {
                if (Describe(statement, text.Key) is { } described)
                {
                    Add(items, LockItems.KeyOf(statement, text.Key), described.Key, statement.Model.Id, described.What, text.Text, described.Note, described.Place);
                }
            }
        }

        Strings(items);
        return items;
    }

    /// <summary>A statement text's key, name, note and place; null for a group heading (a UI string, exported once as such).</summary>
    private (string Key, string What, string? Note, Func<LockItem, TargetPlace> Place)? Describe(AssembledStatement statement, TextKey key)
    {
        string id = statement.Model.Id;
        return key.Field switch
        {
            TextField.Title => (TranslationKeys.Title(id), "title of the statement", null, english => new TargetPlace(PlaceKind.MarkdownTitle, MarkdownPath(english))),
            TextField.Publisher => (TranslationKeys.Publisher(id), "publisher of the statement", null, english => new TargetPlace(PlaceKind.Json, english.Path, JsonPath: new[] { "publisher" })),
            TextField.Paragraph => (TranslationKeys.Paragraph(id, key.Number), $"paragraph {key.Number} of the statement", null,
                english => new TargetPlace(PlaceKind.MarkdownParagraph, MarkdownPath(english), key.Number - 1)),
            TextField.PartyName => (TranslationKeys.PartyName(id, key.Name), $"name of party '{key.Name}'", PartyNote(statement, key),
                english => new TargetPlace(PlaceKind.Json, english.Path, JsonPath: new[] { "groups", "#" + key.Name, "name" })),
            TextField.GroupHeading or TextField.UiString => null,
        };
    }

    private static string PartyNote(AssembledStatement statement, TextKey key)
    {
        PartyModel? party = statement.Model.Groups.FirstOrDefault(g => g.Id == key.Group)?.Parties.FirstOrDefault(p => p.Id == key.Name);
        return $"The name of a party that signed the statement (group '{key.Group}'{(party?.Country is { } country ? ", country " + country : "")}).";
    }

    private void Strings(List<TranslationItem> items)
    {
        // Which statements' groups a UI string heads, for its note.
        var headings = _content.Work!.Statements
            .SelectMany(s => s.Model.Groups.Select(g => (Statement: s.Model.Id, Group: g.Id, Key: s.Sources.HeadingKey(g.Id))))
            .ToList();
        var formats = _content.Assembly.Strings.Formats.ToDictionary(f => f.Key, StringComparer.Ordinal);
        var texts = _content.Assembly.Strings.Strings.ToDictionary(s => s.Key, StringComparer.Ordinal);
        IEnumerable<string> keys = _content.Assembly.Strings.Strings.Select(s => s.Key).Concat(formats.Keys)
            .OrderBy(key => _items.TryGetValue(LockKey.OfString(key).In(ContentAssembler.DefaultLanguage), out LockItem? item) ? (item.Path, item.Span.Start) : ("", 0));
        foreach (string key in keys)
        {
            LockKey lockKey = LockKey.OfString(key);
            TargetPlace Place(LockItem english) => new(PlaceKind.Json, english.Path, JsonPath: new[] { "strings", key });
            if (formats.TryGetValue(key, out UiFormatModel? format))
            {
                AddFormat(items, lockKey, key, format, Place);
                continue;
            }

            string note = string.Join(" ", headings.Where(h => h.Key == key).Select(h => $"The heading of the signatory group '{h.Group}' of statement '{h.Statement}'."));
            Add(items, lockKey, TranslationKeys.UiString(key), null, $"UI string '{key}'", texts[key].Text, note.Length == 0 ? "A text of the user interface." : note, Place);
        }
    }

    /// <summary>A UI string with parameters: a plural one as its forms, any other as its one pattern.</summary>
    private void AddFormat(List<TranslationItem> items, LockKey lockKey, string key, UiFormatModel format, Func<LockItem, TargetPlace> place)
    {
        ItemText? Forms(string language)
        {
            LanguageFormsModel? forms = format.Languages.FirstOrDefault(l => l.Language == language);
            if (forms is null)
            {
                return null;
            }

            return forms.IsPlural
                ? new ItemText(forms.Forms.Select(f => new TextForm(f.Category, Pattern(f))).ToList())
                : ItemText.Plain(Pattern(forms.Forms[0]));
        }

        if (Forms(ContentAssembler.DefaultLanguage) is not { } englishText || !_items.TryGetValue(lockKey.In(ContentAssembler.DefaultLanguage), out LockItem? english))
        {
            return;
        }

        string parameters = string.Join(", ", format.Parameters.Select(p => "{" + p + "}"));
        string note = $"A text of the user interface with the parameters {parameters}: keep each in braces; '{{{{' and '}}}}' are literal braces."
            + (englishText.IsPlural ? $" {{{UiFormatModel.CountParameter}}} is a number (a whole one in gettext's forms; the app may pass a fraction) and picks the plural form." : "");
        ItemText? target = _language == ContentAssembler.DefaultLanguage ? englishText : Forms(_language);
        items.Add(Item(lockKey, TranslationKeys.UiString(key), null, $"UI string '{key}'", englishText, target, addedByProject: target is not null, note, format.Note, english, place(english), isFormat: true));
    }

    private void Add(List<TranslationItem> items, LockKey lockKey, string key, string? statement, string what, LocalizedTextModel text, string? note, Func<LockItem, TargetPlace> place)
    {
        if (text.Get(ContentAssembler.DefaultLanguage) is not { } englishText
            || !_items.TryGetValue(lockKey.In(ContentAssembler.DefaultLanguage), out LockItem? english))
        {
            return; // a text without English has nothing to translate from
        }

        LocalizedValue? value = text.Values.FirstOrDefault(v => v.Language == _language);
        ItemText? target = value is null ? null : ItemText.Plain(value.Text);
        items.Add(Item(lockKey, key, statement, what, ItemText.Plain(englishText), target, value?.AddedByProject == true, note, text.Note, english, place(english)));
    }

    /// <param name="contentNote">The content's note on the text (<see cref="LocalizedTextModel.Note"/>, <see cref="UiFormatModel.Note"/>).</param>
    private TranslationItem Item(LockKey lockKey, string key, string? statement, string what, ItemText english, ItemText? target, bool addedByProject, string? note, string? contentNote, LockItem source, TargetPlace place, bool isFormat = false)
    {
        LockKey id = lockKey.In(_language);
        TargetPlace targetPlace = _items.TryGetValue(id, out LockItem? located) && place.Kind != PlaceKind.Json ? place with { Path = located.Path } : place;
        TranslationState state = target is null ? TranslationState.Missing
            : _language == ContentAssembler.DefaultLanguage || located?.Source is null ? TranslationState.Published
            : _stale.Contains(id) ? TranslationState.Stale
            : _locked.TryGetValue(id, out LockEntry? entry) && entry.Hash == located.ShortHash ? TranslationState.Reviewed
            : TranslationState.Translated;
        ItemText? previous = state == TranslationState.Stale && _locked.TryGetValue(id, out LockEntry? stale) && stale.Previous is { } text ? PreviousText(text, english, isFormat) : null;
        return new TranslationItem(key, statement, what, _content.Display(source.Path), source.Span.StartLine + 1, english, target, state, addedByProject, note, contentNote, targetPlace, id, previous);
    }

    /// <summary>
    /// The previous English the lock keeps, in the English's shape: a UI string with parameters is kept as its
    /// lock text, one <c>category: pattern</c> line per form (<see cref="LockItems"/>); null when it does not read so.
    /// </summary>
    private static ItemText? PreviousText(string text, ItemText english, bool isFormat)
    {
        if (!isFormat)
        {
            return ItemText.Plain(text);
        }

        var forms = new List<TextForm>();
        foreach (string line in text.Split('\n'))
        {
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0)
            {
                return null;
            }

            forms.Add(new TextForm(line.Substring(0, colon), line.Substring(colon + 2)));
        }

        return english.IsPlural ? new ItemText(forms) : ItemText.Plain(forms[0].Text);
    }

    private string MarkdownPath(LockItem english) => Path.Combine(Path.GetDirectoryName(english.Path)!, _language + ".md");

    /// <summary>A form as it is written in strings.json: parameters in braces, literal braces doubled.</summary>
    private static string Pattern(FormModel form) => string.Concat(form.Parts.Select(part =>
        part.IsParameter ? "{" + part.Text + "}" : part.Text.Replace("{", "{{").Replace("}", "}}")));
}
