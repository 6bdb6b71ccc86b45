using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using StatementContent.Generators.Lint;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// The checks on translations (STC5007–STC5012): each fires on its case, located in the translation's file, Info by
/// default, its severity set by .editorconfig and its finding acknowledged by lint.baseline; and each stays quiet
/// where the translation carries the same thing written its own way (1,000 / 1 000, 18th / 18-го, ... / …).
/// </summary>
public class TranslationCheckTests
{
    private const string EnglishFile = "# Title\n\n{0}\n\nParagraph two.\n";
    private const string RussianFile = "# Заголовок\n\n{0}\n\nАбзац два.\n";

    // The English paragraph, the Russian one, the rule, and the text the finding starts at in the Russian file.
    [Theory]
    [InlineData("We counted 1,000 votes in 2019.", "Мы насчитали тысячу голосов в 2019 году.", "STC5007", "Мы насчитали")]
    [InlineData("We counted 311 votes.", "Мы насчитали голоса.", "STC5007", "Мы насчитали")]
    [InlineData("See https://example.org/a for more.", "Подробнее на сайте.", "STC5008", "Подробнее")]
    [InlineData("Write to info@example.org today.", "Пишите нам сегодня.", "STC5008", "Пишите")]
    [InlineData("Signed by {count} parties.", "Подписали партии.", "STC5009", "Подписали")]
    [InlineData("Signed by parties.", "Подписали {count} партии.", "STC5009", "{count}")]
    [InlineData("Stop the ban!", "Остановить запрет.", "STC5010", ".")]
    [InlineData("Stop the ban.", "Остановить запрет", "STC5010", "\n\nАбзац два")] // no punctuation: the finding sits where the text ends
    [InlineData("The ban. The answer.", "Запрет и ответ.", "STC5011", "Запрет")]
    [InlineData("Paragraph one stays.", "Paragraph one stays.", "STC5012", "Paragraph one")]
    public void Each_check_fires_at_the_translation(string english, string russian, string id, string at)
    {
        string russianFile = string.Format(RussianFile, russian);
        GeneratorRun run = new MiniContent()
            .With(MiniContent.English, string.Format(EnglishFile, english))
            .With(MiniContent.Russian, russianFile)
            .Run();

        Diagnostic diagnostic = Assert.Single(run.AllDiagnostics);
        Assert.Equal((id, DiagnosticSeverity.Info), (diagnostic.Id, diagnostic.Severity));
        (int line, int column) = MiniContent.At(russianFile, at);
        Assert.Equal((MiniContent.Russian, line, column), MiniContent.Where(diagnostic));
        Assert.Empty(run.CompilationProblems);
    }

    // Pairs that carry the same numbers, URLs, placeholders, end and sentences, each written the way its language writes them.
    [Theory]
    [InlineData("We counted 1,000 votes.", "Мы насчитали 1 000 голосов.")]
    [InlineData("We counted 1,000 votes.", "Мы насчитали 1\u00A0000 голосов.")]
    [InlineData("We counted 1,000 votes.", "Мы насчитали 1\u202F000 голосов.")]
    [InlineData("It is 3.5 percent.", "Это 3,5 процента.")]
    [InlineData("On the 18th of September.", "18-го сентября.")]
    [InlineData("In the mid-90s.", "В середине 90-х.")]
    [InlineData("Is it so?", "Так ли это?")]
    [InlineData("Wait...", "Подождите…")]
    [InlineData("The \"memorial week.\"", "«Неделя памяти».")]
    [InlineData("Listed:", "Список:")]
    [InlineData("See https://example.org/a.", "См. https://example.org/a.")]
    [InlineData("Signed by {count} parties", "Подписали {count} партии")]
    [InlineData("The ban, e.g. in Kazakhstan. It grows.", "Запрет, напр. в Казахстане. Он растёт.")]
    [InlineData("USAID", "USAID")] // no lower-case letter: an acronym, the same in both languages
    [InlineData("2024", "2024")]
    [InlineData("https://example.org", "https://example.org")] // no letters but the URL's
    [InlineData("{count}", "{count}")]
    [InlineData("A", "A")] // shorter than two characters
    public void No_check_fires_when_the_translation_carries_the_same(string english, string russian)
    {
        Assert.Empty(TranslationChecks.Check(english, russian, "ru"));
    }

    [Theory]
    [InlineData("We counted 1,000 votes.", "Мы насчитали 100 голосов.", "STC5007")]
    [InlineData("It was 18 and 18.", "Это было 18.", "STC5007")] // twice in the English, once in the translation
    [InlineData("See https://example.org/a.", "См. https://example.org/b.", "STC5008")]
    [InlineData("Is it so?", "Так ли это.", "STC5010")]
    [InlineData("Wait...", "Подождите.", "STC5010")]
    [InlineData("One. Two. Three.", "Один. Два и три.", "STC5011")]
    [InlineData("Other Parties", "other parties", "STC5012")] // case aside, as pofilter's unchanged
    public void A_pair_that_differs_fires_its_rule_alone(string english, string russian, string id)
    {
        Assert.Equal(new[] { id }, TranslationChecks.Check(english, russian, "ru").Select(f => f.Rule.Id));
    }

    [Theory]
    [InlineData("[**/ru.md]\ndotnet_diagnostic.STC5012.severity = warning\n", DiagnosticSeverity.Warning)]
    [InlineData("[*.md]\ndotnet_diagnostic.STC5012.severity = error\n", DiagnosticSeverity.Error)]
    [InlineData("[*.json]\ndotnet_diagnostic.STC5012.severity = error\n", DiagnosticSeverity.Info)] // the translation is in ru.md
    public void An_editorconfig_sets_a_checks_severity(string config, DiagnosticSeverity expected)
    {
        GeneratorRun run = Unchanged().With("/.editorconfig", "root = true\n\n" + config).Run();

        Diagnostic diagnostic = Assert.Single(run.AllDiagnostics);
        Assert.Equal(("STC5012", expected), (diagnostic.Id, diagnostic.Severity));
    }

    [Fact]
    public void Severity_none_silences_a_check()
    {
        GeneratorRun run = Unchanged().With("/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.STC5012.severity = none\n").Run();

        Assert.Empty(run.AllDiagnostics);
    }

    [Fact]
    public void The_baseline_acknowledges_a_finding_and_a_new_one_still_shows()
    {
        const string Acknowledged = "STC5012 | s1/ru.md | Paragraph one stays.: unchanged\n";
        Assert.Empty(Unchanged().With("/c/lint.baseline", Acknowledged).Run().AllDiagnostics);

        // Moved down a paragraph: still acknowledged; the number the new paragraph drops is not.
        GeneratorRun moved = new MiniContent()
            .With(MiniContent.English, "# Title\n\nIn 2024.\n\nParagraph one stays.\n\nParagraph two.\n")
            .With(MiniContent.Russian, "# Заголовок\n\nВ этом году.\n\nParagraph one stays.\n\nАбзац два.\n")
            .With("/c/lint.baseline", Acknowledged)
            .Run();
        Diagnostic fresh = Assert.Single(moved.AllDiagnostics);
        Assert.Equal(("STC5007", 3), (fresh.Id, MiniContent.Where(fresh).Line));
        Assert.Contains("lacks the number '2024'", fresh.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_party_name_publisher_and_ui_string_are_checked_where_their_json_file_holds_the_translation()
    {
        var content = new MiniContent();
        string metadata = content.Text(MiniContent.Metadata).Replace("\"en\": \"Publisher\"", "\"en\": \"Publisher 2\"");
        string signatories = content.Text(MiniContent.Signatories)
            .Replace("\"id\": \"b\", \"name\": { \"en\": \"B\", \"ru\": \"Б\" }", "\"id\": \"beta-party\", \"name\": { \"en\": \"Beta Party\", \"ru\": \"Beta Party\" }");
        string strings = "{\n  \"strings\": {\n    \"Others\": { \"en\": \"Others:\", \"ru\": \"Другие\" }\n  }\n}";
        GeneratorRun run = content.With(MiniContent.Metadata, metadata).With(MiniContent.Signatories, signatories).With(MiniContent.Strings, strings).Run();

        var expected = new[]
        {
            ("STC5007", MiniContent.Metadata, MiniContent.At(metadata, "\"Издатель\"")),
            ("STC5010", MiniContent.Strings, MiniContent.At(strings, "\" }\n")), // where the text ends: where the missing ':' goes
            ("STC5012", MiniContent.Signatories, MiniContent.At(signatories, "\"Beta Party\"", 2)),
        };
        Assert.Equal(
            expected.Select(e => (e.Item1, e.Item2, e.Item3.Line, e.Item3.Column)),
            run.AllDiagnostics.Select(d => (d.Id, MiniContent.Where(d).Path, MiniContent.Where(d).Line, MiniContent.Where(d).Column)).OrderBy(f => f.Id, StringComparer.Ordinal));
    }

    // A Russian 'one' is 1, 21, 31, …: a form without {count} reads "одна партия" for 21 parties. STC2018 asks each
    // language to show each parameter somewhere, so this is no error; the lint names the form.
    [Fact]
    public void A_plural_form_that_drops_a_parameter_is_found_and_is_no_error()
    {
        const string Strings = """
            {
              "strings": {
                "Others": { "en": "Others", "ru": "Другие" },
                "SignedBy": {
                  "parameters": ["count"],
                  "en": { "one": "Signed by {count} party", "other": "Signed by {count} parties" },
                  "ru": { "one": "Подписала одна партия", "few": "Подписали {count} партии", "many": "Подписали {count} партий", "other": "Подписали {count} партии" }
                }
              }
            }
            """;
        GeneratorRun run = new MiniContent().With(MiniContent.Strings, Strings).Run();

        Diagnostic diagnostic = Assert.Single(run.AllDiagnostics);
        Assert.Equal(("STC5009", DiagnosticSeverity.Info), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("plural form 'one' does not show '{count}'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(MiniContent.At(Strings, "\"SignedBy\""), (MiniContent.Where(diagnostic).Line, MiniContent.Where(diagnostic).Column)); // a format's findings are at its key
    }

    // "example.org" has a dot before two letters: STC5001 read it as a missing space until it skipped URLs.
    [Fact]
    public void No_space_after_punctuation_skips_urls_and_addresses()
    {
        GeneratorRun run = new MiniContent()
            .With(MiniContent.English, string.Format(EnglishFile, "See https://www.example.org/page.html or write to info@example.org."))
            .With(MiniContent.Russian, string.Format(RussianFile, "См. https://www.example.org/page.html или пишите на info@example.org."))
            .Run();

        Assert.Empty(run.AllDiagnostics);
    }

    // A long hostile text (runs of e-mail characters without '@', thousands of numbers, URLs and placeholders):
    // every tokenizer reads it once, so the checks stay linear; a quadratic one would take minutes here.
    [Fact]
    public void A_long_hostile_text_is_checked_in_linear_time()
    {
        string english = string.Concat(Enumerable.Repeat("a.b-c_d%e+f", 20_000)) + " " + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{i} https://example.org/{i} {{p{i}}} "));
        string russian = english.Replace("https://", "http://", StringComparison.Ordinal).Replace("{p", "{q", StringComparison.Ordinal);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var found = TranslationChecks.Check(english, russian, "ru");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        PairFinding urls = Assert.Single(found, f => f.Rule.Id == "STC5008"); // one per text, naming how many
        Assert.StartsWith("the 'ru' text lacks 20000 URLs or addresses of the English: 'https://example.org/0', ", urls.Message, StringComparison.Ordinal);
        Assert.Equal(40_000, found.Count(f => f.Rule.Id == "STC5009")); // each {pN} missing, each {qN} added
        Assert.DoesNotContain(found, f => f.Rule.Id == "STC5007");
    }

    [Fact]
    public void A_text_that_lost_several_numbers_is_one_finding_naming_them()
    {
        var found = TranslationChecks.Check("In 1917, 1924, 1936, 1991, 2004 and 2024: 311 votes.", "В 1917 году: голоса.", "ru");

        PairFinding numbers = Assert.Single(found, f => f.Rule.Id == "STC5007");
        Assert.Equal("the 'ru' text lacks 6 numbers of the English: '1924', '1936', '1991', '2004', '2024' and 1 more", numbers.Message);
        Assert.Equal("1924, 1936, 1991, 2004, 2024", numbers.Detail);
    }

    // The numbers check against a reference written the plain way (each number's digits as a string, grouped): for
    // any numbers written any way (leading zeros, digit grouping, Arabic-Indic or full-width digits), in any order,
    // the finding is the one the reference names, in the order the English first shows the values.
    [Fact]
    public void Numbers_compare_by_their_digits_however_they_are_written()
    {
        Gen.Select(Gen.Int[0, 40].Array[0, 9], Gen.Int[0, 40].Array[0, 9], Gen.Int[0, 5].Array[18], Gen.Int[0, 2000]).Sample((english, russian, styles, scale) =>
        {
            int[] en = english.Select(v => v * scale).ToArray(), ru = russian.Select(v => v * scale).ToArray();
            string Text(int[] values, int offset) => "Words " + string.Join(" and ", values.Select((v, i) => Write(v, styles[(i + offset) % styles.Length]))) + " end";

            List<PairFinding> found = TranslationChecks.Check(Text(en, 0), Text(ru, 7), "ru");

            string[] lacking = en.Distinct().Where(v => en.Count(e => e == v) > ru.Count(r => r == v)).Select(v => v.ToString(CultureInfo.InvariantCulture)).ToArray();
            string? expected = lacking.Length switch
            {
                0 => null,
                1 when en.Count(e => e.ToString(CultureInfo.InvariantCulture) == lacking[0]) is var times && times > 1 =>
                    $"the 'ru' text lacks the number '{lacking[0]}' of the English ({times} times in the English, {ru.Count(r => r.ToString(CultureInfo.InvariantCulture) == lacking[0])} in the 'ru')",
                1 => $"the 'ru' text lacks the number '{lacking[0]}' of the English",
                _ => $"the 'ru' text lacks {lacking.Length} numbers of the English: {string.Join(", ", lacking.Take(5).Select(v => "'" + v + "'"))}{(lacking.Length > 5 ? $" and {lacking.Length - 5} more" : "")}",
            };
            Assert.Equal(expected, found.SingleOrDefault(f => f.Rule.Id == "STC5007").Message);
        });

        static string Write(int value, int style)
        {
            string digits = value.ToString(CultureInfo.InvariantCulture);
            return style switch
            {
                1 => "00" + digits,
                2 => new string(digits.Select(c => (char)('\u0660' + (c - '0'))).ToArray()), // Arabic-Indic
                3 => new string(digits.Select(c => (char)('\uFF10' + (c - '0'))).ToArray()), // full-width
                4 when value >= 1000 => (value / 1000).ToString(CultureInfo.InvariantCulture) + "\u00A0" + (value % 1000).ToString("D3", CultureInfo.InvariantCulture),
                5 when value >= 1000 => (value / 1000).ToString(CultureInfo.InvariantCulture) + "," + (value % 1000).ToString("D3", CultureInfo.InvariantCulture),
                _ => digits,
            };
        }
    }

    // Past 18 digits a number no longer fits a long: those compare digit by digit, however they are grouped.
    [Theory]
    [InlineData("12345678901234567890123", "12\u00A0345\u00A0678\u00A0901\u00A0234\u00A0567\u00A0890\u00A0123", null)]
    [InlineData("0012345678901234567890123", "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠١٢٣", null)]
    [InlineData("12345678901234567890123", "12345678901234567890124", "12345678901234567890123")]
    [InlineData("1234567890123456789 and 999999999999999999", "999999999999999999 and 1234567890123456789", null)]
    [InlineData("1234567890123456789 and 999999999999999999", "1234567890123456789", "999999999999999999")]
    public void Long_numbers_compare_by_every_digit(string english, string russian, string? lacking)
    {
        PairFinding? numbers = TranslationChecks.Check("Sum " + english + " total.", "Сумма " + russian + " итого.", "ru").Cast<PairFinding?>().SingleOrDefault(f => f!.Value.Rule.Id == "STC5007");

        Assert.Equal(lacking, numbers?.Detail);
    }

    private static MiniContent Unchanged() => new MiniContent()
        .With(MiniContent.English, string.Format(EnglishFile, "Paragraph one stays."))
        .With(MiniContent.Russian, string.Format(RussianFile, "Paragraph one stays."));
}
