using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ApprovalTests.Core.Exceptions;
using Microsoft.CodeAnalysis;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// Plays a consumer who snapshot-tests the statement: builds the content, approves
/// <c>ToSnapshotText()</c> once, then a party is added to the content and the project rebuilt — the same
/// snapshot test now fails, and the received file differs from the approved one by lines naming the party.
/// </summary>
public sealed class ConsumerSnapshotTests : IDisposable
{
    private readonly string _snapshots = Directory.CreateTempSubdirectory("consumer-snapshots").FullName;

    [Fact]
    public void The_consumers_snapshot_test_fails_after_a_party_is_added_with_a_diff_naming_the_party()
    {
        ImmutableArray<AdditionalText> content = GeneratorHarness.RealContent();

        // The consumer's first run: no approved file yet; they review the received one and accept it.
        string reviewed = SnapshotOf(content, out IReadOnlyList<Diagnostic> diagnostics);
        Assert.Empty(diagnostics);
        Assert.Throws<ApprovalMissingException>(() => Verify(reviewed));
        File.Move(Received, Approved);
        Verify(reviewed);

        // The statement is open for further subscriptions: a party is added to the content, the project rebuilt.
        AdditionalText signatories = content.Single(f => f.Path.EndsWith("signatories.json", StringComparison.Ordinal));
        string json = signatories.GetText()!.ToString();
        string id = "party-added-by-a-consumer-test-" + json.Split("{\"id\": ").Length; // not in the content, whatever it has
        AdditionalText withParty = GeneratorHarness.File(signatories.Path, AddParty(json, id));
        string changed = SnapshotOf(content.Replace(signatories, withParty), out diagnostics);

        // The build says so too, at the new party, until the change is recorded in the content lock.
        Diagnostic warning = Assert.Single(diagnostics);
        Assert.Equal(("STC4001", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Contains($"party '{id}' added to group", warning.GetMessage(), StringComparison.Ordinal);
        int line = AddParty(json, id).Split('\n').ToList().FindIndex(l => l.Contains(id, StringComparison.Ordinal));
        Assert.Equal((signatories.Path, line), (warning.Location.GetLineSpan().Path, warning.Location.GetLineSpan().StartLinePosition.Line));

        Assert.Throws<ApprovalMismatchException>(() => Verify(changed));
        string[] newLines = File.ReadAllText(Received).Replace("\r\n", "\n").Split('\n').Except(File.ReadAllText(Approved).Replace("\r\n", "\n").Split('\n')).ToArray();
        Assert.Contains(newLines, line => line.Contains(id + ", country KZ", StringComparison.Ordinal));
        Assert.Contains(newLines, line => line.EndsWith("en: Party " + id, StringComparison.Ordinal));
        Assert.Contains(newLines, line => line.StartsWith("content-hash: ", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_snapshots, recursive: true);

    private string Approved => Path.Combine(_snapshots, "ConsumerTests.Statement.approved.txt");

    private string Received => Path.Combine(_snapshots, "ConsumerTests.Statement.received.txt");

    private void Verify(string text) => Snapshot.VerifyIn(_snapshots, "ConsumerTests.Statement", text);

    /// <summary>One party appended to the last group, as an editor adds a line.</summary>
    private static string AddParty(string json, string id)
    {
        List<string> lines = json.Replace("\r\n", "\n").Split('\n').ToList();
        int last = lines.FindLastIndex(l => l.TrimStart().StartsWith("{\"id\": ", StringComparison.Ordinal));
        string indent = lines[last][..(lines[last].Length - lines[last].TrimStart().Length)];
        lines[last] += ",";
        lines.Insert(last + 1, indent + $"{{\"id\": \"{id}\", \"name\": {{\"en\": \"Party {id}\", \"ru\": \"Партия {id}\", \"addedByProject\": [\"ru\"]}}, \"country\": \"KZ\", \"addedByProject\": [\"country\"]}}");
        return string.Join("\n", lines);
    }

    /// <summary>The consumer's build and test run: generate, compile, load, and read the snapshot text.</summary>
    private static string SnapshotOf(IEnumerable<AdditionalText> content, out IReadOnlyList<Diagnostic> diagnostics)
    {
        GeneratorRun run = GeneratorHarness.Run(content, "StatementContent", "public");
        diagnostics = run.Diagnostics;
        return run.Load(assembly =>
        {
            object statement = assembly.GetType("StatementContent.Statements", throwOnError: true)!.GetProperty("CentralAsiaIdeologyBan")!.GetValue(null)!;
            return (string)statement.GetType().GetMethod("ToSnapshotText")!.Invoke(statement, null)!;
        });
    }
}
