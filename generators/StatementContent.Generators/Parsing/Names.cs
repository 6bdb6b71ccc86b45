using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;

namespace StatementContent.Generators.Parsing;

/// <summary>Rules for ids, C# identifiers and language tags.</summary>
internal static class Names
{
    private static readonly Regex s_id = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_key = new("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);

    // BCP 47 shape as .NET culture names use it: language, then script/region/variant subtags.
    private static readonly Regex s_language = new("^[a-z]{2,3}(-[a-z0-9]{2,8})*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// Checks a statement id (kebab-case: lower-case ASCII letters and digits, hyphen-separated) and
    /// converts it to a PascalCase C# identifier. Returns null with a reason when it cannot.
    /// </summary>
    public static string? ToIdentifier(string id, out string? reason)
    {
        if (!s_id.IsMatch(id))
        {
            reason = "use lower-case ASCII letters and digits separated by single hyphens, e.g. 'central-asia-2024'";
            return null;
        }

        if (char.IsDigit(id[0]))
        {
            reason = "it must start with a letter, because it becomes a C# member name";
            return null;
        }

        var builder = new StringBuilder(id.Length);
        foreach (string part in id.Split('-'))
        {
            builder.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
        }

        reason = null;
        return builder.ToString();
    }

    /// <summary>UI string keys are used as C# member names as they are: PascalCase ASCII.</summary>
    public static bool IsValidKey(string key) => s_key.IsMatch(key) && SyntaxFacts.GetKeywordKind(key) == SyntaxKind.None;

    public static bool IsPartId(string id) => s_id.IsMatch(id);

    public static bool IsLanguageTag(string tag) => s_language.IsMatch(tag);

    /// <summary>Language tags compare and are emitted in lower case: <c>pt-BR</c> and <c>pt-br</c> are one language.</summary>
    public static string NormalizeLanguage(string tag) => tag.ToLowerInvariant();
}
