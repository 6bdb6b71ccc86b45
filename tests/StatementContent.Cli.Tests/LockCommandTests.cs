using System;
using System.IO;
using System.Linq;
using StatementContent.Cli;
using StatementContent.Generators.Lock;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Cli.Tests;

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
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("content/content.lock records the content", output, StringComparison.Ordinal);
        Assert.Contains("content/content.lock is up to date", Run("lock", _content).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_party_is_named_check_fails_and_lock_records_it_with_the_next_version()
    {
        string signatories = Path.Combine(_content, "statements", "central-asia-ideology-ban", "signatories.json");
        int last = AddParty(signatories, "new-party", "New Party", "Новая партия") - 1;
        string version = ContentFolder.Load(_content).Lock!.Version;

        int column = File.ReadAllLines(signatories)[last + 1].IndexOf("\"new-party\"", StringComparison.Ordinal) + 1;

        var (checkCode, checkOutput, checkError) = Run("lock", _content, "--check");
        Assert.Equal(ExitCodes.NotFound, checkCode);
        Assert.Contains($"content/statements/central-asia-ideology-ban/signatories.json({last + 2},{column}): error STC4001: Content changed since it was locked: party 'new-party' added to group", checkOutput, StringComparison.Ordinal);
        Assert.Contains("does not record the content", checkError, StringComparison.Ordinal);

        var (code, output, _) = Run("lock", _content);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains($"content/content.lock written: 1 change(s); content version {int.Parse(version) + 1}.", output, StringComparison.Ordinal);
        // The new party's lines carry the new version; every other line keeps the version that recorded it.
        string[] locked = File.ReadAllLines(Path.Combine(_content, "content.lock"));
        Assert.Matches($"^  party other/new-party [0-9a-f]{{16}} @{int.Parse(version) + 1}$", locked.Single(l => l.StartsWith("  party other/new-party ", StringComparison.Ordinal) && l.Split(' ').Length == 6));
        Assert.Equal(3, locked.Count(l => l.EndsWith($" @{int.Parse(version) + 1}", StringComparison.Ordinal))); // the party and its two names
        Assert.Equal(File.ReadAllLines(Path.Combine(RepoPaths.Combine("content"), "content.lock")).Single(l => l.StartsWith("  metadata ", StringComparison.Ordinal)), locked.Single(l => l.StartsWith("  metadata ", StringComparison.Ordinal)));
        Assert.Equal(ExitCodes.Ok, Run("lock", _content, "--check").Code);
    }

    [Fact]
    public void Content_with_errors_is_not_locked()
    {
        File.WriteAllText(Path.Combine(_content, "strings.json"), "{ \"strings\": ");
        string before = File.ReadAllText(Path.Combine(_content, "content.lock"));

        var (code, _, error) = Run("lock", _content);

        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Contains("content/strings.json(1,", error, StringComparison.Ordinal);
        Assert.Contains("error STC1001", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_content, "content.lock")));
    }

    /// <summary>
    /// One gate: <c>lock --check</c> fails exactly when the strict build (the generator's assembly of the same folder
    /// with <c>StatementContentStrictLock=true</c>) has an error, whatever was done to the content or the lock.
    /// </summary>
    [Theory]
    [InlineData("as shipped", false)]
    [InlineData("a lock hash edited by hand", true)]
    [InlineData("a paragraph changed and its lock hash edited to match", false)]
    [InlineData("a party added, not locked", true)]
    [InlineData("a party added, not locked, every lock diagnostic set to none in .editorconfig", true)]
    [InlineData("an English name changed and locked: its translation is stale", true)]
    [InlineData("a lock line whose stamp was removed", true)]
    public void Lock_check_fails_exactly_when_the_strict_build_does(string change, bool fails)
    {
        string lockPath = Path.Combine(_content, "content.lock");
        string signatories = Path.Combine(_content, "statements", "central-asia-ideology-ban", "signatories.json");
        string english = Path.Combine(_content, "statements", "central-asia-ideology-ban", "en.md");
        string paragraphLine = File.ReadAllLines(lockPath).First(l => l.StartsWith("  paragraph 3 en ", StringComparison.Ordinal));
        switch (change)
        {
            case "a lock hash edited by hand":
                File.WriteAllText(lockPath, File.ReadAllText(lockPath).Replace(paragraphLine, "  paragraph 3 en 0000000000000000 @1", StringComparison.Ordinal));
                break;
            case "a paragraph changed and its lock hash edited to match":
                File.WriteAllText(english, File.ReadAllText(english).Replace("condemn", "condemn strongly", StringComparison.Ordinal));
                LockItem changed = ContentFolder.Load(_content).Lock!.Changes.Select(c => ContentFolder.Load(_content).Lock!.Items.Single(i => i.Section == c.Section && i.Key == c.Key)).Single();
                string line = File.ReadAllLines(lockPath).Single(l => l.StartsWith("  " + changed.Key + " ", StringComparison.Ordinal));
                File.WriteAllText(lockPath, File.ReadAllText(lockPath).Replace(line, $"  {changed.Key} {changed.ShortHash} @1", StringComparison.Ordinal));
                break;
            case "a party added, not locked":
                AddParty(signatories, "new-party", "New Party", "Новая партия");
                break;
            case "a party added, not locked, every lock diagnostic set to none in .editorconfig":
                AddParty(signatories, "new-party", "New Party", "Новая партия");
                File.WriteAllText(Path.Combine(Path.GetDirectoryName(_content)!, ".editorconfig"), "root = true\n[*]\ndotnet_diagnostic.STC4001.severity = none\ndotnet_diagnostic.STC4002.severity = none\n");
                break;
            case "an English name changed and locked: its translation is stale":
                File.WriteAllText(signatories, File.ReadAllText(signatories).Replace("\"en\": \"Communist Party of Greece\"", "\"en\": \"Communist Party of Greece (KKE)\"", StringComparison.Ordinal));
                Assert.Equal(ExitCodes.Ok, Run("lock", _content).Code);
                break;
            case "a lock line whose stamp was removed":
                File.WriteAllText(lockPath, File.ReadAllText(lockPath).Replace(paragraphLine, paragraphLine[..paragraphLine.LastIndexOf(' ')], StringComparison.Ordinal));
                break;
        }

        bool strictBuildFails = ContentFolder.Load(_content, Generators.Parsing.BuildSettings.Default with { StrictLock = true }).HasErrors;
        var (code, output, error) = Run("lock", _content, "--check");

        Assert.Equal(fails, strictBuildFails);
        Assert.True((code == ExitCodes.NotFound) == strictBuildFails, $"{change}: check exit {code}, strict build {(strictBuildFails ? "fails" : "passes")}\n{output}{error}");
        if (fails)
        {
            Assert.Contains("does not record the content", error, StringComparison.Ordinal);
            Assert.Matches(@"error STC400[123]", output);
        }
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
