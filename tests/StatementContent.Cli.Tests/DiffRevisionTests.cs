using System;
using System.Diagnostics;
using System.IO;
using StatementContent.Cli;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Cli.Tests;

/// <summary>
/// <c>statement diff</c> with git revisions, in a temporary repository with real git and the tool as its own
/// process (a revision is read from the current folder's repository): nothing typed as a revision or --path
/// reaches git as an option, a revision that holds a link is judged by the content folder's rule, and
/// <c>--exit-code</c> says whether anything changed.
/// </summary>
public sealed class DiffRevisionTests : IDisposable
{
    private readonly string _repository = Directory.CreateTempSubdirectory("diff-revisions").FullName;
    private readonly string _outside;
    private readonly string _victim;

    public DiffRevisionTests()
    {
        _outside = Directory.CreateTempSubdirectory("diff-revisions-outside").FullName;
        _victim = Path.Combine(_outside, "victim.txt");
        File.WriteAllText(_victim, HostileContent.VictimText);
        Git("init", "-q");
        LockCommandTests.Copy(RepoPaths.Combine("content"), Path.Combine(_repository, "content"));
        Commit("content");
    }

    public static TheoryData<string[]> InjectedRevisions => new()
    {
        new[] { "diff", "--output={victim}", "HEAD" },
        new[] { "diff", "HEAD", "--output={victim}" },
        new[] { "diff", "HEAD", "--output", "{victim}" },
        new[] { "diff", "-c", "core.pager=touch {marker}", "HEAD" },
        new[] { "diff", "HEAD", "-ccore.fsmonitor=touch {marker}" },
        new[] { "diff", "HEAD", "--upload-pack=touch {marker}" },
        new[] { "diff", "HEAD", "--exec=touch {marker}" },
        new[] { "diff", "HEAD", "HEAD", "--path", "--output={victim}" },
        new[] { "diff", "HEAD", "HEAD", "--path", "{victim}" },
        new[] { "diff", "HEAD", "HEAD", "--path", "../outside" },
    };

    [Theory]
    [MemberData(nameof(InjectedRevisions))]
    public void Nothing_typed_as_a_revision_or_path_becomes_a_git_option(string[] template)
    {
        string marker = Path.Combine(_outside, "marker");
        string[] args = Array.ConvertAll(template, arg => arg.Replace("{victim}", _victim).Replace("{marker}", marker));

        var (code, output, error) = ToolRunner.Process(_repository, args);

        Assert.True(code == ExitCodes.Usage, $"exit {code}: {output}{error}");
        Assert.NotEqual("", error.Trim());
        Assert.Equal(HostileContent.VictimText, File.ReadAllText(_victim));
        Assert.False(File.Exists(marker), "git ran a command named in an argument");
    }

    [Fact]
    public void An_unknown_revision_is_a_usage_error_with_gits_reason()
    {
        var (code, _, error) = ToolRunner.Process(_repository, "diff", "HEAD", "no-such-revision");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("'no-such-revision' is neither a folder nor a git revision (fatal: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revision_whose_text_is_a_link_out_is_a_located_error_not_a_crash()
    {
        string english = HostileContent.Text(Path.Combine(_repository, "content"), "en.md");
        File.Delete(english);
        File.CreateSymbolicLink(english, _victim);
        Commit("en.md becomes a link out");

        var (code, output, error) = ToolRunner.Process(_repository, "diff", "HEAD~1", "HEAD");

        Assert.True(code == ExitCodes.ContentErrors, $"exit {code}: {output}{error}");
        Assert.Contains($"statements/{HostileContent.StatementId}/en.md(1,1): error STC1109: This file is a link to '", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", output + error, StringComparison.Ordinal);
        Assert.Equal(HostileContent.VictimText, File.ReadAllText(_victim));
    }

    [Fact]
    public void A_revision_with_a_link_inside_its_content_compares_as_the_working_tree_would()
    {
        string content = Path.Combine(_repository, "content");
        File.Move(HostileContent.Text(content, "en.md"), HostileContent.Text(content, "en.txt"));
        File.CreateSymbolicLink(HostileContent.Text(content, "en.md"), "en.txt");
        Commit("en.md becomes a link to en.txt");

        var (code, output, error) = ToolRunner.Process(_repository, "diff", "HEAD~1", "HEAD", "--exit-code");

        Assert.True(code == ExitCodes.Ok, $"exit {code}: {output}{error}");
        Assert.Equal("No changes.\n", output);
    }

    [Fact]
    public void Exit_code_is_1_when_something_changed_and_0_when_not()
    {
        LockCommandTests.AddParty(HostileContent.Text(Path.Combine(_repository, "content"), "signatories.json"), "new-party", "New Party", "Новая партия");
        Commit("a party");

        Assert.Equal(ExitCodes.ContentErrors, ToolRunner.Process(_repository, "diff", "HEAD~1", "HEAD", "--exit-code").Code);
        Assert.Equal(ExitCodes.ContentErrors, ToolRunner.Process(_repository, "diff", "HEAD~1", "HEAD", "--exit-code", "--format", "json").Code);
        Assert.Equal(ExitCodes.Ok, ToolRunner.Process(_repository, "diff", "HEAD~1", "HEAD").Code);
        Assert.Equal(ExitCodes.Ok, ToolRunner.Process(_repository, "diff", "HEAD", "HEAD", "--exit-code").Code);
    }

    public void Dispose()
    {
        Directory.Delete(_repository, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    private void Commit(string message)
    {
        Git("add", "-A");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", "commit", "-q", "-m", message);
    }

    private void Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _repository, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process git = Process.Start(start)!;
        string error = git.StandardError.ReadToEnd();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, "git " + string.Join(' ', args) + ": " + error);
    }
}
