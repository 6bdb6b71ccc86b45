using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Lint;

/// <summary>One lint finding, before the baseline is applied: where, which rule, and the text around it.</summary>
/// <param name="Rule">The rule's descriptor in the catalog (an STC5xxx Info).</param>
/// <param name="Excerpt">The finding with a few characters either side, invisible ones shown (<c>[U+00A0]</c>): what the baseline records.</param>
internal sealed record LintFinding(DiagnosticDescriptor Rule, string Path, FileSpan Span, string Message, string Excerpt)
{
    public string Id => Rule.Id;
}

/// <summary>
/// The content lint (STC5xxx, Info unless configured): typography and spoofing risks in the texts — a missing
/// space after punctuation, a quote glued to a word, unusual whitespace, Latin and Cyrillic letters mixed in one
/// word (homoglyphs), mixed quote styles within a language, a party name that differs from its id's words — and,
/// given the assembled statements, the checks on translations (<see cref="TranslationChecks"/>, STC5007–STC5012). The
/// published text stays as published: its known findings are acknowledged in <c>lint.baseline</c>
/// (<see cref="LintBaselineParser"/>), so only a new finding shows. The texts are the files' own (<see cref="SourceTexts"/>).
/// </summary>
internal static class ContentLint
{
    // After a letter or a closing quote or bracket ("памяти»,призванная"); two letters after it, so "e.g." and "U.S." pass.
    private static readonly Regex NoSpaceAfterPunctuation = new(@"(?<=[\p{L}»”)\]])[,.;:!?](?=\p{L}{2})", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex GluedQuote = new(@"[»”](?=\p{L})|(?<=\p{L})[«“]", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex OddWhitespace = new(@" {2,}|[\u00A0\u2007\u202F\u2000-\u200A\u3000]|^\s+|\s+$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex Word = new(@"\p{L}+", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex Quote = new("[«»“”\"]", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Every finding in the content's texts, in file order; then the checks on translations, when given the statements.</summary>
    /// <param name="statements">The assembled statements (the build's, or the CLI's <c>AssemblyWork</c>): their translations are checked against the English.</param>
    public static List<LintFinding> Find(IReadOnlyList<ParsedFile> files, IEnumerable<AssembledStatement>? statements = null)
    {
        var findings = new List<LintFinding>();
        foreach (ParsedFile file in files)
        {
            foreach (LocatedText text in SourceTexts.Of(file))
            {
                Check(findings, file.Path, text.Text, text.Span, text.Offset);
            }

            if (file.Text is { } doc)
            {
                QuoteStyles(findings, file.Path, doc);
            }

            foreach (ParsedParty party in file.Signatories?.Groups.SelectMany(g => g.Parties) ?? Enumerable.Empty<ParsedParty>())
            {
                NameAndId(findings, file.Path, party);
            }
        }

        if (statements is not null)
        {
            TranslationChecks.Find(findings, statements, files);
        }

        return findings;
    }

    /// <summary>
    /// At most this many findings of one rule in one file become diagnostics in a build; the last of them says how
    /// many more there are. A long text with a no-break space between every pair of words would otherwise flood
    /// the build with one Info each; <c>statement lint</c> lists every finding.
    /// </summary>
    public const int MaxReportedPerFileAndRule = 20;

    /// <summary>Reports what the baseline does not acknowledge (each baseline line acknowledges one finding), capped per file and rule.</summary>
    public static void Report(List<LintFinding> findings, LintBaseline baseline, DiagnosticBag diagnostics)
    {
        List<LintFinding> fresh = baseline.New(findings).ToList();
        Dictionary<(string Path, string Id), int> totals = fresh.GroupBy(f => (f.Path, f.Id)).ToDictionary(g => g.Key, g => g.Count());
        var reported = new Dictionary<(string Path, string Id), int>();
        foreach (LintFinding finding in fresh)
        {
            (string, string) key = (finding.Path, finding.Id);
            int count = reported.TryGetValue(key, out int before) ? before + 1 : 1;
            reported[key] = count;
            if (count > MaxReportedPerFileAndRule)
            {
                continue;
            }

            int more = totals[key] - MaxReportedPerFileAndRule;
            string message = count == MaxReportedPerFileAndRule && more > 0
                ? $"{finding.Message} (and {more} more {finding.Id} in this file, not reported by the build; 'statement lint' lists them all)"
                : finding.Message;
            diagnostics.Report(finding.Rule, finding.Path, finding.Span, message);
        }
    }

    /// <summary>A finding as a diagnostic, whether or not the baseline acknowledges it (the lint command shows both).</summary>
    public static DiagnosticInfo ToDiagnostic(LintFinding finding)
    {
        var bag = new DiagnosticBag();
        bag.Report(finding.Rule, finding.Path, finding.Span, finding.Message);
        return bag.ToEquatableArray()[0];
    }

    private static void Check(List<LintFinding> findings, string path, string text, FileSpan span, int offset)
    {
        // Match by match, not Matches: a text without findings (most texts) makes no collection.
        var lines = new TextLines(text);
        List<TranslationToken>? urls = null;
        for (Match match = NoSpaceAfterPunctuation.Match(text); match.Success; match = match.NextMatch())
        {
            // "example.org", "www.example.org/a.html": a URL's dots and colons are not punctuation in the text.
            urls ??= TranslationTokens.Urls(text);
            if (TranslationTokens.Inside(urls, match.Index))
            {
                continue;
            }

            findings.Add(Finding(DiagnosticDescriptors.NoSpaceAfterPunctuation, path, lines, span, offset, match, $"no space after '{match.Value}'"));
        }

        for (Match match = GluedQuote.Match(text); match.Success; match = match.NextMatch())
        {
            findings.Add(Finding(DiagnosticDescriptors.QuoteTouchesLetter, path, lines, span, offset, match, $"the quote '{match.Value}' touches a letter"));
        }

        for (Match match = OddWhitespace.Match(text); match.Success; match = match.NextMatch())
        {
            string what = match.Value.Length > 1 && match.Value.Trim().Length == 0 && match.Index > 0 && match.Index + match.Length < text.Length ? $"{match.Length} spaces in a row"
                : match.Index == 0 ? "whitespace at the start"
                : match.Index + match.Length == text.Length ? "whitespace at the end"
                : $"a {VisibleText.Show(match.Value)} space";
            findings.Add(Finding(DiagnosticDescriptors.UnusualWhitespace, path, lines, span, offset, match, what));
        }

        // Words that mix scripts, in one pass over the characters (most texts have none).
        int wordStart = -1;
        bool latin = false, cyrillic = false;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c))
            {
                wordStart = wordStart < 0 ? i : wordStart;
                latin |= c is >= 'A' and <= 'Z' or >= 'a' and <= 'z';
                cyrillic |= c is >= '\u0400' and <= '\u04FF';
                continue;
            }

            if (wordStart >= 0 && latin && cyrillic)
            {
                Match word = Word.Match(text, wordStart, i - wordStart);
                string letters = string.Concat(word.Value.Select(l => l is >= '\u0400' and <= '\u04FF' ? "[Cyrillic " + l + "]" : l.ToString()));
                findings.Add(Finding(DiagnosticDescriptors.MixedScripts, path, lines, span, offset, word, $"the word '{word.Value}' mixes Latin and Cyrillic letters ({letters})"));
            }

            wordStart = -1;
            latin = cyrillic = false;
        }
    }

    /// <summary>One language file should quote one way: «…» or “…” or "…"; the less used styles are reported.</summary>
    private static void QuoteStyles(List<LintFinding> findings, string path, TextDoc doc)
    {
        var uses = new List<(string Style, string Text, FileSpan Span, Match Match)>();
        for (int i = 0; i < doc.Paragraphs.Count && i < doc.ParagraphSpans.Count; i++)
        {
            foreach (Match match in Quote.Matches(doc.Paragraphs[i]))
            {
                uses.Add((match.Value is "«" or "»" ? "«»" : match.Value is "“" or "”" ? "“”" : "\"\"", doc.Paragraphs[i], doc.ParagraphSpans[i], match));
            }
        }

        List<IGrouping<string, (string Style, string Text, FileSpan Span, Match Match)>> styles = uses.GroupBy(u => u.Style).OrderByDescending(g => g.Count()).ToList();
        foreach (IGrouping<string, (string Style, string Text, FileSpan Span, Match Match)> minority in styles.Skip(1))
        {
            var first = minority.First();
            findings.Add(Finding(DiagnosticDescriptors.MixedQuoteStyles, path, new TextLines(first.Text), first.Span, 0, first.Match, $"quotes {minority.Key} in a '{doc.Language}' text that otherwise quotes {styles[0].Key}"));
        }
    }

    /// <summary>A party's id is its English name in kebab-case; a name that lost the id's words may be the wrong party.</summary>
    private static void NameAndId(List<LintFinding> findings, string path, ParsedParty party)
    {
        string? english = party.Name.Get(ContentAssembler.DefaultLanguage);
        if (english is null)
        {
            return;
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        string lower = english.ToLowerInvariant();
        for (int start = 0, i = 0; i <= lower.Length; i++)
        {
            // The name's words as an id's are: runs of a-z and 0-9.
            if (i == lower.Length || !(lower[i] is >= 'a' and <= 'z' or >= '0' and <= '9'))
            {
                if (i > start)
                {
                    words.Add(lower.Substring(start, i - start));
                }

                start = i + 1;
            }
        }

        List<string> missing = party.Id.Split('-').Where(word => !words.Contains(word)).ToList();
        if (missing.Count > 0)
        {
            findings.Add(new LintFinding(DiagnosticDescriptors.NameDiffersFromId, path, party.IdSpan,
                $"party '{party.Id}' is named '{VisibleText.Show(english)}', which lacks the id's word(s) {string.Join(", ", missing.Select(w => "'" + w + "'"))}",
                party.Id + " = " + VisibleText.Show(english)));
        }
    }

    private static LintFinding Finding(DiagnosticDescriptor rule, string path, TextLines lines, FileSpan span, int offset, Match match, string message)
    {
        const int Around = 8;
        string text = lines.Text;
        int start = Math.Max(0, match.Index - Around);
        int end = Math.Min(text.Length, match.Index + match.Length + Around);
        return new LintFinding(rule, path, lines.At(span, offset, match.Index, match.Length), message, VisibleText.Show(text.Substring(start, end - start)).Replace("\n", "[U+000A]"));
    }

    /// <summary>
    /// A text and where its lines start, found once on the first finding, so that placing many findings in a long
    /// text stays linear (counting line breaks from the start for each would be quadratic).
    /// </summary>
    internal sealed class TextLines
    {
        private List<int>? _breaks;

        public TextLines(string text) => Text = text;

        public string Text { get; }

        /// <summary>The place of characters <paramref name="index"/>.. of the text, which starts at <paramref name="span"/> (+ <paramref name="offset"/> on its first line).</summary>
        public FileSpan At(FileSpan span, int offset, int index, int length)
        {
            _breaks ??= Breaks(Text);
            // The line breaks before the index, and the last of them.
            int lineBreaks = _breaks.BinarySearch(index);
            lineBreaks = lineBreaks >= 0 ? lineBreaks : ~lineBreaks;
            int line = span.StartLine + lineBreaks;
            int column = lineBreaks == 0 ? span.StartColumn + offset + index : index - _breaks[lineBreaks - 1] - 1;
            return new FileSpan(span.Start + offset + index, length, line, column, line, column + length);
        }

        private static List<int> Breaks(string text)
        {
            var breaks = new List<int>();
            for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            {
                breaks.Add(i);
            }

            return breaks;
        }
    }
}
