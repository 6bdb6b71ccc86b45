using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace StatementContent.Tests;

/// <summary>
/// What a localized text's value is: <see cref="LocalizedText.Equals(LocalizedText)"/> and
/// <see cref="LocalizedText.ContentHash"/> agree on it, checked on seeded random pairs that differ in the ways a
/// value can (texts, languages, their order and case, provenance, staleness, fallbacks) or not at all.
/// </summary>
public class LocalizedTextValueTests
{
    private static readonly string[] Tags = { "en", "ru", "kk", "de", "pt-br", "zh-hant" };
    private static readonly string[] Words = { "a", "b", "", " a", "a\u00A0", "Привет", "1:a" };

    private static readonly LanguageFallbacks[] FallbackSets =
    {
        LanguageFallbacks.None,
        new(new[] { "kk" }, new[] { new[] { "ru" } }),
        new(new[] { "KK" }, new[] { new[] { "RU" } }), // equal to the one above, another instance
        new(new[] { "kk" }, new[] { new[] { "ru", "en" } }),
        new(new[] { "de", "kk" }, new[] { new[] { "en" }, new[] { "ru" } }),
        new(new[] { "kk", "de" }, new[] { new[] { "ru" }, new[] { "en" } }), // the same set, listed the other way
    };

    [Fact]
    public void Two_texts_are_equal_exactly_when_their_content_hashes_are()
    {
        var random = new Random(19);
        int equal = 0, unequal = 0, equalWithProvenance = 0;
        for (int run = 0; run < 5000; run++)
        {
            Spec a = RandomSpec(random);
            Spec b = random.Next(8) == 0 ? RandomSpec(random) : Mutate(a, random);
            LocalizedText left = a.Make(), right = b.Make();

            bool equals = left.Equals(right);
            Assert.True(equals == (left.ContentHash == right.ContentHash), $"Equals is {equals}, hashes {(equals ? "differ" : "agree")}:\n  {a}\n  {b}");
            Assert.Equal(equals, right.Equals(left));
            if (equals)
            {
                Assert.Equal(left.GetHashCode(), right.GetHashCode());
                equal++;
                equalWithProvenance += a.Added.Count > 0 ? 1 : 0;
            }
            else
            {
                unequal++;
            }
        }

        // Both outcomes were explored, with provenance among the equal ones.
        Assert.True(equal > 500 && unequal > 500 && equalWithProvenance > 100, $"{equal} equal ({equalWithProvenance} with provenance), {unequal} unequal");
    }

    [Fact]
    public void Statements_and_parties_are_equal_exactly_when_their_content_hashes_are()
    {
        var random = new Random(1919);
        int equal = 0, unequal = 0;
        for (int run = 0; run < 2000; run++)
        {
            Spec a = RandomSpec(random);
            Spec b = random.Next(8) == 0 ? RandomSpec(random) : Mutate(a, random);
            (Signatory left, Signatory right) = (new Signatory("party", a.Make(), "KZ"), new Signatory("party", b.Make(), "KZ"));
            (Statement first, Statement second) = (StatementWith(a.Make()), StatementWith(b.Make()));

            Assert.True(left.Equals(right) == (left.ContentHash == right.ContentHash), $"party: Equals is {left.Equals(right)}:\n  {a}\n  {b}");
            Assert.True(first.Equals(second) == (first.ContentHash == second.ContentHash), $"statement: Equals is {first.Equals(second)}:\n  {a}\n  {b}");
            if (first.Equals(second))
            {
                Assert.Equal(first.GetHashCode(), second.GetHashCode());
                Assert.Equal(left.GetHashCode(), right.GetHashCode());
                equal++;
            }
            else
            {
                unequal++;
            }
        }

        Assert.True(equal > 200 && unequal > 200, $"{equal} equal, {unequal} unequal");

        static Statement StatementWith(LocalizedText text) => new(
            "s", new DateTime(2024, 9, 18), text, Array.Empty<string>(), true, new[] { "en" }, text, new[] { text },
            new[] { new SignatoryGroup("g", text, new[] { new Signatory("p", text, null) }) });
    }

    [Fact]
    public void A_statement_is_its_canonical_text_languages_in_their_order_and_not_its_fallbacks()
    {
        var enRu = new LocalizedText(new[] { "en", "ru" }, new[] { "Party", "Партия" });
        var ruEn = new LocalizedText(new[] { "ru", "en" }, new[] { "Партия", "Party" });
        var withFallback = new LocalizedText(new[] { "en", "ru" }, new[] { "Party", "Партия" }, new LanguageFallbacks(new[] { "kk" }, new[] { new[] { "ru" } }));

        // Order: the snapshot lists a text's languages as given, so the canonical texts differ.
        Assert.NotEqual(new Signatory("p", enRu, null).ContentHash, new Signatory("p", ruEn, null).ContentHash);
        Assert.NotEqual(new Signatory("p", enRu, null), new Signatory("p", ruEn, null));

        // Fallbacks say how a reader resolves, not what the content is.
        Assert.Equal(new Signatory("p", enRu, null).ContentHash, new Signatory("p", withFallback, null).ContentHash);
        Assert.Equal(new Signatory("p", enRu, null), new Signatory("p", withFallback, null));
    }

    [Fact]
    public void A_text_the_project_added_is_not_equal_to_the_same_text_published()
    {
        var published = new LocalizedText(new[] { "en", "kk" }, new[] { "Party", "Партия" });
        var added = new LocalizedText(new[] { "en", "kk" }, new[] { "Party", "Партия" }, LanguageFallbacks.None, new[] { "kk" });

        Assert.NotEqual(published, added);
        Assert.NotEqual(new Signatory("party", published, "KZ"), new Signatory("party", added, "KZ"));
        Assert.NotEqual(new Signatory("party", published, "KZ").ContentHash, new Signatory("party", added, "KZ").ContentHash);
    }

    [Fact]
    public void Staleness_is_not_part_of_the_value()
    {
        var fresh = new LocalizedText(new[] { "en", "kk" }, new[] { "Party", "Партия" }, LanguageFallbacks.None, new[] { "kk" });
        var stale = new LocalizedText(new[] { "en", "kk" }, new[] { "Party", "Партия" }, LanguageFallbacks.None, new[] { "kk" }, new[] { "kk" });

        Assert.Equal(fresh, stale);
        Assert.Equal(fresh.ContentHash, stale.ContentHash);
        Assert.True(stale.IsStale("kk"));
    }

    private static Spec RandomSpec(Random random)
    {
        string[] languages = Tags.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToArray();
        return new Spec(
            languages.ToList(),
            languages.Select(_ => Words[random.Next(Words.Length)]).ToList(),
            languages.Where(_ => random.Next(3) == 0).ToHashSet(),
            languages.Where(_ => random.Next(3) == 0).ToHashSet(),
            FallbackSets[random.Next(FallbackSets.Length)]);
    }

    /// <summary>One to three changes, each of which may or may not change the value.</summary>
    private static Spec Mutate(Spec spec, Random random)
    {
        var languages = spec.Languages.ToList();
        var texts = spec.Texts.ToList();
        var added = spec.Added.ToHashSet();
        var stale = spec.Stale.ToHashSet();
        LanguageFallbacks fallbacks = spec.Fallbacks;
        for (int change = random.Next(3); change >= 0; change--)
        {
            int at = random.Next(languages.Count);
            switch (random.Next(7))
            {
                case 0: // reorder
                    int to = random.Next(languages.Count);
                    (languages[at], languages[to], texts[at], texts[to]) = (languages[to], languages[at], texts[to], texts[at]);
                    break;
                case 1: // the same language in capitals
                    Rename(languages[at], languages[at].ToUpperInvariant());
                    break;
                case 2: // provenance
                    if (!added.Remove(languages[at]))
                    {
                        added.Add(languages[at]);
                    }

                    break;
                case 3: // staleness
                    if (!stale.Remove(languages[at]))
                    {
                        stale.Add(languages[at]);
                    }

                    break;
                case 4: // a text
                    texts[at] = Words[random.Next(Words.Length)];
                    break;
                case 5: // the fallbacks
                    fallbacks = FallbackSets[random.Next(FallbackSets.Length)];
                    break;
                default: // a language more or less
                    string? other = Tags.FirstOrDefault(t => !languages.Contains(t, StringComparer.OrdinalIgnoreCase));
                    if (languages.Count > 1 && (other is null || random.Next(2) == 0))
                    {
                        added.Remove(languages[at]);
                        stale.Remove(languages[at]);
                        languages.RemoveAt(at);
                        texts.RemoveAt(at);
                    }
                    else if (other is not null)
                    {
                        languages.Add(other);
                        texts.Add(Words[random.Next(Words.Length)]);
                    }

                    break;
            }
        }

        return new Spec(languages, texts, added, stale, fallbacks);

        void Rename(string from, string to)
        {
            languages[languages.IndexOf(from)] = to;
            if (added.Remove(from))
            {
                added.Add(to);
            }

            if (stale.Remove(from))
            {
                stale.Add(to);
            }
        }
    }

    private sealed record Spec(List<string> Languages, List<string> Texts, HashSet<string> Added, HashSet<string> Stale, LanguageFallbacks Fallbacks)
    {
        public LocalizedText Make() => new(Languages.ToArray(), Texts.ToArray(), Fallbacks, Added.ToArray(), Stale.ToArray());

        public override string ToString() =>
            string.Join(", ", Languages.Select((l, i) => $"{l}{(Added.Contains(l) ? "+" : "")}{(Stale.Contains(l) ? "~" : "")}='{Texts[i]}'"))
            + $" fallbacks [{string.Join(", ", Fallbacks.Languages.Select(l => l + "→" + string.Join("/", Fallbacks.Of(l))))}]";
    }
}
