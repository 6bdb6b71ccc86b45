using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Lint;

/// <summary>One check's finding on a pair of texts: the rule, what differs, where in the translation (null: the whole text) and the detail the baseline records.</summary>
internal readonly record struct PairFinding(DiagnosticDescriptor Rule, string Message, TranslationToken? At, string Detail);

/// <summary>
/// Checks on translations (STC5007–STC5012), after Translate Toolkit's pofilter checks numbers, urls, variables,
/// endpunc, sentencecount and unchanged: each text of a statement (<see cref="StatementTexts.Texts"/>) and each UI
/// string in a language other than English against its English. A finding is located at the translation, where
/// its file holds it; like every lint finding it is Info unless configured, and acknowledged in lint.baseline.
/// </summary>
internal static class TranslationChecks
{
    private const string Source = ContentAssembler.DefaultLanguage;

    /// <summary>The findings on every translation of <paramref name="statements"/> and of the UI strings in <paramref name="files"/>.</summary>
    public static void Find(List<LintFinding> findings, IEnumerable<AssembledStatement> statements, IEnumerable<ParsedFile> files)
    {
        foreach (AssembledStatement statement in statements)
        {
            IReadOnlyDictionary<(TextKey, string), (string Path, LocatedText Text)> located = statement.Sources.Located();
            foreach (StatementText text in statement.Model.Texts().Where(t => t.Key.Field != TextField.GroupHeading)) // a heading is its UI string, checked below
            {
                foreach (LocalizedValue value in Translations(text.Text))
                {
                    if (located.TryGetValue((StatementSources.LocatorKey(text.Key), value.Language), out (string Path, LocatedText Text) where))
                    {
                        Add(findings, where.Path, where.Text, Check(text.Text.Get(Source)!, value.Text, value.Language), "");
                    }
                }
            }
        }

        foreach (ParsedFile file in files.Where(f => f.Strings is not null))
        {
            foreach (IGrouping<TextKey, LocatedText> entry in SourceTexts.Of(file.Strings!).GroupBy(t => t.Key))
            {
                string? english = entry.FirstOrDefault(t => t.Language == Source).Text;
                foreach (LocatedText translation in entry.Where(t => english is not null && t.Language != Source))
                {
                    Add(findings, file.Path, translation, Check(english!, translation.Text, translation.Language), "");
                }
            }

            foreach (ParsedUiString entry in file.Strings!.Strings.Where(s => s.Format is not null))
            {
                Formats(findings, file.Path, entry);
            }
        }
    }

    /// <summary>What the checks find in <paramref name="translation"/> (in <paramref name="language"/>) against its English <paramref name="source"/>.</summary>
    /// <param name="placeholders">Whether to compare <c>{name}</c>s (a format's forms compare their parameters apart, <see cref="Formats"/>).</param>
    public static List<PairFinding> Check(string source, string translation, string language, bool placeholders = true)
    {
        var found = new List<PairFinding>();
        Numbers(found, source, translation, language);
        Missing(found, DiagnosticDescriptors.TranslationUrls, "URL or address", "URLs or addresses", TranslationTokens.Urls(source), TranslationTokens.Urls(translation), language);
        if (placeholders)
        {
            Placeholders(found, TranslationTokens.Placeholders(source), TranslationTokens.Placeholders(translation), language);
        }

        EndPunctuation(found, source, translation, language);

        // pofilter's sentencecount fails on any difference ("if not sentences1 == sentences2", translate/filters/
        // checks.py, StandardChecker.sentencecount, 3.8): so does this, with its sentence splitter (TranslationTokens).
        int sentences = TranslationTokens.SentenceCount(source), translated = TranslationTokens.SentenceCount(translation);
        if (sentences != translated)
        {
            found.Add(new PairFinding(DiagnosticDescriptors.TranslationSentenceCount,
                $"the '{language}' text has {Sentences(translated)}, the English {Sentences(sentences)}", null, $"{sentences} → {translated} sentences"));
        }

        if (Unchanged(source, translation))
        {
            found.Add(new PairFinding(DiagnosticDescriptors.TranslationUnchanged, $"the '{language}' text is the English text, untranslated", null, "unchanged"));
        }

        return found;
    }

    /// <summary>
    /// The same text in both languages (case and surrounding whitespace aside, placeholders left out), as pofilter's
    /// unchanged check: not a finding when the English has fewer than two characters, nothing but numbers, URLs and
    /// placeholders, or no lower-case letters (an acronym such as "USAID" or "KKE" is the same in every language).
    /// </summary>
    public static bool Unchanged(string source, string translation)
    {
        // Without placeholders the stripped texts are the trimmed ones: compare their lengths before making any string.
        if (source.IndexOf('{') < 0 && translation.IndexOf('{') < 0 && (TrimmedLength(source) is var length && (length < 2 || length != TrimmedLength(translation))))
        {
            return false;
        }

        if (!MayBeSame(source, translation))
        {
            return false;
        }

        string english = Strip(source), translated = Strip(translation);
        if (english.Length < 2 || english.Length != translated.Length)
        {
            return false; // lower-casing keeps a string's length, so texts of other lengths differ
        }

        string words = TranslationTokens.Words(source).Trim();
        return words.Any(char.IsLetter)
            && words.ToUpperInvariant() != words
            && string.Equals(english.ToLowerInvariant(), translated.ToLowerInvariant(), StringComparison.Ordinal);

        static string Strip(string text) => TranslationTokens.Without(text, TranslationTokens.Placeholders(text)).Trim();

        // What the comparison below needs and can be read without making a string: the characters that no placeholder
        // and no trimming can remove — those whose lower case is neither whitespace nor one of a placeholder's
        // ({, }, a-z, 0-9, _) — the same in both texts, in lower case. A text with a surrogate pair is left to the
        // comparison (a string's lower case maps a pair as one character).
        static bool MayBeSame(string source, string translation)
        {
            for (int i = 0, j = 0; ; i++, j++)
            {
                i = Kept(source, i);
                j = Kept(translation, j);
                if (i == source.Length || j == translation.Length)
                {
                    return (i == source.Length && j == translation.Length) || HasSurrogate(source) || HasSurrogate(translation);
                }

                if (char.IsSurrogate(source[i]) || char.IsSurrogate(translation[j]))
                {
                    return true;
                }

                if (char.ToLowerInvariant(source[i]) != char.ToLowerInvariant(translation[j]))
                {
                    return HasSurrogate(source) || HasSurrogate(translation);
                }
            }

            static int Kept(string text, int i)
            {
                while (i < text.Length && char.ToLowerInvariant(text[i]) is var c && !char.IsSurrogate(c)
                    && (char.IsWhiteSpace(c) || c is '{' or '}' or '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
                {
                    i++;
                }

                return i;
            }

            static bool HasSurrogate(string text)
            {
                foreach (char c in text)
                {
                    if (char.IsSurrogate(c))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        static int TrimmedLength(string text)
        {
            int start = 0, end = text.Length;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return end - start;
        }
    }

    private static IEnumerable<LocalizedValue> Translations(LocalizedTextModel text) =>
        text.Get(Source) is null ? Enumerable.Empty<LocalizedValue>() : text.Values.Where(v => v.Language != Source);

    /// <summary>Each value of <paramref name="source"/> that <paramref name="translation"/> has fewer times (one finding a value).</summary>
    private static void Missing(List<PairFinding> found, DiagnosticDescriptor rule, string what, string whats, List<TranslationToken> source, List<TranslationToken> translation, string language)
    {
        if (source.Count == 0)
        {
            return;
        }

        Dictionary<string, int> kept = TranslationTokens.Counts(translation);
        var lacking = new List<Lacking>();
        foreach (IGrouping<string, TranslationToken> value in source.GroupBy(t => t.Value, StringComparer.Ordinal))
        {
            int times = kept.TryGetValue(value.Key, out int count) ? count : 0;
            int inEnglish = value.Count();
            if (times < inEnglish)
            {
                lacking.Add(new Lacking(value.Key, inEnglish, times));
            }
        }

        Report(found, rule, what, whats, lacking, lacking.Count, language);
    }

    [ThreadStatic]
    private static List<NumberToken>? s_english, s_translated;

    /// <summary>
    /// <see cref="Missing"/> for numbers, which compare by their digits where they stand: when the translation has the
    /// English numbers in the English order (as a translation mostly has), one walk; else both texts' numbers sorted by
    /// value and walked side by side. A string is made only for a number a finding names: a long text holds many
    /// numbers, and a string and a group each was most of what the lint allocated at 1,000 statements (docs/benchmarks.md §3).
    /// </summary>
    private static void Numbers(List<PairFinding> found, string source, string translation, string language)
    {
        List<NumberToken> english = s_english ??= new List<NumberToken>(), translated = s_translated ??= new List<NumberToken>();
        english.Clear();
        TranslationTokens.Numbers(source, english);
        if (english.Count == 0)
        {
            return;
        }

        translated.Clear();
        TranslationTokens.Numbers(translation, translated);
        if (InSameOrder(english, translated, source, translation))
        {
            return;
        }

        List<(NumberToken First, int InEnglish, int Kept)> lacking = s_lacking ??= new();
        lacking.Clear();
        if (Exact(english) && Exact(translated))
        {
            ByValue(english, translated, lacking);
        }
        else
        {
            ByDigits(english, translated, source, translation, lacking);
        }

        if (lacking.Count > 0)
        {
            // In the order the English first shows them; a string only for those a finding names.
            lacking.Sort((x, y) => x.First.Index.CompareTo(y.First.Index));
            Report(found, DiagnosticDescriptors.TranslationNumbers, "number", "numbers",
                lacking.Take(Shown).Select(l => new Lacking(TranslationTokens.DigitsOf(source, l.First), l.InEnglish, l.Kept)).ToList(), lacking.Count, language);
        }
    }

    private static bool Exact(List<NumberToken> numbers)
    {
        foreach (NumberToken number in numbers)
        {
            if (number.Digits > TranslationTokens.ExactDigits)
            {
                return false;
            }
        }

        return true;
    }

    [ThreadStatic]
    private static long[]? s_values, s_kept;

    [ThreadStatic]
    private static int[]? s_positions;

    /// <summary>The values lacking when every number has its exact value: both texts' values sorted as plain numbers and walked side by side.</summary>
    private static void ByValue(List<NumberToken> english, List<NumberToken> translated, List<(NumberToken First, int InEnglish, int Kept)> lacking)
    {
        long[] values = Buffer(ref s_values, english.Count), kept = Buffer(ref s_kept, translated.Count);
        int[] positions = s_positions is { } p && p.Length >= english.Count ? p : (s_positions = new int[values.Length]);
        for (int i = 0; i < english.Count; i++)
        {
            values[i] = english[i].Hash;
            positions[i] = i;
        }

        for (int i = 0; i < translated.Count; i++)
        {
            kept[i] = translated[i].Hash;
        }

        Array.Sort(values, positions, 0, english.Count);
        Array.Sort(kept, 0, translated.Count);
        for (int e = 0, t = 0; e < english.Count;)
        {
            long value = values[e];
            int end = e, first = int.MaxValue;
            for (; end < english.Count && values[end] == value; end++)
            {
                first = Math.Min(first, positions[end]);
            }

            while (t < translated.Count && kept[t] < value)
            {
                t++;
            }

            int count = 0;
            for (; t < translated.Count && kept[t] == value; t++)
            {
                count++;
            }

            if (count < end - e)
            {
                lacking.Add((english[first], end - e, count));
            }

            e = end;
        }

        static long[] Buffer(ref long[]? buffer, int length) => buffer is { } b && b.Length >= length ? b : (buffer = new long[Math.Max(length, 64)]);
    }

    /// <summary>The values lacking when a number is too long for its value: sorted by <see cref="TranslationTokens.Order"/>, which reads digits where they stand.</summary>
    private static void ByDigits(List<NumberToken> english, List<NumberToken> translated, string source, string translation, List<(NumberToken First, int InEnglish, int Kept)> lacking)
    {
        // Equal numbers together, a value's occurrences in text order: a value's first occurrence leads its run.
        english.Sort((x, y) => TranslationTokens.Order(source, x, source, y) is var order && order != 0 ? order : x.Index.CompareTo(y.Index));
        translated.Sort((x, y) => TranslationTokens.Order(translation, x, translation, y));
        for (int e = 0, t = 0; e < english.Count;)
        {
            NumberToken value = english[e];
            int end = e + 1;
            while (end < english.Count && TranslationTokens.Order(source, english[end], source, value) == 0)
            {
                end++;
            }

            while (t < translated.Count && TranslationTokens.Order(translation, translated[t], source, value) < 0)
            {
                t++;
            }

            int kept = 0;
            for (; t < translated.Count && TranslationTokens.Order(translation, translated[t], source, value) == 0; t++)
            {
                kept++;
            }

            if (kept < end - e)
            {
                lacking.Add((value, end - e, kept));
            }

            e = end;
        }
    }

    [ThreadStatic]
    private static List<(NumberToken First, int InEnglish, int Kept)>? s_lacking;

    /// <summary>Whether the translation's numbers are the English ones, one for one in the same order (then none is lacking).</summary>
    private static bool InSameOrder(List<NumberToken> english, List<NumberToken> translated, string source, string translation)
    {
        if (english.Count != translated.Count)
        {
            return false;
        }

        for (int i = 0; i < english.Count; i++)
        {
            if (TranslationTokens.Order(source, english[i], translation, translated[i]) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many values a finding names; the rest it counts.</summary>
    private const int Shown = 5;

    /// <summary>A value the translation has fewer times than the English: how often in each.</summary>
    private readonly record struct Lacking(string Value, int InEnglish, int Kept);

    /// <summary>
    /// One finding per text and rule, as pofilter fails a unit once per check: a text that lost all its numbers is one
    /// thing to fix, not one per number (and a long text with many stays one finding, not thousands).
    /// </summary>
    /// <param name="lacking">The values lacking in the order the English first shows them, at least the first <see cref="Shown"/>.</param>
    /// <param name="count">How many values are lacking.</param>
    private static void Report(List<PairFinding> found, DiagnosticDescriptor rule, string what, string whats, List<Lacking> lacking, int count, string language)
    {
        if (count == 1)
        {
            Lacking only = lacking[0];
            string value = VisibleText.Show(only.Value);
            string often = only.InEnglish > 1 ? $" ({only.InEnglish} times in the English, {only.Kept} in the '{language}')" : "";
            found.Add(new PairFinding(rule, $"the '{language}' text lacks the {what} '{value}' of the English{often}", null, value));
        }
        else if (count > 1)
        {
            string[] shown = lacking.Take(Shown).Select(l => VisibleText.Show(l.Value)).ToArray();
            string list = string.Join(", ", shown.Select(v => "'" + v + "'")) + (count > Shown ? $" and {count - Shown} more" : "");
            found.Add(new PairFinding(rule, $"the '{language}' text lacks {count} {whats} of the English: {list}", null, string.Join(", ", shown)));
        }
    }

    /// <summary>
    /// A <c>{name}</c> of the English that the translation lacks, or one it adds. In a statement's text and a plain
    /// UI string braces are literal, so nothing else compares them; a format's parameters are checked per language
    /// already (STC2016, STC2018, errors), and per plural form here (<see cref="Formats"/>).
    /// </summary>
    private static void Placeholders(List<PairFinding> found, List<TranslationToken> source, List<TranslationToken> translation, string language)
    {
        if (source.Count == 0 && translation.Count == 0)
        {
            return;
        }

        Dictionary<string, int> inSource = TranslationTokens.Counts(source), inTranslation = TranslationTokens.Counts(translation);
        foreach (IGrouping<string, TranslationToken> name in source.GroupBy(t => t.Value, StringComparer.Ordinal).Where(n => n.Count() > Count(inTranslation, n.Key)))
        {
            found.Add(new PairFinding(DiagnosticDescriptors.TranslationPlaceholders, $"the '{language}' text lacks the placeholder '{{{name.Key}}}' of the English", null, $"{{{name.Key}}} missing"));
        }

        foreach (IGrouping<string, TranslationToken> name in translation.GroupBy(t => t.Value, StringComparer.Ordinal).Where(n => n.Count() > Count(inSource, n.Key)))
        {
            found.Add(new PairFinding(DiagnosticDescriptors.TranslationPlaceholders, $"the '{language}' text has the placeholder '{{{name.Key}}}', which the English has not (as often)", name.Last(), $"{{{name.Key}}} extra"));
        }

        static int Count(Dictionary<string, int> counts, string value) => counts.TryGetValue(value, out int count) ? count : 0;
    }

    private static void EndPunctuation(List<PairFinding> found, string source, string translation, string language)
    {
        TranslationToken english = TranslationTokens.EndOf(source), translated = TranslationTokens.EndOf(translation);
        if (english.Value != translated.Value && translation.Trim().Length > 0)
        {
            found.Add(new PairFinding(DiagnosticDescriptors.TranslationEndPunctuation,
                $"the '{language}' text ends {Ending(translated.Value)} where the English ends {Ending(english.Value)}", translated, $"'{english.Value}' → '{translated.Value}'"));
        }

        static string Ending(string marks) => marks.Length == 0 ? "without punctuation" : $"with '{marks}'";
    }

    /// <summary>
    /// A format's plural forms: each form of a translation against the English form of its category (else the English
    /// 'other'), and — what STC2018 leaves, as it asks a parameter of each language, not of each form — a form that
    /// does not show a parameter the English shows. A Russian 'one' without {count} reads "одна партия" for 21 parties too.
    /// </summary>
    private static void Formats(List<LintFinding> findings, string path, ParsedUiString entry)
    {
        UiFormatModel format = entry.Format!;
        LanguageFormsModel? english = format.Languages.FirstOrDefault(l => l.Language == Source);
        if (english is null)
        {
            return;
        }

        var shown = new HashSet<string>(english.Forms.SelectMany(f => f.Parts.Where(p => p.IsParameter).Select(p => p.Text)), StringComparer.Ordinal);
        string[] englishPatterns = english.Forms.Select(Pattern).ToArray();
        foreach (LanguageFormsModel language in format.Languages.Where(l => l.Language != Source))
        {
            LocatedLanguage? span = entry.TextSpans.FirstOrDefault(s => s.Language == language.Language);
            var where = new LocatedText(TextKey.UiString(entry.Key), language.Language, "", span?.Span ?? entry.KeySpan, 0);
            foreach (FormModel form in language.Forms)
            {
                string text = Pattern(form);
                int englishForm = english.Forms.Count - 1; // the English form of the same category, else its 'other'
                for (int f = 0; f < english.Forms.Count; f++)
                {
                    if (english.Forms[f].Category == form.Category)
                    {
                        englishForm = f;
                        break;
                    }
                }

                List<PairFinding> found = Check(englishPatterns[englishForm], text, language.Language, placeholders: false);
                if (language.IsPlural && shown.Count > 0)
                {
                    var used = new HashSet<string>(form.Parts.Where(p => p.IsParameter).Select(p => p.Text), StringComparer.Ordinal);
                    found.AddRange(shown.Where(p => !used.Contains(p)).OrderBy(p => p, StringComparer.Ordinal).Select(p => new PairFinding(DiagnosticDescriptors.TranslationPlaceholders,
                        $"the '{language.Language}' plural form '{form.Category}' does not show '{{{p}}}', which the English shows: the form may stand for more than one number", null, $"{{{p}}} missing")));
                }

                if (found.Count > 0)
                {
                    Add(findings, path, where with { Text = text }, found.ConvertAll(f => f with { At = null }), form.Category + ": ");
                }
            }
        }
    }

    private static string Pattern(FormModel form) => string.Concat(form.Parts.Select(p => p.IsParameter ? "{" + p.Text + "}" : p.Text));

    private static string Sentences(int count) => count == 1 ? "1 sentence" : $"{count} sentences";

    /// <summary>The pair's findings as lint findings at the translation; the excerpt is the translation's start and what differs, so it stays acknowledged wherever the text moves.</summary>
    private static void Add(List<LintFinding> findings, string path, LocatedText translation, List<PairFinding> found, string prefix)
    {
        const int Head = 24;
        string head = translation.Text.Length > Head ? translation.Text.Substring(0, Head) + "…" : translation.Text;
        foreach (PairFinding finding in found)
        {
            FileSpan span = finding.At is { } at && translation.Text.Length > 0
                ? new ContentLint.TextLines(translation.Text).At(translation.Span, translation.Offset, at.Index, at.Length)
                : translation.Span;
            string excerpt = VisibleText.Show(prefix + head + ": " + finding.Detail).Replace("\n", "[U+000A]");
            findings.Add(new LintFinding(finding.Rule, path, span, finding.Message, excerpt));
        }
    }
}
