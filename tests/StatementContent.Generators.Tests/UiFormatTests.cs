using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>UI strings with parameters: the same text rules as plain UI strings, and any C# name a parameter may have (issue 18, items 4 and 5).</summary>
public class UiFormatTests
{
    private const string Others = "  \"Others\": { \"en\": \"Others\", \"ru\": \"Другие\" },\n";

    /// <summary>A blank text: the plain string's rule (STC1006, the same message) for a format's pattern and each plural form.</summary>
    [Theory]
    [InlineData("\"en\": \"\", \"ru\": \"{count} партий\"", "\"\"")]
    [InlineData("\"en\": \"   \", \"ru\": \"{count} партий\"", "\"   \"")]
    [InlineData("\"en\": { \"one\": \"\", \"other\": \"{count} parties\" }, \"ru\": \"{count} партий\"", "\"\"")]
    [InlineData("\"en\": \"{count} parties\", \"ru\": { \"one\": \"{count} партия\", \"few\": \"{count} партии\", \"many\": \" \\t\", \"other\": \"{count} партии\" }", "\" \\t\"")]
    public void A_blank_format_text_is_the_plain_strings_STC1006(string languages, string blank)
    {
        string strings = "{ \"strings\": {\n" + Others + "  \"Count\": { \"parameters\": [\"count\"], " + languages + " }\n} }";
        GeneratorRun run = new MiniContent().With(MiniContent.Strings, strings).Run();

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("STC1006", (MiniContent.Strings, 3, MiniContent.At(strings, blank).Column)), (diagnostic.Id, MiniContent.Where(diagnostic)));
        Assert.Empty(run.CompilationProblems);

        // The same words as for a plain UI string with a blank text.
        GeneratorRun plain = new MiniContent().With(MiniContent.Strings, "{ \"strings\": {\n  \"Others\": { \"en\": \"Others\", \"ru\": \" \" }\n} }").Run();
        Diagnostic plainDiagnostic = Assert.Single(plain.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(plainDiagnostic.Id, diagnostic.Id);
        Assert.Equal(Suffix(plainDiagnostic.GetMessage()), Suffix(diagnostic.GetMessage()));
    }

    /// <summary>Every C# keyword and contextual keyword that reads as a parameter name is one: escaped with '@' where C# needs it.</summary>
    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.Latest)]
    public void Keywords_are_parameter_names_and_a_consumer_compiles_and_calls_them(LanguageVersion version)
    {
        string[] names = SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds())
            .Select(SyntaxFacts.GetText)
            .Where(name => name.Length > 0 && name.All(c => c is >= 'a' and <= 'z'))
            .Concat(new[] { "type", "file", "group", "from", "record", "where", "select", "var" })
            .Where(name => name != "culture" && name != "count")
            .Distinct()
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
        string pattern = string.Join(" ", names.Select(n => n + "={" + n + "}"));
        string strings = "{ \"strings\": {\n" + Others + "  \"Keywords\": { \"parameters\": [" + string.Join(", ", names.Select(n => "\"" + n + "\""))
            + "], \"en\": \"" + pattern + "\", \"ru\": \"" + pattern + "\" }\n} }";
        // A consumer calls the method with named arguments, as C# requires them for keywords: '@class: ...'.
        string call = "namespace Consumer { internal static class Caller { internal static string Call() => global::StatementContent.UiStrings.Keywords("
            + string.Join(", ", names.Select(n => "@" + n + ": \"" + n.ToUpperInvariant() + "\"")) + ", culture: global::System.Globalization.CultureInfo.InvariantCulture); } }";
        CSharpParseOptions options = GeneratorHarness.ParseOptions.WithLanguageVersion(version);

        GeneratorDriver driver = GeneratorHarness.CreateDriver(new MiniContent().With(MiniContent.Strings, strings).Files, visibility: "internal", parseOptions: options);
        Compilation consumer = GeneratorHarness.CreateCompilation(withRuntime: false, options, version == LanguageVersion.CSharp7_3 ? NullableContextOptions.Disable : NullableContextOptions.Enable)
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(call, options));
        driver = driver.RunGeneratorsAndUpdateCompilation(consumer, out Compilation output, out _);
        var run = new GeneratorRun(driver.GetRunResult(), output);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        string text = run.Load(assembly => (string)assembly.GetType("Consumer.Caller")!.GetMethod("Call", BindingFlags.Static | BindingFlags.NonPublic)!.Invoke(null, null)!);
        Assert.Equal(string.Join(" ", names.Select(n => n + "=" + n.ToUpperInvariant())), text);
    }

    /// <summary>The message after the JSON path it quotes.</summary>
    private static string Suffix(string message) => message.Substring(message.IndexOf("' ", StringComparison.Ordinal));
}
