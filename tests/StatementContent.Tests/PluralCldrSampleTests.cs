using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Globalization;
using System.Text.Json;
using StatementContent.Testing;
using Xunit;
using Xunit.Abstractions;

namespace StatementContent.Tests;

/// <summary>
/// Every sample CLDR gives for its rules (the vendored plurals.json and ordinals.json, read here at test time)
/// against <see cref="PluralRules"/>, for every locale. Samples with a compact exponent (1c6, 1.1c3) are skipped
/// and counted: the API takes plain numbers, whose exponent is 0.
/// </summary>
public class PluralCldrSampleTests(ITestOutputHelper output)
{
    internal static readonly string[] Categories = ["zero", "one", "two", "few", "many", "other"];

    internal sealed record Sample(string Locale, PluralCategory Category, string Text, bool IsInteger);

    internal static Dictionary<string, Dictionary<PluralCategory, string>> Rules(string kind)
    {
        string file = kind == "cardinal" ? "plurals.json" : "ordinals.json";
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("src", "StatementContent", "Runtime", "Cldr", file)));
        JsonElement locales = document.RootElement.GetProperty("supplemental").GetProperty("plurals-type-" + kind);
        var rules = new Dictionary<string, Dictionary<PluralCategory, string>>(StringComparer.Ordinal);
        foreach (JsonProperty locale in locales.EnumerateObject())
        {
            rules[locale.Name] = locale.Value.EnumerateObject().ToDictionary(
                rule => (PluralCategory)Array.IndexOf(Categories, rule.Name.Replace("pluralRule-count-", "", StringComparison.Ordinal)),
                rule => rule.Value.GetString()!);
        }

        Assert.NotEmpty(rules);
        Assert.DoesNotContain((PluralCategory)(-1), rules.Values.SelectMany(r => r.Keys));
        return rules;
    }

    /// <summary>The samples of one rule: "@integer 0, 2~16, 100, 1c6, …" and "@decimal 0.0~1.5, 10.0, …", ranges expanded.</summary>
    internal static (List<Sample> Samples, int Compact) Samples(string locale, PluralCategory category, string rule)
    {
        var samples = new List<Sample>();
        int compact = 0;
        foreach (string part in rule.Split('@').Skip(1))
        {
            bool integer = part.StartsWith("integer", StringComparison.Ordinal);
            Assert.True(integer || part.StartsWith("decimal", StringComparison.Ordinal), part);
            foreach (string item in part[(integer ? "integer" : "decimal").Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (item == "…")
                {
                    continue;
                }

                if (item.Contains('c') || item.Contains('e'))
                {
                    compact++;
                    continue;
                }

                string[] range = item.Split('~');
                decimal low = decimal.Parse(range[0], CultureInfo.InvariantCulture);
                decimal high = decimal.Parse(range[^1], CultureInfo.InvariantCulture);
                int digits = range[0].Contains('.') ? range[0].Length - range[0].IndexOf('.') - 1 : 0;
                Assert.Equal(digits, range[^1].Contains('.') ? range[^1].Length - range[^1].IndexOf('.') - 1 : 0);
                decimal step = 1m / (decimal)Math.Pow(10, digits);
                for (decimal value = low; value <= high; value += step)
                {
                    samples.Add(new Sample(locale, category, value.ToString("F" + digits, CultureInfo.InvariantCulture), integer));
                }
            }
        }

        return (samples, compact);
    }

    [Fact]
    public void Every_cardinal_sample_of_every_locale_gets_its_category()
    {
        Dictionary<string, Dictionary<PluralCategory, string>> rules = Rules("cardinal");
        var failures = new List<string>();
        int count = 0, compact = 0, doubles = 0;
        foreach ((string locale, Dictionary<PluralCategory, string> categories) in rules)
        {
            foreach ((PluralCategory category, string rule) in categories)
            {
                (List<Sample> samples, int skipped) = Samples(locale, category, rule);
                compact += skipped;
                foreach (Sample sample in samples)
                {
                    count++;
                    decimal value = decimal.Parse(sample.Text, CultureInfo.InvariantCulture);
                    Check(failures, sample, "decimal", PluralRules.Select(locale, value));
                    if (sample.IsInteger)
                    {
                        Check(failures, sample, "long", PluralRules.Select(locale, (long)value));
                    }

                    // A double has the operands of its shortest representation: the sample's only when that is the sample.
                    double number = double.Parse(sample.Text, CultureInfo.InvariantCulture);
                    if (number.ToString("R", CultureInfo.InvariantCulture) == sample.Text)
                    {
                        doubles++;
                        Check(failures, sample, "double", PluralRules.Select(locale, number));
                    }
                }
            }
        }

        output.WriteLine($"{rules.Count} locales, {count} cardinal samples (as decimal; integers as long too; {doubles} as double), {compact} compact-exponent samples skipped");
        Assert.True(count > 1000, $"only {count} samples: was the data read?");
        Assert.True(failures.Count == 0, $"{failures.Count} samples disagree:\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void Every_ordinal_sample_of_every_locale_gets_its_category()
    {
        Dictionary<string, Dictionary<PluralCategory, string>> rules = Rules("ordinal");
        var failures = new List<string>();
        int count = 0, compact = 0;
        foreach ((string locale, Dictionary<PluralCategory, string> categories) in rules)
        {
            foreach ((PluralCategory category, string rule) in categories)
            {
                (List<Sample> samples, int skipped) = Samples(locale, category, rule);
                compact += skipped;
                foreach (Sample sample in samples)
                {
                    Assert.True(sample.IsInteger, $"{locale}: ordinal sample {sample.Text} is not an integer");
                    count++;
                    Check(failures, sample, "ordinal", PluralRules.SelectOrdinal(locale, long.Parse(sample.Text, CultureInfo.InvariantCulture)));
                }
            }
        }

        output.WriteLine($"{rules.Count} locales, {count} ordinal samples, {compact} compact-exponent samples skipped");
        Assert.True(count > 500, $"only {count} samples: was the data read?");
        Assert.True(failures.Count == 0, $"{failures.Count} samples disagree:\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void Every_locale_is_supported_with_exactly_its_categories_and_looked_up_by_any_case_and_with_subtags()
    {
        Dictionary<string, Dictionary<PluralCategory, string>> cardinal = Rules("cardinal");
        Dictionary<string, Dictionary<PluralCategory, string>> ordinal = Rules("ordinal");
        Assert.Equal(cardinal.Keys.Order(StringComparer.Ordinal), PluralRules.SupportedLanguages.Split(' ').Order(StringComparer.Ordinal));
        foreach ((string locale, Dictionary<PluralCategory, string> categories) in cardinal)
        {
            Assert.True(PluralRules.IsSupported(locale), locale);
            Assert.Equal(categories.Keys.Order(), PluralRules.CategoriesOf(locale));
            Assert.Equal(categories.Keys.Order(), PluralRules.CategoriesOf(locale.ToUpperInvariant().Replace('-', '_') + "-ZZ"));
            // Ordinal rules by the same lookup: pt-PT has none of its own, so pt's.
            Assert.Equal(ordinal.ContainsKey(locale) || ordinal.ContainsKey(locale.Split('-')[0]), PluralRules.IsOrdinalSupported(locale));
        }

        foreach ((string locale, Dictionary<PluralCategory, string> categories) in ordinal)
        {
            Assert.Equal(categories.Keys.Order(), PluralRules.OrdinalCategoriesOf(locale));
            Assert.Equal(categories.Keys.Order(), PluralRules.OrdinalCategoriesOf(locale.ToUpperInvariant() + "-u-nu-latn"));
        }

        // Full tag first: CLDR gives pt-PT its own rules (0 is other), pt's (0 is one) for every other pt tag.
        Assert.Equal(PluralCategory.Other, PluralRules.Select("pt-PT", 0L));
        Assert.Equal(PluralCategory.Other, PluralRules.Select("pt_pt", 0L));
        Assert.Equal(PluralCategory.One, PluralRules.Select("pt", 0L));
        Assert.Equal(PluralCategory.One, PluralRules.Select("pt-BR", 0L));
        Assert.Equal(PluralCategory.One, PluralRules.Select("pt-PTX", 0L));
        foreach (string unknown in new[] { "", "x", "xx", "qqq", "abcd", "-", "en1", "root", "zz-und" })
        {
            Assert.False(PluralRules.IsSupported(unknown), unknown);
            Assert.Empty(PluralRules.CategoriesOf(unknown));
            Assert.Equal(PluralCategory.Other, PluralRules.Select(unknown, 1L));
            Assert.Equal(PluralCategory.Other, PluralRules.SelectOrdinal(unknown, 1L));
        }

        Assert.Throws<ArgumentNullException>(() => PluralRules.Select(null!, 1L));
    }

    private static void Check(List<string> failures, Sample sample, string how, PluralCategory actual)
    {
        if (actual != sample.Category)
        {
            failures.Add($"{sample.Locale} {sample.Text} ({how}): expected {sample.Category}, got {actual}");
        }
    }
}
