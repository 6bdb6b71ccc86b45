using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using StatementContent.Cli;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Cli.Tests;

/// <summary>
/// The team workflow of docs/content-lock.md, played with real git on a copy of the repository's content: two editors
/// branch, each changes the content and runs <c>statement lock</c>, and the branches are merged.
/// </summary>
public sealed class LockMergeTests : IDisposable
{
    private const string StatementFolder = "content/statements/central-asia-ideology-ban";
    private readonly string _repo = Directory.CreateTempSubdirectory("lock-merge").FullName;

    public LockMergeTests()
    {
        LockCommandTests.Copy(RepoPaths.Combine("content"), Path.Combine(_repo, "content"));
        Git("init", "-q", "-b", "main");
        Git("add", "-A");
        Git("commit", "-q", "-m", "content as shipped");
    }

    private string Content => Path.Combine(_repo, "content");

    private string Signatories => Path.Combine(_repo, StatementFolder, "signatories.json");

    private string LockFile => Path.Combine(Content, "content.lock");

    [Fact]
    public void Two_branches_that_add_different_parties_merge_without_a_conflict_and_the_merge_passes_the_check_as_it_is()
    {
        int version = LockedVersion();
        Git("checkout", "-q", "-b", "first");
        AddPartyAfterFirst("first-new-party", "First New Party", "Первая новая партия");
        LockAndCommit("add first-new-party");

        Git("checkout", "-q", "main");
        Git("checkout", "-q", "-b", "second");
        LockCommandTests.AddParty(Signatories, "second-new-party", "Second New Party", "Вторая новая партия");
        LockAndCommit("add second-new-party");

        Git("checkout", "-q", "main");
        Git("merge", "-q", "--no-edit", "first");
        (int code, string output) = TryGit("merge", "--no-edit", "second");

        Assert.True(code == 0, "git reported a conflict merging two branches that add different parties:\n" + output + "\n" + File.ReadAllText(LockFile));
        string locked = File.ReadAllText(LockFile);
        Assert.Contains("party solidnet/first-new-party ", locked, StringComparison.Ordinal);
        Assert.Contains("party other/second-new-party ", locked, StringComparison.Ordinal);
        var (checkCode, checkOutput, checkError) = Cli("lock", Content, "--check");
        Assert.True(checkCode == ExitCodes.Ok, checkOutput + checkError);
        Assert.Contains($"content version {version + 1})", checkOutput, StringComparison.Ordinal);

        // The strict build reads the merged content as the check does: nothing to report.
        Assert.DoesNotContain(ContentFolder.Load(Content, Generators.Parsing.BuildSettings.Default with { StrictLock = true }).Diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_lock_conflict_is_resolved_by_the_lock_command_without_lowering_the_version_or_losing_a_stale_translation()
    {
        int version = LockedVersion();
        Git("checkout", "-q", "-b", "first");
        // An English party name corrected: its Russian name (the project's translation) is now stale, and stays so.
        string greece = "\"en\": \"Communist Party of Greece\"";
        File.WriteAllText(Signatories, File.ReadAllText(Signatories).Replace(greece, "\"en\": \"Communist Party of Greece (KKE)\"", StringComparison.Ordinal));
        LockCommandTests.AddParty(Signatories, "first-new-party", "First New Party", "Первая новая партия");
        LockAndCommit("rename Greece, add first-new-party");
        string staleLine = File.ReadAllLines(LockFile).Single(l => l.StartsWith("  party solidnet/communist-party-of-greece ru ", StringComparison.Ordinal));

        Git("checkout", "-q", "main");
        Git("checkout", "-q", "-b", "second");
        LockCommandTests.AddParty(Signatories, "second-new-party", "Second New Party", "Вторая новая партия");
        LockAndCommit("add second-new-party");

        Git("checkout", "-q", "first");
        (int code, _) = TryGit("merge", "--no-edit", "second");
        Assert.NotEqual(0, code); // both appended a party to the same group: git cannot merge that by itself
        Assert.Contains("<<<<<<<", File.ReadAllText(LockFile), StringComparison.Ordinal);

        // The editor resolves signatories.json by keeping both parties, then runs the lock command for the lock.
        string merged = string.Join("\n", File.ReadAllLines(Signatories).Where(l => !l.StartsWith("<<<<<<<", StringComparison.Ordinal) && !l.StartsWith("=======", StringComparison.Ordinal) && !l.StartsWith(">>>>>>>", StringComparison.Ordinal)));
        File.WriteAllText(Signatories, merged.Replace("\"addedByProject\": [\"ru\"]}}\n", "\"addedByProject\": [\"ru\"]}},\n", StringComparison.Ordinal).Replace("\"addedByProject\": [\"ru\"]}},\n      ]", "\"addedByProject\": [\"ru\"]}}\n      ]", StringComparison.Ordinal));
        Assert.DoesNotContain(ContentFolder.Load(Content).Diagnostics, d => d.IsError && d.Id != "STC4003");
        var (lockCode, lockOutput, lockError) = Cli("lock", Content);
        Assert.True(lockCode == ExitCodes.Ok, lockOutput + lockError);
        Assert.Contains("merge conflict resolved", lockOutput, StringComparison.Ordinal);

        string[] resolved = File.ReadAllLines(LockFile);
        Assert.Contains(staleLine, resolved);
        Assert.Contains(resolved, l => l.StartsWith("  party other/first-new-party ", StringComparison.Ordinal));
        Assert.Contains(resolved, l => l.StartsWith("  party other/second-new-party ", StringComparison.Ordinal));
        var (checkCode, checkOutput, checkError) = Cli("lock", Content, "--check");
        Assert.Equal(ExitCodes.NotFound, checkCode); // the stale translation still fails the gate, as the strict build does
        Assert.Contains("STC4002", checkOutput, StringComparison.Ordinal);
        Assert.Contains("1 stale translation(s)", checkError, StringComparison.Ordinal);
        Assert.DoesNotContain("STC4001", checkOutput, StringComparison.Ordinal);
        Assert.Equal((version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ContentFolder.Load(Content).Lock!.Version);
    }

    [Fact]
    public void A_malformed_lock_that_is_not_a_conflict_is_refused_not_restarted_at_version_one()
    {
        string before = File.ReadAllText(LockFile).Replace(" @1\n", " @1 junk\n", StringComparison.Ordinal);
        File.WriteAllText(LockFile, before);

        var (code, _, error) = Cli("lock", Content);

        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Contains("error STC4003", error, StringComparison.Ordinal);
        Assert.Contains("not a git conflict", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(LockFile));
    }

    public void Dispose()
    {
        foreach (string file in Directory.EnumerateFiles(_repo, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal); // git's object files are read-only
        }

        Directory.Delete(_repo, recursive: true);
    }

    private int LockedVersion() => int.Parse(ContentFolder.Load(Content).Lock!.Version, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A party inserted after the first party of the first group: far from the end, where the other branch adds.</summary>
    private void AddPartyAfterFirst(string id, string english, string russian)
    {
        var lines = File.ReadAllLines(Signatories).ToList();
        int first = lines.FindIndex(l => l.TrimStart().StartsWith("{\"id\": ", StringComparison.Ordinal));
        string indent = lines[first][..(lines[first].Length - lines[first].TrimStart().Length)];
        lines.Insert(first + 1, indent + $"{{\"id\": \"{id}\", \"name\": {{\"en\": \"{english}\", \"ru\": \"{russian}\", \"addedByProject\": [\"ru\"]}}}},");
        File.WriteAllLines(Signatories, lines);
    }

    private void LockAndCommit(string message)
    {
        var (code, output, error) = Cli("lock", Content);
        Assert.True(code == ExitCodes.Ok, output + error);
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
    }

    private static (int Code, string Output, string Error) Cli(params string[] args) => CliTests.Run(args);

    private void Git(params string[] args)
    {
        (int code, string output) = TryGit(args);
        Assert.True(code == 0, $"git {string.Join(" ", args)} failed: {output}");
    }

    private (int Code, string Output) TryGit(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _repo, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { "-c", "user.name=Editor", "-c", "user.email=editor@example.invalid", "-c", "commit.gpgsign=false", "-c", "merge.conflictstyle=merge" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using Process git = Process.Start(start)!;
        string output = git.StandardOutput.ReadToEnd() + git.StandardError.ReadToEnd();
        git.WaitForExit();
        return (git.ExitCode, output);
    }
}
