using System.IO;
using System.Runtime.CompilerServices;
using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;

namespace StatementContent.Testing;

/// <summary>
/// Snapshot assertions (ApprovalTests; Verify is not restorable here). The approved file lives beside the
/// test in Snapshots/&lt;Class&gt;.&lt;Method&gt;[.&lt;scenario&gt;].approved.txt and is reviewed in diffs like code.
/// On a mismatch the test fails and leaves a .received.txt beside it: review it, then rename it to
/// .approved.txt to accept the change.
/// </summary>
public static class Snapshot
{
    public static void Verify(string text, string? scenario = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        string normalized = text.Replace("\r\n", "\n");
        var namer = new Namer(
            Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots"),
            Path.GetFileNameWithoutExtension(sourceFile) + "." + method + (scenario is null ? "" : "." + scenario));
        Directory.CreateDirectory(namer.SourcePath);
        Approvals.Verify(new ApprovalTextWriter(normalized), namer, QuietReporter.INSTANCE);
    }

    private sealed class Namer : IApprovalNamer
    {
        public Namer(string sourcePath, string name)
        {
            SourcePath = sourcePath;
            Name = name;
        }

        public string SourcePath { get; }

        public string Name { get; }
    }
}
