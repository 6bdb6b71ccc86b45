using System;

namespace StatementContent.Generators.Model;

// The emit model: what one generated file needs, and nothing else. These records are the incremental
// pipeline's cache keys, so they are immutable with structural equality, and so must every member be:
// strings, bools, enums, other records of this file and EquatableArray<T>. They hold no Roslyn objects and
// no source positions, so an edit that moves text without changing it does not regenerate any source.

/// <summary>One language's text of a localized value.</summary>
/// <param name="Language">Lower-case culture name, e.g. <c>en</c>, <c>ru</c>, <c>pt-br</c>.</param>
/// <param name="Text">The text as published (line endings normalized to LF).</param>
/// <param name="AddedByProject">True when the text is not in the published source but was added by the project.</param>
/// <param name="Stale">A translation older than the English text it was made from (the content lock says so).</param>
internal sealed record LocalizedValue(string Language, string Text, bool AddedByProject, bool Stale = false);

/// <summary>A text in one or more languages; the first value is the default language's.</summary>
/// <param name="Note">
/// A note for translators from the English source (Parsing/TranslatorNotes.cs), or null. Not part of the text: the
/// lock, the hashes and the snapshot never read it; the XML docs and the exported translation files do.
/// </param>
internal sealed record LocalizedTextModel(EquatableArray<LocalizedValue> Values, string? Note = null)
{
    public string? Get(string language)
    {
        foreach (LocalizedValue value in Values)
        {
            if (string.Equals(value.Language, language, StringComparison.Ordinal))
            {
                return value.Text;
            }
        }

        return null;
    }
}

/// <param name="CountryAddedByProject">The published source does not give the country; the project added it.</param>
internal sealed record PartyModel(string Id, LocalizedTextModel Name, string? Country, bool CountryAddedByProject);

/// <summary>A group of signatories; its heading is the UI string the group names, resolved.</summary>
internal sealed record SignatoryGroupModel(string Id, LocalizedTextModel Heading, EquatableArray<PartyModel> Parties);

/// <summary>Everything needed to emit one statement's file.</summary>
/// <param name="Identifier">The C# member name derived from <paramref name="Id"/>.</param>
/// <param name="Published">ISO date, <c>yyyy-MM-dd</c>, already validated.</param>
internal sealed record StatementModel(
    OutputOptions Options,
    string Id,
    string Identifier,
    string Published,
    LocalizedTextModel Publisher,
    EquatableArray<string> Tags,
    bool OpenForSubscriptions,
    EquatableArray<string> Languages,
    LocalizedTextModel Title,
    EquatableArray<LocalizedTextModel> Paragraphs,
    EquatableArray<SignatoryGroupModel> Groups);

/// <summary>One entry of the index of all statements (<c>Statements.All</c>).</summary>
internal sealed record StatementIndexEntry(string Id, string Identifier);

internal sealed record StatementIndexModel(OutputOptions Options, EquatableArray<StatementIndexEntry> Entries);

internal sealed record UiStringModel(string Key, LocalizedTextModel Text);

/// <summary>A piece of a format: literal text, or the name of a parameter whose value goes there.</summary>
internal sealed record PatternPart(string Text, bool IsParameter);

/// <summary>One form of a format in one language: a CLDR plural category (<c>other</c> for a format without plural forms) and its parts.</summary>
internal sealed record FormModel(string Category, EquatableArray<PatternPart> Parts);

/// <summary>A format's forms in one language; more than one form means they are picked by the CLDR plural rules of the language.</summary>
internal sealed record LanguageFormsModel(string Language, EquatableArray<FormModel> Forms)
{
    public bool IsPlural => Forms.Count > 1 || Forms[0].Category != "other";
}

/// <summary>
/// A UI string with parameters → a method, e.g. <c>SignedByParties(FormatNumber count)</c>. The parameter <c>count</c> is a
/// <c>FormatNumber</c> (from int, long, decimal or double) and picks the plural form; every other parameter is a string. Languages: the default first.
/// </summary>
/// <param name="Parameters">The names as listed; C# keywords among them are <c>@</c>-escaped where they are emitted.</param>
/// <param name="Note">A note for translators, or null (as <see cref="LocalizedTextModel.Note"/>).</param>
internal sealed record UiFormatModel(string Key, EquatableArray<string> Parameters, EquatableArray<LanguageFormsModel> Languages, string? Note = null)
{
    public const string CountParameter = "count";

    /// <summary>The method's own last parameter, the reader's culture: no content parameter may take its name.</summary>
    public const string CultureParameter = "culture";

    /// <summary>
    /// Languages the content gives but whose plural forms are wrong (reported, STC2017): not generated, so their
    /// readers fall back; still languages of the string for the cross-language checks (no "missing" warning too).
    /// </summary>
    public EquatableArray<string> LeftOut { get; init; } = EquatableArray<string>.Empty;
}

internal sealed record UiStringsModel(OutputOptions Options, EquatableArray<UiStringModel> Strings, EquatableArray<UiFormatModel> Formats);

/// <summary>
/// Where generated classes go, who may see them, and what the consumer's C# can read: validated MSBuild settings
/// (StatementContentNamespace, StatementContentVisibility, LangVersion).
/// </summary>
/// <param name="Namespace">A valid dotted C# name, keywords already <c>@</c>-escaped.</param>
/// <param name="NullableAnnotations">C# 8 or later: <c>#nullable enable</c> and <c>?</c> annotations; C# 7.3 gets neither.</param>
/// <param name="Utf8Texts">Statement texts as UTF-8 data rather than string literals (decided by the assembly stage, see <see cref="TextStorageSettings"/>).</param>
internal sealed record OutputOptions(string Namespace, bool IsPublic, bool NullableAnnotations, bool Utf8Texts = false)
{
    public string Accessibility => IsPublic ? "public" : "internal";
}

/// <summary>Whether the runtime types (LocalizedText, Statement, …) may be emitted into this compilation, and how.</summary>
/// <param name="Emit">The project has content to compile, and settings valid enough to compile it.</param>
internal sealed record RuntimeModel(bool Emit, OutputOptions Options);

/// <summary>A language and the languages its readers get next (content/languages.json), best first.</summary>
internal sealed record FallbackModel(string Language, EquatableArray<string> Next);

/// <summary>Every language the content has (English first, then by name) and the configured fallbacks: <c>ContentLanguages.g.cs</c>.</summary>
internal sealed record LanguagesModel(OutputOptions Options, EquatableArray<string> Languages, EquatableArray<FallbackModel> Fallbacks);

/// <summary>A constant of the generated <c>ContentHashes</c> class.</summary>
/// <param name="Doc">What the hash is of, for the constant's XML doc.</param>
internal sealed record HashConstant(string Name, string Value, string Doc);

/// <summary>
/// <c>ContentHashes.g.cs</c>: the content version and hash (also stamped as <c>[assembly: ContentVersion]</c>) and
/// a constant per statement, per party and per text of a statement in each language — or, past
/// <see cref="MaxConstants"/> hashes, only the statements' (<paramref name="HashCount"/> says how many there are).
/// </summary>
internal sealed record ContentHashesModel(OutputOptions Options, string Version, string ContentHash, EquatableArray<HashConstant> Constants, int HashCount)
{
    /// <summary>
    /// The most constants written: past it (about 20 statements of the real one's shape' worth) only the content's and each statement's
    /// hashes are constants, and the class says so. A constant per text and party grows the source, the compile and
    /// the assembly by ~250 characters each (45,000 at 1,000 statements of the real one's shape); those hashes stay one call away at run time.
    /// </summary>
    public const int MaxConstants = 1000;
}
