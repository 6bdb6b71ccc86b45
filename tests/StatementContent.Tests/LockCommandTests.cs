using System;
using System.IO;
using System.Linq;
using StatementContent.Cli;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Tests;

/// <summary>
/// <c>statement lock</c> on a copy of the repository's content: up to date as shipped; after a party is added it
/// names the change in the build's format, <c>--check</c> fails, and writing the lock records it.
/// </summary>
public sealed class LockCommandTests : IDisposable
{
    private readonly string _content = Path.Combine(Directory.CreateTempSubdirectory("lock-command").FullName, "content");

    public LockCommandTests() => Copy(RepoPaths.Combine("content"), _content);

    [Fact]
    public void The_shipped_lock_is_up_to_date()
    {
        var (code, output, _) = Run("lock", _content, "--check");
        Assert.Equal(CliApp.Ok, code);
        Assert.Contains("content/content.lock is up to date", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_party_is_named_check_fails_and_lock_records_it_with_the_next_version()
    {
        string signatories = Path.Combine(_content, "statements", "central-asia-ideology-ban", "signatories.json");
        int last = AddParty(signatories, "new-party", "New Party", "Новая партия") - 1;
        string version = File.ReadAllLines(Path.Combine(_content, "content.lock")).Single(l => l.StartsWith("version ", StringComparison.Ordinal))[8..];

        int column = File.ReadAllLines(signatories)[last + 1].IndexOf("\"new-party\"", StringComparison.Ordinal) + 1;

        var (checkCode, checkOutput, checkError) = Run("lock", _content, "--check");
        Assert.Equal(CliApp.NotFound, checkCode);
        Assert.Contains($"content/statements/central-asia-ideology-ban/signatories.json({last + 2},{column}): warning STC4001: Content changed since it was locked: party 'new-party' added to group", checkOutput, StringComparison.Ordinal);
        Assert.Contains("does not record the content", checkError, StringComparison.Ordinal);

        var (code, output, _) = Run("lock", _content);
        Assert.Equal(CliApp.Ok, code);
        Assert.Contains($"content/content.lock written: 1 change(s); content version {int.Parse(version) + 1}.", output, StringComparison.Ordinal);
        Assert.Contains("  party other/new-party ", File.ReadAllText(Path.Combine(_content, "content.lock")), StringComparison.Ordinal);
        Assert.Equal(CliApp.Ok, Run("lock", _content, "--check").Code);
    }

    [Fact]
    public void Content_with_errors_is_not_locked()
    {
        File.WriteAllText(Path.Combine(_content, "strings.json"), "{ \"strings\": ");
        string before = File.ReadAllText(Path.Combine(_content, "content.lock"));

        var (code, _, error) = Run("lock", _content);

        Assert.Equal(CliApp.NotFound, code);
        Assert.Contains("content/strings.json(1,", error, StringComparison.Ordinal);
        Assert.Contains("error STC1001", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_content, "content.lock")));
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_content)!, recursive: true);

    /// <summary>One party appended after the last one, as an editor adds a line; returns its zero-based line.</summary>
    internal static int AddParty(string signatories, string id, string english, string russian)
    {
        string[] lines = File.ReadAllLines(signatories);
        int last = Array.FindLastIndex(lines, l => l.TrimStart().StartsWith("{\"id\": ", StringComparison.Ordinal));
        string indent = lines[last][..(lines[last].Length - lines[last].TrimStart().Length)];
        lines[last] += ",";
        File.WriteAllLines(signatories, lines.Take(last + 1)
            .Append(indent + $"{{\"id\": \"{id}\", \"name\": {{\"en\": \"{english}\", \"ru\": \"{russian}\", \"addedByProject\": [\"ru\"]}}}}")
            .Concat(lines.Skip(last + 1)));
        return last + 1;
    }

    internal static void Copy(string from, string to)
    {
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static (int Code, string Output, string Error) Run(params string[] args) => CliTests.Run(args);
}
