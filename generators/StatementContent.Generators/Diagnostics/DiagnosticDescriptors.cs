using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace StatementContent.Generators.Diagnostics;

/// <summary>
/// The one catalog of everything the generator reports. IDs are stable: never reuse or renumber one; a
/// retired ID stays retired. Each new ID goes into AnalyzerReleases.Unshipped.md and docs/diagnostics.md.
/// STC0xxx: the generator itself; STC1xxx: file syntax (JSON, Markdown); STC2xxx: content rules;
/// STC3xxx: MSBuild settings (reported at the project file).
/// </summary>
internal static class DiagnosticDescriptors
{
    // First: the descriptors below read it while they are initialized.
    private static readonly string? s_repositoryUrl = typeof(DiagnosticDescriptors).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value;

    private const string Generator = "StatementContent.Generator";
    private const string Syntax = "StatementContent.Syntax";
    private const string Content = "StatementContent.Content";
    private const string Settings = "StatementContent.Settings";
    private const string Lock = "StatementContent.Lock";
    private const string Lint = "StatementContent.Lint";
    private const string Translations = "StatementContent.Translations";

    /// <summary>{0}: file path; {1}: exception type and message.</summary>
    public static readonly DiagnosticDescriptor InternalError = Error(
        "STC0001", Generator, "Internal generator error",
        "The statement generator failed on '{0}': {1}. This is a bug in the generator; the file was not compiled.");

    /// <summary>{0}: the parser's message.</summary>
    public static readonly DiagnosticDescriptor MalformedJson = Error(
        "STC1001", Syntax, "Malformed JSON", "The file is not valid JSON: {0}");

    /// <summary>{0}: JSON path of the value; {1}: expected kind; {2}: actual kind.</summary>
    public static readonly DiagnosticDescriptor WrongJsonType = Error(
        "STC1002", Syntax, "JSON value of the wrong type", "'{0}' must be {1}, but it is {2}");

    /// <summary>{0}: JSON path of the object; {1}: the missing field.</summary>
    public static readonly DiagnosticDescriptor MissingField = Error(
        "STC1003", Syntax, "Missing required field", "'{0}' has no required field '{1}'");

    /// <summary>{0}: JSON path of the unknown field.</summary>
    public static readonly DiagnosticDescriptor UnknownField = Warning(
        "STC1004", Syntax, "Unknown field", "Unknown field '{0}' is ignored (misspelled? see docs/content-format.md)");

    /// <summary>{0}: JSON path of the field.</summary>
    public static readonly DiagnosticDescriptor DuplicateField = Error(
        "STC1005", Syntax, "Duplicate field", "Field '{0}' appears more than once in the same object");

    /// <summary>{0}: what is wrong with the value.</summary>
    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "STC1006", Syntax, "Invalid value", "{0}");

    public static readonly DiagnosticDescriptor MissingTitle = Error(
        "STC1101", Syntax, "Language file has no title",
        "A language file must start with a title line '# Title'");

    /// <summary>No arguments.</summary>
    public static readonly DiagnosticDescriptor UnexpectedHeading = Error(
        "STC1102", Syntax, "Unexpected heading in a language file",
        "Only the first line may be a heading (the title); this line starts with '#'. Paragraphs must not start with '#'.");

    /// <summary>{0}: the file name.</summary>
    public static readonly DiagnosticDescriptor UnrecognizedFile = Warning(
        "STC1103", Syntax, "Unrecognized content file",
        "'{0}' is not a content file name the generator knows (statement.json, signatories.json, strings.json, <language>.md); it is ignored");

    public static readonly DiagnosticDescriptor UnreadableFile = Error(
        "STC1104", Syntax, "Content file cannot be read",
        "The compiler could not read this content file, so it is not compiled");

    /// <summary>{0}: the encoding the compiler used instead.</summary>
    public static readonly DiagnosticDescriptor NotUtf8 = Error(
        "STC1105", Syntax, "Content file is not UTF-8",
        "The file is not valid UTF-8 (the compiler read it as {0}), so its text would be garbled; save it as UTF-8, with or without a BOM");

    /// <summary>{0}: the file's length in characters; {1}: the limit.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = Error(
        "STC1106", Syntax, "Content file too large",
        "The file has {0} characters; a content file may have at most {1}. Split the text, or check that this is the file you meant.");

    /// <summary>{0}: where, e.g. <c>'strings.Count'</c> or <c>The statement folder '/c/s1'</c>; {1}: the language (lower case); {2}: how it is written, e.g. <c>as 'ru' and as 'RU'</c>.</summary>
    public static readonly DiagnosticDescriptor DuplicateLanguage = Error(
        "STC1107", Syntax, "Language given twice",
        "{0} names the language '{1}' twice ({2}); language tags ignore case (BCP 47), so these are one language: keep one");

    /// <summary>{0}: the section line as written; {1}: what is wrong with its glob.</summary>
    public static readonly DiagnosticDescriptor MalformedEditorConfigSection = Warning(
        "STC1108", Syntax, "Malformed .editorconfig section",
        "'{0}' is not a valid .editorconfig section: {1}. The compiler ignores such a section, and so does the generator: its settings do not apply.");

    /// <summary>
    /// Reported by the statement tool only (the compiler reads what MSBuild passes it). {0}: file or folder;
    /// {1}: where the link leads.
    /// </summary>
    public static readonly DiagnosticDescriptor LinkLeavesContentFolder = Error(
        "STC1109", Syntax, "Content link leaves the content folder",
        "This {0} is a link to '{1}', outside the content folder; the statement tool reads no content through a link that leaves the folder (a checkout could point one at any file). Copy the {0} into the content folder instead.");

    /// <summary>Reported by the statement tool only. {0}: file or folder; {1}: why (a named pipe, a device, a link that leads nowhere, the system's error).</summary>
    public static readonly DiagnosticDescriptor UnreadableByTool = Error(
        "STC1110", Syntax, "Content file or folder cannot be read",
        "The statement tool cannot read this {0}: {1}");

    /// <summary>{0}: where the note is and what is wrong with it, e.g. <c>'strings.Title.note' must be a non-empty string</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidNote = Error(
        "STC1111", Syntax, "Invalid translator note",
        "{0} (a translator note is a non-empty text in the English source: docs/content-format.md, \"Translator notes\")");

    /// <summary>{0}: MiB the generated literals take; {1}: MiB allowed; {2}: the largest statements or strings with their share.</summary>
    public static readonly DiagnosticDescriptor LiteralBudgetNear = Warning(
        "STC2011", Content, "Content near the compiler's string limit",
        "The generated string literals take {0} MiB of the {1} MiB allowed (the compiler's 16 MiB limit for one assembly, CS8103, less 0.25 MiB kept for the project's own code); largest: {2}");

    /// <summary>{0}: MiB the generated literals would take; {1}: MiB allowed; {2}: the largest statements or strings with their share; {3}: the remedy.</summary>
    public static readonly DiagnosticDescriptor LiteralBudgetExceeded = Error(
        "STC2012", Content, "Content exceeds the compiler's string limit",
        "The generated string literals would take {0} MiB, more than the {1} MiB allowed (the compiler's 16 MiB limit for one assembly, CS8103, less 0.25 MiB kept for the project's own code), so no content was generated: {3}. Largest: {2}");

    /// <summary>{0}: the language file's name.</summary>
    public static readonly DiagnosticDescriptor TextWithoutMetadata = Error(
        "STC2001", Content, "Language file without statement.json",
        "'{0}' has no statement.json in its folder, so its text is not compiled");

    /// <summary>{0}: the statement id.</summary>
    public static readonly DiagnosticDescriptor MetadataWithoutText = Error(
        "STC2002", Content, "Statement without language files",
        "Statement '{0}' has no <language>.md file in its folder");

    /// <summary>{0}: the id; {1}: the other file that declares it.</summary>
    public static readonly DiagnosticDescriptor DuplicateStatementId = Error(
        "STC2003", Content, "Duplicate statement id",
        "Statement id '{0}' is already used by '{1}'; this statement is not compiled");

    /// <summary>{0}: what kind of id; {1}: the id; {2}: why it is invalid.</summary>
    public static readonly DiagnosticDescriptor InvalidId = Error(
        "STC2004", Content, "Invalid id", "{0} '{1}' is invalid: {2}");

    /// <summary>{0}: the key.</summary>
    public static readonly DiagnosticDescriptor UnknownStringKey = Error(
        "STC2005", Content, "Unknown UI string",
        "Heading '{0}' is not a key of any strings.json; add it there or fix the key");

    /// <summary>{0}: the key; {1}: the file that declared it first.</summary>
    public static readonly DiagnosticDescriptor DuplicateStringKey = Error(
        "STC2006", Content, "Duplicate UI string key", "UI string '{0}' is already declared in '{1}'");

    /// <summary>{0}: what kind of id; {1}: the id.</summary>
    public static readonly DiagnosticDescriptor DuplicateId = Error(
        "STC2007", Content, "Duplicate id", "{0} '{1}' appears more than once in this statement");

    /// <summary>{0}: language; {1}: its paragraph count; {2}: default language; {3}: its paragraph count.</summary>
    public static readonly DiagnosticDescriptor ParagraphCountMismatch = Error(
        "STC2008", Content, "Paragraph counts differ between languages",
        "The '{0}' text has {1} paragraphs but the '{2}' text has {3}; paragraphs are matched by position, so every language needs the same count");

    /// <summary>{0}: what is untranslated; {1}: the missing language; {2}: the language shown instead.</summary>
    public static readonly DiagnosticDescriptor MissingTranslation = Warning(
        "STC2009", Content, "Missing translation",
        "{0} has no '{1}' text; readers of '{1}' get the '{2}' text instead");

    /// <summary>{0}: JSON path of the text; {1}: language.</summary>
    public static readonly DiagnosticDescriptor UnmarkedWhitespace = Warning(
        "STC2010", Content, "Leading or trailing whitespace",
        "The '{1}' text of '{0}' starts or ends with whitespace; if it is part of the published text, list \"{1}\" in \"verbatimWhitespace\", otherwise remove it");

    /// <summary>{0}: the language; {1}: the cycle, e.g. "kk → ru → kk".</summary>
    public static readonly DiagnosticDescriptor CyclicFallback = Error(
        "STC2013", Content, "Cyclic language fallback",
        "The fallbacks of '{0}' lead back to it: {1}; a reader's next language must be another language");

    /// <summary>{0}: the language; {1}: the fallback no content has.</summary>
    public static readonly DiagnosticDescriptor FallbackWithoutContent = Warning(
        "STC2014", Content, "Fallback to a language the content does not have",
        "'{0}' falls back to '{1}', but no statement or UI string has '{1}' text, so readers of '{0}' skip it");

    /// <summary>{0}: the language; {1}: the file that declared its fallbacks first.</summary>
    public static readonly DiagnosticDescriptor DuplicateFallback = Error(
        "STC2015", Content, "Fallbacks declared twice",
        "The fallbacks of '{0}' are already declared in '{1}'");

    /// <summary>{0}: JSON path of the pattern or list; {1}: what is wrong.</summary>
    public static readonly DiagnosticDescriptor MalformedFormat = Error(
        "STC2016", Content, "Malformed UI string format",
        "'{0}': {1}");

    /// <summary>{0}: JSON path of the language's forms; {1}: what is missing or extra.</summary>
    public static readonly DiagnosticDescriptor PluralFormsMismatch = Error(
        "STC2017", Content, "Plural forms do not match the language",
        "'{0}': {1}");

    /// <summary>{0}: JSON path of the language's text; {1}: the parameter it does not use.</summary>
    public static readonly DiagnosticDescriptor FormatParametersDiffer = Error(
        "STC2018", Content, "Parameters differ between languages",
        "'{0}' does not use the parameter '{1}'; every language must show every parameter, or readers of some languages lose it");

    /// <summary>{0}: JSON path of the language's one pattern; {1}: the language; {2}: its CLDR cardinal categories, e.g. <c>one, few, many, other</c>.</summary>
    public static readonly DiagnosticDescriptor PatternWithoutPluralForms = Warning(
        "STC2020", Content, "One pattern for a counted text",
        "'{0}': one pattern for every count, but '{1}' has the plural forms {2}, so the text is wrong for most counts; give an object with those forms");

    /// <summary>
    /// {0}: what gives the name, e.g. <c>party 'party1' in group 'g' of statement 's-one'</c>; {1}: the C# name, with its
    /// class; {2}: what gave it first (and, where the names differ only in case, how).
    /// </summary>
    public static readonly DiagnosticDescriptor GeneratedNameCollision = Error(
        "STC2019", Content, "Generated C# names collide",
        "The C# name '{1}' of {0} is already that of {2}; rename one of them (ids become names without their hyphens, so 'a-1' and 'a1' are both 'A1')");

    /// <summary>{0}: the property (StatementContentNamespace or RootNamespace); {1}: its value; {2}: why it is invalid.</summary>
    public static readonly DiagnosticDescriptor InvalidNamespaceSetting = Error(
        "STC3001", Settings, "Invalid namespace setting",
        "<{0}> '{1}' is not a valid C# namespace: {2}. Use dotted identifiers, e.g. 'MyCompany.Statements'; nothing was generated.");

    /// <summary>{0}: the value.</summary>
    public static readonly DiagnosticDescriptor InvalidVisibilitySetting = Error(
        "STC3002", Settings, "Invalid visibility setting",
        "<StatementContentVisibility> '{0}' is neither 'internal' nor 'public'; nothing was generated");

    /// <summary>{0}: the project's C# version; {1}: the oldest supported.</summary>
    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Error(
        "STC3003", Settings, "C# version too old",
        "The project compiles as C# {0}; the generated content needs C# {1} or later. Set <LangVersion>{1}</LangVersion> (or later) in the project file; nothing was generated.");

    /// <summary>{0}: the value; {1}: why it cannot be used.</summary>
    public static readonly DiagnosticDescriptor InvalidTextStorageSetting = Error(
        "STC3005", Settings, "Invalid text storage setting",
        "<StatementContentTextStorage> '{0}' cannot be used: {1}. Use 'auto' (the default: string literals while they fit the compiler's 16 MiB limit, UTF-8 data past it), 'literals' or 'utf8'; nothing was generated.");

    /// <summary>No arguments: public statements in a project that does not reference the StatementContent package.</summary>
    public static readonly DiagnosticDescriptor PublicStatementsNeedRuntimePackage = Error(
        "STC3007", Settings, "Public statements need the StatementContent package",
        "<StatementContentVisibility> is 'public', so the statements expose the runtime types (Statement, LocalizedText, …), which every library that exposes statements shares from one place: the StatementContent package, which this project does not reference. Add it (dotnet add package StatementContent), or make the statements internal; nothing was generated.");

    /// <summary>{0}: what changed, e.g. "party 'x' added to group 'other'" or "en paragraph 3 changed".</summary>
    public static readonly DiagnosticDescriptor ContentChangedSinceLock = Warning(
        "STC4001", Lock, "Content changed since the content lock",
        "Content changed since it was locked: {0}. Review the change and record it with 'statement lock' (docs/content-lock.md).");

    /// <summary>{0}: the translation, e.g. "ru name of party 'x'"; {1}: the English text's item.</summary>
    public static readonly DiagnosticDescriptor StaleTranslation = Warning(
        "STC4002", Lock, "Stale translation",
        "Stale translation: the {0} was translated from an earlier {1}. Update the translation, or confirm it still fits with 'statement lock --confirm <key>' ('statement translations export' names the keys; --confirm-translations confirms all).");

    /// <summary>{0}: what is wrong with the line.</summary>
    public static readonly DiagnosticDescriptor MalformedLock = Error(
        "STC4003", Lock, "Malformed content lock",
        "content.lock: {0}. The lock is written by 'statement lock'; do not edit it by hand (docs/content-lock.md).");

    /// <summary>Reported by 'statement translations import' only. {0}: what is wrong with the PO or XLIFF file.</summary>
    public static readonly DiagnosticDescriptor MalformedTranslationFile = Error(
        "STC6001", Translations, "Translation file cannot be read",
        "The translation file cannot be imported: {0}. Nothing was written.");

    /// <summary>Reported by 'statement translations import' only. {0}: why this entry cannot be imported (an unknown key, English changed since the export, published text, …).</summary>
    public static readonly DiagnosticDescriptor TranslationNotImported = Error(
        "STC6002", Translations, "Translation cannot be imported",
        "{0}. Nothing was written; export again, or fix the entry.");

    /// <summary>{0}: what (e.g. "no space after ','"). Lint rules are Info: configure them with dotnet_diagnostic.STC5xxx.severity.</summary>
    public static readonly DiagnosticDescriptor NoSpaceAfterPunctuation = Info(
        "STC5001", Lint, "No space after punctuation", "Lint: {0}");

    public static readonly DiagnosticDescriptor QuoteTouchesLetter = Info(
        "STC5002", Lint, "Quote touches a letter", "Lint: {0}");

    public static readonly DiagnosticDescriptor UnusualWhitespace = Info(
        "STC5003", Lint, "Unusual whitespace", "Lint: {0}");

    public static readonly DiagnosticDescriptor MixedScripts = Info(
        "STC5004", Lint, "Latin and Cyrillic letters in one word", "Lint: {0} — a typo, or a look-alike letter that spoofs the word");

    public static readonly DiagnosticDescriptor MixedQuoteStyles = Info(
        "STC5005", Lint, "Mixed quote styles", "Lint: {0}");

    public static readonly DiagnosticDescriptor NameDiffersFromId = Info(
        "STC5006", Lint, "Party name differs from its id", "Lint: {0}");

    // Checks on translations (Lint/TranslationChecks.cs), after Translate Toolkit's pofilter checks of the same
    // names. {0}: what differs, e.g. "the 'ru' text lacks the number '311' of the English".
    public static readonly DiagnosticDescriptor TranslationNumbers = Info(
        "STC5007", Lint, "Number of the source missing from a translation", "Lint: {0}");

    public static readonly DiagnosticDescriptor TranslationUrls = Info(
        "STC5008", Lint, "URL or e-mail of the source missing from a translation", "Lint: {0}");

    public static readonly DiagnosticDescriptor TranslationPlaceholders = Info(
        "STC5009", Lint, "Placeholders differ from the source", "Lint: {0}");

    public static readonly DiagnosticDescriptor TranslationEndPunctuation = Info(
        "STC5010", Lint, "End punctuation differs from the source", "Lint: {0}");

    public static readonly DiagnosticDescriptor TranslationSentenceCount = Info(
        "STC5011", Lint, "Sentence count differs from the source", "Lint: {0}");

    public static readonly DiagnosticDescriptor TranslationUnchanged = Info(
        "STC5012", Lint, "Translation identical to the source", "Lint: {0}");

    /// <summary>{0}: the line.</summary>
    public static readonly DiagnosticDescriptor MalformedLintBaseline = Warning(
        "STC5900", Lint, "Malformed lint baseline line",
        "lint.baseline: '{0}' is not 'STC5xxx | file | excerpt'; the line acknowledges nothing. Rewrite the baseline with 'statement lint --update-baseline'.");

    // Built from the fields above, so a new descriptor cannot be forgotten here.
    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .ToDictionary(descriptor => descriptor.Id);

    public static IReadOnlyCollection<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    /// <summary>
    /// The help link of an ID: its section of docs/diagnostics.md in the repository this generator was built from
    /// (the build stamps the repository URL into the assembly; see the .csproj). Without a known repository
    /// there is no link — better none than a dead one.
    /// </summary>
    public static string HelpLink(string id, string? repositoryUrl)
    {
        if (repositoryUrl is null || !Uri.TryCreate(repositoryUrl, UriKind.Absolute, out Uri? uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
        {
            return "";
        }

        string root = repositoryUrl.TrimEnd('/');
        if (root.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            root = root.Substring(0, root.Length - 4);
        }

        return root + "/blob/HEAD/docs/diagnostics.md#" + id.ToLowerInvariant();
    }

    private static DiagnosticDescriptor Error(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink(id, s_repositoryUrl));

    private static DiagnosticDescriptor Info(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLink(id, s_repositoryUrl));

    private static DiagnosticDescriptor Warning(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink(id, s_repositoryUrl));
}
