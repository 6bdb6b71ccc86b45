using System;
using System.Collections.Generic;
using System.Linq;

namespace StatementContent.Cli.Translations;

/// <summary>
/// The gettext side of plural forms: a language's <c>Plural-Forms</c> header and which CLDR category each
/// <c>msgstr[n]</c> holds (docs/translators.md, "Plural forms"). The content's plural strings are picked by
/// <c>{count}</c>, a whole number, so gettext's forms are the CLDR categories a whole number can take, in CLDR
/// order; a category only fractions take (Russian <c>other</c>: 1.5 партии) has no msgstr and stays in the
/// content as it is. The formulas are the ones gettext and CLDR-based tools publish; a test checks each against
/// the runtime's <see cref="PluralRules"/> with Python's gettext evaluator.
/// </summary>
internal static class GettextPlurals
{
    private const string OneOther = "nplurals=2; plural=(n != 1);";

    private static readonly string[] s_oneOther = { "one", "other" };

    /// <summary>One entry per language of <see cref="PluralRules"/>: the header and the category of each msgstr index.</summary>
    private static readonly Dictionary<string, (string Header, string[] Categories)> s_languages = new(StringComparer.Ordinal)
    {
        ["en"] = (OneOther, s_oneOther),
        ["de"] = (OneOther, s_oneOther),
        ["nl"] = (OneOther, s_oneOther),
        ["sv"] = (OneOther, s_oneOther),
        ["fi"] = (OneOther, s_oneOther),
        ["et"] = (OneOther, s_oneOther),
        ["kk"] = (OneOther, s_oneOther),
        ["ky"] = (OneOther, s_oneOther),
        ["uz"] = (OneOther, s_oneOther),
        ["tr"] = (OneOther, s_oneOther),
        ["az"] = (OneOther, s_oneOther),
        ["nb"] = (OneOther, s_oneOther),
        ["ja"] = ("nplurals=1; plural=0;", new[] { "other" }),
        ["ko"] = ("nplurals=1; plural=0;", new[] { "other" }),
        ["zh"] = ("nplurals=1; plural=0;", new[] { "other" }),
        ["ru"] = ("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);", new[] { "one", "few", "many" }),
        ["uk"] = ("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);", new[] { "one", "few", "many" }),
        ["pl"] = ("nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);", new[] { "one", "few", "many" }),
        ["cs"] = ("nplurals=3; plural=(n==1 ? 0 : n>=2 && n<=4 ? 1 : 2);", new[] { "one", "few", "other" }),
        ["sk"] = ("nplurals=3; plural=(n==1 ? 0 : n>=2 && n<=4 ? 1 : 2);", new[] { "one", "few", "other" }),
        ["fr"] = ("nplurals=3; plural=(n==0 || n==1 ? 0 : n!=0 && n%1000000==0 ? 1 : 2);", new[] { "one", "many", "other" }),
        ["pt"] = ("nplurals=3; plural=(n==0 || n==1 ? 0 : n!=0 && n%1000000==0 ? 1 : 2);", new[] { "one", "many", "other" }),
        ["es"] = ("nplurals=3; plural=(n==1 ? 0 : n!=0 && n%1000000==0 ? 1 : 2);", new[] { "one", "many", "other" }),
        ["it"] = ("nplurals=3; plural=(n==1 ? 0 : n!=0 && n%1000000==0 ? 1 : 2);", new[] { "one", "many", "other" }),
    };

    /// <summary>Every language with a mapping (the languages <see cref="PluralRules"/> has rules for).</summary>
    public static IEnumerable<string> Languages => s_languages.Keys;

    /// <summary>The <c>Plural-Forms</c> value of a language tag (by its language subtag); a language without rules gets one form.</summary>
    public static string Header(string language) => Find(language)?.Header ?? "nplurals=1; plural=0;";

    /// <summary>The CLDR category of each msgstr index, in index order.</summary>
    public static IReadOnlyList<string> Categories(string language) => Find(language)?.Categories ?? new[] { "other" };

    private static (string Header, string[] Categories)? Find(string language)
    {
        string subtag = language.Split('-', '_')[0].ToLowerInvariant();
        return s_languages.TryGetValue(subtag, out var found) ? found : null;
    }

    /// <summary>The forms of <paramref name="text"/> in msgstr order; an absent category gives an empty string.</summary>
    public static IReadOnlyList<string> InGettextOrder(ItemText text, string language) =>
        Categories(language).Select(c => text.Form(c) ?? "").ToList();
}
