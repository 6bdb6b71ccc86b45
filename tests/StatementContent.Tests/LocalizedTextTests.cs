using System;
using System.Collections.Generic;
using System.Globalization;
using StatementContent.Published;
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
    [InlineData("kk-KZ", "ru")] // configured in content/languages.json: kk → ru
    [InlineData("uz-Latn-UZ", "ru")]
    [InlineData("ky", "ru")]
    [InlineData("tr-TR", "en")]
    public void Culture_falls_back_to_its_parent_then_configured_languages_then_English(string culture, string expectedLanguage)
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
    public void A_language_registered_after_a_text_was_made_still_falls_back_correctly()
    {
        var early = new LocalizedText(new[] { "en", "pt" }, new[] { "hello", "olá" });
        var ptBr = CultureInfo.GetCultureInfo("pt-BR");
        Assert.Equal("olá", early.Get(ptBr));

        // Now a text brings the more specific pt-br: the early text must still answer pt, the new one pt-br.
        var later = new LocalizedText(new[] { "en", "pt-BR", "sw" }, new[] { "hi", "oi", "habari" });
        Assert.Equal("olá", early.Get(ptBr));
        Assert.Equal("oi", later.Get(ptBr));
        Assert.Equal("hello", early.Get(CultureInfo.GetCultureInfo("sw-KE")));
        Assert.Equal("habari", later.Get(CultureInfo.GetCultureInfo("sw-KE")));
        Assert.Equal("hi", later.Get(CultureInfo.GetCultureInfo("pt-PT")));
    }

    [Fact]
    public void Alternating_cultures_always_get_their_own_text()
    {
        CultureInfo[] cultures = { CultureInfo.GetCultureInfo("ru-KZ"), CultureInfo.GetCultureInfo("en-GB"), CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("de-DE"), CultureInfo.GetCultureInfo("ru") };
        string[] expected = { Title.Ru, Title.En, Title.En, Title.En, Title.Ru };
        for (int round = 0; round < 3; round++)
        {
            for (int i = 0; i < cultures.Length; i++)
            {
                Assert.Equal(expected[i], Title.Get(cultures[i]));
            }
        }
    }

    [Fact]
    public void Concurrent_readers_in_different_cultures_get_their_own_text()
    {
        CultureInfo ru = CultureInfo.GetCultureInfo("ru-RU"), en = CultureInfo.GetCultureInfo("en-US"), fr = CultureInfo.GetCultureInfo("fr-FR");
        var wrong = 0;
        System.Threading.Tasks.Parallel.For(0, 8, worker =>
        {
            for (int i = 0; i < 20_000; i++)
            {
                CultureInfo culture = (worker + i) % 3 == 0 ? ru : (worker + i) % 3 == 1 ? en : fr;
                string expected = culture == ru ? Title.Ru : Title.En;
                if (!ReferenceEquals(expected, Title.Get(culture)))
                {
                    System.Threading.Interlocked.Increment(ref wrong);
                }

                if (i % 5_000 == 0)
                {
                    // New languages invalidate cached resolutions while others read.
                    _ = new LocalizedText(new[] { "en", $"x{worker}{i}" }, new[] { "a", "b" });
                }
            }
        });
        Assert.Equal(0, wrong);
    }

    [Fact]
    public void Invalid_construction_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new LocalizedText(Array.Empty<string>(), Array.Empty<string>()));
        Assert.Throws<ArgumentException>(() => new LocalizedText(new[] { "en" }, new[] { "a", "b" }));
        Assert.Throws<ArgumentException>(() => new LocalizedText(new[] { "en", "EN" }, new[] { "a", "b" }));
        Assert.Throws<ArgumentException>(() => new LocalizedText(new[] { "en", "ru" }, new[] { "a", null! }));
        Assert.Throws<ArgumentException>(() => new LocalizedText(new List<string> { "en", "ru" }, new List<string> { "a", null! }));
        Assert.Throws<ArgumentException>(() => new LocalizedText(new[] { "en", null! }, new[] { "a", "b" }));
        Assert.Throws<ArgumentException>(() => new LocalizedText(new[] { "en" }, new[] { "a" }, LanguageFallbacks.None, new[] { "ru" }));
        Assert.Throws<ArgumentException>(() => new LanguageFallbacks(new[] { "kk" }, new[] { new[] { "ru" }, new[] { "en" } }));
        Assert.Throws<ArgumentException>(() => new LanguageFallbacks(new[] { "kk" }, new[] { new[] { (string)null! } }));
    }

    // Arrays (what generated code passes) are read as arrays, other lists through IReadOnlyList: the same values, and
    // either way the text keeps its own copy.
    [Fact]
    public void Arrays_and_other_lists_make_the_same_text_and_are_copied()
    {
        string[] languages = { "EN", "ru" };
        string[] texts = { "Hello", "Привет" };
        string[][] next = { new[] { "RU" } };
        var fromArrays = new LocalizedText(languages, texts, new LanguageFallbacks(new[] { "KK" }, next), new[] { "ru" });
        var fromLists = new LocalizedText(
            new List<string>(languages), new List<string>(texts),
            new LanguageFallbacks(new List<string> { "KK" }, new List<IReadOnlyList<string>> { new List<string> { "RU" } }),
            new List<string> { "ru" });

        texts[1] = "changed";
        languages[1] = "de";
        next[0][0] = "de";

        foreach (LocalizedText text in new[] { fromArrays, fromLists })
        {
            Assert.Equal(new[] { "en", "ru" }, text.Languages);
            Assert.Equal("Привет", text.Ru);
            Assert.Equal("Привет", text.Get(CultureInfo.GetCultureInfo("kk-KZ")));
            Assert.True(text.IsAddedByProject("ru"));
        }

        Assert.Equal(fromArrays, fromLists);
    }

    [Fact]
    public void A_statement_keeps_its_own_copy_of_its_tags_and_languages()
    {
        string[] tags = { "a", "b" };
        string[] languages = { "en" };
        var title = new LocalizedText(new[] { "en" }, new[] { "T" });
        var statement = new Statement("s", new DateTime(2024, 1, 1), title, tags, false, languages, title, new[] { title }, Array.Empty<SignatoryGroup>());
        tags[0] = "changed";
        languages[0] = "ru";

        Assert.Equal(new[] { "a", "b" }, statement.Tags);
        Assert.Equal(new[] { "en" }, statement.Languages);
        Assert.False(statement.Tags is string[], "the tags must not be handed out as a writable array");
        Assert.Throws<ArgumentException>(() => new Statement("s", new DateTime(2024, 1, 1), title, new[] { "a", null! }, false, languages, title, new[] { title }, Array.Empty<SignatoryGroup>()));
    }
}
