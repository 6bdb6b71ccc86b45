using System.Linq;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Emitting;

/// <summary>The content's languages and configured fallbacks → <c>ContentLanguages.g.cs</c>.</summary>
internal static class ContentLanguagesEmitter
{
    /// <summary>How generated texts name the content's fallbacks.</summary>
    public static string FallbacksReference(OutputOptions options) =>
        $"global::{options.Namespace}.{GeneratedNames.ContentLanguagesClass}.{GeneratedNames.Fallbacks}";

    public static (string HintName, string Source) Emit(LanguagesModel model)
    {
        string fallbacks = GeneratedFile.Runtime + "LanguageFallbacks";
        SourceWriter w = GeneratedFile.Start(model.Options);
        w.Doc("summary", new[] { "The languages of the content and its configured fallbacks (content/languages.json)." });
        w.Open($"{model.Options.Accessibility} static partial class {GeneratedNames.ContentLanguagesClass}");
        w.Doc("summary", new[] { "Every language a statement or UI string has, English first: e.g. the supported UI cultures of a web app." });
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> {GeneratedNames.All} {{ get; }} = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>({StatementEmitter.StringArray(model.Languages)});");
        w.Line();
        w.Doc("summary", new[] { "The languages a reader gets next after their culture's own, before English; every generated text uses them." });
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        string value = model.Fallbacks.IsEmpty
            ? fallbacks + ".None"
            : $"new {fallbacks}({StatementEmitter.StringArray(model.Fallbacks.Select(f => f.Language))}, new string[][] {{ {string.Join(", ", model.Fallbacks.Select(f => StatementEmitter.StringArray(f.Next)))} }})";
        w.Line($"public static {fallbacks} {GeneratedNames.Fallbacks} => FallbacksHolder.Value;");
        w.Line();

        // Its own holder: every text reads the fallbacks when it is made, and that must not build the list above too.
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open("private static class FallbacksHolder");
        w.Line($"internal static readonly {fallbacks} Value = {value};");
        w.Close();
        w.Close();
        w.Close();
        return (GeneratedNames.ContentLanguagesClass + ".g.cs", w.Finish());
    }
}
