using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Cli.Tests;

/// <summary>
/// A fact that runs translators' tools (GNU gettext's msgfmt, Translate Toolkit, node with the npm package 'xliff').
/// On a machine without them it is skipped, naming what is missing; under CI (CI=true, where .ci/run installs
/// them) it runs, and a missing tool fails it with the same message — never a pass without the tools.
/// </summary>
public sealed class ToolsFactAttribute : FactAttribute
{
    public ToolsFactAttribute()
    {
        if (ExternalTools.Missing() is { } missing && !ExternalTools.InCi)
        {
            Skip = missing;
        }
    }
}

/// <summary>The tools, found on PATH and run as processes with a timeout.</summary>
internal static class ExternalTools
{
    public static readonly string[] Needed = { "msgfmt", "msgattrib", "pofilter", "po2xliff", "xliff2po", "node", "npm", "python3" };

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The node folder of these tests: package.json pins the npm 'xliff' reader; .ci/run (or the first test) runs npm ci there.</summary>
    public static string NodeFolder => RepoPaths.Combine("tests", "StatementContent.Cli.Tests", "node");

    /// <summary>What is missing, as one message naming how to install it; null when every tool is there.</summary>
    public static string? Missing()
    {
        string[] missing = Needed.Where(tool => Find(tool) is null).ToArray();
        return missing.Length == 0 ? null
            : $"Translators' tools missing: {string.Join(", ", missing)}. Install them: 'apt-get install gettext translate-toolkit nodejs npm' (.ci/run does, under CI=true).";
    }

    /// <summary>Fails the test (under CI, where the attribute does not skip) when a tool is missing.</summary>
    public static void Require()
    {
        if (Missing() is { } missing)
        {
            Assert.Fail(missing);
        }
    }

    public static string? Find(string tool) => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Where(dir => dir.Length > 0)
        .Select(dir => Path.Combine(dir, tool))
        .FirstOrDefault(File.Exists);

    public static (int Code, string Output, string Error) Run(string tool, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Find(tool) ?? tool)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["LC_ALL"] = "C.UTF-8";
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {string.Join(' ', args)} did not end within 120 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private static readonly object s_npmLock = new();

    /// <summary>The npm 'xliff' package in <see cref="NodeFolder"/>: npm ci there once when it is not installed.</summary>
    public static void EnsureNodePackages()
    {
        lock (s_npmLock)
        {
            if (Directory.Exists(Path.Combine(NodeFolder, "node_modules", "xliff")))
            {
                return;
            }

            var (code, output, error) = Run("npm", NodeFolder, "ci", "--no-audit", "--no-fund");
            Assert.True(code == 0, $"npm ci in {NodeFolder} failed ({code}): {output}{error}");
        }
    }
}
