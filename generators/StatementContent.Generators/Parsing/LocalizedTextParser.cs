using System;
using System.Collections.Generic;
using System.Linq;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Parsing;

/// <summary>
/// Reads a localized text object: <c>{ "en": "...", "ru": "...", "addedByProject": ["ru"], "verbatimWhitespace": ["en"], "note": "..." }</c>.
/// Language keys are culture names; <c>addedByProject</c> lists languages whose text is not in the published
/// source; <c>verbatimWhitespace</c> lists languages whose leading/trailing whitespace is published text and kept;
/// <c>note</c> is a note for translators (<see cref="TranslatorNotes"/>).
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

        LanguageTags.Set added = ReadLanguageList(context, obj, AddedByProject);
        LanguageTags.Set verbatim = ReadLanguageList(context, obj, VerbatimWhitespace);
        string? note = TranslatorNotes.Read(context, obj);
        var values = new List<LocalizedValue>();
        var seen = new LanguageTags.Set();
        foreach (JsonMember member in obj.Members)
        {
            if (member.Name is AddedByProject or VerbatimWhitespace or TranslatorNotes.Field or "$schema")
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
            if (!seen.Add(context, member.Name, context.SpanOf(member), obj.Path)
                || !JsonObjectReader.Expect(context, member.Value, JsonKind.String, memberPath)
                || IsBlank(context, member.Value, memberPath))
            {
                continue;
            }

            string text = member.Value.Text!;

            if (text.Trim().Length != text.Length && !verbatim.Contains(language))
            {
                context.Report(DiagnosticDescriptors.UnmarkedWhitespace, context.SpanOf(member.Value), obj.Path, member.Name);
            }

            values.Add(new LocalizedValue(language, text, added.Contains(language)));
            spans?.Add(new LocatedLanguage(language, context.SpanOf(member.Value)));
        }

        foreach (string language in added.Languages.Where(l => !seen.Contains(l)))
        {
            context.Report(DiagnosticDescriptors.InvalidValue, obj.Span, $"'{obj.Child(AddedByProject)}' names '{language}', which has no text here");
        }

        if (values.Count == 0)
        {
            context.Report(DiagnosticDescriptors.InvalidValue, obj.Span, $"'{JsonObjectReader.DisplayPath(path)}' has no text in any language");
            return null;
        }

        return new LocalizedTextModel(values.ToEquatableArray(), note);
    }

    /// <summary>
    /// The one rule for a text in one language, a plain UI string's or a format's pattern or plural form: it may
    /// not be blank (a reader would see nothing). Reports STC1006 at the value when it is.
    /// </summary>
    public static bool IsBlank(ParseContext context, JsonNode value, string path)
    {
        if (value.Text!.Trim().Length > 0)
        {
            return false;
        }

        context.Report(DiagnosticDescriptors.InvalidValue, context.SpanOf(value), $"'{path}' is empty; write its text, or remove the language instead of leaving it blank");
        return true;
    }

    /// <summary>A list of languages, e.g. <c>"addedByProject": ["ru"]</c>: each a language tag, each once.</summary>
    public static LanguageTags.Set ReadLanguageList(ParseContext context, JsonObjectReader obj, string name)
    {
        var languages = new LanguageTags.Set();
        foreach ((string value, JsonNode node) in obj.StringArray(name))
        {
            if (!LanguageTags.IsLanguageTag(value))
            {
                context.Report(DiagnosticDescriptors.InvalidValue, context.SpanOf(node), $"'{obj.Child(name)}': '{value}' is not a language tag");
                continue;
            }

            languages.Add(context, value, context.SpanOf(node), obj.Child(name));
        }

        return languages;
    }
}
