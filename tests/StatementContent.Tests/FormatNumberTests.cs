using System.Globalization;
using StatementContent.Published;
using Xunit;

namespace StatementContent.Tests;

/// <summary>
/// A UI string's count: int, long, decimal or double, its plural form from CLDR's operands of the number as written
/// (1 and 1.0 differ), and its digits in the reader's culture (issue 20, items 3 and 4).
/// </summary>
public class FormatNumberTests
{
    private const char NoBreakSpace = '\u00A0';

    public static TheoryData<string, object, string> Counts => new()
    {
        { "en", 1, "Signed by 1 party" },
        { "en", 1L, "Signed by 1 party" },
        { "en", 1m, "Signed by 1 party" },
        { "en", 1.0m, "Signed by 1.0 parties" },  // v = 1: 'other' in English, and written with its zero
        { "en", 1.0d, "Signed by 1 party" },      // a double is its shortest digits: "1"
        { "en", 1.5m, "Signed by 1.5 parties" },
        { "en", 1.5d, "Signed by 1.5 parties" },
        { "en", 1000, "Signed by 1,000 parties" },
        { "en", 1234.50m, "Signed by 1,234.50 parties" },
        { "ru", 21L, "Подписала 21 партия" },
        { "ru", 22m, "Подписали 22 партии" },
        { "ru", 25d, "Подписали 25 партий" },
        { "ru", 1.5m, "Подписали 1,5 партии" },   // a fraction is 'other' in Russian
        { "ru", 1000, $"Подписали 1{NoBreakSpace}000 партий" },
        { "ru", 10_000_000_001L, $"Подписала 10{NoBreakSpace}000{NoBreakSpace}000{NoBreakSpace}001 партия" },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void A_count_of_any_number_type_picks_the_form_and_is_written_in_the_readers_culture(string culture, object count, string expected)
    {
        Assert.True(FormatNumber.TryFrom(count, out FormatNumber number));
        Assert.Equal(expected, UiStrings.SignedByParties(number, CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void Each_number_type_converts_implicitly_so_callers_pass_the_number_itself()
    {
        CultureInfo en = CultureInfo.GetCultureInfo("en");
        Assert.Equal("Signed by 5 parties", UiStrings.SignedByParties(5, en));
        Assert.Equal("Signed by 1 party", UiStrings.SignedByParties(1L, en));
        Assert.Equal("Signed by 1.0 parties", UiStrings.SignedByParties(1.0m, en));
        Assert.Equal("Signed by 0.5 parties", UiStrings.SignedByParties(0.5, en));
    }

    /// <summary>
    /// With invariant globalization a culture has its name but the invariant number format: the form still follows
    /// the content's language (ru), only the digits are grouped the invariant way.
    /// </summary>
    [Fact]
    public void A_culture_without_number_data_still_gets_the_right_form()
    {
        var ru = (CultureInfo)CultureInfo.GetCultureInfo("ru").Clone();
        ru.NumberFormat = NumberFormatInfo.InvariantInfo;
        Assert.Equal("Подписала 21 партия", UiStrings.SignedByParties(21, ru));
        Assert.Equal("Подписали 1,000 партий", UiStrings.SignedByParties(1000, ru));
        Assert.Equal("Подписали 1.5 партии", UiStrings.SignedByParties(1.5m, ru));
    }

    [Theory]
    [InlineData("five")]
    [InlineData(null)]
    [InlineData('5')]
    [InlineData(5UL)]
    public void Anything_but_a_number_is_no_count(object? value) =>
        Assert.False(FormatNumber.TryFrom(value, out _));

    [Fact]
    public void A_float_is_the_number_it_shows() =>
        Assert.Equal("1.1", (FormatNumber.TryFrom(1.1f, out FormatNumber number) ? number : default).ToString());
}
