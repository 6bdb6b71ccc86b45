using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Parsing;

/// <summary>Language tags, as content file names (<c>ru.md</c>) and JSON keys (<c>"pt-BR": …</c>) spell them.</summary>
internal static class LanguageTags
{
    // BCP 47 shape as .NET culture names use it: language, then script/region/variant subtags.
    private static readonly Regex s_language = new("^[a-z]{2,3}(-[a-z0-9]{2,8})*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // ISO 639-1: the two-letter language codes. A two-letter tag outside it (e.g. "xx") is a typo, not a language.
    // Three-letter codes (ISO 639-2/3) are accepted as they are.
    private static readonly HashSet<string> s_iso639_1 = new(
        ("aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu")
        .Split(' '),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>A culture name: a known language subtag, then optional script/region/variant subtags.</summary>
    public static bool IsLanguageTag(string tag)
    {
        if (!s_language.IsMatch(tag))
        {
            return false;
        }

        int dash = tag.IndexOf('-');
        string language = dash < 0 ? tag : tag.Substring(0, dash);
        return language.Length == 3 || s_iso639_1.Contains(language);
    }

    /// <summary>
    /// The one comparison of tags: they ignore case (BCP 47), so <c>pt-BR</c> and <c>pt-br</c> are one language.
    /// Tags are ASCII (<see cref="IsLanguageTag"/>), so this agrees with <see cref="Normalize"/>.
    /// </summary>
    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    /// <summary>Language tags compare and are emitted in lower case: <c>pt-BR</c> and <c>pt-br</c> are one language.</summary>
    public static string Normalize(string tag) => tag.ToLowerInvariant();

    /// <summary>
    /// The languages named in one place — a text's keys, a list, a statement's language files — where each may be
    /// named once. A language named again, in any case, is STC1107 at the second (the callers leave it out).
    /// </summary>
    internal sealed class Set
    {
        private readonly Dictionary<string, string> _spellings = new(Comparer);
        private readonly List<string> _languages = new();

        /// <summary>The languages named, normalized, in the order they were first named.</summary>
        public IReadOnlyList<string> Languages => _languages;

        public bool Contains(string tag) => _spellings.ContainsKey(tag);

        /// <summary>Adds <paramref name="tag"/>; true, with how it was written first, when the place names it already.</summary>
        public bool Repeats(string tag, out string? first)
        {
            if (_spellings.TryGetValue(tag, out first))
            {
                return true;
            }

            _spellings.Add(tag, tag);
            _languages.Add(Normalize(tag));
            return false;
        }

        /// <summary>Adds <paramref name="tag"/>, written at <paramref name="span"/>; false (reported) when <paramref name="where"/> names it already.</summary>
        /// <param name="where">The place as the message names it, e.g. a JSON path: <c>strings.Count</c>.</param>
        public bool Add(ParseContext context, string tag, FileSpan span, string where)
        {
            if (!Repeats(tag, out string? first))
            {
                return true;
            }

            context.Report(DiagnosticDescriptors.DuplicateLanguage, span, "'" + JsonObjectReader.DisplayPath(where) + "'", Normalize(tag), Spellings(first!, tag));
            return false;
        }

        /// <summary>How the two were written, for the message.</summary>
        public static string Spellings(string first, string second) =>
            first == second ? $"both times as '{first}'" : $"as '{first}' and as '{second}'";
    }
}
