using System;
using System.Globalization;
using Xunit;

namespace StatementContent.Tests;

public class LocalizedTextTests
{
    private static readonly LocalizedText Title = Statements.CentralAsiaIdeologyBan.Title;

    [Theory]
    [InlineData("en", "en")]
    [InlineData("en-US", "en")]
    [InlineData("ru", "ru")]
    [InlineData("ru-RU", "ru")]
    [InlineData("ru-KZ", "ru")]
    [InlineData("de-DE", "en")]
    [InlineData("kk-KZ", "en")]
    public void Culture_falls_back_to_its_parent_then_to_English(string culture, string expectedLanguage)
    {
        var info = CultureInfo.GetCultureInfo(culture);
        Assert.Equal(expectedLanguage, Title.ResolveLanguage(info));
        Assert.Equal(expectedLanguage == "ru" ? Title.Ru : Title.En, Title.Get(info));
        Assert.Equal(Title.Get(info), Title.Get(culture));
    }

    [Fact]
    public void Invariant_culture_gets_English() => Assert.Equal(Title.En, Title.Get(CultureInfo.InvariantCulture));

    [Fact]
    public void ToString_uses_the_current_UI_culture()
    {
        CultureInfo saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru-KZ");
            Assert.Equal(Title.Ru, Title.ToString());
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal(Title.En, Title.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void A_text_without_English_falls_back_to_its_first_language()
    {
        var text = new LocalizedText(new[] { "ru", "kk" }, new[] { "привет", "сәлем" });
        Assert.Equal("привет", text.Get(CultureInfo.GetCultureInfo("de")));
        Assert.Equal("сәлем", text.Get("kk-KZ"));
        Assert.Equal("привет", text.En);
    }

    [Fact]
    public void Languages_compare_case_insensitively()
    {
        var text = new LocalizedText(new[] { "pt-BR", "en" }, new[] { "olá", "hello" });
        Assert.Equal(new[] { "pt-br", "en" }, text.Languages);
        Assert.Equal("olá", text.Get("PT-br"));
        Assert.True(text.TryGetExact("PT-BR", out string exact));
        Assert.Equal("olá", exact);
        Assert.False(text.TryGetExact("pt", out _));
    }

    [Fact]
    public void Equality_is_by_value_and_ignores_language_order()
    {
        var a = new LocalizedText(new[] { "en", "ru" }, new[] { "x", "y" });
        var b = new LocalizedText(new[] { "ru", "en" }, new[] { "y", "x" });
        var c = new LocalizedText(new[] { "en", "ru" }, new[] { "x", "z" });
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.Equal(UiStrings.OtherParties, Statements.CentralAsiaIdeologyBan.SignatoryGroups[1].Heading);
    }

    [Fact]
    public void Invalid_construction_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new LocalizedText(Array.Empty<string>(), Array.Empty<string>()));
        Assert.Throws<ArgumentException>(() => new LocalizedText(new[] { "en" }, new[] { "a", "b" }));
        Assert.Throws<ArgumentException>(() => new LocalizedText(new[] { "en", "EN" }, new[] { "a", "b" }));
    }
}
