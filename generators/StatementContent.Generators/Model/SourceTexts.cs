using System.Collections.Generic;
using System.Linq;

namespace StatementContent.Generators.Model;

/// <summary>One language's text of a localized value, where a content file holds it.</summary>
/// <param name="Offset">Where the text itself starts after <paramref name="Span"/>'s start: 2 after a title's <c>#</c> and space, 1 after a JSON string's quote.</param>
internal readonly record struct LocatedText(TextKey Key, string Language, string Text, FileSpan Span, int Offset);

/// <summary>
/// The texts a parsed content file holds, keyed as <see cref="StatementTexts.Texts"/> keys them, in file order:
/// the source locator of a statement's texts (the lock points its items here) and what the lint reads. A JSON text
/// whose position the parser did not record is not listed.
/// </summary>
internal static class SourceTexts
{
    public static IEnumerable<LocatedText> Of(ParsedFile file)
    {
        return file.Text is { } text ? Of(text)
            : file.Metadata is { } metadata ? Of(metadata)
            : file.Signatories is { } signatories ? Of(signatories)
            : file.Strings is { } strings ? Of(strings)
            : Enumerable.Empty<LocatedText>();
    }

    public static IEnumerable<LocatedText> Of(TextDoc doc)
    {
        yield return new LocatedText(TextKey.Title, doc.Language, doc.Title, doc.TitleSpan, 2);
        for (int i = 0; i < doc.Paragraphs.Count && i < doc.ParagraphSpans.Count; i++)
        {
            yield return new LocatedText(TextKey.Paragraph(i + 1), doc.Language, doc.Paragraphs[i], doc.ParagraphSpans[i], 0);
        }
    }

    public static IEnumerable<LocatedText> Of(MetadataDoc doc) => Json(TextKey.Publisher, doc.Publisher, doc.PublisherSpans);

    public static IEnumerable<LocatedText> Of(SignatoriesDoc doc)
    {
        foreach (ParsedGroup group in doc.Groups)
        {
            foreach (ParsedParty party in group.Parties)
            {
                foreach (LocatedText name in Json(TextKey.PartyName(group.Id, party.Id), party.Name, party.NameSpans))
                {
                    yield return name;
                }
            }
        }
    }

    /// <summary>The plain UI strings; a format's forms are not free text.</summary>
    public static IEnumerable<LocatedText> Of(StringsDoc doc)
    {
        foreach (ParsedUiString entry in doc.Strings)
        {
            if (entry.Text is not null)
            {
                foreach (LocatedText text in Json(TextKey.UiString(entry.Key), entry.Text, entry.TextSpans))
                {
                    yield return text;
                }
            }
        }
    }

    private static IEnumerable<LocatedText> Json(TextKey key, LocalizedTextModel text, EquatableArray<LocatedLanguage> spans)
    {
        foreach (LocalizedValue value in text.Values)
        {
            foreach (LocatedLanguage located in spans)
            {
                if (located.Language == value.Language)
                {
                    yield return new LocatedText(key, value.Language, value.Text, located.Span, 1);
                    break;
                }
            }
        }
    }
}
