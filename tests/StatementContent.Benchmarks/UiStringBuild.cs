using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using StatementContent.Generators;
using StatementContent.Testing;

namespace StatementContent.Benchmarks;

/// <summary>
/// UI string scale as a consumer sees it: a class library with N UI strings in its <c>content/</c>, built clean with
/// <c>dotnet build</c> (the SDK's compiler server, the generator as an analyzer, the runtime library referenced as a
/// package consumer gets it). Sizes are built in turn, round after round, so each round's load falls on every size.
/// The compiler is said, not inherited: the SDK's compiler server, as a developer's <c>dotnet build</c> uses it (a
/// CI environment may set <c>UseSharedCompilation=false</c>; this machine's does), or with <c>--no-server</c> a fresh
/// compiler process per build, which pays the compiler's start and JIT on every build.
/// </summary>
public static class UiStringBuild
{
    public static int Report(IReadOnlyList<int> sizes, int rounds, bool documentation, bool server)
    {
        string root = Path.Combine(Path.GetTempPath(), "statement-ui-build");
        string generator = typeof(StatementGenerator).Assembly.Location;
        string runtime = typeof(LocalizedText).Assembly.Location;
        string targets = RepoPaths.Combine("generators", "StatementContent.Generators", "build", "StatementContent.Generators.targets");
        var projects = new Dictionary<int, string>();
        foreach (int size in sizes)
        {
            string folder = Path.Combine(root, $"strings-{size}");
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(Path.Combine(folder, "content"));
            string[] files = UiStringScale.Strings(size);
            for (int i = 0; i < files.Length; i++)
            {
                string path = i == 0 ? Path.Combine(folder, "content", "strings.json") : Path.Combine(folder, "content", $"strings-{i}", "strings.json");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, files[i]);
            }

            File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <RootNamespace>Consumer</RootNamespace>
                    <GenerateDocumentationFile>{(documentation ? "true" : "false")}</GenerateDocumentationFile>
                    <NoWarn>$(NoWarn);CS1591</NoWarn>
                  </PropertyGroup>
                  <ItemGroup>
                    <Analyzer Include="{generator}" />
                    <Reference Include="{runtime}" />
                  </ItemGroup>
                  <Import Project="{targets}" />
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, "Use.cs"), "namespace Consumer { public static class Use { public static string First() => UiStrings.Label0.En; } }\n");
            if (Run(folder, "restore") is { } failed)
            {
                Console.WriteLine(failed);
                return 1;
            }

            projects[size] = folder;
        }

        // Two builds of each first: the compiler server starts, the generator is loaded and JIT-compiled, and the
        // server's own code reaches its optimized tier (with one, the first measured round of the largest size was
        // still a third slower than the next).
        foreach (int size in sizes.Concat(sizes))
        {
            if (Build(projects[size], server, out _) is { } failed)
            {
                Console.WriteLine($"{size} strings: {failed}");
                return 1;
            }
        }

        var times = sizes.ToDictionary(s => s, _ => new List<double>());
        for (int round = 0; round < rounds; round++)
        {
            foreach (int size in sizes)
            {
                if (Build(projects[size], server, out double elapsed) is { } failed)
                {
                    Console.WriteLine($"{size} strings: {failed}");
                    return 1;
                }

                times[size].Add(elapsed);
            }
        }

        double baseline = Median(times[sizes[0]]);
        Console.WriteLine($"| UI strings | clean `dotnet build` ({(server ? "compiler server" : "no compiler server")}), median of {rounds} | ÷ {sizes[0]} strings' | every round |");
        Console.WriteLine("|---|---|---|---|");
        foreach (int size in sizes)
        {
            double median = Median(times[size]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size:N0} | {median:F0} ms | {median / baseline:F2} | {string.Join(" / ", times[size].Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))} ms |"));
        }

        return 0;
    }

    /// <summary>A clean build: the outputs and intermediate files go, the restore stays (<c>--no-restore</c>).</summary>
    private static string? Build(string folder, bool server, out double elapsed)
    {
        foreach (string output in new[] { Path.Combine(folder, "bin"), Path.Combine(folder, "obj", "Debug") })
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }

        long start = Stopwatch.GetTimestamp();
        string? failed = Run(folder, "build", "--no-restore", "-nologo", "-v", "q", "-p:TreatWarningsAsErrors=true", "-p:UseSharedCompilation=" + (server ? "true" : "false"));
        elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return failed;
    }

    private static string? Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start)!;
        System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : $"dotnet {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{output}\n{error.Result}";
    }

    private static double Median(List<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
