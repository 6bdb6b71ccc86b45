using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace StatementContent.Cli;

/// <summary>What is at a path itself: a link is a link, not its target.</summary>
internal enum FileKind
{
    Missing,
    File,
    Folder,
    Link,
    Pipe,
    Device,
    Socket,
    Unknown,
}

/// <summary>What <see cref="SafeFiles"/> asks of a path before touching it: its kind, where its links lead, whether it is inside a folder.</summary>
internal static class FileFacts
{
    /// <summary>
    /// The path with every link in it resolved, as realpath(3) does; null when links loop (more than 40, the
    /// kernel's limit). A part that does not exist is kept as it is.
    /// </summary>
    public static string? RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        string current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full.Substring(current.Length)).Reverse());
        int links = 0;
        while (pending.Count > 0)
        {
            string part = pending.Pop();
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            string next = Path.Combine(current, part);
            string? target = LinkTargetOf(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > 40)
            {
                return null;
            }

            foreach (string targetPart in Parts(target).Reverse())
            {
                pending.Push(targetPart);
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(Path.GetFullPath(target))!;
            }
        }

        return current;
    }

    /// <summary>Whether <paramref name="realPath"/> is <paramref name="realFolder"/> or below it (both with their links resolved).</summary>
    public static bool IsInside(string realPath, string realFolder)
    {
        StringComparison comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        string folder = Path.TrimEndingDirectorySeparator(realFolder);
        return realPath.Equals(folder, comparison)
            || (realPath.StartsWith(folder, comparison) && realPath.Length > folder.Length && (realPath[folder.Length] == Path.DirectorySeparatorChar || realPath[folder.Length] == Path.AltDirectorySeparatorChar || folder.Length == Path.GetPathRoot(folder)!.Length));
    }

    private static IEnumerable<string> Parts(string path) =>
        path.Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".");

    private static string? LinkTargetOf(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Folder => "a folder",
        FileKind.Pipe => "a named pipe (FIFO)",
        FileKind.Device => "a device",
        FileKind.Socket => "a socket",
        FileKind.Missing => "missing",
        _ => "of a kind the tool cannot tell",
    };

    /// <summary>What is at <paramref name="path"/> itself (a link is a link, not its target).</summary>
    public static FileKind KindOf(string path)
    {
        if (!OperatingSystem.IsWindows() && Native.TryLinkStatus(path, out int mode, out bool missing))
        {
            return missing ? FileKind.Missing : (mode & Native.TypeMask) switch
            {
                Native.RegularFile => FileKind.File,
                Native.Directory => FileKind.Folder,
                Native.SymbolicLink => FileKind.Link,
                Native.Fifo => FileKind.Pipe,
                Native.CharacterDevice or Native.BlockDevice => FileKind.Device,
                Native.Socket => FileKind.Socket,
                _ => FileKind.Unknown,
            };
        }

        // Windows (no FIFOs in its file system), or a runtime without the stat shim: what the attributes tell.
        try
        {
            FileAttributes attributes = File.GetAttributes(path);
            return (attributes & FileAttributes.ReparsePoint) != 0 ? FileKind.Link
                : (attributes & FileAttributes.Directory) != 0 ? FileKind.Folder
                : (attributes & FileAttributes.Device) != 0 ? FileKind.Device
                : FileKind.File;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return FileKind.Missing;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FileKind.Unknown;
        }
    }

    /// <summary>
    /// lstat(2) through the .NET runtime's own shim (libSystem.Native, present in every .NET on Unix and linked
    /// into NativeAOT programs): the only way .NET offers to tell a FIFO or device from a regular file before
    /// opening it. Its status record starts with two 32-bit fields, flags and mode; the rest is reserved space.
    /// </summary>
    private static class Native
    {
        public const int TypeMask = 0xF000;
        public const int Fifo = 0x1000;
        public const int CharacterDevice = 0x2000;
        public const int Directory = 0x4000;
        public const int BlockDevice = 0x6000;
        public const int RegularFile = 0x8000;
        public const int SymbolicLink = 0xA000;
        public const int Socket = 0xC000;

        private static bool s_unavailable;

        public static bool TryLinkStatus(string path, out int mode, out bool missing)
        {
            mode = 0;
            missing = false;
            if (s_unavailable)
            {
                return false;
            }

            try
            {
                if (LinkStatus(path, out FileStatus status) != 0)
                {
                    // Whatever lstat could not see (missing, or a folder above that cannot be searched) cannot be read.
                    missing = Marshal.GetLastPInvokeError() is 2 or 20; // ENOENT, ENOTDIR
                    return missing;
                }

                mode = status.Mode;
                return true;
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                s_unavailable = true;
                return false;
            }
        }

        [StructLayout(LayoutKind.Sequential, Size = 512)]
        private struct FileStatus
        {
            public int Flags;
            public int Mode;
        }

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
        private static extern int LinkStatus([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);
    }
}
