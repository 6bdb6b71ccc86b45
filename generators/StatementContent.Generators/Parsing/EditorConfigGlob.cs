using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StatementContent.Generators.Parsing;

/// <summary>
/// An .editorconfig section name — a glob — by the grammar the compiler reads (Roslyn's AnalyzerConfig): <c>*</c> (not
/// across '/'), <c>**</c>, <c>?</c> (not '/' either), <c>{a,b}</c>, <c>{1..3}</c>, <c>[abc]</c>, <c>[!a-z]</c> and <c>\</c> escapes. A
/// glob without '/' matches the file name at any depth; one starting with '/' is anchored at the config's folder.
/// </summary>
/// <remarks>
/// A malformed glob (an unclosed '{' or '[', a '}' or ',' outside braces, a trailing '\', a number out of range) is
/// rejected with a reason: the compiler ignores such a section. The regular expression is built by a parser, every
/// literal escaped and every group closed, so no glob can make <see cref="Regex"/> throw.
/// </remarks>
internal sealed class EditorConfigGlob
{
    // Matching a path is linear in practice; the timeout only bounds a pathological glob ('**' many times).
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(1);

    private readonly Regex _regex;
    private readonly List<(int Min, int Max)> _ranges;

    private EditorConfigGlob(Regex regex, List<(int Min, int Max)> ranges)
    {
        _regex = regex;
        _ranges = ranges;
    }

    /// <summary>The glob as a matcher, or null with <paramref name="problem"/> saying what is malformed.</summary>
    public static EditorConfigGlob? Compile(string glob, out string? problem)
    {
        if (glob.Length == 0)
        {
            problem = "the section name is empty";
            return null;
        }

        var parser = new Parser(glob.StartsWith("/", StringComparison.Ordinal) ? glob.Substring(1) : glob);
        parser.Regex.Append('^').Append(glob.IndexOf('/') < 0 ? "(?:.*/)?" : "");
        problem = parser.PathList(inChoice: false);
        return problem is null ? new EditorConfigGlob(new Regex(parser.Regex.Append('$').ToString(), RegexOptions.CultureInvariant, s_timeout), parser.Ranges) : null;
    }

    /// <summary>Whether <paramref name="relativePath"/> (from the config's folder, with '/') matches.</summary>
    public bool IsMatch(string relativePath)
    {
        Match match;
        try
        {
            match = _regex.Match(relativePath);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        for (int i = 0; match.Success && i < _ranges.Count; i++)
        {
            bool inRange = int.TryParse(match.Groups[i + 1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number)
                && number >= _ranges[i].Min && number <= _ranges[i].Max;
            if (!inRange)
            {
                return false;
            }
        }

        return match.Success;
    }

    /// <summary>A recursive-descent reading of the glob that writes the regular expression as it goes.</summary>
    private sealed class Parser
    {
        private readonly string _glob;

        public Parser(string glob) => _glob = glob;

        public StringBuilder Regex { get; } = new();

        /// <summary>The numeric ranges, in the order of their capture groups (every other group is non-capturing).</summary>
        public List<(int Min, int Max)> Ranges { get; } = new();

        public int Position { get; private set; }

        public bool AtEnd => Position >= _glob.Length;

        public char Current => _glob[Position];

        /// <summary>Items up to the end, or (in a choice) up to its ',' or '}', which are left for the caller; null or what is malformed.</summary>
        public string? PathList(bool inChoice)
        {
            while (!AtEnd)
            {
                char c = Current;
                if (c is '}' or ',')
                {
                    return inChoice ? null : $"a '{c}' at character {Position + 1} is outside braces; write '\\{c}' for the character";
                }

                string? problem = c switch
                {
                    '*' => Star(),
                    '?' => Append(1, "[^/]"),
                    '[' => CharacterClass(),
                    '{' => NumberRange(out string? range) ? range : Choice(),
                    '\\' => Position + 1 < _glob.Length ? Literal(_glob[Position + 1], 2) : "it ends with a '\\' that escapes nothing",
                    _ => Literal(c, 1),
                };
                if (problem is not null)
                {
                    return problem;
                }
            }

            return null;
        }

        private string? Star()
        {
            bool twice = Position + 1 < _glob.Length && _glob[Position + 1] == '*';
            bool slash = twice && Position + 2 < _glob.Length && _glob[Position + 2] == '/';
            return slash ? Append(3, "(?:.*/)?") : twice ? Append(2, ".*") : Append(1, "[^/]*");
        }

        /// <summary><c>{a,b,…}</c>: alternatives, each a path list (nested choices included).</summary>
        private string? Choice()
        {
            int open = Position;
            Position++;
            Regex.Append("(?:");
            while (true)
            {
                string? problem = PathList(inChoice: true);
                if (problem is not null)
                {
                    return problem;
                }

                if (AtEnd)
                {
                    return $"the '{{' at character {open + 1} is not closed";
                }

                Regex.Append(Current == ',' ? "|" : ")");
                if (_glob[Position++] == '}')
                {
                    return null;
                }
            }
        }

        /// <summary>
        /// <c>{n..m}</c>: any integer from n to m, checked after the match. False (nothing read) when the braces hold
        /// no range; true with <paramref name="problem"/> set for bounds past the integers the compiler reads.
        /// </summary>
        private bool NumberRange(out string? problem)
        {
            problem = null;
            int end = _glob.IndexOf('}', Position);
            string[] bounds = end < 0 ? Array.Empty<string>() : _glob.Substring(Position + 1, end - Position - 1).Split(new[] { ".." }, StringSplitOptions.None);
            if (bounds.Length != 2 || !IsInteger(bounds[0]) || !IsInteger(bounds[1]))
            {
                return false;
            }

            if (!int.TryParse(bounds[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int a)
                || !int.TryParse(bounds[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int b))
            {
                problem = $"the range '{{{bounds[0]}..{bounds[1]}}}' goes past the 32-bit integers";
                return true;
            }

            Ranges.Add((Math.Min(a, b), Math.Max(a, b)));
            Regex.Append("(-?[0-9]+)");
            Position = end + 1;
            return true;
        }

        /// <summary><c>[…]</c>: characters, ranges <c>a-z</c>, <c>!</c> first to negate, <c>\</c> escapes.</summary>
        private string? CharacterClass()
        {
            int open = Position++;
            var members = new StringBuilder();
            bool negated = !AtEnd && Current == '!';
            Position += negated ? 1 : 0;
            while (!AtEnd && Current != ']')
            {
                if (!NextClassCharacter(out char low))
                {
                    return "it ends with a '\\' that escapes nothing";
                }

                char high = low;
                if (!AtEnd && Current == '-' && Position + 1 < _glob.Length && _glob[Position + 1] != ']')
                {
                    Position++;
                    if (!NextClassCharacter(out high))
                    {
                        return "it ends with a '\\' that escapes nothing";
                    }

                    if (high < low)
                    {
                        return $"the range '{low}-{high}' in the '[' at character {open + 1} runs backwards";
                    }
                }

                members.Append(Escape(low)).Append(high == low ? "" : "-" + Escape(high));
            }

            if (AtEnd)
            {
                return $"the '[' at character {open + 1} is not closed";
            }

            Position++;
            if (members.Length == 0)
            {
                return $"the '[' at character {open + 1} has no characters";
            }

            Regex.Append(negated ? "[^" : "[").Append(members).Append(']');
            return null;
        }

        private bool NextClassCharacter(out char c)
        {
            int skip = Current == '\\' ? 1 : 0;
            if (Position + skip >= _glob.Length)
            {
                c = '\0';
                return false;
            }

            c = _glob[Position + skip];
            Position += skip + 1;
            return true;
        }

        private string? Literal(char c, int length) => Append(length, Escape(c));

        private string? Append(int length, string regex)
        {
            Position += length;
            Regex.Append(regex);
            return null;
        }

        /// <summary>Any character as a regex escape that means just it, inside or outside a class.</summary>
        private static string Escape(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

        private static bool IsInteger(string text)
        {
            int digits = text.StartsWith("-", StringComparison.Ordinal) ? 1 : 0;
            if (text.Length == digits)
            {
                return false;
            }

            for (int i = digits; i < text.Length; i++)
            {
                if (text[i] is < '0' or > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
