using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace StatementContent.Generators.Lint;

/// <summary>A piece of a text a check compares: where it is, and the value compared (a URL as written, a placeholder's name).</summary>
internal readonly record struct TranslationToken(int Index, int Length, string Value);

/// <summary>
/// A number in a text: where it is, how many digits it has without its separators and leading zeros, and its value
/// (<see cref="TranslationTokens.ExactDigits"/> digits at most; past that a hash of the digits). Numbers compare by their
/// digits (<see cref="TranslationTokens.Compare"/>) where they stand, no string made for each;
/// <see cref="TranslationTokens.Order"/> sorts them by count and value first, reading no text.
/// </summary>
internal readonly record struct NumberToken(int Index, int Length, int Digits, long Hash);

/// <summary>
/// What the checks on translations (<see cref="TranslationChecks"/>) read in a text: URLs and e-mail addresses,
/// numbers, <c>{name}</c> placeholders, sentences and the end punctuation. One tokenizer for every check, and for
/// STC5001, which skips URLs.
/// </summary>
internal static class TranslationTokens
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // A scheme (or www.) and what follows up to whitespace or a quote; an e-mail address, tried only where a run of
    // its characters starts (a long run without '@' is read once, not once from each of its characters). Trailing
    // sentence punctuation and closing brackets are trimmed off (Urls()): "see https://example.org." ends at "org".
    private static readonly Regex UrlPattern = new(
        @"\b(?:(?:https?|ftp)://|www\.|mailto:)[^\s<>«»“”""]+|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+", Options);

    // {name}, not {{name}} (a literal brace in a format).
    private static readonly Regex PlaceholderPattern = new(@"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})", Options);

    // Translate Toolkit's sentence splitter, as written in translate/lang/common.py (Common.sentencere, 3.8):
    // a sentence ends at one of its sentence-end marks followed by whitespace and by a character that is not a
    // lower-case Latin or Cyrillic letter nor a digit ("e.g. the" and "1. 2." do not split). Case-sensitive, on purpose.
    private static readonly Regex SentenceEnd = new("[" + Regex.Escape(SentenceEndMarks) + @"]\s+(?=[^a-zа-џ\d])", RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.Singleline);

    /// <summary>Translate Toolkit's sentence-end marks (Common.sentenceend, 3.8).</summary>
    private const string SentenceEndMarks = ".!?…։؟।。！？።\u06D4";

    /// <summary>The same marks as characters: a text without any is one sentence or none, with no regex run.</summary>
    private static readonly char[] SentenceMarks = SentenceEndMarks.ToCharArray();

    /// <summary>What ends a sentence or a label, as pofilter's endpunc reads it (its sentence-end marks and ':').</summary>
    private const string EndPunctuation = SentenceEndMarks + ":";

    /// <summary>What may follow the end punctuation and is not compared: closing quotes and brackets.</summary>
    private const string Closing = "»”’\"')]}›";

    /// <summary>What a tokenizer gives for a text without its kind of token; shared, never added to.</summary>
    private static readonly List<TranslationToken> None = new();

    /// <summary>The URLs and e-mail addresses, as written.</summary>
    public static List<TranslationToken> Urls(string text)
    {
        // Every URL the pattern reads has "://", "www.", "mailto:" or '@': most texts have none, and need no regex.
        if (text.IndexOf(':') < 0 && text.IndexOf('@') < 0 && text.IndexOf("www.", System.StringComparison.Ordinal) < 0)
        {
            return None;
        }

        var urls = new List<TranslationToken>();
        foreach (Match match in UrlPattern.Matches(text))
        {
            string value = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '\'');
            urls.Add(new TranslationToken(match.Index, value.Length, value));
        }

        return urls;
    }

    /// <summary>
    /// The numbers outside URLs, each as its digits without separators or leading zeros: "1,000", "1 000" and
    /// "1000" are one number; "18th" and "18-е" are 18.
    /// </summary>
    public static List<NumberToken> Numbers(string text)
    {
        var numbers = new List<NumberToken>();
        Numbers(text, numbers);
        return numbers;
    }

    /// <summary><see cref="Numbers(string)"/> added to <paramref name="numbers"/>.</summary>
    public static void Numbers(string text, List<NumberToken> numbers)
    {
        // Digits, joined by '.', ',' or an apostrophe between digits (1,000 · 3.5 · 1'000), or by a space of any kind
        // before exactly three digits (1 000 with U+0020, U+00A0, U+202F, U+2009 or U+2007): one number either way.
        // Scanned by hand, not by a regex: a long text holds many numbers, and a Match each was most of what the
        // lint allocated at 1,000 statements (docs/benchmarks.md §3).
        List<TranslationToken> urls = Urls(text);
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            i = DigitsEnd(text, i);
            while (i + 1 < text.Length)
            {
                char joint = text[i];
                if ((joint == '.' || joint == ',' || joint == '\'') && char.IsDigit(text[i + 1]))
                {
                    i = DigitsEnd(text, i + 1);
                }
                else if (GroupSpaces.IndexOf(joint) >= 0 && DigitsEnd(text, i + 1) == i + 4)
                {
                    i += 4;
                }
                else
                {
                    break;
                }
            }

            if (!Inside(urls, start))
            {
                int first = FirstSignificant(text, start, i), digits = 0;
                long hash = 0;
                for (int k = first; k < i; k++)
                {
                    if (char.IsDigit(text[k]))
                    {
                        digits++;
                        hash = digits <= ExactDigits ? (hash * 10) + Digit(text[k]) : unchecked((hash * 31) + Digit(text[k]));
                    }
                }

                numbers.Add(new NumberToken(start, i - start, digits, hash));
            }
        }
    }

    /// <summary>How many digits a number's value (<see cref="NumberToken.Hash"/>) holds exactly: 10^18 fits a long.</summary>
    public const int ExactDigits = 18;

    private const string GroupSpaces = " \u00A0\u202F\u2009\u2007";

    private static int DigitsEnd(string text, int i)
    {
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Where a number's first digit other than zero is (<paramref name="end"/> when it has none).</summary>
    private static int FirstSignificant(string text, int start, int end)
    {
        while (start < end && (!char.IsDigit(text[start]) || Digit(text[start]) == 0))
        {
            start++;
        }

        return start;
    }

    private static int Digit(char c) => c >= '0' && c <= '9' ? c - '0' : (int)char.GetNumericValue(c);

    /// <summary>A number's digits as ASCII, leading zeros left out ("0" for none): how a finding names it.</summary>
    public static string DigitsOf(string text, NumberToken number)
    {
        if (number.Digits == 0)
        {
            return "0";
        }

        var digits = new char[number.Digits];
        int count = 0;
        for (int i = FirstSignificant(text, number.Index, number.Index + number.Length); count < digits.Length; i++)
        {
            if (char.IsDigit(text[i]))
            {
                digits[count++] = (char)('0' + Digit(text[i]));
            }
        }

        return new string(digits);
    }

    /// <summary>
    /// Orders two numbers by their value as <see cref="DigitsOf"/> writes it (more digits first compared, then digit by
    /// digit), read where they stand: 0 exactly when their digits are the same.
    /// </summary>
    public static int Compare(string a, NumberToken x, string b, NumberToken y)
    {
        if (x.Digits != y.Digits)
        {
            return x.Digits.CompareTo(y.Digits);
        }

        int i = FirstSignificant(a, x.Index, x.Index + x.Length), j = FirstSignificant(b, y.Index, y.Index + y.Length);
        for (int n = 0; n < x.Digits; n++, i++, j++)
        {
            while (!char.IsDigit(a[i]))
            {
                i++;
            }

            while (!char.IsDigit(b[j]))
            {
                j++;
            }

            int difference = Digit(a[i]) - Digit(b[j]);
            if (difference != 0)
            {
                return difference;
            }
        }

        return 0;
    }

    /// <summary>
    /// A total order in which equal numbers are next to each other (0 exactly when <see cref="Compare"/> is): by digit
    /// count, then value or hash, then — only for the same hash of a longer number — digit by digit.
    /// </summary>
    public static int Order(string a, NumberToken x, string b, NumberToken y) =>
        x.Digits != y.Digits ? x.Digits.CompareTo(y.Digits)
        : x.Hash != y.Hash ? x.Hash.CompareTo(y.Hash)
        : Compare(a, x, b, y);

    /// <summary>The <c>{name}</c> placeholders, by name.</summary>
    public static List<TranslationToken> Placeholders(string text) => text.IndexOf('{') < 0
        ? None
        : PlaceholderPattern.Matches(text).Cast<Match>().Select(m => new TranslationToken(m.Index, m.Length, m.Groups[1].Value)).ToList();

    /// <summary>How many sentences, counted as Translate Toolkit counts them (<c>Common.sentences</c>): the empty text has none.</summary>
    public static int SentenceCount(string text)
    {
        int count = 0, last = 0;
        if (text.IndexOfAny(SentenceMarks) >= 0)
        {
            for (Match end = SentenceEnd.Match(text); end.Success; end = end.NextMatch())
            {
                count += Blank(text, last, end.Index + end.Length) ? 0 : 1;
                last = end.Index + end.Length;
            }
        }

        return count + (Blank(text, last, text.Length) ? 0 : 1);
    }

    /// <summary>Whether the characters from <paramref name="start"/> to <paramref name="end"/> are all whitespace (what <c>Trim()</c> leaves empty).</summary>
    private static bool Blank(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The punctuation that ends the text, after any closing quotes and brackets, whitespace left out and written
    /// one way: "..." is "…", the full-width and Arabic marks are their ASCII equivalents. Empty when the text
    /// ends without punctuation.
    /// </summary>
    public static TranslationToken EndOf(string text)
    {
        int end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || Closing.IndexOf(text[end - 1]) >= 0))
        {
            end--;
        }

        int start = end;
        while (start > 0 && (EndPunctuation.IndexOf(text[start - 1]) >= 0 || (char.IsWhiteSpace(text[start - 1]) && start < end)))
        {
            start--;
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (end - start == 1)
        {
            return new TranslationToken(start, 1, Mark(text[start])); // the usual ending, one mark: no string made
        }

        string marks = new string(text.Substring(start, end - start).Where(c => !char.IsWhiteSpace(c)).ToArray())
            .Replace("...", "…").Replace('。', '.').Replace('！', '!').Replace('？', '?').Replace('؟', '?').Replace('\u06D4', '.');
        return new TranslationToken(start, end - start, marks);

        static string Mark(char c) => c switch
        {
            '.' or '。' or '\u06D4' => ".",
            '!' or '！' => "!",
            '?' or '？' or '؟' => "?",
            ':' => ":",
            '…' => "…",
            _ => c.ToString(),
        };
    }

    /// <summary>The text without its placeholders, URLs and numbers: what is left to translate.</summary>
    public static string Words(string text) =>
        Without(text, Urls(text).Concat(Placeholders(text)).Concat(Numbers(text).Select(n => new TranslationToken(n.Index, n.Length, ""))));

    /// <summary>The text without <paramref name="tokens"/> (which may overlap), built in one pass.</summary>
    public static string Without(string text, IEnumerable<TranslationToken> tokens)
    {
        if (tokens is ICollection<TranslationToken> { Count: 0 })
        {
            return text;
        }

        var words = new StringBuilder(text.Length);
        int next = 0; // the first character not yet copied or left out
        var ordered = new List<TranslationToken>(tokens);
        ordered.Sort((a, b) => a.Index.CompareTo(b.Index)); // tokens at one index may come in any order: the longest wins
        foreach (TranslationToken token in ordered)
        {
            if (token.Index > next)
            {
                words.Append(text, next, token.Index - next);
            }

            next = System.Math.Max(next, token.Index + token.Length);
        }

        return words.Append(text, System.Math.Min(next, text.Length), text.Length - System.Math.Min(next, text.Length)).ToString();
    }

    /// <summary>Whether character <paramref name="index"/> is inside one of <paramref name="tokens"/> (in text order, not overlapping, as the tokenizers give them).</summary>
    public static bool Inside(List<TranslationToken> tokens, int index)
    {
        // The last token that starts at or before the index: a binary search, as a text may hold many.
        int low = 0, high = tokens.Count - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            if (tokens[middle].Index <= index)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high >= 0 && index < tokens[high].Index + tokens[high].Length;
    }

    /// <summary>How many times each value occurs among <paramref name="tokens"/>.</summary>
    public static Dictionary<string, int> Counts(IEnumerable<TranslationToken> tokens)
    {
        var counts = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (TranslationToken token in tokens)
        {
            counts[token.Value] = counts.TryGetValue(token.Value, out int count) ? count + 1 : 1;
        }

        return counts;
    }
}
