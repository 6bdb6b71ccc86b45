using StatementContent.Generators.Model;

namespace StatementContent.Generators.Emitting;

/// <summary>The UI strings → <c>UiStrings.g.cs</c>: one <c>LocalizedText</c> property per key, the keys as constants, <c>All</c> and <c>Find(key)</c>.</summary>
internal static class UiStringsEmitter
{
    public static (string HintName, string Source) Emit(UiStringsModel strings)
    {
        string text = GeneratedFile.Runtime + "LocalizedText";
        string dictionary = $"global::System.Collections.Generic.IReadOnlyDictionary<string, {text}>";
        SourceWriter w = GeneratedFile.Start(strings.Options);
        w.Doc("summary", new[] { "Localized UI strings (headings, labels) compiled from strings.json." });
        w.Open($"{strings.Options.Accessibility} static partial class {GeneratedNames.UiStringsClass}");
        foreach (UiStringModel entry in strings.Strings)
        {
            w.Doc("summary", CSharpText.DocLines(entry.Text.Get("en") ?? entry.Text.Values[0].Text));
            w.Line(GeneratedFile.GeneratedCodeAttribute);
            w.Line($"public static {text} {entry.Key} {{ get; }} = {StatementEmitter.Text(entry.Text, strings.Options)};");
            w.Line();
        }

        w.Doc("summary", new[] { "Every UI string by its key, in content order." });
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Line($"public static {dictionary} {GeneratedNames.All} => {GeneratedNames.AllHolder}.{GeneratedNames.HolderField};");
        w.Line();
        w.Doc("summary", new[] { "The UI string with the given key, or <see langword=\"null\"/> when there is none." });
        w.Doc("param name=\"key\"", new[] { "A key of strings.json, e.g. <c>PublishedOn</c>; see <see cref=\"Keys\"/>." });
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open($"public static {GeneratedFile.Nullable(strings.Options, text)} {GeneratedNames.Find}(string key)");
        w.Open("switch (key)");
        foreach (UiStringModel entry in strings.Strings)
        {
            w.Line($"case {CSharpText.Literal(entry.Key)}: return {entry.Key};");
        }

        w.Line("default: return null;");
        w.Close();
        w.Close();
        w.Line();
        w.Doc("summary", new[] { "The keys of the UI strings as constants, e.g. for <c>IStringLocalizer</c> lookups." });
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
        w.Open($"private static class {GeneratedNames.AllHolder}");
        w.Open($"internal static readonly {dictionary} {GeneratedNames.HolderField} = new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, {text}>(new global::System.Collections.Generic.Dictionary<string, {text}>(global::System.StringComparer.Ordinal)");
        foreach (UiStringModel entry in strings.Strings)
        {
            w.Line($"{{ {CSharpText.Literal(entry.Key)}, {entry.Key} }},");
        }

        w.Close(");");
        w.Close();
        w.Close();
        w.Close();
        return (GeneratedNames.UiStringsClass + ".g.cs", w.ToString());
    }
}
