using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StatementContent.Generators.Emitting;
using Xunit;

namespace StatementContent.Generators.Tests;

public class LiteralTests
{
    public static TheoryData<string> Tricky => new()
    {
        "",
        "plain",
        "quote \" backslash \\ braces {0} }}",
        "\"\"\" raw-looking \"\"\"",
        "line\nbreak\r\nand\rreturn",
        "nul \0 bell \a tab \t",
        "bidi \u202E reversed \u202C and isolates \u2066\u2069 marks \u200E\u200F",
        "zero width \u200B joiner \u200D bom \uFEFF",
        "separators \u2028 \u2029 next line \u0085",
        "no-break\u00A0space and narrow\u202Fspace",
        "soft\u00ADhyphen",
        "private use \uE000 tag \U000E0041 emoji \U0001F600",
        "lone surrogates \uD800 x \uDC00",
        "*/ </summary> #if DEBUG // comment",
        "Кириллица «кавычки» — тире",
    };

    [Theory]
    [MemberData(nameof(Tricky))]
    public void Literal_round_trips_through_the_CSharp_parser(string value)
    {
        string literal = CSharpText.Literal(value);
        var parsed = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);
        Assert.Empty(parsed.GetDiagnostics());
        Assert.Equal(value, parsed.Token.ValueText);
    }

    /// <summary>
    /// The fast path is exact: every character it takes as plain is one that Roslyn's formatting and our pass leave as
    /// it is, and the fast path takes (as Roslyn formats) text character by character — so for any text of plain
    /// characters the two agree. It must take the common ones, or it is no fast path.
    /// </summary>
    [Fact]
    public void Plain_characters_are_exactly_those_the_full_formatting_leaves_alone()
    {
        int plain = 0;
        for (int code = 0; code <= char.MaxValue; code++)
        {
            string text = ((char)code).ToString();
            if (CSharpText.IsPlain(text))
            {
                plain++;
                Assert.Equal("\"" + text + "\"", CSharpText.Escaped(text));
            }
        }

        Assert.True(plain > 40_000, $"{plain} plain characters");
        foreach (string common in new[] { "Joint statement 2024, (a) [b] {c} #1: 'x' - y; z! ~", "Кириллица «кавычки» — тире… №5", "Ελληνικά € ½ ² ×" })
        {
            Assert.True(CSharpText.IsPlain(common), common);
            Assert.Equal(CSharpText.Escaped(common), CSharpText.Literal(common));
        }

        foreach (string escaped in new[] { "\"", "\\", "\n", "\u007F", "\u00A0", "\u00AD", "\u200B", "\u0301", "\uE000", "\uD83D\uDE00" })
        {
            Assert.False(CSharpText.IsPlain("a" + escaped), escaped);
        }
    }

    [Theory]
    [MemberData(nameof(Tricky))]
    public void Literal_is_the_full_formatting(string value) => Assert.Equal(CSharpText.Escaped(value), CSharpText.Literal(value));

    [Theory]
    [MemberData(nameof(Tricky))]
    public void Literal_contains_no_invisible_characters(string value) =>
        Assert.False(HasInvisible(CSharpText.Literal(value)));

    [Theory]
    [MemberData(nameof(Tricky))]
    public void Doc_lines_hold_no_markup_or_invisible_characters(string value)
    {
        foreach (string line in CSharpText.DocLines(value))
        {
            Assert.DoesNotContain('<', line);
            Assert.DoesNotContain('>', line);
            Assert.False(HasInvisible(line));
        }
    }

    [Fact]
    public void Doc_lines_escape_markup_and_split_lines() =>
        Assert.Equal(new[] { "a &lt;b&gt; &amp; c", "/second [U+202E]line" }, CSharpText.DocLines("a <b> & c\n/second \u202Eline").ToArray());

    /// <summary>By code point: a valid surrogate pair (an emoji) is visible; a lone surrogate is not.</summary>
    internal static bool HasInvisible(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(text, i) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate)
            {
                return true;
            }

            if (char.IsSurrogatePair(text, i))
            {
                i++;
            }
        }

        return false;
    }
}
