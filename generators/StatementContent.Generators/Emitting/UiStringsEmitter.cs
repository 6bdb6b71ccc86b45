using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Emitting;

/// <summary>
/// The UI strings → <c>UiStrings.g.cs</c>: one <c>LocalizedText</c> property per key, two methods per format, the
/// keys as constants, <c>All</c>, <c>Find(key)</c> and <c>Formats</c>. Shaped so the compiler's work per string is one small member:
/// each property or format method is one line calling a shared table with the string's number, and the table
/// (<see cref="UiStringTableWriter"/>) holds every text in one string literal and their layout in one integer array,
/// so a string adds characters to a literal and numbers to an array, never a statement, a field or a switch case.
/// <c>[GeneratedCode]</c> is on the class, once, not on each of its thousands of members: binding that attribute per
/// member was a third of the compile of 10,000 strings (docs/benchmarks.md §7); analyzers and coverage tools read it
/// from the containing type.
/// </summary>
internal static class UiStringsEmitter
{
    public static (string HintName, string Source) Emit(UiStringsModel strings)
    {
        OutputOptions options = strings.Options;
        string text = GeneratedFile.Runtime + "LocalizedText";
        string table = $"global::{options.Namespace}.{GeneratedNames.UiStringsClass}.{UiStringTableWriter.ClassName}";
        SourceWriter w = GeneratedFile.Start(options);
        w.DocCompact("summary", new[] { "Localized UI strings (headings, labels) compiled from strings.json." });
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open($"{options.Accessibility} static partial class {GeneratedNames.UiStringsClass}");
        for (int i = 0; i < strings.Strings.Count; i++)
        {
            UiStringModel entry = strings.Strings[i];
            w.DocCompact("summary", CSharpText.DocLines(entry.Text.Get("en") ?? entry.Text.Values[0].Text));
            Note(w, entry.Text.Note);
            w.Line($"public static {text} {entry.Key} => {UiStringTableWriter.ClassName}.Text({Number(i)});");
            w.Line();
        }

        for (int i = 0; i < strings.Formats.Count; i++)
        {
            EmitFormat(w, strings.Formats[i], i, table);
        }

        string dictionary = $"global::System.Collections.Generic.IReadOnlyDictionary<string, {text}>";
        w.DocCompact("summary", new[] { "Every UI string without parameters by its key, in content order." });
        w.Line($"public static {dictionary} {GeneratedNames.All} => {UiStringTableWriter.ClassName}.{GeneratedNames.All};");
        w.Line();
        string formats = $"global::System.Collections.Generic.IReadOnlyDictionary<string, {GeneratedFile.Runtime}UiFormat>";
        w.DocCompact("summary", new[] { "Every UI string with parameters by its key, in content order: a localizer formats them with arguments, no pattern parsed." });
        w.Line($"public static {formats} {GeneratedNames.Formats} => {UiStringTableWriter.ClassName}.{GeneratedNames.Formats};");
        w.Line();
        w.DocCompact("summary", new[] { "The UI string with the given key, or <see langword=\"null\"/> when there is none." });
        w.DocCompact("param name=\"key\"", new[] { "A key of strings.json, e.g. <c>PublishedOn</c>; see <see cref=\"Keys\"/>." });
        w.Line($"public static {GeneratedFile.Nullable(options, text)} {GeneratedNames.Find}(string key) => {UiStringTableWriter.ClassName}.{GeneratedNames.Find}(key);");
        w.Line();
        w.DocCompact("summary", new[] { "The keys of the UI strings without parameters as constants, e.g. for <c>IStringLocalizer</c> lookups." });
        w.Open($"public static class {GeneratedNames.Keys}");
        foreach (UiStringModel entry in strings.Strings)
        {
            w.DocCompact("summary", new[] { $"The key of <see cref=\"{GeneratedNames.UiStringsClass}.{entry.Key}\"/>." });
            w.Line($"public const string {entry.Key} = {CSharpText.Literal(entry.Key)};");
        }

        w.Close();
        w.Line();
        UiStringTableWriter.Write(w, strings);
        w.Close();
        w.Close();
        return (GeneratedNames.UiStringsClass + ".g.cs", w.Finish());
    }

    /// <summary>
    /// A format → two one-line methods (current UI culture, explicit culture) that pass the format's number, the
    /// culture, the count and the other arguments to the table, which picks the language by the one fallback rule,
    /// the plural form by <c>PluralRules</c>, and joins the form's parts.
    /// </summary>
    private static void EmitFormat(SourceWriter w, UiFormatModel format, int index, string table)
    {
        const string Culture = "global::System.Globalization.CultureInfo";
        string parameters = string.Join(", ", format.Parameters.Select(p => (p == UiFormatModel.CountParameter ? GeneratedFile.Runtime + "FormatNumber " : "string ") + CSharpText.Identifier(p)));
        string arguments = string.Join(", ", format.Parameters.Select(CSharpText.Identifier));
        string[] others = format.Parameters.Where(p => p != UiFormatModel.CountParameter).Select(CSharpText.Identifier).ToArray();
        string count = format.Parameters.Contains(UiFormatModel.CountParameter) ? UiFormatModel.CountParameter : $"default({GeneratedFile.Runtime}FormatNumber)";
        string strings = others.Length == 0 ? "null" : "new string[] { " + string.Join(", ", others) + " }";
        LanguageFormsModel first = format.Languages[0];
        string summary = string.Concat(first.Forms[first.Forms.Count - 1].Parts.Select(p => p.IsParameter ? "{" + p.Text + "}" : p.Text));

        w.DocCompact("summary", CSharpText.DocLines(summary + " (in the current UI culture)"));
        Note(w, format.Note);
        DocParameters(w, format);
        w.Line($"public static string {format.Key}({parameters}) => {format.Key}({arguments}{(arguments.Length == 0 ? "" : ", ")}{Culture}.CurrentUICulture);");
        w.Line();
        w.DocCompact("summary", CSharpText.DocLines(summary));
        Note(w, format.Note);
        DocParameters(w, format);
        w.DocCompact($"param name=\"{UiFormatModel.CultureParameter}\"", new[] { "The reader's culture: the language, plural form and number format." });
        // The table is named from the root: a parameter may take any name the class has.
        w.Line($"public static string {format.Key}({parameters}{(parameters.Length == 0 ? "" : ", ")}{Culture} {UiFormatModel.CultureParameter}) => {table}.Format({Number(index)}, {UiFormatModel.CultureParameter}, {count}, {strings});");
        w.Line();
    }

    /// <summary>A string's translator note (strings.json <c>"note"</c>) as the member's remarks; nothing when it has none.</summary>
    private static void Note(SourceWriter w, string? note)
    {
        if (note is not null)
        {
            w.DocCompact("remarks", CSharpText.DocLines("Translator note: " + note));
        }
    }

    private static void DocParameters(SourceWriter w, UiFormatModel format)
    {
        foreach (string parameter in format.Parameters)
        {
            w.DocCompact($"param name=\"{parameter}\"", new[] { parameter == UiFormatModel.CountParameter ? "The number shown; it picks the plural form." : $"The text shown for <c>{{{parameter}}}</c>." });
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
