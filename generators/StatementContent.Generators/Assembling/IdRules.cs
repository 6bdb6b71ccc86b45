using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Assembling;

/// <summary>What an id names; each kind is checked by <see cref="IdRules.Check"/>.</summary>
internal enum IdKind
{
    Statement,
    Group,
    Party,
    UiStringKey,
}

/// <summary>
/// The one rule for every id in the content: statement, group and party ids are kebab-case ASCII; UI string
/// keys are PascalCase ASCII. Ids and keys that become C# members (statements, keys) must also not take a
/// name the generated class already has (<see cref="GeneratedNames"/>). Being ASCII-only, no id can hide an
/// invisible or look-alike character.
/// </summary>
internal static class IdRules
{
    private static readonly Regex s_kebab = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_pascal = new("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);

    /// <summary>How the kind is named in messages, e.g. "Party id".</summary>
    public static string Describe(IdKind kind) => kind switch
    {
        IdKind.Statement => "Statement id",
        IdKind.Group => "Group id",
        IdKind.Party => "Party id",
        _ => "UI string key",
    };

    /// <summary>
    /// Checks <paramref name="id"/> as a <paramref name="kind"/>. For statements and keys, also returns the C#
    /// member name it becomes; groups and parties stay strings, so theirs is the id itself.
    /// </summary>
    /// <returns>The member name, or null with <paramref name="reason"/> saying why the id is invalid.</returns>
    public static string? Check(IdKind kind, string id, out string? reason)
    {
        if (kind == IdKind.UiStringKey)
        {
            reason = s_pascal.IsMatch(id) && SyntaxFacts.GetKeywordKind(id) == SyntaxKind.None ? null
                : "use PascalCase ASCII letters and digits, e.g. 'OtherParties'; it becomes a C# member name";
            return reason is null ? NotReserved(id, GeneratedNames.UiStringsClass, GeneratedNames.ReservedInUiStrings, out reason) : null;
        }

        if (!s_kebab.IsMatch(id))
        {
            reason = id.Length > 0 && id[0] >= '0' && id[0] <= '9' && s_kebab.IsMatch("x" + id)
                ? "it must start with a letter"
                : "use lower-case ASCII letters and digits separated by single hyphens, e.g. 'central-asia-2024'";
            return null;
        }

        reason = null;
        return kind == IdKind.Statement ? NotReserved(ToPascalCase(id), GeneratedNames.StatementsClass, GeneratedNames.ReservedInStatements, out reason) : id;
    }

    private static string? NotReserved(string identifier, string className, HashSet<string> reserved, out string? reason)
    {
        bool taken = reserved.Contains(identifier);
        reason = taken ? $"it would become '{className}.{identifier}', a name the {className} class already has" : null;
        return taken ? null : identifier;
    }

    /// <summary>A kebab-case id as a C# name: <c>communist-party-of-greece</c> → <c>CommunistPartyOfGreece</c>.</summary>
    /// <remarks>Not one to one (<c>a-1</c> and <c>a1</c> are both <c>A1</c>): every name formed is claimed in <see cref="GeneratedNameRegistry"/>.</remarks>
    public static string ToPascalCase(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (string part in id.Split('-'))
        {
            builder.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
        }

        return builder.ToString();
    }
}
