using StatementContent.Generators.Model;

namespace StatementContent.Generators.Emitting;

/// <summary>
/// Content hashes → <c>ContentHashes.g.cs</c>: <c>[assembly: ContentVersion]</c> and an internal class of constants.
/// Always internal: every content edit changes the values, and a library's public API should not churn with them
/// (apps read <c>Statement.ContentHash</c>, <c>Signatory.ContentHash</c>, <c>LocalizedText.GetContentHash</c> and the attribute).
/// </summary>
internal static class ContentHashesEmitter
{
    public static (string HintName, string Source) Emit(ContentHashesModel model)
    {
        // Past MaxConstants hashes the assembler kept only the statements' (ContentAssembler.HashConstants).
        bool all = model.HashCount <= ContentHashesModel.MaxConstants;
        var w = new SourceWriter();
        w.Raw(GeneratedFile.Header(model.Options));
        w.Line();
        w.Line($"[assembly: {GeneratedFile.Runtime}ContentVersion({CSharpText.Literal(model.Version)}, {CSharpText.Literal(model.ContentHash)})]");
        w.Line();
        w.Open("namespace " + model.Options.Namespace);
        w.Doc("summary", new[]
        {
            "SHA-256 hashes of the content as compiled (docs/content-lock.md): the content as a whole, each statement",
            "(as <c>Statement.ContentHash</c>), its metadata, each text in each language, and each party.",
            "Assert one in a test to pin the content you reviewed.",
        });
        if (!all)
        {
            w.Doc("remarks", new[]
            {
                $"The content has {model.HashCount} hashes, more than {ContentHashesModel.MaxConstants}: only the statements' are constants here. A text's and a party's",
                "hash is <c>LocalizedText.GetContentHash(language)</c> and <c>Signatory.ContentHash</c> at run time, and each is in content.lock.",
            });
        }

        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open($"internal static class {GeneratedNames.ContentHashesClass}");
        Constant(w, "Content_Version", model.Version, "The content version: the content lock's (it goes up with each locked change), or <c>unlocked</c>.");
        w.Line();
        Constant(w, "Content_Hash", model.ContentHash, "The hash of all statements and UI strings, as <c>ContentVersionAttribute.ContentHash</c>.");
        foreach (HashConstant constant in model.Constants)
        {
            w.Line();
            Constant(w, constant.Name, constant.Value, "The hash of the " + string.Join(" ", CSharpText.DocLines(constant.Doc)) + ".");
        }

        w.Close();
        w.Close();
        return (GeneratedNames.ContentHashesClass + ".g.cs", w.Finish());
    }

    private static void Constant(SourceWriter w, string name, string value, string escapedDoc)
    {
        w.Doc("summary", new[] { escapedDoc });
        w.Line($"public const string {name} = {CSharpText.Literal(value)};");
    }
}
