using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Parsing;

/// <summary>
/// Reads a UI string with parameters from strings.json:
/// <c>{ "parameters": ["count"], "en": { "one": "Signed by {count} party", "other": "Signed by {count} parties" }, "ru": { … } }</c>.
/// A language's value is one pattern, or an object of CLDR plural forms (needs the parameter <c>count</c>).
/// Patterns name parameters as <c>{name}</c>; <c>{{</c> and <c>}}</c> are literal braces. Each language must
/// use every parameter and have exactly the plural forms its CLDR rules distinguish (see PluralRules).
/// </summary>
internal static class UiFormatParser
{
    public const string ParametersField = "parameters";
    private const string AddedByProject = "addedByProject";

    public static UiFormatModel? Read(ParseContext context, string key, JsonNode node, string path)
    {
        JsonObjectReader? obj = JsonObjectReader.Open(context, node, path);
        if (obj is null)
        {
            return null;
        }

        // Any error below leaves the whole string out (its diagnostic is the one to fix, and a half-read format would
        // only add consequential warnings behind it) but one: a language whose plural forms are not its CLDR
        // categories (STC2017) leaves out that language alone, so the string is still generated for the others and
        // that language's readers get the text the fallback rule gives them (as for any missing translation).
        int errorsBefore = context.Diagnostics.ErrorCount;
        int isolated = 0;
        var warnings = new List<Action>(); // reported only for a string that is generated: an error is the one to fix first
        List<string> parameters = ReadParameters(context, obj);
        _ = LocalizedTextParser.ReadLanguageList(context, obj, AddedByProject); // provenance: checked like any localized text's, not needed to compile
        string? note = TranslatorNotes.Read(context, obj);
        var languages = new List<LanguageFormsModel>();
        var leftOut = new List<string>();
        var named = new LanguageTags.Set();
        foreach (JsonMember member in obj.Members.Where(m => m.Name is not ParametersField and not AddedByProject and not TranslatorNotes.Field and not "$schema"))
        {
            obj.MarkRead(member.Name);
            string memberPath = obj.Child(member.Name);
            if (!LanguageTags.IsLanguageTag(member.Name))
            {
                context.Report(DiagnosticDescriptors.InvalidValue, context.SpanOf(member), $"'{memberPath}': '{member.Name}' is not a language tag (expected a culture name such as 'en' or 'pt-BR')");
                continue;
            }

            if (!named.Add(context, member.Name, context.SpanOf(member), path))
            {
                continue;
            }

            int isolatedBefore = isolated;
            LanguageFormsModel? forms = ReadLanguage(context, LanguageTags.Normalize(member.Name), member, memberPath, parameters, ref isolated, warnings);
            if (forms is not null)
            {
                languages.Add(forms);
            }
            else if (isolated > isolatedBefore)
            {
                leftOut.Add(LanguageTags.Normalize(member.Name));
            }
        }

        obj.Finish();
        if (context.Diagnostics.ErrorCount - isolated > errorsBefore)
        {
            return null;
        }

        if (languages.Count == 0 && leftOut.Count == 0)
        {
            context.Report(DiagnosticDescriptors.InvalidValue, obj.Span, $"'{JsonObjectReader.DisplayPath(path)}' has no text in any language");
            return null;
        }

        // The default language first, as for every localized text.
        languages.Sort((a, b) => (a.Language == "en" ? 0 : 1).CompareTo(b.Language == "en" ? 0 : 1) is var c && c != 0 ? c : string.CompareOrdinal(a.Language, b.Language));
        if (languages.Count == 0)
        {
            return null; // every language's forms are wrong, and each is reported
        }

        warnings.ForEach(report => report());

        return new UiFormatModel(key, parameters.ToEquatableArray(), languages.ToEquatableArray(), note) { LeftOut = leftOut.ToEquatableArray() };
    }

    private static List<string> ReadParameters(ParseContext context, JsonObjectReader obj)
    {
        var parameters = new List<string>();
        foreach ((string name, JsonNode node) in obj.StringArray(ParametersField))
        {
            if (!IsParameterName(name) || parameters.Contains(name))
            {
                context.Report(DiagnosticDescriptors.MalformedFormat, context.SpanOf(node), obj.Child(ParametersField),
                    parameters.Contains(name) ? $"'{name}' is listed twice" : $"'{name}' is not a parameter name (camelCase ASCII letters and digits, not '{UiFormatModel.CultureParameter}')");
                continue;
            }

            parameters.Add(name);
        }

        return parameters;
    }

    /// <summary>A language's forms; null when it has none to generate. <paramref name="isolated"/> counts the errors that leave out this language alone.</summary>
    private static LanguageFormsModel? ReadLanguage(ParseContext context, string language, JsonMember member, string path, List<string> parameters, ref int isolated, List<Action> warnings)
    {
        var forms = new List<FormModel>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        bool malformed = false;
        bool formsMatch = true;
        if (member.Value.Kind == JsonKind.String)
        {
            if (!LocalizedTextParser.IsBlank(context, member.Value, path) && ReadPattern(context, member.Value, path, parameters, used) is { } parts)
            {
                forms.Add(new FormModel("other", parts));
                warnings.Add(() => WarnWithoutForms(context, language, member.Value, path, parameters));
            }
            else
            {
                malformed = true;
            }
        }
        else if (JsonObjectReader.Open(context, member.Value, path) is { } plural)
        {
            if (!parameters.Contains(UiFormatModel.CountParameter))
            {
                context.Report(DiagnosticDescriptors.MalformedFormat, context.SpanOf(member), path, $"plural forms are picked by the parameter '{UiFormatModel.CountParameter}'; list it in \"{ParametersField}\"");
            }

            foreach (JsonMember form in plural.Members)
            {
                plural.MarkRead(form.Name);
                if (JsonObjectReader.Expect(context, form.Value, JsonKind.String, plural.Child(form.Name))
                    && !LocalizedTextParser.IsBlank(context, form.Value, plural.Child(form.Name))
                    && ReadPattern(context, form.Value, plural.Child(form.Name), parameters, used) is { } parts)
                {
                    forms.Add(new FormModel(form.Name, parts));
                }
                else
                {
                    malformed = true;
                }
            }

            // The forms as written: one that is malformed is reported already, not missing as well.
            int before = context.Diagnostics.ErrorCount;
            formsMatch = CheckCategories(context, language, member, path, plural.Members.Select(f => f.Name).ToList());
            if (!formsMatch)
            {
                isolated += context.Diagnostics.ErrorCount - before;
            }
        }

        // A malformed pattern is reported already; which parameters it meant to use is unknown.
        foreach (string missing in parameters.Where(p => !malformed && !used.Contains(p)))
        {
            context.Report(DiagnosticDescriptors.FormatParametersDiffer, context.SpanOf(member), path, missing);
        }

        return forms.Count == 0 || !formsMatch ? null : new LanguageFormsModel(language, forms.ToEquatableArray());
    }

    /// <summary>
    /// One pattern for a counted text reads right only where the language has one form for every number (ja, zh):
    /// elsewhere it is wrong for some counts (en "1 parties"; ru for most counts). A language without rules is
    /// left alone: whether it needs forms is unknown.
    /// </summary>
    private static void WarnWithoutForms(ParseContext context, string language, JsonNode pattern, string path, List<string> parameters)
    {
        if (!parameters.Contains(UiFormatModel.CountParameter) || !StatementContent.PluralRules.IsSupported(language))
        {
            return;
        }

        StatementContent.PluralCategory[] categories = StatementContent.PluralRules.CategoriesOf(language);
        if (categories.Length > 1)
        {
            context.Report(DiagnosticDescriptors.PatternWithoutPluralForms, context.SpanOf(pattern), path, language,
                string.Join(", ", categories.Select(c => c.ToString().ToLowerInvariant())));
        }
    }

    /// <summary>The forms must be exactly the categories the language's CLDR rules distinguish; false (reported) when they are not.</summary>
    private static bool CheckCategories(ParseContext context, string language, JsonMember member, string path, List<string> categories)
    {
        if (!StatementContent.PluralRules.IsSupported(language))
        {
            context.Report(DiagnosticDescriptors.PluralFormsMismatch, context.SpanOf(member), path, $"CLDR {StatementContent.CldrPlurals.Version} has no plural rules for '{language}' (it has them for {StatementContent.PluralRules.SupportedLanguages.Split(' ').Length} locales, e.g. 'en', 'ru', 'kk', 'pt-PT'; PluralRules.SupportedLanguages lists them)");
            return false;
        }

        string[] needed = StatementContent.PluralRules.CategoriesOf(language).Select(c => c.ToString().ToLowerInvariant()).ToArray();
        string expected = string.Join(", ", needed);
        foreach (string missing in needed.Where(n => !categories.Contains(n)))
        {
            context.Report(DiagnosticDescriptors.PluralFormsMismatch, context.SpanOf(member), path, $"the form '{missing}' is missing ('{language}' has {expected})");
        }

        bool match = true;
        foreach (string extra in categories.Where(c => !needed.Contains(c)))
        {
            context.Report(DiagnosticDescriptors.PluralFormsMismatch, context.SpanOf(member), path, $"'{extra}' is not a form of '{language}' ('{language}' has {expected})");
            match = false;
        }

        return match && needed.All(categories.Contains);
    }

    /// <summary>A pattern → literal and parameter parts; null (with a diagnostic) when malformed.</summary>
    private static EquatableArray<PatternPart>? ReadPattern(ParseContext context, JsonNode node, string path, List<string> parameters, HashSet<string> used)
    {
        string pattern = node.Text!;
        var parts = new List<PatternPart>();
        var literal = new StringBuilder();
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if ((c == '{' || c == '}') && i + 1 < pattern.Length && pattern[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                context.Report(DiagnosticDescriptors.MalformedFormat, context.SpanOf(node), path, $"a '}}' at character {i + 1} closes nothing; write '}}}}' for a literal brace");
                return null;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            int close = pattern.IndexOf('}', i + 1);
            string name = close < 0 ? "" : pattern.Substring(i + 1, close - i - 1);
            if (close < 0 || !parameters.Contains(name))
            {
                context.Report(DiagnosticDescriptors.MalformedFormat, context.SpanOf(node), path, close < 0
                    ? $"the '{{' at character {i + 1} is not closed; write '{{{{' for a literal brace"
                    : $"'{{{name}}}' is not a listed parameter (listed: {string.Join(", ", parameters)})");
                return null;
            }

            if (literal.Length > 0)
            {
                parts.Add(new PatternPart(literal.ToString(), false));
                literal.Clear();
            }

            parts.Add(new PatternPart(name, true));
            used.Add(name);
            i = close;
        }

        if (literal.Length > 0)
        {
            parts.Add(new PatternPart(literal.ToString(), false));
        }

        return parts.ToEquatableArray();
    }

    /// <summary>
    /// camelCase ASCII, so a parameter name can meet no generated name but the method's own <c>culture</c>. C# keywords
    /// are names too (<c>from</c>, <c>class</c>): the method declares them <c>@</c>-escaped, as C# requires.
    /// </summary>
    private static bool IsParameterName(string name) =>
        name.Length > 0 && name[0] >= 'a' && name[0] <= 'z' && name.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9')
        && name != UiFormatModel.CultureParameter;
}
