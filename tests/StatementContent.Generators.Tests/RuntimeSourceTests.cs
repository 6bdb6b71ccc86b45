using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using StatementContent.Generators.Emitting;
using StatementContent.Generators.Model;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// The rules src/StatementContent/Runtime/README.md sets for the runtime sources, checked on the sources themselves
/// and on what the generator makes of them (its emitted copies, its own assembly).
/// </summary>
public class RuntimeSourceTests
{
    private static readonly string RuntimeFolder = RepoPaths.Combine("src", "StatementContent", "Runtime");

    public static IEnumerable<object[]> RuntimeFiles() =>
        Directory.GetFiles(RuntimeFolder, "*.cs").OrderBy(f => f, StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    /// <summary>Rule 1: a netstandard2.0 library on C# 7.3, nullable off, XML docs on, gets copies that compile without a warning.</summary>
    [Fact]
    public void The_emitted_copies_compile_for_netstandard2_0_at_CSharp_7_3_without_warnings()
    {
        (List<SyntaxTree> copies, IEnumerable<string> problems) = CompileCopies(new[] { NetStandardReference });

        Assert.Equal(RuntimeFiles().Count(), copies.Count);
        Assert.Empty(problems);
    }

    /// <summary>
    /// Rule 1, on the oldest .NET Framework a C# 7.3 library may target with the generator alone (net462): the copies
    /// use nothing that netstandard2.0 has and .NET Framework 4.6.2 has not (IncrementalHash came in 4.7).
    /// </summary>
    [Fact]
    public void The_emitted_copies_compile_for_net462_at_CSharp_7_3_without_warnings()
    {
        string framework = Metadata("Net462Reference");
        Assert.Empty(CompileCopies(new[] { "mscorlib.dll", "System.dll", "System.Core.dll" }.Select(f => Path.Combine(framework, f))).Problems);
    }

    /// <summary>The emitted copies compiled as a C# 7.3 library (nullable off, XML docs on) against <paramref name="references"/>: its warnings and errors.</summary>
    private static (List<SyntaxTree> Copies, IEnumerable<string> Problems) CompileCopies(IEnumerable<string> references)
    {
        CSharpParseOptions csharp73 = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp7_3).WithDocumentationMode(DocumentationMode.Diagnose);
        List<SyntaxTree> copies = RuntimeEmitter.Emit(new OutputOptions("Consumer", IsPublic: false, NullableAnnotations: false))
            .Select(s => CSharpSyntaxTree.ParseText(s.Source, csharp73, s.HintName))
            .ToList();
        CSharpCompilation consumer = CSharpCompilation.Create(
            "Consumer", copies, references.Select(r => MetadataReference.CreateFromFile(r)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable, warningLevel: 9999));
        return (copies, consumer.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList());
    }

    /// <summary>Rule 2: the emitter drops <c>?</c> from every type it cannot see is a value type.</summary>
    [Fact]
    public void Every_nullable_value_type_is_a_predefined_one()
    {
        CSharpCompilation library = GeneratorHarness.CreateCompilation();
        var wrong = new List<string>();
        foreach (SyntaxTree tree in library.SyntaxTrees)
        {
            SemanticModel model = library.GetSemanticModel(tree);
            foreach (NullableTypeSyntax nullable in tree.GetRoot().DescendantNodes().OfType<NullableTypeSyntax>())
            {
                bool valueType = model.GetTypeInfo(nullable.ElementType).Type?.IsValueType == true;
                if (valueType && nullable.ElementType is not PredefinedTypeSyntax)
                {
                    wrong.Add($"{Path.GetFileName(tree.FilePath)}({nullable.GetLocation().GetLineSpan().StartLinePosition.Line + 1}): {nullable}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    /// <summary>
    /// Rules 3 and 4: the lines the generator's build and the emitter turn from public to internal are exactly the
    /// top-level type declarations, each with its visibility; and no file has a conditional section but a framework
    /// fast path that a test compiles both ways.
    /// </summary>
    [Theory]
    [MemberData(nameof(RuntimeFiles))]
    public void Top_level_types_say_their_visibility_at_four_spaces_and_nothing_else_does(string file)
    {
        string text = File.ReadAllText(Path.Combine(RuntimeFolder, file));
        SyntaxNode root = CSharpSyntaxTree.ParseText(text).GetRoot();
        SourceText lines = SourceText.From(text);

        var declared = new List<int>();
        foreach (BaseTypeDeclarationSyntax type in root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Where(t => t.Parent is BaseNamespaceDeclarationSyntax))
        {
            SyntaxToken visibility = type.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.InternalKeyword));
            Assert.True(visibility != default, $"{file}: {type.Identifier} says neither public nor internal");
            Assert.Equal(4, visibility.GetLocation().GetLineSpan().StartLinePosition.Character);
            if (visibility.IsKind(SyntaxKind.PublicKeyword))
            {
                declared.Add(lines.Lines.GetLineFromPosition(visibility.SpanStart).LineNumber);
            }
        }

        List<int> rewritten = Regex.Matches(text, "^    public ", RegexOptions.Multiline).Select(m => lines.Lines.GetLineFromPosition(m.Index).LineNumber).ToList();
        Assert.Equal(declared, rewritten);
        foreach (SyntaxTrivia directive in root.DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsKind(SyntaxKind.IfDirectiveTrivia) || t.IsKind(SyntaxKind.ElifDirectiveTrivia)))
        {
            string condition = ((ConditionalDirectiveTriviaSyntax)directive.GetStructure()!).Condition.ToString();
            Assert.True(
                FrameworkFastPaths.Contains(file) && FrameworkSymbols.Contains(condition),
                $"{file}({directive.GetLocation().GetLineSpan().StartLinePosition.Line + 1}): '#if {condition}' — only a framework fast path, compiled both ways by a test, may be conditional");
        }
    }

    /// <summary>Rule 4's exception: files whose framework fast paths <see cref="PluralRulesFrameworkTests"/> compiles both ways.</summary>
    private static readonly HashSet<string> FrameworkFastPaths = new(StringComparer.Ordinal) { "PluralRules.cs" };

    private static readonly HashSet<string> FrameworkSymbols = new(StringComparer.Ordinal) { "NET5_0_OR_GREATER", "NETCOREAPP3_0_OR_GREATER" };

    /// <summary>Rule 3: the generator compiles the runtime rules in as internal types, so it exports none of them.</summary>
    [Fact]
    public void The_generator_assembly_exports_no_runtime_type()
    {
        Assembly generator = typeof(StatementGenerator).Assembly;

        Assert.NotNull(generator.GetType("StatementContent.LocalizedText"));
        Assert.Empty(generator.GetExportedTypes().Where(t => !(t.Namespace ?? "").StartsWith("StatementContent.Generators", StringComparison.Ordinal)).Select(t => t.FullName));
    }

    /// <summary>Every runtime source is embedded for emission, and nothing else is.</summary>
    [Fact]
    public void The_generator_embeds_every_runtime_source()
    {
        IEnumerable<string> embedded = typeof(StatementGenerator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(RuntimeEmitter.ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n.Substring(RuntimeEmitter.ResourcePrefix.Length));

        Assert.Equal(RuntimeFiles().Select(f => (string)f[0]), embedded.OrderBy(n => n, StringComparer.Ordinal));
    }

    /// <summary>netstandard2.0's reference assembly, from the package every netstandard2.0 build restores (the test project's build stamps its path).</summary>
    private static string NetStandardReference => Metadata("NetStandardReference");

    private static string Metadata(string key) =>
        typeof(RuntimeSourceTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
