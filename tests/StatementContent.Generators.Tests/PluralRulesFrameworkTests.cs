using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// PluralRules reads a decimal's scale and a double's digits one way on .NET 5 / .NET Core 3.0 and later (spans,
/// no allocation) and another where those APIs are missing (netstandard2.0 consumers, .NET Framework, the runtime
/// copies compiled into such projects). The runtime sources are compiled both ways here and must agree.
/// </summary>
public class PluralRulesFrameworkTests
{
    [Fact]
    public void Both_framework_paths_give_the_same_categories()
    {
        var rules = new[] { "NET5_0_OR_GREATER;NETCOREAPP3_0_OR_GREATER", "" }.Select(Compile).ToArray();
        var contexts = new List<AssemblyLoadContext>();
        try
        {
            var implementations = rules.Select(image =>
            {
                var context = new AssemblyLoadContext("plural-rules", isCollectible: true);
                contexts.Add(context);
                Type type = context.LoadFromStream(new MemoryStream(image)).GetType("StatementContent.PluralRules", throwOnError: true)!;
                return (Decimal: type.GetMethod("Select", [typeof(string), typeof(decimal)])!, Double: type.GetMethod("Select", [typeof(string), typeof(double)])!);
            }).ToArray();

            var random = new Random(20);
            string[] languages = ["ru", "en", "lv", "lt", "is", "fr", "ar", "cy", "mk", "si", "pt-PT", "sl", "he"];
            int disagreements = 0;
            var examples = new List<string>();
            for (int k = 0; k < 20000; k++)
            {
                string language = languages[random.Next(languages.Length)];
                var number = new decimal(random.Next(), random.Next(3) == 0 ? random.Next() : 0, random.Next(5) == 0 ? random.Next() : 0, random.Next(2) == 0, (byte)random.Next(29));
                double real = random.Next(3) switch
                {
                    0 => Math.Round(random.NextDouble() * 1000, random.Next(5)),
                    1 => Math.Pow(10, random.Next(-12, 30)) * random.Next(1, 1000),
                    _ => BitConverter.Int64BitsToDouble(random.NextInt64()),
                };
                foreach ((MethodInfo method, object value) in new[] { (implementations[0].Decimal, (object)number), (implementations[0].Double, real) })
                {
                    MethodInfo other = method == implementations[0].Decimal ? implementations[1].Decimal : implementations[1].Double;
                    string modern = method.Invoke(null, [language, value])!.ToString()!;
                    string fallback = other.Invoke(null, [language, value])!.ToString()!;
                    if (modern != fallback)
                    {
                        disagreements++;
                        examples.Add($"{language} {Convert.ToString(value, CultureInfo.InvariantCulture)}: {modern} vs {fallback}");
                    }
                }
            }

            Assert.True(disagreements == 0, $"{disagreements} disagreements, e.g. {string.Join("; ", examples.Take(10))}");
        }
        finally
        {
            contexts.ForEach(c => c.Unload());
        }
    }

    // PluralRules.cs and its tables, parsed with the symbols (a tree keeps the directives of its first parse).
    private static byte[] Compile(string symbols)
    {
        CSharpParseOptions options = GeneratorHarness.ParseOptions.WithPreprocessorSymbols(symbols.Split(';', StringSplitOptions.RemoveEmptyEntries));
        IEnumerable<SyntaxTree> sources = new[] { "PluralRules.cs", "PluralRules.Cldr.cs" }
            .Select(name => RepoPaths.Combine("src", "StatementContent", "Runtime", name))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path));
        CSharpCompilation compilation = CSharpCompilation.Create("PluralRules" + symbols.Length, sources, RuntimeReferences.All, GeneratorHarness.CompilationOptions());
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return image.ToArray();
    }
}
