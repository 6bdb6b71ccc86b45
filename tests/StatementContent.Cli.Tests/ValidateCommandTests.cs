using System;
using System.IO;
using StatementContent.Cli;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Cli.Tests;

/// <summary><c>statement validate --warnings-as-errors</c>: the strict mode a CI gate runs.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _content = Path.Combine(Directory.CreateTempSubdirectory("validate-command").FullName, "content");

    public ValidateCommandTests() => LockCommandTests.Copy(RepoPaths.Combine("content"), _content);

    [Fact]
    public void Warnings_as_errors_fails_on_a_warning_and_reports_it_as_an_error()
    {
        Assert.Equal(ExitCodes.Ok, CliTests.Run("validate", _content, "--warnings-as-errors").Code); // the shipped content has no warning
        string metadata = HostileContent.Text(_content, "statement.json");
        File.WriteAllText(metadata, File.ReadAllText(metadata).Replace("\"id\":", "\"colour\": \"red\",\n  \"id\":"));

        var (plain, plainOutput, _) = CliTests.Run("validate", _content);
        var (strict, strictOutput, _) = CliTests.Run("validate", _content, "--warnings-as-errors");
        var (json, jsonOutput, _) = CliTests.Run("validate", _content, "--warnings-as-errors", "--format", "json");

        Assert.Equal(ExitCodes.Ok, plain);
        Assert.Contains("warning STC1004: Unknown field 'colour'", plainOutput, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.ContentErrors, strict);
        Assert.Contains("error STC1004: Unknown field 'colour'", strictOutput, StringComparison.Ordinal);
        Assert.Contains("content: 1 error(s).", strictOutput, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.ContentErrors, json);
        Assert.Contains("\"severity\": \"error\"", jsonOutput, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_content)!, recursive: true);
}
