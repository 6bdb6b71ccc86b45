using System;
using System.Collections.Generic;
using System.Globalization;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Parsing;

/// <summary>statement.json, signatories.json and strings.json: JSON tree → parse model (see docs/content-format.md).</summary>
internal static class JsonDocumentParsers
{
    public static MetadataDoc? ReadMetadata(ParseContext context, JsonNode root)
    {
        JsonObjectReader? obj = JsonObjectReader.Open(context, root, "");
        if (obj is null)
        {
            return null;
        }

        JsonNode? id = obj.Field("id", JsonKind.String, required: true);
        JsonNode? published = obj.Field("published", JsonKind.String, required: true);
        JsonNode? publisherNode = obj.Field("publisher", JsonKind.Object, required: true);
        var publisherSpans = new List<LocatedLanguage>();
        LocalizedTextModel? publisher = publisherNode is null ? null : LocalizedTextParser.Read(context, publisherNode, "publisher", publisherSpans);
        var tags = new List<string>();
        foreach ((string tag, JsonNode node) in obj.StringArray("tags"))
        {
            if (tag.Trim().Length == 0)
            {
                context.Report(DiagnosticDescriptors.InvalidValue, context.SpanOf(node), "'tags' holds an empty tag");
            }
            else
            {
                tags.Add(tag);
            }
        }

        bool open = obj.Boolean("openForSubscriptions") ?? false;
        IReadOnlyList<string> publishedLanguages = LocalizedTextParser.ReadLanguageList(context, obj, "publishedLanguages").Languages;
        obj.Finish();

        if (published is not null && !DateTime.TryParseExact(published.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            context.Report(DiagnosticDescriptors.InvalidValue, context.SpanOf(published), $"'published' must be a date as yyyy-MM-dd, e.g. 2024-09-18; '{published.Text}' is not");
            published = null;
        }

        if (id is null || published is null || publisher is null)
        {
            return null;
        }

        return new MetadataDoc(id.Text!, context.SpanOf(id), published.Text!, publisher, publisherSpans.ToEquatableArray(), tags.ToEquatableArray(), open, publishedLanguages.ToEquatableArray());
    }

    public static SignatoriesDoc? ReadSignatories(ParseContext context, JsonNode root)
    {
        JsonObjectReader? obj = JsonObjectReader.Open(context, root, "");
        JsonNode? groupsNode = obj?.Field("groups", JsonKind.Array, required: true);
        obj?.Finish();
        if (groupsNode is null)
        {
            return null;
        }

        var groups = new List<ParsedGroup>();
        for (int g = 0; g < groupsNode.Items.Count; g++)
        {
            string path = "groups[" + g + "]";
            JsonObjectReader? group = JsonObjectReader.Open(context, groupsNode.Items[g], path);
            if (group is null)
            {
                continue;
            }

            JsonNode? id = group.Field("id", JsonKind.String, required: true);
            JsonNode? heading = group.Field("heading", JsonKind.String, required: true);
            JsonNode? partiesNode = group.Field("parties", JsonKind.Array, required: true);
            group.Finish();
            var parties = new List<ParsedParty>();
            for (int p = 0; partiesNode is not null && p < partiesNode.Items.Count; p++)
            {
                ParsedParty? party = ReadParty(context, partiesNode.Items[p], path + ".parties[" + p + "]");
                if (party is not null)
                {
                    parties.Add(party);
                }
            }

            if (id is not null && heading is not null)
            {
                groups.Add(new ParsedGroup(id.Text!, context.SpanOf(id), heading.Text!, context.SpanOf(heading), parties.ToEquatableArray()));
            }
        }

        return new SignatoriesDoc(groups.ToEquatableArray());
    }

    public static StringsDoc? ReadStrings(ParseContext context, JsonNode root)
    {
        JsonObjectReader? obj = JsonObjectReader.Open(context, root, "");
        JsonNode? stringsNode = obj?.Field("strings", JsonKind.Object, required: true);
        obj?.Finish();
        if (stringsNode is null)
        {
            return null;
        }

        var strings = new List<ParsedUiString>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        List<LocatedLanguage> spans;
        foreach (JsonMember member in stringsNode.Members)
        {
            string path = "strings." + member.Name;
            if (!seen.Add(member.Name))
            {
                context.Report(DiagnosticDescriptors.DuplicateField, context.SpanOf(member), path);
                continue;
            }

            if (member.Value.Kind == JsonKind.Object && member.Value.Members.Exists(m => m.Name == UiFormatParser.ParametersField))
            {
                if (UiFormatParser.Read(context, member.Name, member.Value, path) is { } format)
                {
                    strings.Add(new ParsedUiString(member.Name, context.SpanOf(member), null, EquatableArray<LocatedLanguage>.Empty, format));
                }
            }
            else if (LocalizedTextParser.Read(context, member.Value, path, spans = new List<LocatedLanguage>()) is { } text)
            {
                strings.Add(new ParsedUiString(member.Name, context.SpanOf(member), text, spans.ToEquatableArray(), null));
            }
        }

        return new StringsDoc(strings.ToEquatableArray());
    }

    public static LanguagesDoc? ReadLanguages(ParseContext context, JsonNode root)
    {
        JsonObjectReader? obj = JsonObjectReader.Open(context, root, "");
        JsonNode? fallbacksNode = obj?.Field("fallbacks", JsonKind.Object, required: true);
        obj?.Finish();
        if (fallbacksNode is null)
        {
            return null;
        }

        // Read as any object (a key written twice is STC1005); its keys are languages, so also each once in any case.
        JsonObjectReader fallbacksObject = JsonObjectReader.Open(context, fallbacksNode, "fallbacks")!;
        var fallbacks = new List<ParsedFallback>();
        var declared = new LanguageTags.Set();
        foreach (JsonMember member in fallbacksObject.Members)
        {
            fallbacksObject.MarkRead(member.Name);
            string path = fallbacksObject.Child(member.Name);
            if (!LanguageTags.IsLanguageTag(member.Name))
            {
                context.Report(DiagnosticDescriptors.InvalidValue, context.SpanOf(member), $"'{path}': '{member.Name}' is not a language tag (expected a culture name such as 'kk' or 'pt-BR')");
                continue;
            }

            if (!declared.Add(context, member.Name, context.SpanOf(member), fallbacksObject.Path)
                || !JsonObjectReader.Expect(context, member.Value, JsonKind.Array, path))
            {
                continue;
            }

            var next = new LanguageTags.Set();
            foreach (JsonNode item in member.Value.Items)
            {
                if (!JsonObjectReader.Expect(context, item, JsonKind.String, path + "[]"))
                {
                    continue;
                }

                if (!LanguageTags.IsLanguageTag(item.Text!))
                {
                    context.Report(DiagnosticDescriptors.InvalidValue, context.SpanOf(item), $"'{path}': '{item.Text}' is not a language tag");
                    continue;
                }

                next.Add(context, item.Text!, context.SpanOf(item), path);
            }

            fallbacks.Add(new ParsedFallback(LanguageTags.Normalize(member.Name), context.SpanOf(member), next.Languages.ToEquatableArray()));
        }

        fallbacksObject.Finish();
        return new LanguagesDoc(fallbacks.ToEquatableArray());
    }

    private static ParsedParty? ReadParty(ParseContext context, JsonNode node, string path)
    {
        JsonObjectReader? party = JsonObjectReader.Open(context, node, path);
        if (party is null)
        {
            return null;
        }

        JsonNode? id = party.Field("id", JsonKind.String, required: true);
        JsonNode? nameNode = party.Field("name", JsonKind.Object, required: true);
        JsonNode? country = party.Field("country", JsonKind.String, required: false);
        var added = party.StringArray("addedByProject");
        party.Finish();

        var nameSpans = new List<LocatedLanguage>();
        LocalizedTextModel? name = nameNode is null ? null : LocalizedTextParser.Read(context, nameNode, party.Child("name"), nameSpans);
        if (country is not null && !IsCountryCode(country.Text!))
        {
            context.Report(DiagnosticDescriptors.InvalidValue, context.SpanOf(country), $"'{party.Child("country")}' must be an ISO 3166-1 alpha-2 code in capitals, e.g. 'KZ'; '{country.Text}' is not");
            country = null;
        }

        bool countryAdded = false;
        foreach ((string field, JsonNode fieldNode) in added)
        {
            countryAdded |= field == "country";
            // Localized names carry their own addedByProject list; at party level only plain fields can be listed.
            if (field != "country")
            {
                context.Report(DiagnosticDescriptors.InvalidValue, context.SpanOf(fieldNode), $"'{party.Child("addedByProject")}' may list only 'country'; mark added names inside 'name' instead");
            }
        }

        return id is null || name is null ? null : new ParsedParty(id.Text!, context.SpanOf(id), name, nameSpans.ToEquatableArray(), country?.Text, countryAdded && country is not null);
    }

    private static bool IsCountryCode(string code) =>
        code.Length == 2 && code[0] is >= 'A' and <= 'Z' && code[1] is >= 'A' and <= 'Z';
}
