using System.Globalization;
using System.Text;

namespace StatementContent
{
    /// <summary>
    /// Which characters a reader cannot see, and how to show them: one rule for the snapshot text and for the
    /// generator (which compiles this file too) when it writes literals and XML docs.
    /// </summary>
    internal static class VisibleText
    {
        /// <summary>Controls, format characters (bidi, zero-width), line and paragraph separators, private-use, unassigned and lone surrogates.</summary>
        public static bool IsInvisible(UnicodeCategory category) =>
            category == UnicodeCategory.Control || category == UnicodeCategory.Format || category == UnicodeCategory.LineSeparator
            || category == UnicodeCategory.ParagraphSeparator || category == UnicodeCategory.PrivateUse
            || category == UnicodeCategory.OtherNotAssigned || category == UnicodeCategory.Surrogate;

        /// <summary>
        /// The text with every invisible character, every space other than U+0020 and U+0020 at either end written
        /// as <c>[U+XXXX]</c>, so a value shows all it holds and no line ends in whitespace.
        /// </summary>
        public static string Show(string value)
        {
            if (IsPlain(value))
            {
                return value; // what the loop below would build, without building it
            }

            var visible = new StringBuilder(value.Length);
            for (int i = 0; i < value.Length; i++)
            {
                bool pair = char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
                int codePoint = pair ? char.ConvertToUtf32(value[i], value[i + 1]) : value[i];
                UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(value, i);
                bool edgeSpace = codePoint == ' ' && (i == 0 || i == value.Length - 1);
                if (edgeSpace || IsInvisible(category) || (category == UnicodeCategory.SpaceSeparator && codePoint != ' '))
                {
                    visible.Append("[U+").Append(codePoint.ToString("X4", CultureInfo.InvariantCulture)).Append(']');
                }
                else
                {
                    visible.Append(value, i, pair ? 2 : 1);
                }

                if (pair)
                {
                    i++;
                }
            }

            return visible.ToString();
        }

        /// <summary>
        /// True when every character is one the loop in <see cref="Show"/> keeps as it is — printable ASCII, interior
        /// U+0020, Latin-1 letters and signs (not U+00A0 or the soft hyphen U+00AD), Cyrillic, dashes, quotes and
        /// the ellipsis — which is nearly all real text: the generator shows whole statements for their hashes.
        /// </summary>
        private static bool IsPlain(string value)
        {
            if (value.Length > 0 && (value[0] == ' ' || value[value.Length - 1] == ' '))
            {
                return false;
            }

            foreach (char c in value)
            {
                bool plain = (c >= ' ' && c <= '~')
                    || (c >= '\u00A1' && c <= '\u00FF' && c != '\u00AD')
                    || (c >= '\u0400' && c <= '\u04FF')
                    || c == '\u2013' || c == '\u2014' || (c >= '\u2018' && c <= '\u201E') || c == '\u2026';
                if (!plain)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
