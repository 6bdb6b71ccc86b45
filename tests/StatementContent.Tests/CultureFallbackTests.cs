using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CsCheck;
using StatementContent.Published;
using Xunit;

namespace StatementContent.Tests;

/// <summary>
/// The fallback rule, checked as a property against a plain reference written here: for any language set and
/// any culture .NET knows, in any call order and from any thread, <c>Get</c> answers what the rule says, and a
/// culture name reads like its culture.
/// </summary>
public class CultureFallbackTests
{
    private static readonly CultureInfo[] AllCultures = CultureInfo.GetCultures(CultureTypes.AllCultures).OrderBy(c => c.Name, StringComparer.Ordinal).ToArray();

    private static readonly string[] AllNames = AllCultures.Select(c => c.Name).Where(n => n.Length > 0).ToArray();

    /// <summary>The reference: the culture, its parents, its shorter names, their configured fallbacks, English; the first the text has, else its first language.</summary>
    private static string Expected(string[] languages, CultureInfo culture, Dictionary<string, string[]>? fallbacks = null)
    {
        var chain = new List<string>();
        for (CultureInfo c = culture; c.Name.Length > 0; c = c.Parent)
        {
            chain.Add(c.Name);
        }

        for (string name = culture.Name; name.Length > 0; name = name.Contains('-') ? name[..name.LastIndexOf('-')] : "")
        {
            chain.Add(name);
        }

        for (int i = 0; fallbacks is not null && i < chain.Count; i++)
        {
            foreach (string next in fallbacks.GetValueOrDefault(chain[i].ToLowerInvariant(), Array.Empty<string>()))
            {
                if (!chain.Contains(next, StringComparer.OrdinalIgnoreCase))
                {
                    chain.Add(next);
                }
            }
        }

        chain.Add("en");
        string? hit = chain.Select(l => languages.FirstOrDefault(have => string.Equals(have, l, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(l => l is not null);
        return hit ?? languages[0];
    }

    private static LocalizedText Text(string[] languages, LanguageFallbacks? fallbacks = null) =>
        new(languages, languages.Select(l => "text:" + l).ToArray(), fallbacks ?? LanguageFallbacks.None);

    private static readonly string[] Neutral = AllCultures.Where(c => c.Name.Length > 0 && c.IsNeutralCulture).Select(c => c.Name.ToLowerInvariant()).ToArray();

    [Fact]
    public void Any_culture_object_of_a_name_reads_the_same_and_a_steady_culture_allocates_nothing()
    {
        var text = new LocalizedText(new[] { "en", "ru" }, new[] { "English", "Русский" }, new LanguageFallbacks(new[] { "kk" }, new[] { new[] { "ru" } }));
        CultureInfo shared = CultureInfo.GetCultureInfo("ru-RU");
        var own = new CultureInfo("ru-RU");
        var kazakh = new CultureInfo("kk-KZ");
        for (int round = 0; round < 3; round++)
        {
            Assert.Equal("Русский", text.Get(shared));
            Assert.Equal("Русский", text.Get(own));
            Assert.Equal("Русский", text.Get(kazakh));
            Assert.Equal("English", text.Get(CultureInfo.InvariantCulture));
        }

        // A chain made from a neutral name first (Ru on a text without Russian), asked by culture object after.
        var german = new LocalizedText(new[] { "en", "de" }, new[] { "English", "Deutsch" }, LanguageFallbacks.None);
        Assert.Equal("English", german.Ru);
        Assert.Equal("English", german.Get(CultureInfo.GetCultureInfo("ru")));

        foreach ((LocalizedText read, CultureInfo culture) in new[] { (text, shared), (text, own), (text, kazakh), (german, CultureInfo.GetCultureInfo("ru")) })
        {
            read.Get(culture);
            long before = GC.GetAllocatedBytesForCurrentThread();
            int length = 0;
            for (int i = 0; i < 1000; i++)
            {
                length += read.Get(culture).Length;
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.Equal(1000 * read.Get(culture).Length, length);
        }
    }

    // A web app's requests switch cultures all the time: reading the same texts in alternating cultures must not
    // allocate either (before, each switch made a small lookup object).
    [Fact]
    public void Readers_alternating_cultures_allocate_nothing()
    {
        var fallbacks = new LanguageFallbacks(new[] { "kk" }, new[] { new[] { "ru" } });
        LocalizedText[] texts =
        {
            new(new[] { "en", "ru" }, new[] { "English", "Русский" }, fallbacks),
            new(new[] { "en", "ru" }, new[] { "Title", "Заголовок" }, fallbacks),
        };
        CultureInfo[] cultures = { CultureInfo.GetCultureInfo("ru-RU"), CultureInfo.GetCultureInfo("en-US"), CultureInfo.GetCultureInfo("kk-KZ"), CultureInfo.InvariantCulture };
        string[][] expected = { new[] { "Русский", "English", "Русский", "English" }, new[] { "Заголовок", "Title", "Заголовок", "Title" } };
        foreach (CultureInfo culture in cultures)
        {
            foreach (LocalizedText text in texts)
            {
                text.Get(culture);
            }
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        int wrong = 0;
        for (int round = 0; round < 1000; round++)
        {
            for (int c = 0; c < cultures.Length; c++)
            {
                for (int t = 0; t < texts.Length; t++)
                {
                    wrong += ReferenceEquals(texts[t].Get(cultures[c]), expected[t][c]) || texts[t].Get(cultures[c]) == expected[t][c] ? 0 : 1;
                }
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(0, wrong);
    }

    // Chains are numbered across all content, so a text knows answers for other fallback sets' chains too: a reader's
    // culture object must only ever find the answer of the text's own set.
    [Fact]
    public void Texts_of_different_fallback_sets_read_one_culture_object_each_by_their_own_set()
    {
        var kazakh = new CultureInfo("kk-KZ");
        var plain = new LocalizedText(new[] { "en", "ru" }, new[] { "English", "Русский" }, new LanguageFallbacks(new string[0], new string[0][]));
        var configured = new LocalizedText(new[] { "en", "ru" }, new[] { "English", "Русский" }, new LanguageFallbacks(new[] { "kk" }, new[] { new[] { "ru" } }));
        for (int round = 0; round < 3; round++)
        {
            Assert.Equal("English", plain.Get(kazakh));
            Assert.Equal("Русский", configured.Get(kazakh));
            Assert.Equal("English", plain.Get(CultureInfo.InvariantCulture));
            Assert.Equal("English", configured.Get(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void The_issue_repro_gives_one_answer_per_culture()
    {
        var en = CultureInfo.GetCultureInfo("en");
        var tw = CultureInfo.GetCultureInfo("zh-TW");
        var a = new LocalizedText(new[] { "en", "zh-hant" }, new[] { "A-en", "A-zh-hant" });
        var b = new LocalizedText(new[] { "en", "zh-tw" }, new[] { "B-en", "B-zh-tw" });
        a.Get(en);
        b.Get(en);
        var c = new LocalizedText(new[] { "en", "zh-hant" }, new[] { "C-en", "C-zh-hant" });

        Assert.Equal("C-zh-hant", c.Get(tw));
        Assert.Equal("C-zh-hant", c.Get(tw));
        Assert.Equal("A-zh-hant", a.Get("zh-TW"));
        Assert.Equal("A-zh-hant", a.Get(tw));
        Assert.Equal("zh-hant", a.ResolveLanguage(tw));
        Assert.Equal("B-zh-tw", b.Get(tw));
    }

    [Fact]
    public void Any_language_set_and_culture_in_any_order_and_thread_follow_the_rule()
    {
        Gen<string[]> languages = Gen.OneOf(AllNames).Array[1, 5].Select(ls => ls.Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
        // Configured fallbacks between neutral languages, cycles included (the generator rejects them; the runtime must still end).
        Gen<Dictionary<string, string[]>> fallbacks = Gen.Select(Gen.OneOf(Neutral), Gen.OneOf(Neutral).Array[1, 2]).Array[0, 4]
            .Select(pairs => pairs.GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.First().Item2.Distinct().ToArray()));
        Gen<(string[] Languages, int[] Cultures)[]> cases = Gen.Select(languages, Gen.Int[0, AllCultures.Length - 1].Array[1, 40]).Array[1, 8];
        Gen.Select(cases, fallbacks).Sample(
            (batch, configured) =>
            {
                var set = new LanguageFallbacks(configured.Keys.ToArray(), configured.Values.ToArray());

                // The texts of a batch are read in interleaved, random orders from several threads at once.
                (LocalizedText Text, string[] Languages, int[] Cultures)[] texts = batch.Select((b, i) => (Text(b.Languages, i % 2 == 0 ? set : null), b.Languages, b.Cultures)).ToArray();
                Parallel.ForEach(texts, t =>
                {
                    foreach (int index in t.Cultures)
                    {
                        CultureInfo culture = AllCultures[index];
                        string expected = Expected(t.Languages, culture, Array.IndexOf(texts, t) % 2 == 0 ? configured : null);
                        Assert.Equal("text:" + expected, t.Text.Get(culture));
                        Assert.Equal(expected, t.Text.ResolveLanguage(culture), ignoreCase: true);
                        Assert.Equal(t.Text.Get(culture), t.Text.Get(culture.Name));
                    }
                });
            },
            seed: "0000002ckQ4r",
            iter: 400,
            threads: 2);
    }

    [Fact]
    public void Every_culture_name_reads_like_its_culture()
    {
        LocalizedText[] texts =
        {
            Statements.CentralAsiaIdeologyBan.Title,
            Text(new[] { "en", "zh-hant", "zh", "pt", "pt-br", "sr-latn", "az", "uz-cyrl" }),
            Text(new[] { "ru", "kk" }),
            Text(new[] { "fr-ca", "de-ch", "es-419" }),
        };
        foreach (CultureInfo culture in AllCultures)
        {
            foreach (LocalizedText text in texts)
            {
                Assert.Equal(text.Get(culture), text.Get(culture.Name));
                Assert.Equal(text.Get(culture), text.Get(CultureInfo.GetCultureInfo(culture.Name)));
            }
        }
    }

    [Fact]
    public void Invariant_culture_reads_English_silently()
    {
        LocalizedText title = Statements.CentralAsiaIdeologyBan.Title;
        Assert.Equal(title.En, title.Get(CultureInfo.InvariantCulture));
        Assert.False(title.IsFallbackFor(CultureInfo.InvariantCulture));
        Assert.True(title.IsFallbackFor(CultureInfo.GetCultureInfo("de-DE")));
        Assert.False(title.IsFallbackFor(CultureInfo.GetCultureInfo("ru-KZ")));
    }

    [Theory]
    [InlineData("kk-KZ,ru", "ru")]
    [InlineData("de-DE,fr,ru-RU", "ru")]
    [InlineData("de-DE,fr", "en")]
    [InlineData("ru-KZ,en", "ru")]
    [InlineData("en-GB,ru", "en")]
    public void Ranked_preferences_pick_the_best_language_the_text_has(string preferences, string expected)
    {
        LocalizedText title = Statements.CentralAsiaIdeologyBan.Title;
        CultureInfo[] ranked = preferences.Split(',').Select(CultureInfo.GetCultureInfo).ToArray();
        Assert.Equal(expected, title.ResolveLanguage(ranked));
        Assert.Equal(expected == "ru" ? title.Ru : title.En, title.Get(ranked));
    }

    [Fact]
    public void A_name_NET_rejects_falls_back_through_its_shorter_names()
    {
        LocalizedText text = Text(new[] { "en", "ru" });
        Assert.Equal("text:ru", text.Get("ru-x-not-a-culture-name-at-all!"));
        Assert.Equal("text:en", text.Get("@@"));
    }
}
