using System;
using System.Globalization;
using StatementContent.Published;
using Xunit;

namespace StatementContent.Tests;

/// <summary>CLDR plural rules against CLDR's published samples, and the generated plural method that uses them.</summary>
public class PluralTests
{
    [Theory]
    // ru: one — 1, 21, 31, 101, 1001; few — 2–4, 22–24, 102; many — 0, 5–20, 25, 100, 111, 1000; other — fractions.
    [InlineData("ru", "1", PluralCategory.One)]
    [InlineData("ru", "21", PluralCategory.One)]
    [InlineData("ru", "101", PluralCategory.One)]
    [InlineData("ru", "1001", PluralCategory.One)]
    [InlineData("ru", "2", PluralCategory.Few)]
    [InlineData("ru", "3", PluralCategory.Few)]
    [InlineData("ru", "4", PluralCategory.Few)]
    [InlineData("ru", "22", PluralCategory.Few)]
    [InlineData("ru", "24", PluralCategory.Few)]
    [InlineData("ru", "102", PluralCategory.Few)]
    [InlineData("ru", "0", PluralCategory.Many)]
    [InlineData("ru", "5", PluralCategory.Many)]
    [InlineData("ru", "11", PluralCategory.Many)]
    [InlineData("ru", "12", PluralCategory.Many)]
    [InlineData("ru", "14", PluralCategory.Many)]
    [InlineData("ru", "20", PluralCategory.Many)]
    [InlineData("ru", "25", PluralCategory.Many)]
    [InlineData("ru", "100", PluralCategory.Many)]
    [InlineData("ru", "111", PluralCategory.Many)]
    [InlineData("ru", "1.5", PluralCategory.Other)]
    [InlineData("ru", "1.0", PluralCategory.Other)]
    [InlineData("ru", "0.0", PluralCategory.Other)]
    [InlineData("ru-KZ", "21", PluralCategory.One)]
    // en: one — 1; other — 0, 2–16, 100, 1000, 0.0–1.5 (1.0 has a visible fraction digit, so it is other).
    [InlineData("en", "1", PluralCategory.One)]
    [InlineData("en", "0", PluralCategory.Other)]
    [InlineData("en", "2", PluralCategory.Other)]
    [InlineData("en", "1.5", PluralCategory.Other)]
    [InlineData("en", "1.0", PluralCategory.Other)]
    [InlineData("en", "21", PluralCategory.Other)]
    // kk (n = 1): one — 1, 1.0; other — 0, 2, 1.5.
    [InlineData("kk", "1", PluralCategory.One)]
    [InlineData("kk", "1.0", PluralCategory.One)]
    [InlineData("kk", "2", PluralCategory.Other)]
    // pl, cs, fr samples.
    [InlineData("pl", "22", PluralCategory.Few)]
    [InlineData("pl", "21", PluralCategory.Many)]
    [InlineData("cs", "3", PluralCategory.Few)]
    [InlineData("cs", "1.5", PluralCategory.Many)]
    [InlineData("fr", "1.5", PluralCategory.One)]
    [InlineData("fr", "1000000", PluralCategory.Many)]
    [InlineData("ja", "1", PluralCategory.Other)]
    // Languages beyond the first 24: Arabic's six forms, Welsh, Hebrew, Lithuanian, Latvian, Romanian.
    [InlineData("ar", "0", PluralCategory.Zero)]
    [InlineData("ar", "2", PluralCategory.Two)]
    [InlineData("ar", "103", PluralCategory.Few)]
    [InlineData("ar", "111", PluralCategory.Many)]
    [InlineData("ar", "100", PluralCategory.Other)]
    [InlineData("cy", "6", PluralCategory.Many)]
    [InlineData("he", "2", PluralCategory.Two)]
    [InlineData("lt", "0.5", PluralCategory.Many)]
    [InlineData("lv", "10", PluralCategory.Zero)]
    [InlineData("ro", "19", PluralCategory.Few)]
    [InlineData("ro", "20", PluralCategory.Other)]
    // pt-PT has its own rules in CLDR: 0 and 0.5 are other there, one in pt.
    [InlineData("pt-PT", "0", PluralCategory.Other)]
    [InlineData("pt-PT", "1", PluralCategory.One)]
    [InlineData("pt", "0", PluralCategory.One)]
    [InlineData("pt-BR", "0.5", PluralCategory.One)]
    public void Categories_match_the_CLDR_samples(string language, string number, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.Select(language, decimal.Parse(number, CultureInfo.InvariantCulture)));

    [Fact]
    public void The_operands_come_from_the_number_as_written()
    {
        // decimal keeps its visible fraction digits; a double is read as its shortest round-trip representation.
        Assert.Equal(PluralCategory.Other, PluralRules.Select("en", 1.0m));
        Assert.Equal(PluralCategory.One, PluralRules.Select("en", 1.0d));
        Assert.Equal(PluralCategory.One, PluralRules.Select("en", 1L));
        Assert.Equal(PluralCategory.Other, PluralRules.Select("en", 1.5d));
        Assert.Equal(PluralCategory.One, PluralRules.Select("lv", 1e-7)); // "1E-07": v = 7, f = 1
        Assert.Equal(PluralCategory.One, PluralRules.Select("lv", 0.0000001m));
        Assert.Equal(PluralCategory.One, PluralRules.Select("is", 0.10m)); // t = 1
        Assert.Equal(PluralCategory.One, PluralRules.Select("lv", 0.0000000000000000000000000001m)); // v = 28, f = 1
        Assert.Equal(PluralCategory.Other, PluralRules.Select("ru", double.NaN));
        Assert.Equal(PluralCategory.Other, PluralRules.Select("ru", double.PositiveInfinity));

        // Beyond 10^18: the last digits still decide (CLDR's moduli all divide 10^18).
        Assert.Equal(PluralCategory.One, PluralRules.Select("ru", 100000000000000000001m));
        Assert.Equal(PluralCategory.Many, PluralRules.Select("ru", 79228162514264337593543950335m));
        Assert.Equal(PluralCategory.Many, PluralRules.Select("ru", long.MinValue)); // …808
        Assert.Equal(PluralCategory.One, PluralRules.Select("ru", -1L));
        Assert.Equal(PluralCategory.Few, PluralRules.Select("ru", 1L << 61)); // 2305843009213693952
        Assert.Equal(PluralCategory.Many, PluralRules.Select("ru", (double)(1L << 61))); // "2.305843009213694E+18"
        Assert.Equal(PluralCategory.Many, PluralRules.Select("fr", 1e21)); // a multiple of a million
        Assert.Equal(PluralCategory.Other, PluralRules.Select("fr", 1000001d));
    }

    [Fact]
    public void Looking_up_and_selecting_allocate_nothing()
    {
        string[] tags = ["ru", "RU-kz", "pt-PT", "pt_pt", "kok-Latn-IN", "ar", "zu", "qqq"];
        int warm = Select(tags);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int sum = Select(tags);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(warm, sum);
        Assert.Equal(0, allocated);

        static int Select(string[] tags)
        {
            int sum = 0;
            foreach (string tag in tags)
            {
                sum += (int)PluralRules.Select(tag, 21L) + (int)PluralRules.Select(tag, 2.50m) + (int)PluralRules.Select(tag, 0.1 + 0.2)
                    + (int)PluralRules.Select(tag, 1e21) + (int)PluralRules.SelectOrdinal(tag, 3) + (PluralRules.IsSupported(tag) ? 1 : 0);
            }

            return sum;
        }
    }

    [Theory]
    [InlineData("en", 1, PluralCategory.One)]
    [InlineData("en", 2, PluralCategory.Two)]
    [InlineData("en", 3, PluralCategory.Few)]
    [InlineData("en", 4, PluralCategory.Other)]
    [InlineData("en", 11, PluralCategory.Other)]
    [InlineData("en", 12, PluralCategory.Other)]
    [InlineData("en", 21, PluralCategory.One)]
    [InlineData("en-GB", 22, PluralCategory.Two)]
    [InlineData("en", 113, PluralCategory.Other)]
    [InlineData("ru", 3, PluralCategory.Other)]
    [InlineData("uk", 3, PluralCategory.Few)]
    [InlineData("fr", 1, PluralCategory.One)]
    [InlineData("fr", 2, PluralCategory.Other)]
    [InlineData("kk", 6, PluralCategory.Many)]
    public void Ordinal_categories_match_the_CLDR_samples(string language, long number, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.SelectOrdinal(language, number));

    [Theory]
    [InlineData("ru-RU", 1, "Подписала 1 партия")]
    [InlineData("ru-RU", 21, "Подписала 21 партия")]
    [InlineData("ru-RU", 22, "Подписали 22 партии")]
    [InlineData("ru-RU", 25, "Подписали 25 партий")]
    [InlineData("ru-RU", 111, "Подписали 111 партий")]
    [InlineData("kk-KZ", 21, "Подписала 21 партия")] // kk → ru, configured; picked by the Russian rules
    [InlineData("en-GB", 1, "Signed by 1 party")]
    [InlineData("en-GB", 21, "Signed by 21 parties")]
    [InlineData("de-DE", 0, "Signed by 0 parties")]
    public void The_generated_plural_method_picks_the_language_then_the_form(string culture, int count, string expected) =>
        Assert.Equal(expected, UiStrings.SignedByParties(count, CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void Without_a_culture_it_reads_the_current_UI_culture()
    {
        CultureInfo saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru");
            Assert.Equal(UiStrings.SignedByParties(3, CultureInfo.GetCultureInfo("ru")), UiStrings.SignedByParties(3));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
