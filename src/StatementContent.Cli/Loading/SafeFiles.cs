using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Parsing;

namespace StatementContent.Cli;

/// <summary>Why the tool did not read a file or folder: a diagnostic of the catalog and its arguments.</summary>
internal sealed record Refusal(string Path, DiagnosticDescriptor Descriptor, string[] Arguments);

/// <summary>The files below a content folder, and the folders the walk refused.</summary>
/// <param name="RealRoot">The folder with every link in its path resolved: what "inside the content folder" means.</param>
/// <param name="Stopped">The walk stopped at <see cref="SafeFiles.MaxWalkEntries"/>: no files, the one refusal says so.</param>
internal sealed record ContentWalk(string RealRoot, IReadOnlyList<string> Files, IReadOnlyList<Refusal> Refused, bool Stopped = false);

/// <summary>
/// The tool's one rule for touching files, which every command goes through (README, "Files the tool reads and
/// writes"). A checkout nobody has reviewed can hold links, named pipes and huge files; none of them may make the
/// tool read outside the content folder, wait forever, allocate without bound, or overwrite a file elsewhere.
/// <list type="bullet">
/// <item>Content is read from inside its folder only: a file or folder that is a link leading out is refused
/// (STC1109). Folders that are links are never walked into, so a loop or a link to <c>/</c> goes nowhere.</item>
/// <item>Only regular files are read: a named pipe, device, socket, or folder where a file should be is refused
/// (STC1110), told by its type before it is opened (opening a FIFO waits for a writer, forever).</item>
/// <item>Reads are bounded before allocation: a file longer than STC1106's limit could need is not read at all,
/// and a read stops at that limit whatever the file claims its length is (a file in /proc says 0).</item>
/// <item>Writes never go through a link: the target must be a regular file or absent; the text goes to a
/// temporary file beside it, renamed over the target (a reader sees the old file or the new one).</item>
/// </list>
/// Between the check of a file's type and its opening another process could swap it: the rule is for files at
/// rest in a checkout, not for a live attacker on the same machine.
/// </summary>
internal static class SafeFiles
{
    /// <summary>
    /// The most bytes a file within STC1106's limit can take: 4 bytes a character (UTF-32; UTF-8 and UTF-16 take
    /// fewer) and a byte-order mark. A longer file has too many characters in any encoding, so it is not read.
    /// </summary>
    public const long MaxReadBytes = ContentFileParser.MaxFileCharacters * 4L + 4;

    /// <summary>The same for the file at <paramref name="path"/>, whose kind may have its own limit (the content lock).</summary>
    public static long MaxReadBytesOf(string path) => MaxReadBytesOf(path, out _);

    private static long MaxReadBytesOf(string path, out int maxCharacters)
    {
        maxCharacters = ContentFileParser.MaxCharacters(ContentFileParser.KindOf(path, out _));
        return maxCharacters * 4L + 4;
    }

    /// <summary>
    /// Where a walk stops: far more than a content folder has (a statement is a folder of four files, and the
    /// compiler's 16 MiB string limit ends a content long before two thousand of them), far fewer than <c>/</c>.
    /// </summary>
    public const int MaxWalkEntries = 10_000;

    /// <summary>
    /// The files below <paramref name="root"/>, without entering folders that are links. A folder link leading
    /// out of the root, a folder that cannot be listed, and a walk past <see cref="MaxWalkEntries"/> are refusals.
    /// </summary>
    public static ContentWalk Walk(string root)
    {
        string realRoot = FileFacts.RealPath(root) ?? Path.GetFullPath(root);
        var files = new List<string>();
        var refused = new List<Refusal>();
        var folders = new Stack<string>();
        folders.Push(Path.GetFullPath(root));
        int entries = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0, ReturnSpecialDirectories = false };
        while (folders.Count > 0)
        {
            string folder = folders.Pop();
            List<FileSystemInfo> children;
            try
            {
                children = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                refused.Add(new Refusal(folder, DiagnosticDescriptors.UnreadableByTool, new[] { "folder", ex.Message }));
                continue;
            }

            foreach (FileSystemInfo child in children.OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                if (++entries > MaxWalkEntries)
                {
                    // The folder as a whole, and nothing in it: a partial content would only add errors of its own.
                    return new ContentWalk(realRoot, Array.Empty<string>(), new[]
                    {
                        new Refusal(Path.GetFullPath(root), DiagnosticDescriptors.UnreadableByTool,
                            new[] { "folder", $"it holds more than {MaxWalkEntries} files and folders, more than a content folder has; the tool reads none of them (is this the content folder?)" }),
                    }, Stopped: true);
                }

                bool isFolder = (child.Attributes & FileAttributes.Directory) != 0;
                bool isLink = (child.Attributes & FileAttributes.ReparsePoint) != 0;
                if (!isFolder)
                {
                    files.Add(child.FullName); // a link's target is checked when it is read
                }
                else if (!isLink)
                {
                    folders.Push(child.FullName);
                }
                else if (FileFacts.RealPath(child.FullName) is not { } target || !FileFacts.IsInside(target, realRoot))
                {
                    // Not walked either way; said only when it leads out (inside, its files are walked where they are).
                    refused.Add(new Refusal(child.FullName, DiagnosticDescriptors.LinkLeavesContentFolder, new[] { "folder", child.LinkTarget ?? "" }));
                }
            }
        }

        return new ContentWalk(realRoot, files, refused);
    }

    /// <summary>
    /// A file's text, or why it was not read. With <paramref name="realFolder"/>, a file that is a link must lead
    /// inside that folder; without, links are followed (the .editorconfig files above a content folder).
    /// </summary>
    public static SourceText? Read(string path, string? realFolder, out Refusal? refusal)
    {
        refusal = null;
        string readPath = path;
        FileKind kind = FileFacts.KindOf(path);
        if (kind == FileKind.Link)
        {
            string? target = FileFacts.RealPath(path);
            kind = target is null ? FileKind.Missing : FileFacts.KindOf(target);
            if (target is null || kind == FileKind.Missing)
            {
                refusal = Unreadable(path, "it is a link that leads nowhere (in a loop, or to a missing file)");
                return null;
            }

            if (realFolder is not null && !FileFacts.IsInside(target, realFolder))
            {
                refusal = new Refusal(path, DiagnosticDescriptors.LinkLeavesContentFolder, new[] { "file", target });
                return null;
            }

            readPath = target;
        }

        if (kind != FileKind.File)
        {
            refusal = Unreadable(path, "it is " + FileFacts.Describe(kind) + ", not a regular file");
            return null;
        }

        try
        {
            using var stream = new FileStream(readPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            long length = stream.CanSeek ? stream.Length : 0;
            long maxBytes = MaxReadBytesOf(path, out int maxCharacters);
            byte[]? bytes = length > maxBytes ? null : ReadBounded(stream, length, maxBytes);
            if (bytes is null)
            {
                string size = length > maxBytes ? $"{length} bytes" : $"more than {maxBytes} bytes";
                string limit = maxCharacters.ToString(CultureInfo.InvariantCulture);
                refusal = new Refusal(path, DiagnosticDescriptors.FileTooLarge, new[] { $"{size}, so more than {limit}", limit });
                return null;
            }

            // Decoded as the compiler decodes a stream (byte-order mark, else UTF-8), so the parser sees what a build sees.
            return SourceText.From(new MemoryStream(bytes, writable: false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or System.Security.SecurityException)
        {
            refusal = Unreadable(path, ex.Message);
            return null;
        }
    }

    /// <summary>
    /// Writes <paramref name="text"/> (UTF-8, no byte-order mark) to <paramref name="path"/> through a temporary
    /// file beside it and a rename, keeping the old file's permissions; never through a link.
    /// </summary>
    /// <returns>Whether it was written; when not, why is on <paramref name="error"/>.</returns>
    public static bool TryWriteText(string path, string text, TextWriter error)
    {
        string full = Path.GetFullPath(path);
        FileKind kind = FileFacts.KindOf(full);
        if (kind == FileKind.Link)
        {
            error.WriteLine($"'{path}' is a link (to '{new FileInfo(full).LinkTarget}'); the statement tool does not write through links. Replace the link with a regular file, or remove it.");
            return false;
        }

        if (kind is not (FileKind.File or FileKind.Missing))
        {
            error.WriteLine($"'{path}' is {FileFacts.Describe(kind)}, not a regular file; the statement tool does not write to it.");
            return false;
        }

        string temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Path.GetRandomFileName() + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
                stream.Flush(flushToDisk: true);
            }

            if (kind == FileKind.File && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            File.Move(temporary, full, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
            }

            error.WriteLine($"Could not write '{path}': {ex.Message}");
            return false;
        }
    }

    private static Refusal Unreadable(string path, string why) => new(path, DiagnosticDescriptors.UnreadableByTool, new[] { "file", why });

    /// <summary>At most <paramref name="maxBytes"/> bytes, whatever length the file claims; null past it.</summary>
    private static byte[]? ReadBounded(Stream stream, long claimed, long maxBytes)
    {
        byte[] buffer = new byte[Math.Max(4096, claimed + 1)];
        int total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length > maxBytes)
                {
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, maxBytes + 1));
            }

            int read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                return total > maxBytes ? null : buffer.AsSpan(0, total).ToArray();
            }

            total += read;
        }
    }
}
