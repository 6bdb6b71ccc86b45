using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// MSBuild settings are input too: a bad value is one STC3xxx at the project file naming the property, with
/// nothing generated behind it — never text pasted into generated code, never a compiler error inside it.
/// </summary>
public class SettingsTests
{
    private const string Project = "/p/Consumer.csproj";

    private static readonly Dictionary<string, string> ProjectPath = new() { ["MSBuildProjectFullPath"] = Project };

    [Theory]
    [InlineData("Z { partial class Evil { } } namespace Y", "is not a C# identifier")]
    [InlineData("1Bad.Name", "'1Bad' is not a C# identifier")]
    [InlineData("My..App", "empty part")]
    [InlineData("My.App.", "empty part")]
    [InlineData("My.class", "'class' is a C# keyword")]
    [InlineData("My.Ap\u200Bp", "invisible character U+200B")]
    [InlineData("My-App", "'My-App' is not a C# identifier")]
    [InlineData("global", "'global' cannot name a namespace")]
    public void An_invalid_namespace_is_one_located_error_and_nothing_is_generated(string @namespace, string reason)
    {
        GeneratorRun run = GeneratorHarness.Run(new MiniContent().Files, @namespace, "internal", withRuntime: false, properties: ProjectPath);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("STC3001", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(Project, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("<StatementContentNamespace>", diagnostic.GetMessage());
        Assert.Contains(reason, diagnostic.GetMessage());
        Assert.Empty(run.Sources);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void RootNamespace_is_validated_and_named_when_it_is_the_one_used()
    {
        var properties = new Dictionary<string, string>(ProjectPath) { ["RootNamespace"] = "1App" };
        GeneratorRun run = GeneratorHarness.Run(new MiniContent().Files, @namespace: null, "internal", withRuntime: false, properties: properties);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("STC3001", diagnostic.Id);
        Assert.Contains("<RootNamespace> '1App'", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("My.@class.Content", "My.@class.Content.Statements")]
    [InlineData("Ünïcode.Inhalt", "Ünïcode.Inhalt.Statements")]
    [InlineData("global::Rooted", "Rooted.Statements")]
    [InlineData("  Spaced.Out  ", "Spaced.Out.Statements")]
    public void Unusual_but_valid_namespaces_compile(string @namespace, string statementsType)
    {
        GeneratorRun run = GeneratorHarness.Run(new MiniContent().Files, @namespace, "internal", withRuntime: false);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.NotNull(run.Output.GetTypeByMetadataName(statementsType.Replace("@", "")));
    }

    [Fact]
    public void An_invalid_visibility_is_a_located_error()
    {
        GeneratorRun run = GeneratorHarness.Run(new MiniContent().Files, "Content", "protected", withRuntime: false, properties: ProjectPath);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("STC3002", Project), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path));
        Assert.Contains("'protected'", diagnostic.GetMessage());
        Assert.Empty(run.Sources);
    }

    [Theory]
    [InlineData("utf-16", LanguageVersion.CSharp12, "it is not 'auto', 'literals' or 'utf8'")]
    [InlineData("utf8", LanguageVersion.CSharp10, "UTF-8 text data needs C# 11 or later for UTF-8 literals (this project compiles as C# 10.0)")]
    public void An_unusable_text_storage_is_one_located_error_and_nothing_is_generated(string value, LanguageVersion language, string reason)
    {
        var properties = new Dictionary<string, string>(ProjectPath) { ["StatementContentTextStorage"] = value };
        CSharpParseOptions options = GeneratorHarness.ParseOptions.WithLanguageVersion(language);
        GeneratorRun run = GeneratorHarness.Run(new MiniContent().Files, "Mini", "internal", withRuntime: false, parseOptions: options, properties: properties);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("STC3005", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(Project, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains($"<StatementContentTextStorage> '{value}' cannot be used: {reason}", diagnostic.GetMessage());
        Assert.Empty(run.Sources);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Settings_are_not_checked_for_a_project_without_content()
    {
        GeneratorRun run = GeneratorHarness.Run(Enumerable.Empty<AdditionalText>(), "1Bad", "protected", withRuntime: false, properties: ProjectPath);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Sources);
    }

    /// <summary>A netstandard2.0 library's default: C# 7.3, no nullable context. Runtime types included, since such a project has only the generator.</summary>
    [Fact]
    public void Generated_code_and_runtime_types_compile_under_CSharp_7_3_without_warnings()
    {
        CSharpParseOptions csharp73 = GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_3);
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.RealContent(), "Legacy", "internal", withRuntime: false, parseOptions: csharp73, nullable: NullableContextOptions.Disable);

        Assert.Empty(run.Diagnostics);
        Assert.Contains(run.Sources, s => s.HintName.StartsWith("StatementContent.Runtime.", System.StringComparison.Ordinal));
        Assert.All(run.Sources, s => Assert.DoesNotContain("#nullable", s.SourceText.ToString()));
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void CSharp_older_than_7_3_is_one_located_error()
    {
        CSharpParseOptions csharp72 = GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_2);
        GeneratorRun run = GeneratorHarness.Run(new MiniContent().Files, "Legacy", "internal", withRuntime: false, parseOptions: csharp72, properties: ProjectPath, nullable: NullableContextOptions.Disable);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("STC3003", Project), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path));
        Assert.Contains("<LangVersion>7.3</LangVersion>", diagnostic.GetMessage());
        Assert.Empty(run.Sources);
        Assert.Empty(run.CompilationProblems);
    }
}
