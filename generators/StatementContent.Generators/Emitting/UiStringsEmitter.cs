using StatementContent.Generators.Model;

namespace StatementContent.Generators.Emitting;

/// <summary>The UI strings → <c>UiStrings.g.cs</c>: one <c>LocalizedText</c> property per key.</summary>
internal static class UiStringsEmitter
{
    public static (string HintName, string Source) Emit(UiStringsModel strings)
    {
        string text = GeneratedFile.Runtime + "LocalizedText";
        SourceWriter w = GeneratedFile.Start(strings.Options);
        w.Doc("summary", new[] { "Localized UI strings (headings, labels) compiled from strings.json." });
        w.Open($"{strings.Options.Accessibility} static partial class {GeneratedNames.UiStringsClass}");
        bool first = true;
        foreach (UiStringModel entry in strings.Strings)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            w.Doc("summary", CSharpText.DocLines(entry.Text.Get("en") ?? entry.Text.Values[0].Text));
            w.Line(GeneratedFile.GeneratedCodeAttribute);
            w.Line($"public static {text} {entry.Key} {{ get; }} = {StatementEmitter.Text(entry.Text)};");
        }

        w.Close();
        w.Close();
        return (GeneratedNames.UiStringsClass + ".g.cs", w.ToString());
    }
}
