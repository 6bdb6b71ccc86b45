using System;
using System.Collections.Generic;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Assembling;

/// <summary>Where generated names must differ: a class's members, a method's parameters, or the generated files.</summary>
/// <param name="Format">How a name in it reads, <c>{0}</c> the name: <c>Statements.{0}</c>, <c>UiStrings.Count(…, {0})</c>.</param>
/// <param name="IgnoreCase">Names that differ only in case collide too.</param>
/// <param name="Why">Why they collide although they differ (for <paramref name="IgnoreCase"/>).</param>
internal sealed record NameScope(string Format, bool IgnoreCase = false, string Why = "")
{
    /// <summary>The statements' properties.</summary>
    public static readonly NameScope Statements = new(GeneratedNames.StatementsClass + ".{0}");

    /// <summary>Each statement's own file, <c>Statements.&lt;Identifier&gt;.g.cs</c>: Roslyn compares hint names ignoring case.</summary>
    public static readonly NameScope StatementFiles = new(GeneratedNames.StatementsClass + ".{0}", IgnoreCase: true, Why: "the compiler compares generated file names ignoring case");

    /// <summary>The UI strings' properties and methods (and, by the same names, the constants of <c>UiStrings.Keys</c>).</summary>
    public static readonly NameScope UiStrings = new(GeneratedNames.UiStringsClass + ".{0}");

    /// <summary>The constants of <c>ContentHashes</c>.</summary>
    public static readonly NameScope ContentHashes = new(GeneratedNames.ContentHashesClass + ".{0}");

    /// <summary>The parameters of one format's method.</summary>
    public static NameScope ParametersOf(string key) => new(GeneratedNames.UiStringsClass + "." + key + "(…, {0})");

    public string Qualify(string name) => Format.Replace("{0}", name);
}

/// <summary>
/// The one check that no two things of the content get one C# name. Ids are checked one by one (<see cref="IdRules"/>:
/// their form, and the names the generator keeps for itself); names are formed from them (<see cref="IdRules.ToPascalCase"/>
/// and the emitters' suffixes), and two different ids can form one name: <c>party-1</c> and <c>party1</c> are both
/// <c>Party1</c>. Every producer of a generated name claims it here before it is emitted; the second claim is STC2019
/// at the second item, naming both, and its producer leaves the item out, so no compiler error follows.
/// </summary>
/// <remarks>
/// Names derived one to one from a claimed name (a statement's <c>_Holder</c> class, a format's <c>_Languages</c>
/// field) need no claim of their own. Group ids stay strings in the generated code and become no name.
/// </remarks>
internal sealed class GeneratedNameRegistry
{
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<NameScope, Dictionary<string, (string Name, string What)>> _scopes = new();

    public GeneratedNameRegistry(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    /// <summary>Claims <paramref name="name"/> in <paramref name="scope"/> for <paramref name="what"/>; false (reported) when something else has it.</summary>
    /// <param name="what">What gives the name, as the message names it: <c>statement 'a1'</c>, <c>party 'x' in group 'g' of statement 's'</c>.</param>
    /// <param name="path">Where <paramref name="what"/> is, for the diagnostic.</param>
    public bool Claim(NameScope scope, string name, string what, string path, FileSpan span)
    {
        if (!_scopes.TryGetValue(scope, out Dictionary<string, (string Name, string What)>? names))
        {
            names = new Dictionary<string, (string, string)>(scope.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            _scopes.Add(scope, names);
        }

        if (names.TryGetValue(name, out (string Name, string What) first))
        {
            string how = first.Name == name ? "" : $" (as '{scope.Qualify(first.Name)}': {scope.Why})";
            _diagnostics.Report(DiagnosticDescriptors.GeneratedNameCollision, path, span, what, scope.Qualify(name), first.What + how);
            return false;
        }

        names.Add(name, (name, what));
        return true;
    }
}
