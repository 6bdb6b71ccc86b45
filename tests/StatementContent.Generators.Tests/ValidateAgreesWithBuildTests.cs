using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// One parser, two hosts: <c>statement validate</c> (the built CLI, run as a user runs it) and the generator in a
/// build report the same IDs, severities, files, lines and columns for the same broken content.
/// </summary>
public sealed class ValidateAgreesWithBuildTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("validate-agrees").FullName;

    public static TheoryData<string> Fixtures() => new(Broken.Keys);

    private static readonly Dictionary<string, Func<MiniContent, MiniContent>> Broken = new()
    {
        ["malformed JSON"] = c => c.With(MiniContent.Metadata, "{\n  \"id\": \"s-one\",\n  \"published\": ,\n}"),
        ["wrong type and unknown field"] = c => c.With(MiniContent.Metadata, "{\n  \"id\": \"s-one\",\n  \"published\": 20240102,\n  \"publisher\": { \"en\": \"P\", \"ru\": \"П\" },\n  \"extra\": 1\n}"),
        ["missing title"] = c => c.With(MiniContent.Russian, "Абзац без заголовка.\n"),
        ["paragraph counts differ"] = c => c.With(MiniContent.Russian, "# Заголовок\n\nАбзац один.\n\nАбзац два.\n\nАбзац три.\n"),
        ["duplicate party and missing translation"] = c => c.With(MiniContent.Signatories, "{ \"groups\": [ { \"id\": \"g\", \"heading\": \"Others\", \"parties\": [\n  { \"id\": \"a\", \"name\": { \"en\": \"A\" } },\n  { \"id\": \"a\", \"name\": { \"en\": \"B\", \"ru\": \"Б\" } } ] } ] }"),
        ["unknown heading"] = c => c.With(MiniContent.Signatories, c.Text(MiniContent.Signatories).Replace("\"heading\": \"Others\"", "\"heading\": \"Nobody\"")),
        ["invalid id"] = c => c.With(MiniContent.Metadata, c.Text(MiniContent.Metadata).Replace("s-one", "S_One")),
        ["cyclic fallback"] = c => c.With("/c/languages.json", "{\n  \"fallbacks\": {\n    \"kk\": [\"ru\"],\n    \"ru\": [\"kk\"]\n  }\n}"),
        ["malformed lock"] = c => c.With("/c/content.lock", "content-lock 1\nversion 1\n  metadata 0123456789abcdef\n"),
        ["content changed since the lock"] = c => c.With("/c/content.lock", ContentLockTests.LockText(c.Files, confirm: false))
            .With(MiniContent.English, c.Text(MiniContent.English).Replace("Paragraph two.", "Paragraph two, corrected.")),
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Validate_reports_what_the_build_reports(string fixture)
    {
        MiniContent content = Broken[fixture](new MiniContent());
        var files = content.Files.Select(f => GeneratorHarness.File(_root + f.Path, f.GetText()!.ToString())).ToList();
        foreach (AdditionalText file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file.Path)!);
            File.WriteAllText(file.Path, file.GetText()!.ToString());
        }

        GeneratorRun build = GeneratorHarness.Run(files);
        var expected = build.AllDiagnostics
            .Select(d => (d.Id, Severity: d.Severity.ToString().ToLowerInvariant(), File: Relative(d.Location.GetLineSpan().Path), Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, Column: d.Location.GetLineSpan().StartLinePosition.Character + 1))
            .OrderBy(d => d.ToString(), StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(expected);

        (int code, string output) = Validate(Path.Combine(_root, "c"));

        var actual = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Select(f => (Id: f.GetProperty("id").GetString()!, Severity: f.GetProperty("severity").GetString()!, File: f.GetProperty("file").GetString()!, Line: f.GetProperty("line").GetInt32(), Column: f.GetProperty("column").GetInt32()))
            .OrderBy(d => d.ToString(), StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Any(d => d.Severity == "error") ? 1 : 0, code);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>As the CLI names files: relative to the content folder's parent.</summary>
    private string Relative(string path) => Path.GetRelativePath(_root, path).Replace('\\', '/');

    private static (int Code, string Output) Validate(string folder)
    {
        string cli = Path.Combine(RepoPaths.Root, "src", "StatementContent.Cli", "bin", GeneratorHarness.BuildConfiguration, "net10.0", "statement.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { cli, "validate", folder, "--format", "json" })
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(error.Length == 0, error);
        return (process.ExitCode, output);
    }
}
