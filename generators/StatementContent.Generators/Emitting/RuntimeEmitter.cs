using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StatementContent.Generators.Emitting;

/// <summary>
/// The runtime types (LocalizedText, Statement, SignatoryGroup, Signatory) for a project that compiles its own
/// statements with only this generator, so it needs no runtime package. The sources are src/StatementContent/Runtime,
/// embedded in this assembly at build time: one source of truth for the library and for generated copies.
/// Each copy gets the generated-file header, [GeneratedCode], and the project's visibility.
/// </summary>
internal static class RuntimeEmitter
{
    public const string ResourcePrefix = "StatementContent.Runtime.";

    public static IEnumerable<(string HintName, string Source)> Emit(bool isPublic)
    {
        Assembly assembly = typeof(RuntimeEmitter).Assembly;
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, System.StringComparison.Ordinal)).OrderBy(n => n, System.StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            string source = reader.ReadToEnd().Replace("\r\n", "\n");
            yield return (name.Substring(0, name.Length - ".cs".Length) + ".g.cs", GeneratedFile.Header + "\n" + Rewrite(source, isPublic));
        }
    }

    private static string Rewrite(string source, bool isPublic)
    {
        SyntaxNode root = CSharpSyntaxTree.ParseText(source, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp8)).GetRoot();
        AttributeListSyntax generatedCode = SyntaxFactory.ParseCompilationUnit(GeneratedFile.GeneratedCodeAttribute + " class C { }")
            .Members[0].AttributeLists[0];
        IEnumerable<BaseTypeDeclarationSyntax> topLevelTypes = root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Where(t => t.Parent is BaseNamespaceDeclarationSyntax);
        // Public types take the project's visibility; internal helpers stay internal either way.
        return root.ReplaceNodes(topLevelTypes, (original, _) =>
        {
            // Doc comment and indentation move in front of the attribute; the keyword line keeps the indentation.
            SyntaxTriviaList leading = original.GetLeadingTrivia();
            SyntaxTrivia indentation = leading.LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
            SyntaxTokenList modifiers = original.Modifiers;
            SyntaxToken visibility = modifiers.First(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.InternalKeyword));
            bool keep = visibility.IsKind(SyntaxKind.InternalKeyword) || isPublic;
            SyntaxToken replacement = SyntaxFactory.Token(keep ? visibility.Kind() : SyntaxKind.InternalKeyword)
                .WithLeadingTrivia(indentation)
                .WithTrailingTrivia(visibility.TrailingTrivia);
            return original
                .WithModifiers(modifiers.Replace(visibility, replacement))
                .WithAttributeLists(original.AttributeLists.Insert(0, generatedCode.WithLeadingTrivia(leading).WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"))));
        }).ToFullString();
    }
}
