using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;

namespace StatementContent.Cli.Translations;

/// <summary>
/// A content folder's translatable texts in one target language, in content order: per statement its title,
/// publisher, paragraphs and party names, then the UI strings (group headings among them). The texts come from
/// the assembled models; where each one is and whether the lock records it or marks it stale come from the
/// content lock's items, the records <c>statement lock</c> and the build compare.
/// </summary>
/// <remarks>
/// The lock items are found by the lock's item keys (<c>paragraph 3 ru</c>), the only shape the generator offers
/// today; when its typed keys and <c>Texts()</c> walk land, this class reads those instead and the keys go.
/// </remarks>
internal sealed class TranslationCollector
{
    private readonly ContentFolder _content;
    private readonly string _language;
    private readonly Dictionary<string, LockItem> _items;
    private readonly HashSet<string> _stale;
    private readonly Dictionary<string, LockEntry> _locked;

    private TranslationCollector(ContentFolder content, string language)
    {
        _content = content;
        _language = language;
        ContentLock contentLock = content.Lock!;
        _items = contentLock.Items.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _stale = new HashSet<string>(contentLock.Stale.Select(i => i.Id), StringComparer.Ordinal);
        _locked = (contentLock.Locked?.Entries ?? EquatableArray<LockEntry>.Empty).GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Every language the content has texts in, English first (as the build lists them).</summary>
    public static IReadOnlyList<string> Languages(ContentFolder content) => content.Assembly.Languages.Languages.ToList();

    /// <summary>The items of <paramref name="content"/> (assembled without errors) in <paramref name="language"/>.</summary>
    public static List<TranslationItem> Collect(ContentFolder content, string language) => new TranslationCollector(content, language).Collect();

    private List<TranslationItem> Collect()
    {
        var items = new List<TranslationItem>();
        foreach (StatementModel statement in _content.Assembly.Statements.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            Statement(statement, items);
        }

        Strings(items);
        return items;
    }

    private void Statement(StatementModel statement, List<TranslationItem> items)
    {
        string section = ContentLockParser.StatementSection + " " + statement.Id;
        Add(items, section, "title", TranslationKeys.Title(statement.Id), statement.Id, "title of the statement", statement.Title, null,
            english => new TargetPlace(PlaceKind.MarkdownTitle, MarkdownPath(english)));
        Add(items, section, "publisher", TranslationKeys.Publisher(statement.Id), statement.Id, "publisher of the statement", statement.Publisher, null,
            english => new TargetPlace(PlaceKind.Json, english.Path, JsonPath: new[] { "publisher" }));
        for (int i = 0; i < statement.Paragraphs.Count; i++)
        {
            int index = i;
            Add(items, section, "paragraph " + (i + 1), TranslationKeys.Paragraph(statement.Id, i + 1), statement.Id, $"paragraph {i + 1} of the statement", statement.Paragraphs[i], null,
                english => new TargetPlace(PlaceKind.MarkdownParagraph, MarkdownPath(english), index));
        }

        foreach (SignatoryGroupModel group in statement.Groups)
        {
            foreach (PartyModel party in group.Parties)
            {
                string note = $"The name of a party that signed the statement (group '{group.Id}'{(party.Country is null ? "" : ", country " + party.Country)}).";
                Add(items, section, LockItems.PartyKey(group.Id, party.Id), TranslationKeys.PartyName(statement.Id, party.Id), statement.Id, $"name of party '{party.Id}'", party.Name, note,
                    english => new TargetPlace(PlaceKind.Json, english.Path, JsonPath: new[] { "groups", "#" + party.Id, "name" }));
            }
        }
    }

    private void Strings(List<TranslationItem> items)
    {
        string section = ContentLockParser.StringsSection;
        var headings = _content.Assembly.Statements
            .SelectMany(s => s.Groups.Select(g => (Statement: s.Id, Group: g.Id, Heading: g.Heading.Get(ContentAssembler.DefaultLanguage))))
            .ToList();
        var formats = _content.Assembly.Strings.Formats.ToDictionary(f => f.Key, StringComparer.Ordinal);
        foreach (LockItem english in _content.Lock!.Items.Where(i => i.Section == section && i.Key.EndsWith(" " + ContentAssembler.DefaultLanguage, StringComparison.Ordinal)))
        {
            string key = english.Key.Substring("string ".Length, english.Key.Length - "string ".Length - ContentAssembler.DefaultLanguage.Length - 1);
            string baseKey = "string " + key;
            TargetPlace Place(LockItem item) => new(PlaceKind.Json, item.Path, JsonPath: new[] { "strings", key });
            if (formats.TryGetValue(key, out UiFormatModel? format))
            {
                AddFormat(items, section, baseKey, key, format, english, Place(english));
                continue;
            }

            UiStringModel? text = _content.Assembly.Strings.Strings.FirstOrDefault(s => s.Key == key);
            if (text is null)
            {
                continue;
            }

            string? note = string.Join(" ", headings.Where(h => h.Heading == text.Text.Get(ContentAssembler.DefaultLanguage))
                .Select(h => $"The heading of the signatory group '{h.Group}' of statement '{h.Statement}'."));
            Add(items, section, baseKey, TranslationKeys.UiString(key), null, $"UI string '{key}'", text.Text, note.Length == 0 ? "A text of the user interface." : note, Place);
        }
    }

    /// <summary>A UI string with parameters: a plural one as its forms, any other as its one pattern.</summary>
    private void AddFormat(List<TranslationItem> items, string section, string baseKey, string key, UiFormatModel format, LockItem english, TargetPlace place)
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

        ItemText englishText = Forms(ContentAssembler.DefaultLanguage)!;
        string parameters = string.Join(", ", format.Parameters.Select(p => "{" + p + "}"));
        string note = $"A text of the user interface with the parameters {parameters}: keep each in braces; '{{{{' and '}}}}' are literal braces."
            + (englishText.IsPlural ? $" {{{UiFormatModel.CountParameter}}} is a whole number and picks the plural form." : "");
        ItemText? target = _language == ContentAssembler.DefaultLanguage ? englishText : Forms(_language);
        items.Add(Item(section, baseKey, TranslationKeys.UiString(key), null, $"UI string '{key}'", englishText, target, AddedByProject: target is not null, note, english, place));
    }

    private void Add(List<TranslationItem> items, string section, string baseKey, string key, string? statement, string what, LocalizedTextModel text, string? note, Func<LockItem, TargetPlace> place)
    {
        if (text.Get(ContentAssembler.DefaultLanguage) is not { } englishText
            || !_items.TryGetValue(Id(section, baseKey, ContentAssembler.DefaultLanguage), out LockItem? english))
        {
            return; // a text without English has nothing to translate from
        }

        LocalizedValue? value = text.Values.FirstOrDefault(v => v.Language == _language);
        ItemText? target = value is null ? null : ItemText.Plain(value.Text);
        items.Add(Item(section, baseKey, key, statement, what, ItemText.Plain(englishText), target, value?.AddedByProject == true, note, english, place(english)));
    }

    private TranslationItem Item(string section, string baseKey, string key, string? statement, string what, ItemText english, ItemText? target, bool AddedByProject, string? note, LockItem source, TargetPlace place)
    {
        string id = Id(section, baseKey, _language);
        TargetPlace targetPlace = _items.TryGetValue(id, out LockItem? located) && place.Kind != PlaceKind.Json ? place with { Path = located.Path } : place;
        TranslationState state = target is null ? TranslationState.Missing
            : _language == ContentAssembler.DefaultLanguage || located?.SourceKey is null ? TranslationState.Published
            : _stale.Contains(id) ? TranslationState.Stale
            : _locked.TryGetValue(id, out LockEntry? entry) && entry.Hash == located.ShortHash ? TranslationState.Reviewed
            : TranslationState.Translated;
        return new TranslationItem(key, statement, what, _content.Display(source.Path), source.Span.StartLine + 1, english, target, state, AddedByProject, note, targetPlace);
    }

    private string MarkdownPath(LockItem english) => Path.Combine(Path.GetDirectoryName(english.Path)!, _language + ".md");

    private static string Id(string section, string baseKey, string language) => section + "\n" + baseKey + " " + language;

    /// <summary>A form as it is written in strings.json: parameters in braces, literal braces doubled.</summary>
    private static string Pattern(FormModel form) => string.Concat(form.Parts.Select(part =>
        part.IsParameter ? "{" + part.Text + "}" : part.Text.Replace("{", "{{").Replace("}", "}}")));
}
