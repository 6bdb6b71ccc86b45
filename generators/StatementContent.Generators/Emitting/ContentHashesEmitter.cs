using System.Linq;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Emitting;

/// <summary>
/// Content hashes → <c>ContentHashes.g.cs</c>: <c>[assembly: ContentVersion]</c> and an internal class of constants.
/// Always internal: every content edit changes the values, and a library's public API should not churn with them
/// (apps read <c>Statement.ContentHash</c>, <c>Signatory.ContentHash</c>, <c>LocalizedText.GetContentHash</c> and the attribute).
/// </summary>
internal static class ContentHashesEmitter
{
    /// <summary>
    /// The most constants written: past it (about 20 statements of the real one's shape' worth) only the content's and each statement's
    /// hashes are constants, and the class says so. A constant per text and party grows the source, the compile and
    /// the assembly by ~250 characters each (45,000 at 1,000 statements of the real one's shape); those hashes stay one call away at run time.
    /// </summary>
    public const int MaxConstants = 1000;

    public static (string HintName, string Source) Emit(ContentHashesModel model)
    {
        // A statement's constant is named like its property; every other constant has an underscore (GeneratedNames).
        bool all = model.Constants.Count <= MaxConstants;
        HashConstant[] constants = all ? model.Constants.ToArray() : model.Constants.Where(c => c.Name.IndexOf('_') < 0).ToArray();
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
                $"The content has {model.Constants.Count} hashes, more than {MaxConstants}: only the statements' are constants here. A text's and a party's",
                "hash is <c>LocalizedText.GetContentHash(language)</c> and <c>Signatory.ContentHash</c> at run time, and each is in content.lock.",
            });
        }

        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open($"internal static class {GeneratedNames.ContentHashesClass}");
        Constant(w, "Content_Version", model.Version, "The content version: the content lock's (it goes up with each locked change), or <c>unlocked</c>.");
        w.Line();
        Constant(w, "Content_Hash", model.ContentHash, "The hash of all statements and UI strings, as <c>ContentVersionAttribute.ContentHash</c>.");
        foreach (HashConstant constant in constants)
        {
            w.Line();
            Constant(w, constant.Name, constant.Value, "The hash of the " + string.Join(" ", CSharpText.DocLines(constant.Doc)) + ".");
        }

        w.Close();
        w.Close();
        return (GeneratedNames.ContentHashesClass + ".g.cs", w.ToString());
    }

    private static void Constant(SourceWriter w, string name, string value, string escapedDoc)
    {
        w.Doc("summary", new[] { escapedDoc });
        w.Line($"public const string {name} = {CSharpText.Literal(value)};");
    }
}
