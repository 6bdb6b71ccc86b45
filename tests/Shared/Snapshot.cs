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
    public static void Verify(string text, string? scenario = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "") =>
        VerifyIn(
            Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots"),
            Path.GetFileNameWithoutExtension(sourceFile) + "." + method + (scenario is null ? "" : "." + scenario),
            text);

    /// <summary>The same check against <paramref name="folder"/>/<paramref name="name"/>.approved.txt, e.g. a consumer's snapshot in a test's own folder.</summary>
    public static void VerifyIn(string folder, string name, string text)
    {
        Directory.CreateDirectory(folder);
        Approvals.Verify(new ApprovalTextWriter(text.Replace("\r\n", "\n")), new Namer(folder, name), QuietReporter.INSTANCE);
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
