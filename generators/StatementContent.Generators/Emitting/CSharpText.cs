using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace StatementContent.Generators.Emitting;

/// <summary>How content text enters generated C#: string literals, XML doc comments and names.</summary>
internal static class CSharpText
{
    /// <summary>
    /// A name from the content as C# source: a keyword, reserved (<c>class</c>) or contextual (<c>from</c>, <c>var</c>),
    /// is <c>@</c>-escaped. C# needs it only for the reserved ones; escaping the contextual ones too keeps each
    /// use unambiguous in any position and any C# version (7.3 on), and names the same parameter.
    /// </summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>
    /// A C# string literal whose value is exactly <paramref name="value"/>. Roslyn's own formatting does the
    /// escaping; our pass then escapes what it leaves raw — format characters such as bidi controls, U+200B and
    /// U+FEFF, private-use and unassigned code points — so no invisible character reaches the source
    /// (Trojan Source, CVE-2021-42574). Spaces other than U+0020 (e.g. a no-break space) are escaped too, so a
    /// reviewer can see them. A raw character is never part of an escape sequence, so this is safe.
    /// </summary>
    public static string Literal(string value) => IsPlain(value) ? "\"" + value + "\"" : Escaped(value);

    /// <summary>Appends <see cref="Literal"/> of <paramref name="value"/>; a plain text without making the literal first.</summary>
    public static StringBuilder AppendLiteral(StringBuilder builder, string value) =>
        IsPlain(value) ? builder.Append('"').Append(value).Append('"') : builder.Append(Escaped(value));

    /// <summary>
    /// Whether no character of <paramref name="value"/> needs an escape, so its literal is the text in quotes: printable
    /// ASCII other than a quote and a backslash, and letters, digits, punctuation and symbols beyond ASCII. Each such
    /// character Roslyn's formatting and our pass leave as it is (LiteralTests checks every one of them); the check
    /// skips that work for most of a statement's texts. Categories come from <see cref="CharUnicodeInfo"/>, as our pass
    /// reads them: on .NET Framework <c>char.GetUnicodeCategory</c> has its own Latin-1 table (U+00AD a dash there, a
    /// format character here).
    /// </summary>
    internal static bool IsPlain(string value)
    {
        foreach (char c in value)
        {
            if (c < 0x80 ? c < 0x20 || c == 0x7F || c == '"' || c == '\\' : !IsPlain(CharUnicodeInfo.GetUnicodeCategory(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlain(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation => true,
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => true,
        _ => false,
    };

    /// <summary><see cref="Literal"/> through Roslyn's formatting and our pass.</summary>
    internal static string Escaped(string value)
    {
        string formatted = SymbolDisplay.FormatLiteral(value, quote: true);
        StringBuilder? builder = null;
        for (int i = 0; i < formatted.Length; i++)
        {
            char c = formatted[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < formatted.Length && char.IsLowSurrogate(formatted[i + 1]);
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(formatted, i);
            if (IsInvisible(category) || (category == UnicodeCategory.SpaceSeparator && c != ' '))
            {
                builder ??= new StringBuilder(formatted, 0, i, formatted.Length + 16);
                builder.Append(pair
                    ? "\\U" + char.ConvertToUtf32(c, formatted[i + 1]).ToString("X8", CultureInfo.InvariantCulture)
                    : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder?.Append(c);
                if (pair)
                {
                    builder?.Append(formatted[i + 1]);
                }
            }

            if (pair)
            {
                i++;
            }
        }

        return builder?.ToString() ?? formatted;
    }

    /// <summary>
    /// A C# UTF-8 literal (<c>"…"u8</c>, C# 11) whose bytes are the UTF-8 form of <paramref name="value"/>: held in
    /// the assembly's data, outside the compiler's 16 MiB string heap. The text is <see cref="Literal"/>'s, so the same
    /// escaping applies. Only for text that <see cref="IsUtf8Encodable"/>.
    /// </summary>
    public static string Utf8Literal(string value) => Literal(value) + "u8";

    /// <summary>Whether <paramref name="value"/> has a UTF-8 form: no unpaired surrogate.</summary>
    public static bool IsUtf8Encodable(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Text for an XML doc comment, one entry per line: markup characters escaped, invisible characters shown
    /// as <c>[U+XXXX]</c> (XML cannot carry most of them, and the source must not either).
    /// </summary>
    public static IEnumerable<string> DocLines(string text)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (c == '\n')
            {
                yield return builder.ToString();
                builder.Clear();
            }
            else if (c == '&')
            {
                builder.Append("&amp;");
            }
            else if (c == '<')
            {
                builder.Append("&lt;");
            }
            else if (c == '>')
            {
                builder.Append("&gt;");
            }
            else if (IsInvisible(CharUnicodeInfo.GetUnicodeCategory(text, i)))
            {
                int codePoint = pair ? char.ConvertToUtf32(c, text[i + 1]) : c;
                builder.Append("[U+").Append(codePoint.ToString("X4", CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                builder.Append(c);
                if (pair)
                {
                    builder.Append(text[i + 1]);
                }
            }

            if (pair)
            {
                i++;
            }
        }

        yield return builder.ToString();
    }

    private static bool IsInvisible(UnicodeCategory category) => StatementContent.VisibleText.IsInvisible(category);
}
