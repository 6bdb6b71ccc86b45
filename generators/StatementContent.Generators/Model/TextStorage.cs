namespace StatementContent.Generators.Model;

/// <summary>How the generated code holds the content's texts (MSBuild property <c>StatementContentTextStorage</c>).</summary>
internal enum TextStorage
{
    /// <summary>String literals while they fit the compiler's 16 MiB limit (CS8103), UTF-8 data past it.</summary>
    Auto,

    /// <summary>String literals: the smallest start-up cost; content must fit the compiler's limit.</summary>
    Literals,

    /// <summary>UTF-8 data (<c>"…"u8</c>), decoded when a statement is first read: no size limit, a smaller assembly.</summary>
    Utf8,
}

/// <summary>What the project asked for and what its compiler and target can do (README, docs/benchmarks.md#text-storage).</summary>
/// <param name="Requested">The property's value; <see cref="TextStorage.Auto"/> when unset.</param>
/// <param name="Utf8Missing">
/// What the project lacks for UTF-8 text data — C# 11 (<c>u8</c> literals) or <c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c>
/// in the target — as words for a diagnostic; null when it has both.
/// </param>
/// <param name="DataSectionThreshold">
/// The compiler's own data-section string literals (<c>Features=experimental-data-section-string-literals</c>): literals
/// longer than this many characters are stored outside the 16 MiB heap; -1 when the feature is off.
/// </param>
internal sealed record TextStorageSettings(TextStorage Requested, string? Utf8Missing, int DataSectionThreshold)
{
    public bool Utf8Supported => Utf8Missing is null;

    /// <summary>What a project without settings gets: a current SDK project (C# 11+, .NET with span decoding).</summary>
    public static TextStorageSettings Default { get; } = new(TextStorage.Auto, Utf8Missing: null, DataSectionThreshold: -1);

    /// <summary>Whether the texts go into the assembly as UTF-8 data, given whether string literals would pass the limit.</summary>
    public bool UseUtf8(bool literalsExceedLimit) =>
        Requested == TextStorage.Utf8 || (Requested == TextStorage.Auto && literalsExceedLimit && Utf8Supported);

    /// <summary>What to do about content past the limit, for STC2012, given how the texts were counted.</summary>
    public string RemedyPastLimit(bool textsAsData) =>
        textsAsData ? "the ids, languages and UI strings alone pass it, so split the content across assemblies"
        : Requested == TextStorage.Literals ? "remove <StatementContentTextStorage>literals</StatementContentTextStorage> so the texts are stored as UTF-8 data, or split the content across assemblies"
        : "the texts would be stored as UTF-8 data, which needs " + Utf8Missing + "; or split the content across assemblies";
}
