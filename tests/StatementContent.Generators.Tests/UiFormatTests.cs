using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>UI strings with parameters: the same text rules as plain UI strings (issue 18, item 4).</summary>
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

    /// <summary>The message after the JSON path it quotes.</summary>
    private static string Suffix(string message) => message.Substring(message.IndexOf("' ", StringComparison.Ordinal));
}
