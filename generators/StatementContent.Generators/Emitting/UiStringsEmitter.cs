using System.Linq;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Emitting;

/// <summary>
/// The UI strings → <c>UiStrings.g.cs</c>: one <c>LocalizedText</c> property per key, the keys as constants, <c>All</c>
/// and <c>Find(key)</c>. Shaped so the compiler's work grows linearly with the number of strings: each text is made
/// by its own property on first read (no static constructor holding every string), <c>Find</c> is a binary search
/// then a dense integer switch, and <c>All</c> is filled by a loop — no method whose size grows with the content
/// beyond one switch case or one array element per string.
/// </summary>
internal static class UiStringsEmitter
{
    private const string SortedKeys = "Sorted";
    private const string ContentOrder = "ContentOrder";
    private const string At = "Text_At";

    public static (string HintName, string Source) Emit(UiStringsModel strings)
    {
        string text = GeneratedFile.Runtime + "LocalizedText";
        string dictionary = $"global::System.Collections.Generic.IReadOnlyDictionary<string, {text}>";
        OutputOptions options = strings.Options;
        SourceWriter w = GeneratedFile.Start(options);
        w.Doc("summary", new[] { "Localized UI strings (headings, labels) compiled from strings.json." });
        w.Open($"{options.Accessibility} static partial class {GeneratedNames.UiStringsClass}");
        foreach (UiStringModel entry in strings.Strings)
        {
            w.Doc("summary", CSharpText.DocLines(entry.Text.Get("en") ?? entry.Text.Values[0].Text));
            w.Line(GeneratedFile.GeneratedCodeAttribute);
            Lazy(w, options, "public", text, entry.Key, StatementEmitter.Text(entry.Text, options));
        }

        foreach (UiFormatModel format in strings.Formats)
        {
            EmitFormat(w, format, options);
        }

        // Find and All by the keys in ordinal order: an entry's index there is its case in At.
        UiStringModel[] sorted = strings.Strings.OrderBy(e => e.Key, System.StringComparer.Ordinal).ToArray();
        var indexOf = sorted.Select((entry, index) => (entry.Key, index)).ToDictionary(p => p.Key, p => p.index, System.StringComparer.Ordinal);

        w.Doc("summary", new[] { "Every UI string without parameters by its key, in content order." });
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Line($"public static {dictionary} {GeneratedNames.All} => {GeneratedNames.AllHolder}.{GeneratedNames.HolderField};");
        w.Line();
        w.Doc("summary", new[] { "The UI string with the given key, or <see langword=\"null\"/> when there is none." });
        w.Doc("param name=\"key\"", new[] { "A key of strings.json, e.g. <c>PublishedOn</c>; see <see cref=\"Keys\"/>." });
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open($"public static {GeneratedFile.Nullable(options, text)} {GeneratedNames.Find}(string key)");
        w.Line($"int index = key == null ? -1 : global::System.Array.BinarySearch({GeneratedNames.KeyIndex}.{SortedKeys}, key, global::System.StringComparer.Ordinal);");
        w.Line($"return index < 0 ? null : {At}(index);");
        w.Close();
        w.Line();
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open($"private static {text} {At}(int index)");
        w.Open("switch (index)");
        foreach (UiStringModel entry in sorted)
        {
            w.Line($"case {indexOf[entry.Key].ToString(System.Globalization.CultureInfo.InvariantCulture)}: return {entry.Key};");
        }

        w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        w.Close();
        w.Close();
        w.Line();
        w.Doc("summary", new[] { "The keys of the UI strings without parameters as constants, e.g. for <c>IStringLocalizer</c> lookups." });
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open($"public static class {GeneratedNames.Keys}");
        foreach (UiStringModel entry in strings.Strings)
        {
            w.Doc("summary", new[] { $"The key of <see cref=\"{GeneratedNames.UiStringsClass}.{entry.Key}\"/>." });
            w.Line($"public const string {entry.Key} = {CSharpText.Literal(entry.Key)};");
        }

        w.Close();
        w.Line();
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open($"private static class {GeneratedNames.KeyIndex}");
        ArrayField(w, "string", SortedKeys, sorted.Select(entry => CSharpText.Literal(entry.Key)));
        ArrayField(w, "int", ContentOrder, strings.Strings.Select(entry => indexOf[entry.Key].ToString(System.Globalization.CultureInfo.InvariantCulture)));
        w.Close();
        w.Line();
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open($"private static class {GeneratedNames.AllHolder}");
        w.Line($"internal static readonly {dictionary} {GeneratedNames.HolderField} = Build();");
        w.Line();
        w.Open($"private static {dictionary} Build()");
        w.Line($"var all = new global::System.Collections.Generic.Dictionary<string, {text}>({GeneratedNames.KeyIndex}.{ContentOrder}.Length, global::System.StringComparer.Ordinal);");
        w.Open($"foreach (int index in {GeneratedNames.KeyIndex}.{ContentOrder})");
        w.Line($"all.Add({GeneratedNames.KeyIndex}.{SortedKeys}[index], {At}(index));");
        w.Close();
        w.Line($"return new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, {text}>(all);");
        w.Close();
        w.Close();
        w.Close();
        w.Close();
        return (GeneratedNames.UiStringsClass + ".g.cs", w.ToString());
    }

    private static void ArrayField(SourceWriter w, string type, string name, System.Collections.Generic.IEnumerable<string> items)
    {
        w.Line($"internal static readonly {type}[] {name} = new {type}[]");
        w.Line("{");
        w.Indent();
        foreach (string item in items)
        {
            w.Line(item + ",");
        }

        w.Outdent();
        w.Line("};");
    }

    /// <summary>
    /// A property whose value is made on first read and kept: a field of its own, set once with
    /// <c>Interlocked.CompareExchange</c> (two first readers may both make it; every reader gets the one kept).
    /// </summary>
    private static void Lazy(SourceWriter w, OutputOptions options, string accessibility, string type, string name, string value)
    {
        string field = "s_" + name;
        w.Line($"{accessibility} static {type} {name} => {field} ?? global::System.Threading.Interlocked.CompareExchange(ref {field}, {value}, null) ?? {field};");
        w.Line();
        w.Line($"private static {GeneratedFile.Nullable(options, type)} {field};");
        w.Line();
    }

    /// <summary>
    /// A format → two methods (current UI culture, explicit culture) and a private table of its languages. The
    /// language is chosen by the one fallback rule (a <c>LocalizedText</c> whose texts are the language names); a
    /// plural form by <c>PluralRules</c>; the text is concatenated from literal parts, nothing is parsed at run time.
    /// </summary>
    private static void EmitFormat(SourceWriter w, UiFormatModel format, OutputOptions options)
    {
        const string Culture = "global::System.Globalization.CultureInfo";
        string parameters = string.Join(", ", format.Parameters.Select(p => (p == UiFormatModel.CountParameter ? "int " : "string ") + CSharpText.Identifier(p)));
        string arguments = string.Join(", ", format.Parameters.Select(CSharpText.Identifier));
        string languagesField = format.Key + "_Languages";
        LanguageFormsModel first = format.Languages[0];
        string summary = string.Concat(first.Forms[first.Forms.Count - 1].Parts.Select(p => p.IsParameter ? "{" + p.Text + "}" : p.Text));

        w.Doc("summary", CSharpText.DocLines(summary + " (in the current UI culture)"));
        DocParameters(w, format);
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Line($"public static string {format.Key}({parameters}) => {format.Key}({arguments}{(arguments.Length == 0 ? "" : ", ")}{Culture}.CurrentUICulture);");
        w.Line();
        w.Doc("summary", CSharpText.DocLines(summary));
        DocParameters(w, format);
        w.Doc($"param name=\"{UiFormatModel.CultureParameter}\"", new[] { "The reader's culture: it picks the language (by the fallback rule), the plural form and the number format." });
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open($"public static string {format.Key}({parameters}{(parameters.Length == 0 ? "" : ", ")}{Culture} {UiFormatModel.CultureParameter})");
        w.Open($"switch ({languagesField}.Get({UiFormatModel.CultureParameter}))");
        foreach (LanguageFormsModel language in format.Languages.Skip(1))
        {
            w.Line($"case {CSharpText.Literal(language.Language)}:");
            w.Indent();
            EmitForms(w, language);
            w.Outdent();
        }

        w.Line("default:");
        w.Indent();
        EmitForms(w, first);
        w.Outdent();
        w.Close();
        w.Close();
        w.Line();
        string names = StatementEmitter.StringArray(format.Languages.Select(l => l.Language));
        Lazy(w, options, "private", GeneratedFile.Runtime + "LocalizedText", languagesField, $"new {GeneratedFile.Runtime}LocalizedText({names}, {names}, {ContentLanguagesEmitter.FallbacksReference(options)})");
    }

    private static void DocParameters(SourceWriter w, UiFormatModel format)
    {
        foreach (string parameter in format.Parameters)
        {
            w.Doc($"param name=\"{parameter}\"", new[] { parameter == UiFormatModel.CountParameter ? "The number shown; it picks the plural form." : $"The text shown for <c>{{{parameter}}}</c>." });
        }
    }

    private static void EmitForms(SourceWriter w, LanguageFormsModel language)
    {
        if (!language.IsPlural)
        {
            w.Line($"return {Concatenation(language.Forms[0])};");
            return;
        }

        w.Open($"switch ({GeneratedFile.Runtime}PluralRules.Select({CSharpText.Literal(language.Language)}, {UiFormatModel.CountParameter}))");
        foreach (FormModel form in language.Forms.Where(f => f.Category != "other"))
        {
            w.Line($"case {GeneratedFile.Runtime}PluralCategory.{char.ToUpperInvariant(form.Category[0]) + form.Category.Substring(1)}: return {Concatenation(form)};");
        }

        w.Line($"default: return {Concatenation(language.Forms.First(f => f.Category == "other"))};");
        w.Close();
    }

    private static string Concatenation(FormModel form) => form.Parts.IsEmpty ? "\"\"" : string.Join(" + ", form.Parts.Select(p =>
        !p.IsParameter ? CSharpText.Literal(p.Text)
        : p.Text == UiFormatModel.CountParameter ? p.Text + ".ToString(" + UiFormatModel.CultureParameter + ")"
        : "(" + CSharpText.Identifier(p.Text) + " ?? \"\")"));
}
