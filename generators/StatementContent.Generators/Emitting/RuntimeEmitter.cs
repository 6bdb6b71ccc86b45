using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Emitting;

/// <summary>
/// The runtime types (LocalizedText, Statement, SignatoryGroup, Signatory) for a project that compiles its own
/// internal statements with only this generator, so it needs no runtime package. The sources are
/// src/StatementContent/Runtime, embedded in this assembly at build time: one source of truth for the library and
/// for generated copies. Each copy gets the generated-file header and [GeneratedCode], and is internal whatever the
/// project's visibility: public runtime types have one home, the StatementContent package (a copy per library would
/// make every app that references two such libraries meet CS0433), which public statements must reference (STC3007).
/// For C# 7.3 a copy loses its nullable annotations (the runtime sources use <c>?</c> on reference types only,
/// which the C# 7.3 compile test keeps true).
/// </summary>
internal static class RuntimeEmitter
{
    public const string ResourcePrefix = "StatementContent.Runtime.";

    private static readonly Lazy<ImmutableArray<(string Name, SyntaxNode Root)>> s_sources = new(Load);

    public static IEnumerable<(string HintName, string Source)> Emit(OutputOptions options)
    {
        foreach ((string name, SyntaxNode root) in s_sources.Value)
        {
            yield return (name.Substring(0, name.Length - ".cs".Length) + ".g.cs", GeneratedFile.Header(options) + "\n" + Rewrite(root, options));
        }
    }

    /// <summary>
    /// The strings the runtime sources put in the assembly's user-string heap, for the literal budget: literals,
    /// the text parts of interpolated strings, and <c>nameof</c> results.
    /// </summary>
    public static IEnumerable<string> Literals() => s_literals.Value;

    // The runtime sources do not change while the generator is loaded: their literals are read from the syntax once,
    // not on every run (a walk of every node, 20–30 ms a run).
    private static readonly Lazy<ImmutableArray<string>> s_literals = new(() => s_sources.Value
        .SelectMany(source => source.Root.DescendantNodesAndTokens())
        .Select(item => item.IsToken
            ? item.AsToken() is var token && (token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken)) ? token.ValueText : null
            : item.AsNode() is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } nameOf
                ? nameOf.ArgumentList.Arguments[0].Expression.ToString().Split('.').Last()
                : null)
        .Where(literal => literal is not null)
        .Select(literal => literal!)
        .ToImmutableArray());

    private static ImmutableArray<(string Name, SyntaxNode Root)> Load()
    {
        Assembly assembly = typeof(RuntimeEmitter).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                string source = reader.ReadToEnd().Replace("\r\n", "\n");
                return (name, CSharpSyntaxTree.ParseText(source, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp8)).GetRoot());
            })
            .ToImmutableArray();
    }

    private static string Rewrite(SyntaxNode root, OutputOptions options)
    {
        AttributeListSyntax generatedCode = SyntaxFactory.ParseCompilationUnit(GeneratedFile.GeneratedCodeAttribute + " class C { }")
            .Members[0].AttributeLists[0];
        IEnumerable<BaseTypeDeclarationSyntax> topLevelTypes = root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Where(t => t.Parent is BaseNamespaceDeclarationSyntax);
        // Every copy is internal: the package's types are the only public ones (see the summary).
        SyntaxNode rewritten = root.ReplaceNodes(topLevelTypes, (original, _) =>
        {
            // Doc comment and indentation move in front of the attribute; the keyword line keeps the indentation.
            SyntaxTriviaList leading = original.GetLeadingTrivia();
            SyntaxTrivia indentation = leading.LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
            SyntaxTokenList modifiers = original.Modifiers;
            SyntaxToken visibility = modifiers.First(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.InternalKeyword));
            SyntaxToken replacement = SyntaxFactory.Token(SyntaxKind.InternalKeyword)
                .WithLeadingTrivia(indentation)
                .WithTrailingTrivia(visibility.TrailingTrivia);
            // The type's own attributes (e.g. [AttributeUsage]) keep only the indentation: the doc comment went first.
            SyntaxList<AttributeListSyntax> attributes = original.AttributeLists.Count == 0
                ? original.AttributeLists
                : original.AttributeLists.Replace(original.AttributeLists[0], original.AttributeLists[0].WithLeadingTrivia(indentation));
            return original
                .WithModifiers(modifiers.Replace(visibility, replacement))
                .WithAttributeLists(attributes.Insert(0, generatedCode.WithLeadingTrivia(leading).WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"))));
        });
        return (options.NullableAnnotations ? rewritten : new NullableAnnotationRemover().Visit(rewritten)).ToFullString();
    }

    /// <summary>C# 8 syntax → C# 7.3: <c>T?</c> on a reference type becomes <c>T</c>, <c>x!</c> becomes <c>x</c>.</summary>
    private sealed class NullableAnnotationRemover : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitNullableType(NullableTypeSyntax node) =>
            IsValueType(node.ElementType) ? base.VisitNullableType(node) : Visit(node.ElementType)!.WithTriviaFrom(node);

        public override SyntaxNode? VisitPostfixUnaryExpression(PostfixUnaryExpressionSyntax node) =>
            node.IsKind(SyntaxKind.SuppressNullableWarningExpression) ? Visit(node.Operand)!.WithTriviaFrom(node) : base.VisitPostfixUnaryExpression(node);

        // Only the predefined value types can be told from syntax; the runtime sources use no other nullable value type.
        private static bool IsValueType(TypeSyntax type) =>
            type is PredefinedTypeSyntax predefined && !predefined.Keyword.IsKind(SyntaxKind.StringKeyword) && !predefined.Keyword.IsKind(SyntaxKind.ObjectKeyword);
    }
}
