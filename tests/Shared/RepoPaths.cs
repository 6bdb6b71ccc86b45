using System;
using System.IO;

namespace StatementContent.Testing;

/// <summary>Finds files of this repository (never outside it) from a test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StatementContent.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("StatementContent.sln not found above " + AppContext.BaseDirectory);
    }
}
