using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Lint;
using StatementContent.Generators.Model;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Cli.Tests;

/// <summary>
/// The checks on translations (STC5007–STC5012) against Translate Toolkit's <c>pofilter</c>, run on a PO built from
/// the same pairs: crafted pairs and every English/Russian pair of the shipped content (statement texts and UI
/// strings). Where the semantics agree, both fire on the same pairs with the same check; where they differ on purpose
/// (docs/diagnostics.md says how), the difference is asserted too, so the documentation cannot drift.
/// </summary>
public sealed class PofilterOracleTests
{
    /// <summary>Our rule and the pofilter check that asks the same question.</summary>
    private static readonly Dictionary<string, string> s_checks = new(StringComparer.Ordinal)
    {
        ["STC5007"] = "numbers",
        ["STC5008"] = "urls",
        ["STC5009"] = "pythonbraceformat",
        ["STC5010"] = "endpunc",
        ["STC5011"] = "sentencecount",
        ["STC5012"] = "unchanged",
    };

    /// <summary>Pairs on which pofilter and the lint agree, some that fail each check and some that pass them all.</summary>
    private static readonly (string English, string Russian)[] s_agreeing =
    {
        ("We counted 311 votes.", "Мы насчитали голоса."),
        ("We counted 1,000 votes in 2019.", "Мы насчитали 1 000 голосов в 2019 году."),
        ("We counted 1,000 votes.", "Мы насчитали 1\u00A0000 голосов."),
        ("On the 18th of September.", "18-го сентября."),
        ("See https://example.org/a for more.", "Подробнее на сайте."),
        ("See https://example.org/a for more.", "Подробнее на https://example.org/a сайта."),
        ("Signed by {count} parties", "Подписали партии"),
        ("Signed by {count} parties", "Подписали {count} партии"),
        ("Stop the ban!", "Остановить запрет."),
        ("Is it so?", "Так ли это?"),
        ("Listed:", "Список:"),
        ("Stop the ban.", "Остановить запрет"),
        ("The ban. The answer.", "Запрет и ответ."),
        ("The ban, e.g. in Kazakhstan. It grows.", "Запрет, напр. в Казахстане. Он растёт."),
        ("One. Two. Three.", "Один. Два. Три."),
        ("Paragraph one stays.", "Paragraph one stays."),
        ("USAID", "USAID"),
        ("Other Parties", "Другие партии"),
    };

    /// <summary>Pairs on which the lint differs from pofilter on purpose: the rule, and whether the lint fires (pofilter does the opposite).</summary>
    private static readonly (string English, string Russian, string Rule, bool LintFires)[] s_differing =
    {
        ("It is 3.5 percent.", "Это 3,5 процента.", "STC5007", false),            // a decimal comma is the same number
        ("The \"memorial week.\"", "«Неделя памяти».", "STC5010", false),         // punctuation inside or outside the closing quote
        ("Write to info@example.org today.", "Пишите нам сегодня.", "STC5008", true), // an e-mail address is kept too
        ("See https://example.org/a for more.", "Подробнее: https://example.org/a.", "STC5008", false), // the full stop after a URL is not part of it
        ("https://example.org/about", "https://example.org/about", "STC5012", false), // nothing to translate but a URL
    };

    [ToolsFact]
    public void The_lint_fires_where_pofilter_fails_on_crafted_pairs_and_on_the_shipped_content()
    {
        ExternalTools.Require();
        List<(string English, string Russian)> pairs = s_agreeing.Concat(Shipped()).ToList();
        Assert.True(pairs.Count > s_agreeing.Length + 10, "the shipped content has its title, paragraphs, party names and UI strings in en and ru");

        Dictionary<int, SortedSet<string>> pofilter = Pofilter(pairs);
        Dictionary<int, SortedSet<string>> lint = Lint(pairs);

        var disagreements = Enumerable.Range(0, pairs.Count)
            .Where(i => !Of(pofilter, i).SetEquals(Of(lint, i)))
            .Select(i => $"'{pairs[i].English}' / '{pairs[i].Russian}': pofilter [{string.Join(", ", Of(pofilter, i))}], lint [{string.Join(", ", Of(lint, i))}]")
            .ToList();
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));

        // Not a pass for want of findings: every check fails on some crafted pair, and the shipped content has its
        // one known finding (paragraph 4: "USAID.Текст" reads as one sentence).
        Assert.Equal(s_checks.Values.OrderBy(c => c, StringComparer.Ordinal), lint.Values.SelectMany(c => c).Distinct().OrderBy(c => c, StringComparer.Ordinal));
        Assert.Contains(Enumerable.Range(s_agreeing.Length, pairs.Count - s_agreeing.Length), i => Of(lint, i).Contains("sentencecount") && pairs[i].Russian.Contains("USAID.Текст", StringComparison.Ordinal));
    }

    [ToolsFact]
    public void Where_the_lint_differs_from_pofilter_on_purpose_it_differs_as_documented()
    {
        ExternalTools.Require();
        List<(string English, string Russian)> pairs = s_differing.Select(d => (d.English, d.Russian)).ToList();

        Dictionary<int, SortedSet<string>> pofilter = Pofilter(pairs);
        Dictionary<int, SortedSet<string>> lint = Lint(pairs);

        for (int i = 0; i < s_differing.Length; i++)
        {
            string check = s_checks[s_differing[i].Rule];
            Assert.True(Of(lint, i).Contains(check) == s_differing[i].LintFires, $"lint on '{pairs[i].English}': [{string.Join(", ", Of(lint, i))}]");
            Assert.True(Of(pofilter, i).Contains(check) != s_differing[i].LintFires, $"pofilter on '{pairs[i].English}': [{string.Join(", ", Of(pofilter, i))}]");
        }
    }

    /// <summary>Every English/Russian pair of the shipped content, as the lint pairs them: the statements' texts (<see cref="StatementTexts.Texts"/>) and the plain UI strings.</summary>
    private static IEnumerable<(string English, string Russian)> Shipped()
    {
        ContentFolder content = ContentFolder.Load(RepoPaths.Combine("content"));
        foreach (AssembledStatement statement in content.Work!.Statements)
        {
            foreach (StatementText text in statement.Model.Texts().Where(t => t.Key.Field != TextField.GroupHeading))
            {
                if (text.Text.Get("en") is { } english && text.Text.Get("ru") is { } russian)
                {
                    yield return (english, russian);
                }
            }
        }

        foreach (var entry in content.Files.Where(f => f.Strings is not null).SelectMany(f => SourceTexts.Of(f.Strings!)).GroupBy(t => t.Key))
        {
            if (entry.FirstOrDefault(t => t.Language == "en").Text is { } english && entry.FirstOrDefault(t => t.Language == "ru").Text is { } russian)
            {
                yield return (english, russian);
            }
        }
    }

    private static Dictionary<int, SortedSet<string>> Lint(List<(string English, string Russian)> pairs) => Enumerable.Range(0, pairs.Count).ToDictionary(
        i => i,
        i => new SortedSet<string>(TranslationChecks.Check(pairs[i].English, pairs[i].Russian, "ru").Select(f => s_checks[f.Rule.Id]), StringComparer.Ordinal));

    /// <summary>The checks pofilter fails on each pair (by index), from the notes it writes on the units it keeps.</summary>
    private static Dictionary<int, SortedSet<string>> Pofilter(List<(string English, string Russian)> pairs)
    {
        string folder = Directory.CreateTempSubdirectory("pofilter-oracle").FullName;
        string input = Path.Combine(folder, "pairs.po"), output = Path.Combine(folder, "failed.po");
        var po = new StringBuilder("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: ru\\n\"\n");
        for (int i = 0; i < pairs.Count; i++)
        {
            po.Append($"\nmsgctxt \"pair-{i}\"\nmsgid {Quote(pairs[i].English)}\nmsgstr {Quote(pairs[i].Russian)}\n");
        }

        File.WriteAllText(input, po.ToString(), new UTF8Encoding(false));
        var args = new List<string> { "--progress=none", "--language=ru" };
        args.AddRange(s_checks.Values.SelectMany(check => new[] { "-t", check }));
        args.AddRange(new[] { input, output });
        var (code, stdout, error) = ExternalTools.Run("pofilter", folder, args.ToArray());
        Assert.True(code == 0 && !error.Contains("Traceback", StringComparison.Ordinal), $"pofilter: {stdout}{error}");

        var failed = new Dictionary<int, SortedSet<string>>();
        foreach (string unit in File.ReadAllText(output).Split("\n\n"))
        {
            Match context = Regex.Match(unit, "^msgctxt \"pair-(\\d+)\"", RegexOptions.Multiline);
            if (context.Success)
            {
                failed[int.Parse(context.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)] = new SortedSet<string>(
                    Regex.Matches(unit, @"^# \(pofilter\) (\w+):", RegexOptions.Multiline).Select(m => m.Groups[1].Value), StringComparer.Ordinal);
            }
        }

        Directory.Delete(folder, recursive: true);
        return failed;
    }

    private static SortedSet<string> Of(Dictionary<int, SortedSet<string>> found, int index) =>
        found.TryGetValue(index, out SortedSet<string>? checks) ? checks : new SortedSet<string>(StringComparer.Ordinal);

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
}
