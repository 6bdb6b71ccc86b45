using System;
using System.Collections.Generic;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Parsing;

/// <summary>
/// Reads a localized text object: <c>{ "en": "...", "ru": "...", "addedByProject": ["ru"], "verbatimWhitespace": ["en"] }</c>.
/// Language keys are culture names; <c>addedByProject</c> lists languages whose text is not in the published
/// source; <c>verbatimWhitespace</c> lists languages whose leading/trailing whitespace is published text and kept.
/// </summary>
internal static class LocalizedTextParser
{
    private const string AddedByProject = "addedByProject";
    private const string VerbatimWhitespace = "verbatimWhitespace";

    /// <param name="spans">When given, receives where each language's text is (for diagnostics about one translation).</param>
    public static LocalizedTextModel? Read(ParseContext context, JsonNode node, string path, List<LocatedLanguage>? spans = null)
    {
        JsonObjectReader? obj = JsonObjectReader.Open(context, node, path);
        if (obj is null)
        {
            return null;
        }

        HashSet<string> added = ReadLanguageList(context, obj, AddedByProject);
        HashSet<string> verbatim = ReadLanguageList(context, obj, VerbatimWhitespace);
        var values = new List<LocalizedValue>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonMember member in obj.Members)
        {
            if (member.Name is AddedByProject or VerbatimWhitespace or "$schema")
            {
                continue;
            }

            obj.MarkRead(member.Name);
            string memberPath = obj.Child(member.Name);
            if (!LanguageTags.IsLanguageTag(member.Name))
            {
                context.Report(DiagnosticDescriptors.InvalidValue, context.SpanOf(member), $"'{memberPath}': '{member.Name}' is not a language tag (expected a culture name such as 'en' or 'pt-BR')");
                continue;
            }

            string language = LanguageTags.Normalize(member.Name);
            if (!seen.Add(language))
            {
                context.Report(DiagnosticDescriptors.DuplicateField, context.SpanOf(member), memberPath);
                continue;
            }

            if (!JsonObjectReader.Expect(context, member.Value, JsonKind.String, memberPath))
            {
                continue;
            }

            string text = member.Value.Text!;
            if (text.Trim().Length == 0)
            {
                context.Report(DiagnosticDescriptors.InvalidValue, context.SpanOf(member.Value), $"'{memberPath}' is empty; remove the language instead of leaving its text blank");
                continue;
            }

            if (text.Trim().Length != text.Length && !verbatim.Contains(language))
            {
                context.Report(DiagnosticDescriptors.UnmarkedWhitespace, context.SpanOf(member.Value), obj.Path, member.Name);
            }

            values.Add(new LocalizedValue(language, text, added.Contains(language)));
            spans?.Add(new LocatedLanguage(language, context.SpanOf(member.Value)));
        }

        foreach (string language in added)
        {
            if (!seen.Contains(language))
            {
                context.Report(DiagnosticDescriptors.InvalidValue, obj.Span, $"'{obj.Child(AddedByProject)}' names '{language}', which has no text here");
            }
        }

        if (values.Count == 0)
        {
            context.Report(DiagnosticDescriptors.InvalidValue, obj.Span, $"'{JsonObjectReader.DisplayPath(path)}' has no text in any language");
            return null;
        }

        return new LocalizedTextModel(values.ToEquatableArray());
    }

    private static HashSet<string> ReadLanguageList(ParseContext context, JsonObjectReader obj, string name)
    {
        var languages = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string value, JsonNode node) in obj.StringArray(name))
        {
            if (LanguageTags.IsLanguageTag(value))
            {
                languages.Add(LanguageTags.Normalize(value));
            }
            else
            {
                context.Report(DiagnosticDescriptors.InvalidValue, context.SpanOf(node), $"'{obj.Child(name)}': '{value}' is not a language tag");
            }
        }

        return languages;
    }
}
