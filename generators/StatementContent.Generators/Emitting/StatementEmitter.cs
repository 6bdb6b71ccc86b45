using System;
using System.Collections.Generic;
using System.Linq;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Emitting;

// NoteLines names every TextField: a field added to the statement walk is CS8509 here until its notes have a name.
// CS8524 (an integer cast to TextField) cannot happen.
#pragma warning disable CS8524

/// <summary>One statement → <c>Statements.&lt;Identifier&gt;.g.cs</c>: a property and a lazily built value.</summary>
internal static class StatementEmitter
{
    public static (string HintName, string Source) Emit(StatementModel statement)
    {
        string runtime = GeneratedFile.Runtime;
        SourceWriter w = GeneratedFile.Start(statement.Options);
        w.Open($"{statement.Options.Accessibility} static partial class {GeneratedNames.StatementsClass}");

        string english = statement.Title.Get("en") ?? statement.Title.Values[0].Text;
        w.Doc("summary", CSharpText.DocLines(english));
        int signatories = statement.Groups.Sum(g => g.Parties.Count);
        w.Doc("remarks", CSharpText.DocLines(
            $"Statement '{statement.Id}', published {statement.Published}; languages: {string.Join(", ", statement.Languages)}; " +
            $"{statement.Paragraphs.Count} paragraphs, {signatories} signatories in {statement.Groups.Count} groups.").Concat(NoteLines(statement)));
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        string holder = GeneratedNames.HolderOf(statement.Identifier);
        w.Line($"public static {runtime}Statement {statement.Identifier} => {holder}.{GeneratedNames.HolderField};");
        w.Line();

        // A holder class per statement: built on first use, thread-safe by the runtime's type initialization,
        // and no statement is built because another one was read. Paragraphs, groups and signatories are content
        // lists: each made on its first read by a method of its own, so reading one paragraph compiles and loads
        // that paragraph's strings only (docs/benchmarks.md, cold start).
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open($"private static class {holder}");
        Utf8TextData? data = statement.Options.Utf8Texts ? new Utf8TextData() : null;
        void Localized(SourceWriter writer, LocalizedTextModel text) => Text(writer, text, statement.Options, data);
        w.Line($"internal static readonly {runtime}Statement {GeneratedNames.HolderField} = new {runtime}Statement(");
        w.Indent();
        w.Line($"id: {CSharpText.Literal(statement.Id)},");
        string[] date = statement.Published.Split('-');
        w.Line($"published: new global::System.DateTime({int.Parse(date[0])}, {int.Parse(date[1])}, {int.Parse(date[2])}),");
        Localized(w.StartLine("publisher: "), statement.Publisher);
        w.EndLine(",");
        w.Line($"tags: {StringArray(statement.Tags)},");
        w.Line($"isOpenForSubscriptions: {(statement.OpenForSubscriptions ? "true" : "false")},");
        w.Line($"languages: {StringArray(statement.Languages)},");
        Localized(w.StartLine("title: "), statement.Title);
        w.EndLine(",");
        w.Line($"paragraphs: {runtime}ContentList.Create<{runtime}LocalizedText>({statement.Paragraphs.Count}, Paragraph),");
        w.Line($"signatoryGroups: {runtime}ContentList.Create<{runtime}SignatoryGroup>({statement.Groups.Count}, Group));");
        w.Outdent();

        Items(w, $"{runtime}LocalizedText", "Paragraph", statement.Paragraphs, (writer, paragraph, _) => Localized(writer, paragraph));
        Items(w, $"{runtime}SignatoryGroup", "Group", statement.Groups, (writer, group, g) =>
        {
            writer.Raw($"new {runtime}SignatoryGroup({CSharpText.Literal(group.Id)}, ");
            Localized(writer, group.Heading);
            writer.Raw($", {runtime}ContentList.Create<{runtime}Signatory>({group.Parties.Count}, Parties{g + 1}))");
        });
        for (int g = 0; g < statement.Groups.Count; g++)
        {
            Items(w, $"{runtime}Signatory", $"Parties{g + 1}", statement.Groups[g].Parties, (writer, party, _) =>
            {
                writer.Raw($"new {runtime}Signatory({CSharpText.Literal(party.Id)}, ");
                Localized(writer, party.Name);
                writer.Raw(party.Country is null ? ", null" : ", " + CSharpText.Literal(party.Country));
                writer.Raw(party.CountryAddedByProject ? ", true)" : ")");
            });
        }

        data?.WriteMembers(w);

        w.Close();
        w.Close();
        w.Close();
        return (GeneratedNames.StatementsClass + "." + statement.Identifier + ".g.cs", w.Finish());
    }

    /// <summary>
    /// The translator notes of the statement's texts (statement walk order), one <c>&lt;para&gt;</c> each, named by
    /// the text they are about. A group heading's note is its UI string's, documented on that member of UiStrings.
    /// </summary>
    private static IEnumerable<string> NoteLines(StatementModel statement)
    {
        foreach (StatementText text in statement.Texts())
        {
            string? about = text.Key.Field switch
            {
                TextField.Publisher => "the publisher",
                TextField.Title => "the title",
                TextField.Paragraph => "paragraph " + text.Key.Number,
                TextField.PartyName => $"the name of party '{text.Key.Name}'",
                TextField.GroupHeading or TextField.UiString => null,
            };
            if (about is null || text.Text.Note is not { } note)
            {
                continue;
            }

            List<string> lines = CSharpText.DocLines($"Translator note on {about}: {note}").ToList();
            lines[0] = "<para>" + lines[0];
            lines[lines.Count - 1] += "</para>";
            foreach (string line in lines)
            {
                yield return line;
            }
        }
    }

    /// <summary>
    /// A content list's factory: <c>name(index)</c> dispatches to one method per item, <c>name_1</c>, <c>name_2</c>, …
    /// (numbered from 1, as published), so the runtime compiles just the item read and loads just its strings.
    /// </summary>
    private static void Items<T>(SourceWriter w, string type, string name, IReadOnlyList<T> items, Action<SourceWriter, T, int> write)
    {
        w.Line();
        w.Open($"private static {type} {name}(int index)");
        w.Open("switch (index)");
        for (int i = 0; i < items.Count; i++)
        {
            w.Line($"case {i}: return {name}_{i + 1}();");
        }

        w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        w.Close();
        w.Close();
        for (int i = 0; i < items.Count; i++)
        {
            w.Line();
            write(w.StartLine($"private static {type} {name}_{i + 1}() => "), items[i], i);
            w.EndLine(";");
        }
    }

    /// <summary>
    /// A <c>LocalizedText</c> construction expression: languages and texts as parallel arrays (the texts as literals,
    /// or slices of the statement's UTF-8 data when <see cref="OutputOptions.Utf8Texts"/>), and the content's fallbacks.
    /// Written straight into the source: at 1,000 statements the texts are most of what the generator allocates.
    /// </summary>
    /// <remarks>
    /// Languages the project added (not in the published source) are passed too, so the API and snapshots can show
    /// what was added; stale translations (the content lock's STC4002) likewise. Always the full constructor: the
    /// shorter ones only forward to it, and each is one more method to compile at start-up.
    /// </remarks>
    private const string NewLocalizedText = "new " + GeneratedFile.Runtime + "LocalizedText(";

    public static void Text(SourceWriter w, LocalizedTextModel text, OutputOptions options, Utf8TextData? data = null)
    {
        w.Raw(NewLocalizedText);
        StringArray(w, text.Values, v => v.Language).Raw(", ");
        if (data is null)
        {
            StringArray(w, text.Values, v => v.Text);
        }
        else
        {
            w.Raw("new string[] { ");
            for (int i = 0; i < text.Values.Count; i++)
            {
                w.Raw(i == 0 ? "" : ", ").Raw(data.Add(text.Values[i].Text));
            }

            w.Raw(" }");
        }

        w.Raw(", ").Raw(ContentLanguagesEmitter.FallbacksReference(options)).Raw(", ");
        Provenance(w, text.Values, v => v.AddedByProject).Raw(", ");
        Provenance(w, text.Values, v => v.Stale).Raw(")");
    }

    public static string StringArray(IEnumerable<string> values) =>
        "new string[] { " + string.Join(", ", values.Select(CSharpText.Literal)) + " }";

    private static SourceWriter StringArray(SourceWriter w, EquatableArray<LocalizedValue> values, Func<LocalizedValue, string> select)
    {
        w.Raw("new string[] { ");
        for (int i = 0; i < values.Count; i++)
        {
            w.Raw(i == 0 ? "" : ", ").Literal(select(values[i]));
        }

        return w.Raw(" }");
    }

    /// <summary>The languages whose value has <paramref name="flag"/>, as a string array, or <c>null</c> for none.</summary>
    private static SourceWriter Provenance(SourceWriter w, EquatableArray<LocalizedValue> values, Func<LocalizedValue, bool> flag)
    {
        bool any = false;
        foreach (LocalizedValue value in values)
        {
            if (flag(value))
            {
                w.Raw(any ? ", " : "new string[] { ").Literal(value.Language);
                any = true;
            }
        }

        return w.Raw(any ? " }" : "null");
    }
}
