using System;
using System.Diagnostics;
using System.IO;

namespace StatementContent.Benchmarks;

/// <summary>Runs a harness again in a child process with the garbage collector the compiler runs the generator with.</summary>
public static class CompilerHost
{
    /// <summary>
    /// Set in the child: a runtime that cannot give the server GC (one CPU, by affinity or a container's limit) runs
    /// the workstation GC whatever is asked, and the child must not start another child.
    /// </summary>
    public const string Marker = "STATEMENT_BENCHMARKS_RERUN";

    public static int Rerun(string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "StatementContent.Benchmarks"), args);
        start.Environment["DOTNET_gcServer"] = "1";
        start.Environment[Marker] = "1";
        using Process process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
