using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StatementContent.Generators.Model;
using StatementContent.Testing;

namespace StatementContent.Cli.Tests;

/// <summary>
/// Content folders for the translation tests, made once: a copy of the repository's content, and a copy where the
/// first party's English name changed (its Russian name is stale, STC4002) and the second party has no Russian name
/// (missing). The parties are taken from the content, not named here.
/// </summary>
public sealed class TranslationContent : IDisposable
{
    public TranslationContent()
    {
        Root = Directory.CreateTempSubdirectory("translations").FullName;
        Shipped = Path.Combine(Root, "shipped", "content");
        Changed = Path.Combine(Root, "changed", "content");
        LockCommandTests.Copy(RepoPaths.Combine("content"), Shipped);
        LockCommandTests.Copy(RepoPaths.Combine("content"), Changed);

        StatementModel statement = ContentFolder.Load(Shipped).Assembly.Statements[0];
        StatementId = statement.Id;
        PartyModel[] parties = statement.Groups.SelectMany(g => g.Parties).ToArray();
        StaleParty = parties[0];
        MissingParty = parties[1];
        string signatories = Path.Combine(Changed, "statements", StatementId, "signatories.json");
        string text = File.ReadAllText(signatories);
        text = ReplaceOnce(text, $"\"en\": \"{StaleParty.Name.Get("en")}\"", $"\"en\": \"{ChangedEnglish}\"");
        text = ReplaceOnce(text, $", \"ru\": \"{MissingParty.Name.Get("ru")}\", \"addedByProject\": [\"ru\"]}}", "}");
        File.WriteAllText(signatories, text);
    }

    public string Root { get; }

    /// <summary>A copy of the repository's content.</summary>
    public string Shipped { get; }

    /// <summary>A copy with one stale and one missing party name.</summary>
    public string Changed { get; }

    public string StatementId { get; }

    internal PartyModel StaleParty { get; }

    internal PartyModel MissingParty { get; }

    public string ChangedEnglish => StaleParty.Name.Get("en") + " (renamed)";

    /// <summary>The target languages of a folder: every language of its content but English.</summary>
    public static IReadOnlyList<string> TargetLanguages(string folder) =>
        ContentFolder.Load(folder).Assembly.Languages.Languages.Where(l => l != "en").ToList();

    /// <summary>Every language of a folder's content, English too (an English export is the source as translators see it).</summary>
    public static IReadOnlyList<string> Languages(string folder) => ContentFolder.Load(folder).Assembly.Languages.Languages.ToList();

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string ReplaceOnce(string text, string from, string to)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(from, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{from}' is not in the content exactly once");
        }

        return text.Substring(0, at) + to + text.Substring(at + from.Length);
    }
}
