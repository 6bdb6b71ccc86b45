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
    /// CLDR's plural rules for every locale CLDR has them for (cardinal: which form of "5 parties"; ordinal: which
    /// form of "5th"), compiled from CLDR's data (Runtime/Cldr, the Unicode licence; see docs/content-format.md)
    /// into plain conditions on the CLDR operands: n (absolute value), i (integer digits), v and w (number of
    /// visible fraction digits with and without trailing zeros), f and t (those digits as a number, with and
    /// without trailing zeros); c and e (compact exponent) are 0, as for every number written out.
    /// A locale is looked up by its full tag first (pt-PT has its own rules), then by its language subtag
    /// (ru-KZ → ru), ASCII case-insensitively, '_' read as '-'. Lookups and selection allocate nothing (before
    /// .NET 5 a decimal's scale is read through <c>decimal.GetBits</c>' array, and before .NET Core 3.0 a
    /// non-integral double's digits through a string).
    /// The generator compiles this file too, so it checks content against the same table.
    /// </summary>
    public static class PluralRules
    {
        /// <summary>The CLDR version the rules come from.</summary>
        public static string CldrVersion => CldrPlurals.Version;

        /// <summary>Whether there are cardinal rules for <paramref name="language"/> (its full tag, or else its language subtag: <c>ru-KZ</c> → <c>ru</c>).</summary>
        public static bool IsSupported(string language) => GroupOf(language, CldrPlurals.CardinalTags, CldrPlurals.CardinalLanguages) >= 0;

        /// <summary>Whether there are ordinal rules for <paramref name="language"/> (looked up as in <see cref="IsSupported"/>).</summary>
        public static bool IsOrdinalSupported(string language) => GroupOf(language, CldrPlurals.OrdinalTags, CldrPlurals.OrdinalLanguages) >= 0;

        /// <summary>The locales with cardinal rules, space-separated, as CLDR names them: <c>af</c> … <c>zu</c> (with <c>und</c>, the root), then <c>kok-Latn</c> and <c>pt-PT</c>.</summary>
        public static string SupportedLanguages => Names(CldrPlurals.CardinalTags, CldrPlurals.CardinalLanguages);

        /// <summary>The cardinal categories <paramref name="language"/> distinguishes, in <see cref="PluralCategory"/>'s order (<see cref="PluralCategory.Other"/> last); none for a language without rules.</summary>
        public static PluralCategory[] CategoriesOf(string language) =>
            Categories(GroupOf(language, CldrPlurals.CardinalTags, CldrPlurals.CardinalLanguages), CldrPlurals.CardinalCategories);

        /// <summary>The ordinal categories <paramref name="language"/> distinguishes (as <see cref="CategoriesOf"/>).</summary>
        public static PluralCategory[] OrdinalCategoriesOf(string language) =>
            Categories(GroupOf(language, CldrPlurals.OrdinalTags, CldrPlurals.OrdinalLanguages), CldrPlurals.OrdinalCategories);

        /// <summary>
        /// The cardinal category of <paramref name="number"/> in <paramref name="language"/>; <see cref="PluralCategory.Other"/>
        /// for a language without rules. A <see cref="decimal"/> keeps its visible fraction digits (1.50m has v = 2), so
        /// 1 and 1.0m are told apart as CLDR requires (en: one, other).
        /// </summary>
        public static PluralCategory Select(string language, decimal number)
        {
            int group = GroupOf(language, CldrPlurals.CardinalTags, CldrPlurals.CardinalLanguages);
            return group < 0 ? PluralCategory.Other : CldrPlurals.Cardinal(group, PluralOperands.Of(number));
        }

        /// <summary>The cardinal category of the integer <paramref name="number"/> in <paramref name="language"/> (as <see cref="Select(string, decimal)"/>).</summary>
        public static PluralCategory Select(string language, long number)
        {
            int group = GroupOf(language, CldrPlurals.CardinalTags, CldrPlurals.CardinalLanguages);
            return group < 0 ? PluralCategory.Other : CldrPlurals.Cardinal(group, PluralOperands.Of(number));
        }

        /// <summary>
        /// The cardinal category of <paramref name="number"/> in <paramref name="language"/>, with the operands of its
        /// shortest round-trip representation (<c>double.ToString("R")</c>): 1.0 is written "1", so it is an integer
        /// (en: one), 1.5 is "1.5" (v = 1), 0.1 + 0.2 is "0.30000000000000004". For visible trailing zeros pass a
        /// <see cref="decimal"/>. NaN and infinities are <see cref="PluralCategory.Other"/>.
        /// </summary>
        public static PluralCategory Select(string language, double number)
        {
            int group = GroupOf(language, CldrPlurals.CardinalTags, CldrPlurals.CardinalLanguages);
            return group < 0 || double.IsNaN(number) || double.IsInfinity(number)
                ? PluralCategory.Other
                : CldrPlurals.Cardinal(group, PluralOperands.Of(number));
        }

        /// <summary>The ordinal category of <paramref name="number"/> in <paramref name="language"/> (en: 1st one, 2nd two, 3rd few, 4th other); <see cref="PluralCategory.Other"/> for a language without ordinal rules.</summary>
        public static PluralCategory SelectOrdinal(string language, long number)
        {
            int group = GroupOf(language, CldrPlurals.OrdinalTags, CldrPlurals.OrdinalLanguages);
            return group < 0 ? PluralCategory.Other : CldrPlurals.Ordinal(group, PluralOperands.Of(number));
        }

        // The rule group of a locale, or -1: a longer tag of the table ("pt-PT:K") that the tag is or begins with
        // (then '-'), else the language subtag, binary-searched in the sorted 4-character entries ("ru i", "kokC").
        private static int GroupOf(string language, string tags, string languages)
        {
            if (language == null)
            {
                throw new ArgumentNullException(nameof(language));
            }

            for (int start = 0; start < tags.Length;)
            {
                int colon = tags.IndexOf(':', start);
                int length = colon - start;
                if (language.Length >= length && (language.Length == length || Lower(language[length]) == '-') && Matches(language, tags, start, length))
                {
                    return Group(tags[colon + 1]);
                }

                start = colon + 3;
            }

            int end = 0;
            while (end < language.Length && Lower(language[end]) != '-')
            {
                end++;
            }

            if (end < 2 || end > 3)
            {
                return -1;
            }

            int low = 0, high = (languages.Length / 4) - 1;
            while (low <= high)
            {
                int middle = (low + high) >> 1;
                int order = 0;
                for (int k = 0; k < 3 && order == 0; k++)
                {
                    order = (k < end ? Lower(language[k]) : ' ') - languages[(middle * 4) + k];
                }

                if (order == 0)
                {
                    return Group(languages[(middle * 4) + 3]);
                }

                if (order < 0)
                {
                    high = middle - 1;
                }
                else
                {
                    low = middle + 1;
                }
            }

            return -1;
        }

        private static bool Matches(string language, string tags, int start, int length)
        {
            for (int k = 0; k < length; k++)
            {
                if (Lower(language[k]) != Lower(tags[start + k]))
                {
                    return false;
                }
            }

            return true;
        }

        // ASCII only (ToLowerInvariant would load culture data); '_' as in pt_PT reads as '-'.
        private static char Lower(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c == '_' ? '-' : c;

        private static int Group(char letter) => letter >= 'a' ? letter - 'a' + 26 : letter - 'A';

        private static PluralCategory[] Categories(int group, string sets)
        {
            if (group < 0)
            {
                return new PluralCategory[0];
            }

            int set = sets[group] - '0';
            int count = 1;
            for (int bits = set; bits != 0; bits >>= 1)
            {
                count += bits & 1;
            }

            PluralCategory[] categories = new PluralCategory[count];
            int next = 0;
            for (int k = 0; k < 5; k++)
            {
                if ((set & (1 << k)) != 0)
                {
                    categories[next++] = (PluralCategory)k;
                }
            }

            categories[next] = PluralCategory.Other;
            return categories;
        }

        private static string Names(string tags, string languages)
        {
            var names = new System.Text.StringBuilder(languages.Length + tags.Length);
            for (int at = 0; at < languages.Length; at += 4)
            {
                names.Append(languages, at, languages[at + 2] == ' ' ? 2 : 3).Append(' ');
            }

            for (int start = 0; start < tags.Length; start = tags.IndexOf(':', start) + 3)
            {
                names.Append(tags, start, tags.IndexOf(':', start) - start).Append(' ');
            }

            return names.ToString(0, names.Length - 1);
        }
    }

    /// <summary>
    /// The CLDR operands of a number, as integers: i (integer digits), v, w, f, t (see <see cref="PluralRules"/>);
    /// n = i when t = 0. A value of 10^18 or more is kept as 10^18 + (value mod 10^18): every modulus in CLDR's rules
    /// divides 10^18 and every constant is below it, so each condition reads the same as on the exact value.
    /// </summary>
    internal struct PluralOperands
    {
        private const ulong Big = 1000000000000000000;

        public ulong I, V, W, F, T;

        public static PluralOperands Of(long number)
        {
            ulong value = number < 0 ? (ulong)(-(number + 1)) + 1 : (ulong)number;
            return new PluralOperands { I = Reduce(value) };
        }

        public static PluralOperands Of(decimal number)
        {
#if NET5_0_OR_GREATER
            System.Span<int> bits = stackalloc int[4];
            decimal.GetBits(number, bits);
#else
            int[] bits = decimal.GetBits(number);
#endif
            int scale = (bits[3] >> 16) & 0xFF;
            if (bits[2] == 0 && scale <= 19)
            {
                // The usual case, in integers: the 64-bit mantissa (150 for 1.50) split at 10^scale.
                ulong mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
                ulong power = 1;
                for (int k = 0; k < scale; k++)
                {
                    power *= 10;
                }

                return WithFraction(new PluralOperands { I = Reduce(mantissa / power), V = (ulong)scale }, mantissa % power);
            }

            decimal n = Math.Abs(number);
            decimal i = decimal.Truncate(n);
            var operands = new PluralOperands { I = Reduce(i), V = (ulong)scale };

            // The fraction's digits as an integer (1.50 → 50), then without trailing zeros (5).
            decimal f = n - i;
            for (int k = 0; k < scale; k++)
            {
                f *= 10;
            }

            f = decimal.Truncate(f);
            decimal t = f;
            int w = scale;
            while (t != 0 && t % 10 == 0)
            {
                t /= 10;
                w--;
            }

            operands.F = Reduce(f);
            operands.T = Reduce(t);
            operands.W = t == 0 ? 0 : (ulong)w;
            return operands;
        }

        public static PluralOperands Of(double number)
        {
            double value = Math.Abs(number);
            // Below 2^53 an integral double is written with its exact digits; above, the shortest representation
            // may differ from the exact value in the last digits (2^60 is "1.152921504606847E+18"), so it is read.
            if (value < 9007199254740992d && value == Math.Floor(value))
            {
                return new PluralOperands { I = (ulong)value };
            }

#if NETCOREAPP3_0_OR_GREATER
            System.Span<char> chars = stackalloc char[32];
            value.TryFormat(chars, out int length, "R", System.Globalization.NumberFormatInfo.InvariantInfo);
            return Parse(chars.Slice(0, length));
#else
            return Parse(value.ToString("R", System.Globalization.NumberFormatInfo.InvariantInfo));
#endif
        }

        // "123.45", "1E-07", "1.2345E+21": digits, an optional point, an optional exponent.
#if NETCOREAPP3_0_OR_GREATER
        private static PluralOperands Parse(System.ReadOnlySpan<char> text)
#else
        private static PluralOperands Parse(string text)
#endif
        {
            int mantissaEnd = 0, point = -1;
            while (mantissaEnd < text.Length && text[mantissaEnd] != 'E')
            {
                if (text[mantissaEnd] == '.')
                {
                    point = mantissaEnd;
                }

                mantissaEnd++;
            }

            int exponent = 0;
            bool negative = false;
            for (int k = mantissaEnd + 1; k < text.Length; k++)
            {
                if (text[k] == '-')
                {
                    negative = true;
                }
                else if (text[k] >= '0' && text[k] <= '9')
                {
                    exponent = (exponent * 10) + (text[k] - '0');
                }
            }

            // The number is 0.d1d2d3… × 10^integerDigits: digit k (from 0) is an integer digit when k < integerDigits.
            int digits = mantissaEnd - (point < 0 ? 0 : 1);
            int integerDigits = (point < 0 ? mantissaEnd : point) + (negative ? -exponent : exponent);
            ulong i = 0, f = 0;
            int iLength = 0, fLength = 0, fraction = 0, lastNonZero = -1;
            for (int k = Math.Min(integerDigits, 0); k < Math.Max(integerDigits, digits); k++)
            {
                int digit = k < 0 || k >= digits ? 0 : text[k < (point < 0 ? mantissaEnd : point) ? k : k + 1] - '0';
                if (k < integerDigits)
                {
                    Append(ref i, ref iLength, digit);
                }
                else
                {
                    Append(ref f, ref fLength, digit);
                    fraction++;
                    if (digit != 0)
                    {
                        lastNonZero = fraction;
                    }
                }
            }

            var operands = new PluralOperands { I = Limit(i, iLength), V = (ulong)fraction, F = Limit(f, fLength) };
            if (lastNonZero > 0)
            {
                // Trailing zeros do not occur in a shortest representation; w = v and t = f.
                operands.W = (ulong)lastNonZero;
                operands.T = operands.F;
            }

            return operands;
        }

        // Accumulates decimal digits mod 10^18, counting the significant ones (a 19th means ≥ 10^18).
        private static void Append(ref ulong value, ref int significant, int digit)
        {
            if (significant > 0 || digit != 0)
            {
                significant++;
            }

            value = ((value * 10) + (ulong)digit) % Big;
        }

        private static ulong Limit(ulong value, int significant) => significant > 18 ? Big + value : value;

        private static ulong Reduce(decimal integer) => integer >= Big ? Big + (ulong)(integer % Big) : (ulong)integer;

        private static ulong Reduce(ulong integer) => integer >= Big ? Big + (integer % Big) : integer;

        // f, and t and w from it: f without its trailing zeros, and their count taken from v.
        private static PluralOperands WithFraction(PluralOperands operands, ulong f)
        {
            ulong t = f, w = operands.V;
            while (t != 0 && t % 10 == 0)
            {
                t /= 10;
                w--;
            }

            operands.F = Reduce(f);
            operands.T = Reduce(t);
            operands.W = t == 0 ? 0 : w;
            return operands;
        }
    }
}
