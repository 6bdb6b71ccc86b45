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
    public void Categories_match_the_CLDR_samples(string language, string number, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.Select(language, decimal.Parse(number, CultureInfo.InvariantCulture)));

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
