using System;
using StatementContent.Tests.Concurrency;

namespace StatementContent.Tests;

/// <summary>
/// The test assembly's own entry point (in place of the one the test SDK generates, which does nothing): the test
/// runner never calls it; tests that need a fresh process run <c>dotnet StatementContent.Tests.dll &lt;command&gt; …</c>.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 4 && args[0] == RaceProbe.Command)
        {
            return RaceProbe.Run(args[1..]);
        }

        Console.Error.WriteLine($"usage: dotnet StatementContent.Tests.dll {RaceProbe.Command} <seed> <threads> <milliseconds>");
        return 2;
    }
}
