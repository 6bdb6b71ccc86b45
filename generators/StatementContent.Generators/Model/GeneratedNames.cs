using System;
using System.Collections.Generic;

namespace StatementContent.Generators.Model;

/// <summary>
/// The names the generator declares beside user-chosen ones: the classes it emits into and their own members.
/// Emitters write these names from here and the id rules reserve them from here, so a name the generator
/// starts using is reserved by the same edit.
/// </summary>
/// <remarks>
/// Helpers that no user should call (per-statement holders and their fields) contain an underscore, which no
/// statement id or UI key can produce, so they never need reserving.
/// </remarks>
internal static class GeneratedNames
{
    public const string StatementsClass = "Statements";
    public const string UiStringsClass = "UiStrings";
    public const string ContentLanguagesClass = "ContentLanguages";
    public const string Fallbacks = "Fallbacks";

    /// <summary>The constants of content hashes: one per statement (named like its property), the rest with underscores.</summary>
    public const string ContentHashesClass = "ContentHashes";

    public const string All = "All";
    public const string Find = "Find";

    /// <summary>The nested class of UI string keys as constants.</summary>
    public const string Keys = "Keys";

    /// <summary>The UI strings with parameters by key, as <c>UiFormat</c>s a localizer formats with arguments.</summary>
    public const string Formats = "Formats";

    /// <summary>The field of every holder class; it shares no scope with user names.</summary>
    public const string HolderField = "s_value";

    /// <summary>A statement's lazily built value lives in this nested class.</summary>
    public static string HolderOf(string identifier) => identifier + "_Holder";

    /// <summary>The nested class holding the list behind <see cref="All"/>.</summary>
    public const string AllHolder = "All_Holder";

    /// <summary>
    /// Members every class inherits from <c>object</c>: a generated member of one of these names would hide it
    /// (CS0108, an error under TreatWarningsAsErrors) or clash with it.
    /// </summary>
    public static readonly IReadOnlyList<string> ObjectMembers = new[]
    {
        "Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString",
    };

    /// <summary>Names a statement's property cannot take: the class's own members, object's, and the class's name.</summary>
    /// <remarks>A statement's name is also its constant in <see cref="ContentHashesClass"/>, which cannot have a member of its own name.</remarks>
    public static readonly HashSet<string> ReservedInStatements = Reserved(StatementsClass, All, Find, ContentHashesClass);

    /// <summary>Names a UI string's property cannot take.</summary>
    public static readonly HashSet<string> ReservedInUiStrings = Reserved(UiStringsClass, All, Find, Keys, Formats);

    private static HashSet<string> Reserved(params string[] names)
    {
        var reserved = new HashSet<string>(ObjectMembers, StringComparer.Ordinal);
        reserved.UnionWith(names);
        return reserved;
    }
}
