using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Formats.Tar;
using System.IO;
using System.Linq;

namespace StatementContent.Cli;

/// <summary>
/// The contents <c>statement diff</c> compares: a folder as given, or a git revision's copy of a folder extracted
/// to a scratch folder — by git itself, with nothing the user typed reaching it as an option.
/// </summary>
internal static class GitRevisions
{
    /// <summary>
    /// A folder as given, or a git revision's copy of <paramref name="path"/>. The revision is resolved to a commit
    /// id first (<c>rev-parse --verify --end-of-options</c>), and only that id reaches <c>git archive</c>: nothing
    /// typed as a revision or a path can become a git option (<c>--output=…</c>, <c>-c…</c>, <c>--upload-pack=…</c>).
    /// </summary>
    public static bool TryResolve(string argument, string path, Scratch scratch, CliConsole console, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? folder)
    {
        folder = argument;
        if (Directory.Exists(argument))
        {
            return true;
        }

        string relative = path.Replace('\\', '/').TrimEnd('/');
        if (relative.Length == 0 || Path.IsPathRooted(relative) || relative.Split('/').Contains(".."))
        {
            console.Error.WriteLine($"--path '{path}' must be a folder's path from the repository's root, such as 'content'.");
            return false;
        }

        string target = scratch.NewFolder();
        try
        {
            if (Git(null, out string root, out string error, "rev-parse", "--show-toplevel") != 0)
            {
                console.Error.WriteLine($"'{argument}' is not a folder, nor a git revision: this is not inside a git repository ({error}).");
                return false;
            }

            root = root.TrimEnd('\n', '\r');
            if (Git(root, out string commit, out error, "rev-parse", "--verify", "--end-of-options", argument + "^{commit}") != 0)
            {
                console.Error.WriteLine($"'{argument}' is neither a folder nor a git revision ({error}).");
                return false;
            }

            // The revision's tree from the repository's root, so --path means the same from any folder inside it.
            if (Git(root, stdout => ExtractTar(stdout, target, console), out error, "--literal-pathspecs", "archive", "--format=tar", commit.Trim(), "--", relative) != 0)
            {
                console.Error.WriteLine($"Revision '{argument}' has no '{relative}' to compare ({error}).");
                return false;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            console.Error.WriteLine($"'{argument}' is not a folder, and git is not installed to read it as a revision.");
            return false;
        }

        folder = Path.Combine(target, relative);
        return true;
    }

    /// <summary>
    /// The committed copies of a content folder that may hold the English a stale translation was made from: the
    /// folder at <c>HEAD</c>, and at the last commit that wrote its lock (the content as last locked, when the lock
    /// and the content were committed together). None when the folder is not in a git repository or has no commits;
    /// every problem is silent, as this only adds a translator's aid (the previous English).
    /// </summary>
    public static List<string> Committed(string folder, string lockName, Scratch scratch)
    {
        var folders = new List<string>();
        try
        {
            string full = Path.GetFullPath(folder);
            if (Git(full, out string root, out _, "rev-parse", "--show-toplevel") != 0
                || Git(full, out string prefix, out _, "rev-parse", "--show-prefix") != 0)
            {
                return folders;
            }

            root = root.TrimEnd('\n', '\r');
            string relative = prefix.TrimEnd('\n', '\r').TrimEnd('/');
            var commits = new List<string>();
            if (Git(root, out string head, out _, "rev-parse", "--verify", "--quiet", "HEAD^{commit}") == 0)
            {
                commits.Add(head.Trim());
            }

            string lockPath = relative.Length == 0 ? lockName : relative + "/" + lockName;
            if (Git(root, out string locked, out _, "--literal-pathspecs", "log", "-1", "--format=%H", "--", lockPath) == 0 && locked.Trim().Length > 0)
            {
                commits.Add(locked.Trim());
            }

            foreach (string commit in commits.Distinct())
            {
                string target = scratch.NewFolder();
                var quiet = new CliConsole(TextWriter.Null, TextWriter.Null, color: false);
                if (Git(root, stdout => ExtractTar(stdout, target, quiet), out _, "--literal-pathspecs", "archive", "--format=tar", commit, "--", relative.Length == 0 ? "." : relative) == 0)
                {
                    folders.Add(relative.Length == 0 ? target : Path.Combine(target, relative));
                }
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // git is not installed: no committed copies
        }

        return folders;
    }

    /// <summary>
    /// Files and folders of git's tar into <paramref name="target"/>, and never anywhere else: entries are
    /// created new (never over a file or through a link), links last, each as a link for the content folder's own
    /// rule to judge (one leading out is STC1109, as in a working tree). A file past the size limit becomes a
    /// sparse file of its length, for the reader to refuse (STC1106) without the copy.
    /// </summary>
    private static void ExtractTar(Stream tar, string target, CliConsole console)
    {
        using var reader = new TarReader(tar, leaveOpen: true);
        var links = new List<(string Path, string Target)>();
        while (reader.GetNextEntry() is { } entry)
        {
            string destination = Path.GetFullPath(Path.Combine(target, entry.Name));
            if (!FileFacts.IsInside(destination, target) || destination == target)
            {
                continue;
            }

            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    Directory.CreateDirectory(destination);
                    break;
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile:
                    Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                    using (var file = new FileStream(destination, FileMode.CreateNew, FileAccess.Write))
                    {
                        if (entry.Length > SafeFiles.MaxReadBytesOf(destination))
                        {
                            file.SetLength(entry.Length);
                        }
                        else
                        {
                            entry.DataStream?.CopyTo(file);
                        }
                    }

                    break;
                case TarEntryType.SymbolicLink:
                    links.Add((destination, entry.LinkName));
                    break;
            }
        }

        foreach ((string link, string linkTarget) in links)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(link)!);
                File.CreateSymbolicLink(link, linkTarget);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"'{Path.GetRelativePath(target, link)}' is a link in that revision, and could not be made here ({ex.Message}); it is left out.");
            }
        }
    }

    /// <summary>Runs git (in <paramref name="folder"/>, else the current folder) with no terminal prompt; its exit code.</summary>
    private static int Git(string? folder, out string output, out string error, params string[] args)
    {
        string text = "";
        int code = Git(folder, stdout => text = new StreamReader(stdout).ReadToEnd(), out error, args);
        output = text;
        return code;
    }

    private static int Git(string? folder, Action<Stream> readOutput, out string error, params string[] args)
    {
        var git = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        git.Environment["GIT_TERMINAL_PROMPT"] = "0";
        if (folder is not null)
        {
            git.ArgumentList.Add("-C");
            git.ArgumentList.Add(folder);
        }

        foreach (string arg in args)
        {
            git.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(git)!;
        process.StandardInput.Close();
        System.Threading.Tasks.Task<string> errors = process.StandardError.ReadToEndAsync();
        string? unreadable = null;
        try
        {
            readOutput(process.StandardOutput.BaseStream);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            unreadable = ex.Message;
        }
        finally
        {
            // Whatever the reader left (it stops at the tar's end), so git can finish writing.
            process.StandardOutput.BaseStream.CopyTo(Stream.Null);
            process.WaitForExit();
        }

        error = errors.GetAwaiter().GetResult().Trim();
        if (process.ExitCode == 0 && unreadable is not null)
        {
            error = "git's output could not be read: " + unreadable;
            return -1;
        }

        return process.ExitCode;
    }

    /// <summary>Temporary folders for extracted revisions, deleted afterwards.</summary>
    public sealed class Scratch(CliConsole console) : IDisposable
    {
        private readonly List<string> _folders = new();

        public string NewFolder()
        {
            string folder = Directory.CreateTempSubdirectory("statement-diff-").FullName;
            _folders.Add(folder);
            return folder;
        }

        public void Dispose()
        {
            foreach (string folder in _folders)
            {
                try
                {
                    Directory.Delete(folder, recursive: true); // links inside are removed, not followed
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine($"Could not remove the temporary folder '{folder}': {ex.Message}");
                }
            }
        }
    }
}
