using System;
using System.Diagnostics;
using System.IO;

namespace StatementContent.Benchmarks;

/// <summary>Runs a harness again in a child process with the garbage collector the compiler runs the generator with.</summary>
public static class CompilerHost
{
    public static int Rerun(string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "StatementContent.Benchmarks"), args);
        start.Environment["DOTNET_gcServer"] = "1";
        using Process process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
