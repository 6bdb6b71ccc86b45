using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using StatementContent.Cli;
using Xunit;

namespace StatementContent.Cli.Tests;

/// <summary>
/// The tool's file rule (SafeFiles) on the hostile folders of <see cref="HostileContent"/>: what leaves the
/// content folder is refused with a located error, nothing waits on a pipe or reads a huge file, and nothing is
/// written through a link.
/// </summary>
public sealed class CliSafetyTests : IClassFixture<HostileContent>
{
    private readonly HostileContent _hostile;

    public CliSafetyTests(HostileContent hostile) => _hostile = hostile;

    private static string TextName(string name) => $"content/statements/{HostileContent.StatementId}/{name}";

    [Fact]
    public void A_content_file_linked_outside_the_folder_is_a_located_error_and_is_not_shown()
    {
        var (code, output, error) = Run("show", _hostile.LinkedText, "--culture", "en");

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"{TextName("en.md")}(1,1): error STC1109: This file is a link to '{_hostile.SecretText}', outside the content folder", output, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileContent.SecretTitle, output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_linked_outside_is_a_located_error_and_is_not_walked()
    {
        var (code, output, _) = Run("list", _hostile.LinkedFolder);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("content/statements/elsewhere(1,1): error STC1109: This folder is a link to '", output, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileContent.ElsewhereId, output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_that_stays_inside_the_folder_is_followed()
    {
        Assert.Equal(Run("show", _hostile.Good, "--culture", "en"), Run("show", _hostile.LinkInside, "--culture", "en"));
        Assert.Equal(ExitCodes.Ok, Run("validate", _hostile.LinkInside).Code);
    }

    [Fact]
    public async Task Folder_links_are_not_walked_and_a_link_loop_is_a_located_error()
    {
        var (code, output, _) = await ToolRunner.InProcessAsync(TimeSpan.FromSeconds(30), new[] { "validate", _hostile.Loops });

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("content/root(1,1): error STC1109: This folder is a link to '/'", output, StringComparison.Ordinal);
        Assert.Contains("content/proc(1,1): error STC1109: This folder is a link to '/proc/self'", output, StringComparison.Ordinal);
        Assert.Contains("content/languages.json(1,1): error STC1110: The statement tool cannot read this file: it is a link that leads nowhere", output, StringComparison.Ordinal);
        Assert.DoesNotContain("loop/up", output, StringComparison.Ordinal); // a link back inside: not walked, nothing to say
        Assert.Equal(3, output.Split('\n').Count(line => line.Contains(": error ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_named_pipe_is_refused_by_its_type_without_waiting_for_a_writer()
    {
        var (code, output, _) = await ToolRunner.InProcessAsync(TimeSpan.FromSeconds(30), new[] { "show", _hostile.Pipe });

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"{TextName("en.md")}(1,1): error STC1110: The statement tool cannot read this file: it is a named pipe (FIFO), not a regular file", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_2_GB_file_is_refused_by_its_length_before_anything_is_read()
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var (code, output, _) = Run("validate", _hostile.Sparse);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"{TextName("ru.md")}(1,1): error STC1106: The file has {HostileContent.SparseLength} bytes, so more than {Generators.Parsing.ContentFileParser.MaxFileCharacters} characters", output, StringComparison.Ordinal);
        Assert.True(allocated < 200_000_000, $"validate allocated {allocated:N0} bytes for a folder with a 2 GB file");
    }

    [Fact]
    public void The_content_lock_is_read_up_to_its_own_limit_and_refused_naming_it_past_it()
    {
        string folder = Directory.CreateTempSubdirectory("big-lock").FullName;
        string contentLock = Path.Combine(folder, "content.lock");
        try
        {
            // Past a content file's limit, within the lock's: read.
            File.WriteAllBytes(contentLock, Enumerable.Repeat((byte)'#', (int)SafeFiles.MaxReadBytes + 1).ToArray());
            Assert.Equal(SafeFiles.MaxReadBytes + 1, SafeFiles.Read(contentLock, null, out Refusal? none)!.Length);
            Assert.Null(none);

            // Past the lock's own: refused, naming the lock's limit.
            File.WriteAllBytes(contentLock, Array.Empty<byte>());
            using (var stream = new FileStream(contentLock, FileMode.Open))
            {
                stream.SetLength(SafeFiles.MaxReadBytesOf(contentLock) + 1);
            }

            Assert.Null(SafeFiles.Read(contentLock, null, out Refusal? refusal));
            Assert.Equal("STC1106", refusal!.Descriptor.Id);
            Assert.Equal(Generators.Parsing.ContentFileParser.MaxLockCharacters.ToString(System.Globalization.CultureInfo.InvariantCulture), refusal.Arguments[1]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_read_stops_at_the_limit_whatever_the_file_is()
    {
        string big = Path.Combine(_hostile.Root, "big-" + Guid.NewGuid().ToString("N") + ".md");
        File.WriteAllBytes(big, Enumerable.Repeat((byte)'a', (int)SafeFiles.MaxReadBytes + 1).ToArray());
        try
        {
            Assert.Null(SafeFiles.Read(big, null, out Refusal? refusal));
            Assert.Equal("STC1106", refusal!.Descriptor.Id);
            Assert.StartsWith($"{SafeFiles.MaxReadBytes + 1} bytes", refusal.Arguments[0], StringComparison.Ordinal);

            // At the limit it is read, and the parser counts its characters (STC1106 from the parser's own check).
            File.WriteAllBytes(big, Enumerable.Repeat((byte)'a', (int)SafeFiles.MaxReadBytes).ToArray());
            Assert.Equal(SafeFiles.MaxReadBytes, SafeFiles.Read(big, null, out _)!.Length);
        }
        finally
        {
            File.Delete(big);
        }
    }

    [Fact]
    public async Task Proc_self_is_a_usage_error_with_a_message()
    {
        var (code, output, error) = await ToolRunner.InProcessAsync(TimeSpan.FromSeconds(30), new[] { "validate", "/proc/self" });

        // Its links (root, cwd, exe) are not followed; how much it holds depends on the process's threads.
        Assert.Equal((ExitCodes.Usage, ""), (code, output));
        Assert.Matches(@"^'/proc/self' (has no content files|holds more than \d+ files and folders)", error);
    }

    [Fact]
    public async Task A_link_to_the_root_given_as_the_folder_stops_at_the_walk_limit()
    {
        var (code, output, error) = await ToolRunner.InProcessAsync(TimeSpan.FromSeconds(60), new[] { "validate", _hostile.RootLink });

        Assert.Equal((ExitCodes.Usage, ""), (code, output));
        Assert.Equal($"'{_hostile.RootLink}' holds more than {SafeFiles.MaxWalkEntries} files and folders, more than a content folder has; the tool does not read it. Name the content folder itself.\n", error);

        // The lock command reads the folder itself: the same as one located error.
        var (lockCode, lockOutput, lockError) = await ToolRunner.InProcessAsync(TimeSpan.FromSeconds(60), new[] { "lock", _hostile.RootLink, "--check" });
        Assert.Equal(ExitCodes.ContentErrors, lockCode);
        Assert.Contains($"error STC1110: The statement tool cannot read this folder: it holds more than {SafeFiles.MaxWalkEntries} files and folders", lockOutput + lockError, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_where_files_should_be_are_errors_and_are_never_written_to()
    {
        var (code, output, _) = Run("validate", _hostile.FoldersAsFiles);
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"{TextName("en.md")}(1,1): error STC2001", output, StringComparison.Ordinal); // no statement.json beside it

        // The content itself fine, its lock a folder: 'statement lock' cannot write it and says so.
        string content = Path.Combine(_hostile.Root, "lock-is-a-folder-" + Guid.NewGuid().ToString("N"), "content");
        LockCommandTests.Copy(_hostile.Good, content);
        File.Delete(Path.Combine(content, "content.lock"));
        Directory.CreateDirectory(Path.Combine(content, "content.lock"));
        var (lockCode, _, lockError) = Run("lock", content);
        Assert.Equal(ExitCodes.ContentErrors, lockCode);
        Assert.Contains("content.lock' is a folder, not a regular file; the statement tool does not write to it.", lockError, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(content, "content.lock")));
    }

    [Fact]
    public void A_lock_linked_outside_is_an_error_and_its_target_is_not_written()
    {
        var (code, output, error) = Run("lock", _hostile.LinkedWrites);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("content/content.lock(1,1): error STC1109", error + output, StringComparison.Ordinal);
        Assert.Equal(HostileContent.VictimText, File.ReadAllText(_hostile.Victim));
    }

    [Fact]
    public void A_lock_linked_inside_is_read_but_not_written_through()
    {
        string content = Path.Combine(_hostile.Root, "lock-linked-inside-" + Guid.NewGuid().ToString("N"), "content");
        LockCommandTests.Copy(_hostile.Good, content);
        string real = Path.Combine(content, "lock.txt");
        File.Move(Path.Combine(content, "content.lock"), real);
        File.CreateSymbolicLink(Path.Combine(content, "content.lock"), "lock.txt");
        string locked = File.ReadAllText(real);
        LockCommandTests.AddParty(Path.Combine(content, "statements", HostileContent.StatementId, "signatories.json"), "new-party", "New Party", "Новая партия");

        var (code, _, error) = Run("lock", content);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("content.lock' is a link (to 'lock.txt'); the statement tool does not write through links.", error, StringComparison.Ordinal);
        Assert.Equal(locked, File.ReadAllText(real));
        Assert.True(new FileInfo(Path.Combine(content, "content.lock")).LinkTarget is not null, "the link is left as it was");
    }

    [Fact]
    public void Lint_does_not_write_its_baseline_through_a_link()
    {
        // A baseline linked out of the folder is refused when the folder is read, before any write.
        var (code, output, _) = Run("lint", _hostile.LinkedWrites, "--update-baseline");

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"lint.baseline(1,1): error STC1109: This file is a link to '{_hostile.Victim}'", output, StringComparison.Ordinal);
        Assert.Equal(HostileContent.VictimText, File.ReadAllText(_hostile.Victim));

        // A baseline linked to a file inside the folder is read, but not written through either.
        string folder = Path.Combine(_hostile.Root, "baseline-link-" + Guid.NewGuid().ToString("N"));
        LockCommandTests.Copy(_hostile.Good, folder);
        string baseline = Path.Combine(folder, "lint.baseline");
        File.Move(baseline, Path.Combine(folder, "baseline.txt"));
        File.CreateSymbolicLink(baseline, "baseline.txt");
        string before = File.ReadAllText(Path.Combine(folder, "baseline.txt"));

        var (insideCode, _, error) = Run("lint", folder, "--update-baseline");

        Assert.Equal(ExitCodes.ContentErrors, insideCode);
        Assert.Contains("lint.baseline' is a link (to ", error, StringComparison.Ordinal);
        Assert.Contains("the statement tool does not write through links.", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(folder, "baseline.txt")));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_write_replaces_the_file_whole_keeps_its_mode_and_leaves_no_temporary_file()
    {
        string folder = Directory.CreateDirectory(Path.Combine(_hostile.Root, "write-" + Guid.NewGuid().ToString("N"))).FullName;
        string target = Path.Combine(folder, "content.lock");
        File.WriteAllText(target, "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        Assert.True(SafeFiles.TryWriteText(target, "new\nтекст\n", TextWriter.Null));

        Assert.Equal("new\nтекст\n"u8.ToArray(), File.ReadAllBytes(target)); // UTF-8, no byte-order mark
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(target));
        Assert.Equal(new[] { target }, Directory.GetFileSystemEntries(folder));
    }

    [Theory]
    [InlineData("empty", "statement.json(1,1): error STC1001: The file is not valid JSON: the file is empty")]
    [InlineData("empty", "en.md(1,1): error STC1101")]
    [InlineData("invalid-utf8", "en.md(")]
    public void Empty_files_and_invalid_UTF_8_are_located_errors(string folder, string expected)
    {
        var (code, output, _) = Run("validate", Path.Combine(_hostile.Root, folder, "content"));

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains(folder == "invalid-utf8" ? "error STC1105" : "error STC1", output, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Run(params string[] args) => CliTests.Run(args);
}
