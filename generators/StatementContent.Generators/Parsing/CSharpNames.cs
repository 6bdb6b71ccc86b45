using Microsoft.CodeAnalysis.CSharp;

namespace StatementContent.Generators.Parsing;

/// <summary>C# names that come from settings rather than from content.</summary>
internal static class CSharpNames
{
    /// <summary>
    /// A dotted namespace name as C# source: each part an identifier; a keyword part must be written
    /// <c>@</c>-escaped (<c>My.@class</c>), as C# itself requires. Returns null with a reason when it cannot be one.
    /// </summary>
    public static string? ToNamespace(string name, out string? reason)
    {
        if (name.StartsWith("global::", System.StringComparison.Ordinal))
        {
            name = name.Substring("global::".Length);
        }

        foreach (string part in name.Split('.'))
        {
            bool escaped = part.StartsWith("@", System.StringComparison.Ordinal);
            string identifier = escaped ? part.Substring(1) : part;
            if (identifier.Length == 0 || !SyntaxFacts.IsValidIdentifier(identifier) || identifier.Contains("@"))
            {
                reason = part.Length == 0 ? "it has an empty part (two dots, or a dot at either end)" : $"'{part}' is not a C# identifier";
                return null;
            }

            foreach (char c in identifier)
            {
                // C# allows format characters (U+200B, bidi controls) inside identifiers; they would hide in generated code.
                if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
                {
                    reason = $"'{part}' contains the invisible character U+{(int)c:X4}";
                    return null;
                }
            }

            if (!escaped && SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None)
            {
                reason = $"'{part}' is a C# keyword; write '@{part}' if you mean it";
                return null;
            }

            if (!escaped && identifier == "global")
            {
                reason = "'global' cannot name a namespace";
                return null;
            }
        }

        reason = null;
        return name;
    }
}
