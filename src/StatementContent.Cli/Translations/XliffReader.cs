using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace StatementContent.Cli.Translations;

/// <summary>
/// An XLIFF 2.0 document → its units as import entries. Read with DTDs prohibited and no resolver, so a
/// <c>&lt;!DOCTYPE&gt;</c> with external or expanding entities is an error, never a file or URL read; the text
/// size is already bounded by the tool's file rule. A unit's segments are joined; a target that is an ICU plural
/// (<see cref="IcuPlural"/>) gives its forms by category.
/// </summary>
internal static class XliffReader
{
    public static ImportFile Read(string text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using XmlReader xml = XmlReader.Create(new StringReader(text), settings);
        try
        {
            return ReadDocument(xml);
        }
        catch (XmlException ex)
        {
            int doctype = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
            if (ex.LineNumber == 0 && doctype >= 0)
            {
                // A prohibited DTD comes without a position (and with advice to enable DTDs): say it at the DOCTYPE.
                int lineStart = text.LastIndexOf('\n', Math.Max(0, doctype - 1)) + 1;
                throw new ImportException("a <!DOCTYPE>: XLIFF files have none, and the tool reads no DTD or entity (external entities would read other files)",
                    text.Take(doctype).Count(c => c == '\n') + 1, doctype - lineStart + 1);
            }

            var info = (IXmlLineInfo)xml;
            int line = ex.LineNumber > 0 ? ex.LineNumber : Math.Max(1, info.LineNumber);
            int column = ex.LineNumber > 0 ? ex.LinePosition : Math.Max(1, info.LinePosition);
            throw new ImportException("not well-formed XLIFF (DTDs and entities are not read): " + ex.Message, line, column);
        }
    }

    private static ImportFile ReadDocument(XmlReader xml)
    {
        var info = (IXmlLineInfo)xml;
        xml.MoveToContent();
        if (xml.LocalName != "xliff" || xml.NamespaceURI != XliffWriter.Namespace)
        {
            throw new ImportException($"the root element is <{xml.Name}> in '{xml.NamespaceURI}', not XLIFF 2.0's <xliff> in '{XliffWriter.Namespace}'", info.LineNumber, info.LinePosition);
        }

        if (xml.GetAttribute("srcLang") is { } source && source != Generators.Assembling.ContentAssembler.DefaultLanguage)
        {
            throw new ImportException($"srcLang is '{source}'; the content's source language is '{Generators.Assembling.ContentAssembler.DefaultLanguage}'", info.LineNumber, info.LinePosition);
        }

        string? language = xml.GetAttribute("trgLang");
        var entries = new List<ImportEntry>();
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "unit" && xml.NamespaceURI == XliffWriter.Namespace)
            {
                int line = info.LineNumber, column = info.LinePosition;
                string id = xml.GetAttribute("id") ?? throw new ImportException("a <unit> without an id", line, column);
                entries.Add(Unit(xml.ReadSubtree(), id, line, column));
            }
        }

        return new ImportFile(language, entries);
    }

    private static ImportEntry Unit(XmlReader unit, string id, int line, int column)
    {
        var source = new StringBuilder();
        StringBuilder? target = null;
        bool fuzzy = false;
        unit.Read();
        while (!unit.EOF)
        {
            if (unit.NodeType == XmlNodeType.Element && unit.NamespaceURI == XliffWriter.Namespace)
            {
                switch (unit.LocalName)
                {
                    case "segment":
                        fuzzy |= unit.GetAttribute("state") is not ("reviewed" or "final"); // not settled: confirms nothing in the lock
                        break;
                    case "source":
                        source.Append(unit.ReadElementContentAsString());
                        continue;
                    case "target":
                        (target ??= new StringBuilder()).Append(unit.ReadElementContentAsString());
                        continue;
                }
            }

            unit.Read();
        }

        return new ImportEntry(id, Text(source.ToString()), target is null || target.Length == 0 ? null : Text(target.ToString()), fuzzy, line, column);
    }

    private static ItemText Text(string text) => IcuPlural.Read(text) ?? ItemText.Plain(text);
}
