using System;

namespace StatementContent
{
    /// <summary>A CLDR plural category: which form of a counted phrase a number takes in a language.</summary>
    public enum PluralCategory
    {
        /// <summary>Zero, in languages that have a form for it.</summary>
        Zero,

        /// <summary>One (in English: 1; in Russian: 1, 21, 101, …).</summary>
        One,

        /// <summary>Two, in languages that have a form for it.</summary>
        Two,

        /// <summary>A few (in Russian: 2–4, 22–24, …).</summary>
        Few,

        /// <summary>Many (in Russian: 0, 5–20, 25, 100, …).</summary>
        Many,

        /// <summary>Everything else, e.g. fractions in Russian.</summary>
        Other,
    }

    /// <summary>
    /// The CLDR plural rules (unicode.org, plurals.xml) of the languages the generator supports, compiled to plain
    /// conditions on the CLDR operands: n (absolute value), i (integer digits), v (number of visible fraction
    /// digits), f and t (visible fraction digits with and without trailing zeros). A <see cref="decimal"/> keeps
    /// its visible fraction digits (1.50m has v = 2), so 1 and 1.0 are told apart as CLDR requires.
    /// The generator compiles this file too, so it checks content against the same table.
    /// </summary>
    public static class PluralRules
    {
        /// <summary>Whether there are rules for <paramref name="language"/> (its language subtag: <c>ru-KZ</c> → <c>ru</c>).</summary>
        public static bool IsSupported(string language) => RuleOf(language) != Rule.None;

        /// <summary>The languages with rules, as language subtags.</summary>
        public static string SupportedLanguages => "az cs de en es et fi fr it ja kk ko ky nb nl pl pt ru sk sv tr uk uz zh";

        /// <summary>The categories <paramref name="language"/> distinguishes, <see cref="PluralCategory.Other"/> last.</summary>
        public static PluralCategory[] CategoriesOf(string language)
        {
            switch (RuleOf(language))
            {
                case Rule.OtherOnly: return new[] { PluralCategory.Other };
                case Rule.OneIfIntegerOne:
                case Rule.OneIfOne: return new[] { PluralCategory.One, PluralCategory.Other };
                case Rule.EastSlavic:
                case Rule.Polish:
                case Rule.Czech: return new[] { PluralCategory.One, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other };
                case Rule.French:
                case Rule.Spanish:
                case Rule.Portuguese:
                case Rule.Italian: return new[] { PluralCategory.One, PluralCategory.Many, PluralCategory.Other };
                default: return new PluralCategory[0];
            }
        }

        /// <summary>The category of <paramref name="number"/> in <paramref name="language"/>; <see cref="PluralCategory.Other"/> for a language without rules.</summary>
        public static PluralCategory Select(string language, decimal number)
        {
            decimal n = Math.Abs(number);
            decimal i = decimal.Truncate(n);
            int v = (decimal.GetBits(n)[3] >> 16) & 0xFF;
            bool whole = v == 0;
            decimal i10 = i % 10, i100 = i % 100;
            switch (RuleOf(language))
            {
                case Rule.OneIfIntegerOne:
                    return i == 1 && whole ? PluralCategory.One : PluralCategory.Other;
                case Rule.OneIfOne:
                    return n == 1 ? PluralCategory.One : PluralCategory.Other;
                case Rule.EastSlavic:
                    if (!whole)
                    {
                        return PluralCategory.Other;
                    }

                    if (i10 == 1 && i100 != 11)
                    {
                        return PluralCategory.One;
                    }

                    return i10 >= 2 && i10 <= 4 && (i100 < 12 || i100 > 14) ? PluralCategory.Few : PluralCategory.Many;
                case Rule.Polish:
                    if (!whole)
                    {
                        return PluralCategory.Other;
                    }

                    if (i == 1)
                    {
                        return PluralCategory.One;
                    }

                    return i10 >= 2 && i10 <= 4 && (i100 < 12 || i100 > 14) ? PluralCategory.Few : PluralCategory.Many;
                case Rule.Czech:
                    return !whole ? PluralCategory.Many : i == 1 ? PluralCategory.One : i >= 2 && i <= 4 ? PluralCategory.Few : PluralCategory.Other;
                case Rule.French:
                    return i == 0 || i == 1 ? PluralCategory.One : Millions(i, whole) ? PluralCategory.Many : PluralCategory.Other;
                case Rule.Portuguese:
                    return i == 0 || i == 1 ? PluralCategory.One : Millions(i, whole) ? PluralCategory.Many : PluralCategory.Other;
                case Rule.Spanish:
                    return n == 1 ? PluralCategory.One : Millions(i, whole) ? PluralCategory.Many : PluralCategory.Other;
                case Rule.Italian:
                    return i == 1 && whole ? PluralCategory.One : Millions(i, whole) ? PluralCategory.Many : PluralCategory.Other;
                default:
                    return PluralCategory.Other;
            }
        }

        // "many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0" (e, the compact exponent, is 0 for plain numbers).
        private static bool Millions(decimal i, bool whole) => whole && i != 0 && i % 1000000 == 0;

        private static Rule RuleOf(string language)
        {
            if (language == null)
            {
                throw new ArgumentNullException(nameof(language));
            }

            // The generated methods pass a lower-case language subtag: that needs no copy. Otherwise take the
            // language subtag and lower-case it by hand (ASCII; ToLowerInvariant would load culture data).
            int dash = language.IndexOf('-');
            string subtag = dash < 0 ? language : language.Substring(0, dash);
            foreach (char c in subtag)
            {
                if (c >= 'A' && c <= 'Z')
                {
                    subtag = LanguageTable.LowerAscii(subtag);
                    break;
                }
            }

            switch (subtag)
            {
                case "ja": case "ko": case "zh": return Rule.OtherOnly;
                case "en": case "de": case "nl": case "sv": case "fi": case "et": return Rule.OneIfIntegerOne;
                case "kk": case "ky": case "uz": case "tr": case "az": case "nb": return Rule.OneIfOne;
                case "ru": case "uk": return Rule.EastSlavic;
                case "pl": return Rule.Polish;
                case "cs": case "sk": return Rule.Czech;
                case "fr": return Rule.French;
                case "pt": return Rule.Portuguese;
                case "es": return Rule.Spanish;
                case "it": return Rule.Italian;
                default: return Rule.None;
            }
        }

        private enum Rule
        {
            None,
            OtherOnly,
            OneIfIntegerOne,
            OneIfOne,
            EastSlavic,
            Polish,
            Czech,
            French,
            Portuguese,
            Spanish,
            Italian,
        }
    }
}
