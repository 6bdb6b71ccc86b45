using StatementContent.Generators.Model;

namespace StatementContent.Generators.Emitting;

/// <summary>The index → <c>Statements.g.cs</c>: <c>All</c> and <c>Find(id)</c>.</summary>
internal static class IndexEmitter
{
    public static (string HintName, string Source) Emit(StatementIndexModel index)
    {
        string statement = GeneratedFile.Runtime + "Statement";
        SourceWriter w = GeneratedFile.Start(index.Options);
        w.Doc("summary", new[] { "The statements compiled from the content files, one property per statement." });
        w.Open($"{index.Options.Accessibility} static partial class {GeneratedNames.StatementsClass}");
        w.Doc("summary", new[] { "All statements, ordered by publication date, then by id." });
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{statement}> {GeneratedNames.All} => {GeneratedNames.AllHolder}.{GeneratedNames.HolderField};");
        w.Line();
        w.Doc("summary", new[] { "The statement with the given id, or <see langword=\"null\"/> when there is none." });
        w.Doc("param name=\"id\"", new[] { "A statement id as written in its statement.json, e.g. <c>central-asia-ideology-ban</c>." });
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open($"public static {GeneratedFile.Nullable(index.Options, statement)} {GeneratedNames.Find}(string id)");
        w.Open("switch (id)");
        foreach (StatementIndexEntry entry in index.Entries)
        {
            w.Line($"case {CSharpText.Literal(entry.Id)}: return {entry.Identifier};");
        }

        w.Line("default: return null;");
        w.Close();
        w.Close();
        w.Line();
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open($"private static class {GeneratedNames.AllHolder}");
        w.Open($"internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<{statement}> {GeneratedNames.HolderField} = new global::System.Collections.ObjectModel.ReadOnlyCollection<{statement}>(new {statement}[]");
        foreach (StatementIndexEntry entry in index.Entries)
        {
            w.Line(entry.Identifier + ",");
        }

        w.Close(");");
        w.Close();
        w.Close();
        w.Close();
        return (GeneratedNames.StatementsClass + ".g.cs", w.Finish());
    }
}
