using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using StatementContent.Published;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Cli.Tests;

/// <summary>
/// Content folders a checkout nobody has reviewed could hold, each a copy of the repository's content with one
/// hostile change, in a temporary folder: links that leave the folder, a link loop, a link to <c>/</c>, a named
/// pipe, a 2 GB sparse file, folders where files should be, empty files, invalid UTF-8. Beside them, files the
/// tool must never write or show (<see cref="Victim"/>, <see cref="SecretText"/>). Tests run as root, so
/// permissions cannot make a file unreadable; a folder named like a file does.
/// </summary>
public sealed class HostileContent : IDisposable
{
    public const string VictimText = "a file outside every content folder; the tool must never write it\n";
    public const string SecretTitle = "Secret title outside the content folder";
    public const long SparseLength = 2L * 1024 * 1024 * 1024;

    public HostileContent()
    {
        Root = Directory.CreateTempSubdirectory("hostile-content").FullName;
        Victim = Path.Combine(Root, "victim.txt");
        File.WriteAllText(Victim, VictimText);

        // A valid English text with another title, outside every content folder.
        SecretText = Path.Combine(Root, "secret-en.md");
        string[] english = File.ReadAllLines(RepoPaths.Combine("content", "statements", StatementId, "en.md"));
        File.WriteAllLines(SecretText, english.Skip(1).Prepend("# " + SecretTitle));

        Good = Copy("good");

        LinkedText = Copy("linked-text");
        Replace(Text(LinkedText, "en.md"), path => File.CreateSymbolicLink(path, SecretText));

        // A whole statement outside, linked in as a folder.
        string elsewhere = Path.Combine(Root, "elsewhere");
        LockCommandTests.Copy(RepoPaths.Combine("content", "statements", StatementId), elsewhere);
        string metadata = Path.Combine(elsewhere, "statement.json");
        File.WriteAllText(metadata, File.ReadAllText(metadata).Replace($"\"{StatementId}\"", $"\"{ElsewhereId}\""));
        LinkedFolder = Copy("linked-folder");
        File.CreateSymbolicLink(Path.Combine(LinkedFolder, "statements", "elsewhere"), elsewhere);

        // A link inside the folder to a file that is not a content file itself: followed.
        LinkInside = Copy("link-inside");
        File.Move(Text(LinkInside, "en.md"), Text(LinkInside, "en.txt"));
        File.CreateSymbolicLink(Text(LinkInside, "en.md"), "en.txt");

        Loops = Copy("loops");
        Directory.CreateDirectory(Path.Combine(Loops, "statements", "loop"));
        Directory.CreateSymbolicLink(Path.Combine(Loops, "statements", "loop", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(Loops, "root"), "/");
        Directory.CreateSymbolicLink(Path.Combine(Loops, "proc"), "/proc/self");
        Replace(Path.Combine(Loops, "languages.json"), path => File.CreateSymbolicLink(path, "languages.json"));

        Pipe = Copy("pipe");
        Replace(Text(Pipe, "en.md"), MakeFifo);

        Sparse = Copy("sparse");
        Replace(Text(Sparse, "ru.md"), path =>
        {
            using var file = new FileStream(path, FileMode.CreateNew);
            file.SetLength(SparseLength);
        });

        FoldersAsFiles = Copy("folders-as-files");
        Replace(Text(FoldersAsFiles, "statement.json"), path => Directory.CreateDirectory(path));
        Replace(Path.Combine(FoldersAsFiles, "content.lock"), path => Directory.CreateDirectory(path));
        Replace(Path.Combine(FoldersAsFiles, "lint.baseline"), path => Directory.CreateDirectory(path));

        LinkedWrites = Copy("linked-writes");
        Replace(Path.Combine(LinkedWrites, "content.lock"), path => File.CreateSymbolicLink(path, Victim));
        Replace(Path.Combine(LinkedWrites, "lint.baseline"), path => File.CreateSymbolicLink(path, Victim));

        Empty = Copy("empty");
        File.WriteAllText(Text(Empty, "en.md"), "");
        File.WriteAllText(Text(Empty, "statement.json"), "");
        File.WriteAllText(Path.Combine(Empty, "strings.json"), "");

        InvalidUtf8 = Copy("invalid-utf8");
        File.WriteAllBytes(Text(InvalidUtf8, "en.md"), File.ReadAllBytes(Text(Good, "en.md")).Concat(new byte[] { 0xC3, 0x28, 0xFF, 0x0A }).ToArray());

        RootLink = Path.Combine(Root, "root-link");
        Directory.CreateSymbolicLink(RootLink, "/");
    }

    public static string StatementId => Statements.CentralAsiaIdeologyBan.Id;

    public static string ElsewhereId => "elsewhere-statement";

    public string Root { get; }

    public string Victim { get; }

    public string SecretText { get; }

    public string Good { get; }

    /// <summary>en.md is a link to <see cref="SecretText"/>, outside the folder.</summary>
    public string LinkedText { get; }

    /// <summary>statements/elsewhere is a link to a statement folder outside.</summary>
    public string LinkedFolder { get; }

    /// <summary>en.md is a link to en.txt beside it.</summary>
    public string LinkInside { get; }

    /// <summary>A folder link to its parent, links to / and /proc/self, languages.json a link to itself.</summary>
    public string Loops { get; }

    /// <summary>en.md is a named pipe nobody writes to.</summary>
    public string Pipe { get; }

    /// <summary>ru.md is a sparse file of <see cref="SparseLength"/> bytes.</summary>
    public string Sparse { get; }

    /// <summary>statement.json, content.lock and lint.baseline are folders.</summary>
    public string FoldersAsFiles { get; }

    /// <summary>content.lock and lint.baseline are links to <see cref="Victim"/>.</summary>
    public string LinkedWrites { get; }

    /// <summary>en.md, statement.json and strings.json are empty.</summary>
    public string Empty { get; }

    /// <summary>en.md ends in bytes that are not UTF-8.</summary>
    public string InvalidUtf8 { get; }

    /// <summary>A link to / given as the content folder itself.</summary>
    public string RootLink { get; }

    public string[] Folders => new[] { Good, LinkedText, LinkedFolder, LinkInside, Loops, Pipe, Sparse, FoldersAsFiles, LinkedWrites, Empty, InvalidUtf8, RootLink };

    public static string Text(string content, string name) => Path.Combine(content, "statements", StatementId, name);

    public void Dispose() => Directory.Delete(Root, recursive: true); // links are removed, not followed

    private string Copy(string name)
    {
        string folder = Path.Combine(Root, name, "content");
        LockCommandTests.Copy(RepoPaths.Combine("content"), folder);
        return folder;
    }

    private static void Replace(string path, Action<string> make)
    {
        File.Delete(path);
        make(path);
    }

    private static void MakeFifo(string path)
    {
        using Process mkfifo = Process.Start("mkfifo", new[] { path })!;
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException("mkfifo failed for " + path);
        }
    }
}

/// <summary>The tool run by a test: as its own process (statement.dll beside the tests), or in-process; each with a timeout.</summary>
internal static class ToolRunner
{
    public static (int Code, string Output, string Error) Process(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "statement.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        using Process process = System.Diagnostics.Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("statement " + string.Join(' ', args) + " did not end within 60 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>CliApp.Run as the other CLI tests call it, failing (not hanging) when it does not end in time.</summary>
    public static async Task<(int Code, string Output, string Error)> InProcessAsync(TimeSpan timeout, string[] args, string? context = null)
    {
        try
        {
            return await Task.Run(() => CliTests.Run(args)).WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{context ?? "statement " + string.Join(' ', args)} did not end within {timeout.TotalSeconds} s");
            throw;
        }
    }
}
