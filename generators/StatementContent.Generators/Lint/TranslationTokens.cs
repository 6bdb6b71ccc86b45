using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace StatementContent.Generators.Lint;

/// <summary>A piece of a text a check compares: where it is, and the value compared (a number's digits, a URL as written).</summary>
internal readonly record struct TranslationToken(int Index, int Length, string Value);

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
    private static readonly Regex SentenceEnd = new(@"[.!?…։؟।。！？።\u06D4]\s+(?=[^a-zа-џ\d])", RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.Singleline);

    /// <summary>What ends a sentence or a label, as pofilter's endpunc reads it (its sentence-end marks and ':').</summary>
    private const string EndPunctuation = ".!?…։؟।。！？።\u06D4:";

    /// <summary>What may follow the end punctuation and is not compared: closing quotes and brackets.</summary>
    private const string Closing = "»”’\"')]}›";

    /// <summary>The URLs and e-mail addresses, as written.</summary>
    public static List<TranslationToken> Urls(string text)
    {
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
    public static List<TranslationToken> Numbers(string text)
    {
        // Digits, joined by '.', ',' or an apostrophe between digits (1,000 · 3.5 · 1'000), or by a space of any kind
        // before exactly three digits (1 000 with U+0020, U+00A0, U+202F, U+2009 or U+2007): one number either way.
        // Scanned by hand, not by a regex: a long text holds many numbers, and a Match each was most of what the
        // lint allocated at 1,000 statements (docs/benchmarks.md §3).
        List<TranslationToken> urls = Urls(text);
        var numbers = new List<TranslationToken>();
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
                numbers.Add(new TranslationToken(start, i - start, DigitsOf(text, start, i)));
            }
        }

        return numbers;
    }

    private const string GroupSpaces = " \u00A0\u202F\u2009\u2007";

    private static int DigitsEnd(string text, int i)
    {
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>A number's digits as ASCII, leading zeros left out ("0" for none): what two numbers compare by.</summary>
    private static string DigitsOf(string text, int start, int end)
    {
        var digits = new char[end - start];
        int count = 0;
        for (int i = start; i < end; i++)
        {
            if (char.IsDigit(text[i]) && (count > 0 || char.GetNumericValue(text[i]) != 0))
            {
                digits[count++] = (char)('0' + (int)char.GetNumericValue(text[i]));
            }
        }

        return count == 0 ? "0" : new string(digits, 0, count);
    }

    /// <summary>The <c>{name}</c> placeholders, by name.</summary>
    public static List<TranslationToken> Placeholders(string text) =>
        PlaceholderPattern.Matches(text).Cast<Match>().Select(m => new TranslationToken(m.Index, m.Length, m.Groups[1].Value)).ToList();

    /// <summary>How many sentences, counted as Translate Toolkit counts them (<c>Common.sentences</c>): the empty text has none.</summary>
    public static int SentenceCount(string text)
    {
        int count = 0, last = 0;
        foreach (Match end in SentenceEnd.Matches(text))
        {
            count += text.Substring(last, end.Index + end.Length - last).Trim().Length > 0 ? 1 : 0;
            last = end.Index + end.Length;
        }

        return count + (text.Substring(last).Trim().Length > 0 ? 1 : 0);
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

        string marks = new string(text.Substring(start, end - start).Where(c => !char.IsWhiteSpace(c)).ToArray())
            .Replace("...", "…").Replace('。', '.').Replace('！', '!').Replace('？', '?').Replace('؟', '?').Replace('\u06D4', '.');
        return new TranslationToken(start, end - start, marks);
    }

    /// <summary>The text without its placeholders, URLs and numbers: what is left to translate.</summary>
    public static string Words(string text) => Without(text, Urls(text).Concat(Placeholders(text)).Concat(Numbers(text)));

    /// <summary>The text without <paramref name="tokens"/> (which may overlap), built in one pass.</summary>
    public static string Without(string text, IEnumerable<TranslationToken> tokens)
    {
        if (tokens is ICollection<TranslationToken> { Count: 0 })
        {
            return text;
        }

        var words = new StringBuilder(text.Length);
        int next = 0; // the first character not yet copied or left out
        foreach (TranslationToken token in tokens.OrderBy(t => t.Index))
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
