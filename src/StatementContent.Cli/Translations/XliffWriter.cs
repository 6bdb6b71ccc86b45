using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using StatementContent.Generators.Assembling;

namespace StatementContent.Cli.Translations;

/// <summary>
/// Items → an XLIFF 2.0 core document (OASIS, <c>urn:oasis:names:tc:xliff:document:2.0</c>): one <c>&lt;file&gt;</c>, one
/// <c>&lt;unit&gt;</c> per item with the item's key as its id, its notes, and one segment whose <c>state</c> says
/// where the translation stands (<see cref="State"/>). XLIFF 2.0 core has no plural forms: a plural UI string is one
/// unit whose source and target are ICU MessageFormat plural texts (<see cref="IcuPlural"/>), as translation
/// platforms exchange them.
/// </summary>
internal static class XliffWriter
{
    public const string Namespace = "urn:oasis:names:tc:xliff:document:2.0";

    /// <summary>The category of the note that holds a stale item's previous English source (docs/translators.md).</summary>
    public const string PreviousSourceCategory = "previous-source";

    /// <summary>The segment state of an item: missing → initial, stale or not yet reviewed → translated, recorded in the lock → reviewed, published → final.</summary>
    public static string State(TranslationState state) => state switch
    {
        TranslationState.Missing => "initial",
        TranslationState.Stale or TranslationState.Translated => "translated",
        TranslationState.Reviewed => "reviewed",
        _ => "final",
    };

    public static string Write(IReadOnlyList<TranslationItem> items, string language)
    {
        var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (XmlWriter xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("xliff", Namespace);
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("srcLang", ContentAssembler.DefaultLanguage);
            xml.WriteAttributeString("trgLang", language);
            xml.WriteStartElement("file", Namespace);
            xml.WriteAttributeString("id", "content");
            foreach (TranslationItem item in items)
            {
                Unit(xml, item, language);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Unit(XmlWriter xml, TranslationItem item, string language)
    {
        xml.WriteStartElement("unit", Namespace);
        xml.WriteAttributeString("id", item.Key);
        xml.WriteStartElement("notes", Namespace);
        Note(xml, "location", $"{item.SourcePath}:{item.SourceLine}");
        foreach (string note in PoWriter.Notes(item, language).Where(n => !n.StartsWith("Plural forms", System.StringComparison.Ordinal)))
        {
            Note(xml, "translator", note);
        }

        if (item.Previous is { } previous)
        {
            // XLIFF 2.0 core has no previous source; a note is what every reader keeps (the change-tracking module is optional to support).
            Note(xml, PreviousSourceCategory, Text(previous));
        }

        if (item.English.IsPlural)
        {
            Note(xml, "format", "ICU MessageFormat plural: translate each form's text inside its braces; the categories are the target language's CLDR plural categories.");
        }

        xml.WriteEndElement();
        xml.WriteStartElement("segment", Namespace);
        xml.WriteAttributeString("state", State(item.State));
        if (item.State == TranslationState.Stale)
        {
            xml.WriteAttributeString("subState", "statement:stale");
        }

        xml.WriteElementString("source", Namespace, Text(item.English));
        if (item.Target is { } target)
        {
            xml.WriteElementString("target", Namespace, Text(target));
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Note(XmlWriter xml, string category, string text)
    {
        xml.WriteStartElement("note", Namespace);
        xml.WriteAttributeString("category", category);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static string Text(ItemText text) => text.IsPlural ? IcuPlural.Write(text) : text.Single;
}
