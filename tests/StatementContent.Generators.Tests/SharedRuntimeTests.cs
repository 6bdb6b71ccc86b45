using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// The runtime types have one home that any number of libraries share: the StatementContent package. A library
/// that exposes its statements (public) must reference it, else STC3007 at the project file; an app referencing
/// such libraries and compiling statements of its own uses the package's types too, so one name means one type.
/// Projects are compiled in memory and referenced as assemblies, the way MSBuild chains them.
/// </summary>
public class SharedRuntimeTests
{
    private const string Project = "/p/Library.csproj";

    [Fact]
    public void A_public_library_without_the_runtime_package_is_one_located_error_and_nothing_is_generated()
    {
        GeneratorRun run = Build("Library", new MiniContent().Files, "public");

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("STC3007", DiagnosticSeverity.Error, Project), (diagnostic.Id, diagnostic.Severity, diagnostic.Location.GetLineSpan().Path));
        Assert.Contains("StatementContent package", diagnostic.GetMessage());
        Assert.Empty(run.Sources);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_public_library_with_the_runtime_package_uses_its_types()
    {
        GeneratorRun run = Build("Library", new MiniContent().Files, "public", GeneratorHarness.RuntimePackage);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.DoesNotContain(run.Sources, s => s.HintName.StartsWith(RuntimePrefix, System.StringComparison.Ordinal));
        Assert.Equal("StatementContent", run.Output.GetTypeByMetadataName("Library.Statements")!
            .GetMembers("SOne").OfType<IPropertySymbol>().Single().Type.ContainingAssembly.Name);
    }

    [Fact]
    public void An_app_with_two_public_libraries_and_statements_of_its_own_has_one_Statement_type()
    {
        MetadataReference libA = Library("LibA", "Title A");
        MetadataReference libB = Library("LibB", "Title B");
        // As README's HelloStatements app has it: the app's own namespace and the runtime types' both imported.
        const string Code = """
            using App;
            using StatementContent;

            internal static class Reader
            {
                public static string Titles()
                {
                    Statement a = LibA.Statements.SOne;
                    LocalizedText b = LibB.Statements.SOne.Title;
                    return a.Title.En + b.En + Statements.SOne.Title.En + UiStrings.Others.En;
                }
            }
            """;

        GeneratorRun app = Build("App", new MiniContent().With(MiniContent.English, "# Title App\n\nParagraph one.\n\nParagraph two.\n").Files, "internal", code: Code, GeneratorHarness.RuntimePackage, libA, libB);

        Assert.Empty(app.Diagnostics);
        Assert.Empty(app.CompilationProblems); // CS0433 (ambiguous across libraries) and CS0436 (own copy shadows) are among them
        Assert.DoesNotContain(app.Sources, s => s.HintName.StartsWith(RuntimePrefix, System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_app_referencing_a_library_with_internal_statements_still_gets_runtime_types_it_can_use()
    {
        // The library has no package: its runtime types are its own, internal, and no use to the app.
        GeneratorRun library = Build("Internals", new MiniContent().Files, "internal");
        Assert.Empty(library.Diagnostics);
        Assert.Contains(library.Sources, s => s.HintName.StartsWith(RuntimePrefix, System.StringComparison.Ordinal));

        GeneratorRun app = Build("App", new MiniContent().Files, "internal", GeneratorHarness.ToReference(library.Output));

        Assert.Empty(app.Diagnostics);
        Assert.Empty(app.CompilationProblems);
        Assert.Contains(app.Sources, s => s.HintName.StartsWith(RuntimePrefix, System.StringComparison.Ordinal));
    }

    private const string RuntimePrefix = "StatementContent.Runtime.";

    private static MetadataReference Library(string name, string title)
    {
        GeneratorRun run = Build(name, new MiniContent().With(MiniContent.English, "# " + title + "\n\nParagraph one.\n\nParagraph two.\n").Files, "public", GeneratorHarness.RuntimePackage);
        Assert.Empty(run.Diagnostics);
        return GeneratorHarness.ToReference(run.Output);
    }

    private static GeneratorRun Build(string name, IEnumerable<AdditionalText> content, string visibility, params MetadataReference[] references) =>
        Build(name, content, visibility, "", references);

    /// <param name="name">The assembly and the namespace of its statements.</param>
    private static GeneratorRun Build(string name, IEnumerable<AdditionalText> content, string visibility, string code, params MetadataReference[] references)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            name,
            code.Length == 0 ? ImmutableArray<SyntaxTree>.Empty : ImmutableArray.Create(CSharpSyntaxTree.ParseText(code, GeneratorHarness.ParseOptions)),
            RuntimeReferences.All.AddRange(references),
            GeneratorHarness.CompilationOptions());
        var properties = new Dictionary<string, string> { ["MSBuildProjectFullPath"] = Project };
        GeneratorDriver driver = GeneratorHarness.CreateDriver(content, name, visibility, properties: properties)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return new GeneratorRun(driver.GetRunResult(), output);
    }
}
