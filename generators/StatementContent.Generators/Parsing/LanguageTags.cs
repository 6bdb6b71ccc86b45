using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

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

    /// <summary>Language tags compare and are emitted in lower case: <c>pt-BR</c> and <c>pt-br</c> are one language.</summary>
    public static string Normalize(string tag) => tag.ToLowerInvariant();
}
