using System;
using System.Globalization;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using StatementContent.Published;
using Xunit;

namespace StatementContent.Extensions.Localization.Tests;

/// <summary>
/// UI strings with parameters through IStringLocalizer: <c>localizer["SignedByParties", n]</c> is the plural-correct
/// text in CurrentUICulture; arguments that do not fit answer with the pattern and ResourceNotFound, never an
/// exception (issue 20, item 5). The expected texts are written out here, not read from the generated code.
/// </summary>
public sealed class FormatLocalizerTests
{
    private const string Key = "SignedByParties";

    private readonly IStringLocalizer _localizer = new ServiceCollection().AddStatementContentLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer>();

    public static TheoryData<string, object, string> Counts => new()
    {
        { "en", 0, "Signed by 0 parties" },
        { "en", 1, "Signed by 1 party" },
        { "en", 2, "Signed by 2 parties" },
        { "en", 5, "Signed by 5 parties" },
        { "en", 11, "Signed by 11 parties" },
        { "en", 21, "Signed by 21 parties" },
        { "en", 22, "Signed by 22 parties" },
        { "en", 25, "Signed by 25 parties" },
        { "en", 101, "Signed by 101 parties" },
        { "en", 1.5m, "Signed by 1.5 parties" },
        { "en-GB", 1L, "Signed by 1 party" },
        { "ru", 0, "Подписали 0 партий" },
        { "ru", 1, "Подписала 1 партия" },
        { "ru", 2, "Подписали 2 партии" },
        { "ru", 5, "Подписали 5 партий" },
        { "ru", 11, "Подписали 11 партий" },
        { "ru", 21, "Подписала 21 партия" },
        { "ru", 22, "Подписали 22 партии" },
        { "ru", 25, "Подписали 25 партий" },
        { "ru", 101, "Подписала 101 партия" },
        { "ru", 1.5m, "Подписали 1,5 партии" },
        { "ru-RU", 21d, "Подписала 21 партия" },
        { "ru", 1000, "Подписали 1\u00A0000 партий" },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void A_format_with_its_count_is_the_plural_correct_text(string culture, object count, string expected)
    {
        LocalizedString text = InCulture(culture, () => _localizer[Key, count]);
        Assert.Equal(expected, text.Value);
        Assert.Equal(Key, text.Name);
        Assert.False(text.ResourceNotFound);
        Assert.Equal(typeof(UiStrings).FullName, text.SearchedLocation);
    }

    public static TheoryData<object?[]?> WrongArguments => new()
    {
        { Array.Empty<object>() },
        { new object?[] { "five" } },
        { new object?[] { null } },
        { new object?[] { 5, 6 } },
        { new object?[] { 5UL } },
        { new object?[] { DateTime.MinValue } },
        { null },
    };

    [Theory]
    [MemberData(nameof(WrongArguments))]
    public void Arguments_that_do_not_fit_answer_with_the_pattern_not_found(object?[]? arguments)
    {
        LocalizedString text = InCulture("ru", () => _localizer[Key, arguments!]);
        Assert.Equal("Подписали {count} партии", text.Value);
        Assert.True(text.ResourceNotFound);
        Assert.Equal(Key, text.Name);
    }

    [Fact]
    public void Without_arguments_a_format_is_its_pattern_and_found()
    {
        LocalizedString en = InCulture("en", () => _localizer[Key]);
        Assert.Equal(("Signed by {count} parties", false), (en.Value, en.ResourceNotFound));
        Assert.Equal("Подписали {count} партии", InCulture("ru", () => _localizer[Key]).Value);
    }

    [Fact]
    public void All_strings_show_a_formats_pattern()
    {
        LocalizedString signed = Assert.Single(InCulture("ru", () => _localizer.GetAllStrings(includeParentCultures: true).ToList()), s => s.Name == Key);
        Assert.Equal("Подписали {count} партии", signed.Value);
        Assert.Equal(UiStrings.All.Count + UiStrings.Formats.Count, InCulture("en", () => _localizer.GetAllStrings(true).Count()));
    }

    [Fact]
    public void The_generated_formats_list_every_string_with_parameters_with_its_parameters()
    {
        UiFormat format = UiStrings.Formats[Key];
        Assert.Equal(Key, format.Key);
        Assert.Equal(new[] { "count" }, format.Parameters);
        Assert.Equal(UiStrings.SignedByParties(21, CultureInfo.GetCultureInfo("ru")), format.Format(CultureInfo.GetCultureInfo("ru"), 21, null));
        Assert.DoesNotContain(Key, UiStrings.All.Keys);
    }

    [Fact]
    public void A_plain_string_with_arguments_is_still_string_Format() =>
        Assert.Equal(UiStrings.OtherParties.Get("en"), InCulture("en", () => _localizer["OtherParties", 5]).Value);

    [Theory]
    [InlineData("{not a format")]   // a missing key is its own text: a stray brace
    [InlineData("Total: {1}")]      // an index past the one argument
    [InlineData("{0:Q9}")]          // a format the argument does not know
    public void Text_that_is_no_valid_format_answers_with_itself_and_no_exception(string name)
    {
        LocalizedString text = InCulture("en", () => _localizer[name, 5]);

        Assert.Equal(name, text.Value);
        Assert.True(text.ResourceNotFound);
    }

    [Fact]
    public void A_lookup_without_arguments_allocates_nothing()
    {
        InCulture("ru", () =>
        {
            _ = _localizer["OtherParties"];
            _ = _localizer[Key];
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
            {
                _ = _localizer["OtherParties"];
                _ = _localizer[Key];
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            return 0;
        });
    }

    /// <summary>An app's own format, registered with its strings: arguments go to the parameters in declared order, whatever the count's place.</summary>
    [Fact]
    public void An_apps_own_formats_take_arguments_in_their_declared_order()
    {
        var strings = new System.Collections.Generic.Dictionary<string, LocalizedText>();
        var formats = new System.Collections.Generic.Dictionary<string, UiFormat> { ["Items"] = new ItemsFormat() };
        IStringLocalizer localizer = new ServiceCollection().AddStatementContentLocalization(strings, formats, "App.UiStrings", configure: null)
            .BuildServiceProvider().GetRequiredService<IStringLocalizer>();

        LocalizedString text = InCulture("en", () => localizer["Items", "Ann", 1000]);
        Assert.Equal(("Ann: 1,000 items", false, "App.UiStrings"), (text.Value, text.ResourceNotFound, text.SearchedLocation));
        LocalizedString swapped = InCulture("en", () => localizer["Items", 1000, "Ann"]);
        Assert.Equal(("{name}: {count} items", true), (swapped.Value, swapped.ResourceNotFound));
        Assert.Equal("Подписала 21 партия", InCulture("ru", () => localizer[Key, 21]).Value); // the package's formats stay
    }

    private sealed class ItemsFormat : UiFormat
    {
        public ItemsFormat()
            : base("Items", new[] { "name", "count" }, new LocalizedText(new[] { "en" }, new[] { "{name}: {count} items" }))
        {
        }

        public override string Format(CultureInfo culture, FormatNumber count, string?[]? arguments) => $"{arguments![0]}: {count.ToString(culture)} items";
    }

    private static T InCulture<T>(string culture, Func<T> read)
    {
        CultureInfo saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
