using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using StatementContent.Cli.Translations;
using StatementContent.Generators.Model;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Cli.Tests;

/// <summary>
/// Issue 21 in a real git repository holding a copy of the content: an English party name changed and locked keeps
/// the previous English in the lock (taken from the commit), exports show it (PO <c>#| msgid</c>, an XLIFF note), and
/// stale translations are confirmed one by one — by <c>lock --confirm</c>, <c>--confirm-language</c>, or by importing
/// a file where the translator cleared the fuzzy flag — and two branches confirming different items merge.
/// </summary>
public sealed class LockConfirmTests : IDisposable
{
    private readonly string _repo = Directory.CreateTempSubdirectory("lock-confirm").FullName;
    private readonly string _statement;
    private readonly PartyModel[] _parties;
    private PartyModel? _last;

    public LockConfirmTests()
    {
        LockCommandTests.Copy(RepoPaths.Combine("content"), Content);
        StatementModel statement = ContentFolder.Load(Content).Assembly.Statements[0];
        _statement = statement.Id;
        _parties = statement.Groups.SelectMany(g => g.Parties).ToArray();
        Git("init", "-q", "-b", "main");
        Git("add", "-A");
        Git("commit", "-q", "-m", "content as shipped");
    }

    private string Content => Path.Combine(_repo, "content");

    private string LockFile => Path.Combine(Content, "content.lock");

    private PartyModel First => _parties[0];

    /// <summary>The last party whose English name is written once (so a test can change it) and translated: far from <see cref="First"/> in the lock.</summary>
    private PartyModel Last => _last ??= _parties.Last(p =>
        p.Name.Get("ru") is not null
        && File.ReadAllText(Path.Combine(Content, "statements", _statement, "signatories.json")).Split($"\"en\": \"{p.Name.Get("en")}\"").Length == 2);

    private string KeyOf(PartyModel party) => TranslationKeys.PartyName(_statement, party.Id);

    [Fact]
    public void A_changed_English_name_locked_keeps_its_previous_English_until_confirmed_and_exports_show_it()
    {
        string old = First.Name.Get("en")!;
        Rename(First);
        Lock();

        string staleLine = LockLine(First);
        Assert.EndsWith($" was \"{old}\"", staleLine, StringComparison.Ordinal);

        string po = Export("po");
        Assert.Contains($"#, fuzzy\n#| msgctxt \"{KeyOf(First)}\"\n#| msgid \"{old}\"\nmsgctxt \"{KeyOf(First)}\"\nmsgid \"{old} (renamed)\"\n", po, StringComparison.Ordinal);
        Assert.Equal(1, po.Split('\n').Count(l => l.StartsWith("#| msgid ", StringComparison.Ordinal))); // only the stale item
        string xliff = Export("xliff");
        string unit = xliff[xliff.IndexOf($"<unit id=\"{KeyOf(First)}\"", StringComparison.Ordinal)..];
        unit = unit[..unit.IndexOf("</unit>", StringComparison.Ordinal)];
        Assert.Contains($"<note category=\"{XliffWriter.PreviousSourceCategory}\">{old}</note>", unit, StringComparison.Ordinal);
        Assert.Contains("state=\"translated\"", unit, StringComparison.Ordinal);

        // Locking again keeps the record; confirming the one item drops it and the item is no longer stale.
        Lock();
        Assert.Equal(staleLine, LockLine(First));
        var (code, output, error) = CliTests.Run("lock", Content, "--confirm", KeyOf(First));
        Assert.True(code == ExitCodes.Ok, output + error);
        Assert.Contains($"{KeyOf(First)} (ru) confirmed", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" was ", File.ReadAllText(LockFile), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, CliTests.Run("lock", Content, "--check").Code);
        Assert.DoesNotContain("#| ", Export("po"), StringComparison.Ordinal);
    }

    [ToolsFact]
    public void Msgfmt_checks_the_previous_msgid_and_msgattrib_lists_the_entry_as_fuzzy_with_it()
    {
        ExternalTools.Require();
        string old = First.Name.Get("en")!;
        Rename(First);
        Lock();
        string po = Path.Combine(_repo, "ru.po");
        File.WriteAllText(po, Export("po"));

        var (checkCode, _, checkError) = ExternalTools.Run("msgfmt", _repo, "--check", "-o", "/dev/null", po);
        Assert.True(checkCode == 0, checkError);
        var (code, fuzzy, error) = ExternalTools.Run("msgattrib", _repo, "--only-fuzzy", "--no-wrap", po);
        Assert.True(code == 0, error);
        Assert.Contains($"#| msgid \"{old}\"\nmsgctxt \"{KeyOf(First)}\"", fuzzy, StringComparison.Ordinal);

        string xliff = Path.Combine(_repo, "ru.xlf");
        File.WriteAllText(xliff, Export("xliff"));
        ExternalTools.EnsureNodePackages();
        var (nodeCode, units, nodeError) = ExternalTools.Run("node", ExternalTools.NodeFolder, "units.js", xliff);
        Assert.True(nodeCode == 0, nodeError);
        Assert.Contains($"\"{KeyOf(First)}\":{{\"source\":\"{old} (renamed)\"", units, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_translation_locked_outside_git_is_fuzzy_without_a_previous_msgid()
    {
        Directory.Delete(Path.Combine(_repo, ".git"), recursive: true);
        Rename(First);
        Lock();

        Assert.DoesNotContain(" was ", LockLine(First), StringComparison.Ordinal);
        Assert.Contains($"#, fuzzy\nmsgctxt \"{KeyOf(First)}\"", Export("po"), StringComparison.Ordinal);
    }

    [Fact]
    public void Confirm_language_confirms_every_stale_translation_in_it_and_nothing_else_changes()
    {
        Rename(First);
        Rename(Last);
        Lock();
        string[] before = File.ReadAllLines(LockFile);

        var (code, output, error) = CliTests.Run("lock", Content, "--confirm-language", "RU");

        Assert.True(code == ExitCodes.Ok, output + error);
        string[] after = File.ReadAllLines(LockFile);
        Assert.Equal(new[] { LockLineIn(before, First), LockLineIn(before, Last) }, before.Except(after));
        Assert.Equal(ExitCodes.Ok, CliTests.Run("lock", Content, "--check").Code);
    }

    [Theory]
    [InlineData("--confirm=--check", ExitCodes.Usage, "looks like an option")]
    [InlineData("--confirm=-", ExitCodes.Usage, "looks like an option")]
    [InlineData("--confirm= ", ExitCodes.Usage, "empty")]
    [InlineData("--confirm=../x", ExitCodes.NotFound, "no translatable text with the key '../x'")]
    [InlineData("--confirm=LONG", ExitCodes.NotFound, "no translatable text with the key")]
    [InlineData("--confirm=string.nope\n", ExitCodes.NotFound, "'string.nope?'")]
    [InlineData("--confirm=TITLE", ExitCodes.NotFound, "is not stale in 'ru'")]
    [InlineData("--confirm-language=-x", ExitCodes.Usage, "looks like an option")]
    [InlineData("--confirm-language=de", ExitCodes.Usage, "'de' is not a translated language of the content")]
    [InlineData("--confirm-language=en", ExitCodes.Usage, "'en' is not a translated language of the content")]
    [InlineData("--confirm-language=ru/../en", ExitCodes.Usage, "is not a translated language")]
    [InlineData("--check", ExitCodes.Usage, "cannot be used with --check")]
    [InlineData("--confirm-translations", ExitCodes.Usage, "cannot be used with --confirm-translations")]
    public void A_wrong_confirmation_is_a_clear_error_and_nothing_is_written(string argument, int expectedCode, string expected)
    {
        Rename(First);
        Lock();
        string before = File.ReadAllText(LockFile);
        string[] args = argument switch
        {
            "--confirm=LONG" => new[] { "--confirm=" + new string('k', 100_000) },
            "--confirm=TITLE" => new[] { "--confirm=" + TranslationKeys.Title(_statement) },
            "--check" or "--confirm-translations" => new[] { "--confirm", KeyOf(First), argument },
            _ => new[] { argument },
        };

        var (code, output, error) = CliTests.Run(new[] { "lock", Content }.Concat(args).ToArray());

        Assert.Equal(expectedCode, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.True(error.Length < 2_000, "the error quotes a long key in full");
        Assert.DoesNotContain("written", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(LockFile));
    }

    [Fact]
    public void An_option_given_as_the_confirm_value_is_not_taken_as_a_key()
    {
        Rename(First);
        Lock();
        string before = File.ReadAllText(LockFile);

        var (code, _, error) = CliTests.Run("lock", Content, "--confirm", "--check");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.NotEqual("", error);
        Assert.Equal(before, File.ReadAllText(LockFile));
    }

    [Theory]
    [InlineData("po", false, true)]
    [InlineData("po", true, false)]
    [InlineData("xliff", false, true)]
    [InlineData("xliff", true, false)]
    public void Import_confirms_only_an_unchanged_stale_translation_the_translator_settled(string format, bool leaveUnsettled, bool confirmed)
    {
        Rename(First);
        Rename(Last);
        Lock();
        string[] before = File.ReadAllLines(LockFile);
        string file = Path.Combine(_repo, "ru." + format);
        string exported = Export(format);
        string first = KeyOf(First);
        // The translator settles the first stale entry only (PO: clears #, fuzzy; XLIFF: marks it reviewed).
        string edited = format == "po"
            ? exported.Replace($"#, fuzzy\n#| msgctxt \"{first}\"", $"#| msgctxt \"{first}\"", StringComparison.Ordinal)
            : SettleUnit(exported, first);
        Assert.NotEqual(exported, edited);
        File.WriteAllText(file, leaveUnsettled ? exported : edited);

        var (code, output, error) = CliTests.Run("translations", "import", file, Content);

        Assert.True(code == ExitCodes.Ok, output + error);
        string[] after = File.ReadAllLines(LockFile);
        Assert.Equal(confirmed ? new[] { LockLineIn(before, First) } : Array.Empty<string>(), before.Except(after));
        Assert.Contains(LockLineIn(before, Last), after); // the other stale item stays stale, its previous English kept
        Assert.Equal(confirmed ? 1 : 2, ContentFolder.Load(Content).Lock!.Stale.Count);
    }

    [Fact]
    public void Two_branches_that_confirm_different_items_merge_without_a_conflict_and_pass_the_check()
    {
        Rename(First);
        Rename(Last);
        Lock();
        Git("add", "-A");
        Git("commit", "-q", "-m", "two English names corrected");

        Git("checkout", "-q", "-b", "first");
        Assert.Equal(ExitCodes.Ok, CliTests.Run("lock", Content, "--confirm", KeyOf(First)).Code);
        Git("commit", "-q", "-am", "confirm the first");
        Git("checkout", "-q", "main");
        Git("checkout", "-q", "-b", "second");
        Assert.Equal(ExitCodes.Ok, CliTests.Run("lock", Content, "--confirm", KeyOf(Last), "--confirm-language", "ru").Code);
        Git("commit", "-q", "-am", "confirm the last");

        Git("checkout", "-q", "main");
        Git("merge", "-q", "--no-edit", "first");
        (int code, string output) = TryGit("merge", "--no-edit", "second");

        Assert.True(code == 0, "git reported a conflict merging two confirmations:\n" + output);
        Assert.DoesNotContain(" was ", File.ReadAllText(LockFile), StringComparison.Ordinal);
        var (checkCode, checkOutput, checkError) = CliTests.Run("lock", Content, "--check");
        Assert.True(checkCode == ExitCodes.Ok, checkOutput + checkError);
    }

    public void Dispose()
    {
        foreach (string file in Directory.EnumerateFiles(_repo, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal); // git's object files are read-only
        }

        Directory.Delete(_repo, recursive: true);
    }

    private static string SettleUnit(string xliff, string key)
    {
        int unit = xliff.IndexOf($"<unit id=\"{key}\"", StringComparison.Ordinal);
        int state = xliff.IndexOf("state=\"translated\"", unit, StringComparison.Ordinal);
        return xliff[..state] + "state=\"reviewed\"" + xliff[(state + "state=\"translated\"".Length)..];
    }

    private void Rename(PartyModel party)
    {
        string signatories = Path.Combine(Content, "statements", _statement, "signatories.json");
        string text = File.ReadAllText(signatories);
        string name = $"\"en\": \"{party.Name.Get("en")}\"";
        int at = text.IndexOf(name, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(name, at + 1, StringComparison.Ordinal) < 0, name);
        File.WriteAllText(signatories, text.Replace(name, $"\"en\": \"{party.Name.Get("en")} (renamed)\"", StringComparison.Ordinal));
    }

    private void Lock()
    {
        var (code, output, error) = CliTests.Run("lock", Content);
        Assert.True(code == ExitCodes.Ok, output + error);
    }

    private string Export(string format)
    {
        string file = Path.Combine(_repo, "export." + format);
        var (code, output, error) = CliTests.Run("translations", "export", Content, "--language", "ru", "--format", format, "--output", file);
        Assert.True(code == ExitCodes.Ok, output + error);
        return File.ReadAllText(file);
    }

    private string LockLine(PartyModel party) => LockLineIn(File.ReadAllLines(LockFile), party);

    private static string LockLineIn(string[] lines, PartyModel party) =>
        lines.Single(l => l.StartsWith("  party ", StringComparison.Ordinal) && l.Contains("/" + party.Id + " ru ", StringComparison.Ordinal));

    private void Git(params string[] args)
    {
        (int code, string output) = TryGit(args);
        Assert.True(code == 0, $"git {string.Join(" ", args)} failed: {output}");
    }

    private (int Code, string Output) TryGit(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _repo, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { "-c", "user.name=Editor", "-c", "user.email=editor@example.invalid", "-c", "commit.gpgsign=false", "-c", "merge.conflictstyle=merge" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using Process git = Process.Start(start)!;
        string output = git.StandardOutput.ReadToEnd() + git.StandardError.ReadToEnd();
        git.WaitForExit();
        return (git.ExitCode, output);
    }
}

/// <summary>A stale item's previous English as PO writes it: gettext's <c>#|</c> lines, a multi-line text wrapped as gettext wraps it.</summary>
public sealed class PreviousMsgidTests
{
    private static TranslationItem Item(ItemText english, ItemText? previous, TranslationState state = TranslationState.Stale) => new(
        "statement.s.paragraph.1", "s", "paragraph 1 of the statement", "content/statements/s/en.md", 3, english, ItemText.Plain("Перевод.\nВторая строка."),
        state, false, null, null, new TargetPlace(PlaceKind.MarkdownParagraph, "content/statements/s/ru.md"), new Generators.Lock.LockKey("statement s", "paragraph 1 ru"), previous);

    [Fact]
    public void A_multi_line_previous_English_is_one_quoted_line_per_line_each_behind_the_previous_mark()
    {
        string po = PoWriter.Write(new[] { Item(ItemText.Plain("New first line.\nNew \"second\" line."), ItemText.Plain("Old first line.\nOld \"second\" line.\\")) }, "ru", "3");

        Assert.Contains(
            "#, fuzzy\n#| msgctxt \"statement.s.paragraph.1\"\n#| msgid \"\"\n#| \"Old first line.\\n\"\n#| \"Old \\\"second\\\" line.\\\\\"\nmsgctxt \"statement.s.paragraph.1\"\nmsgid \"\"\n\"New first line.\\n\"\n",
            po,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_plural_previous_English_gives_the_previous_msgid_and_msgid_plural()
    {
        var english = new ItemText(new[] { new TextForm("one", "Signed by {count} party"), new TextForm("other", "Signed by {count} parties") });
        var previous = new ItemText(new[] { new TextForm("one", "{count} party signed"), new TextForm("other", "{count} parties signed") });
        TranslationItem item = Item(english, previous) with { Target = null };

        string po = PoWriter.Write(new[] { item }, "ru", "3");

        Assert.Contains("#| msgid \"{count} party signed\"\n#| msgid_plural \"{count} parties signed\"\nmsgctxt ", po, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_stale_item_shows_a_previous_English()
    {
        string po = PoWriter.Write(new[] { Item(ItemText.Plain("New."), ItemText.Plain("Old."), TranslationState.Translated) }, "ru", "3");

        Assert.DoesNotContain("#|", po, StringComparison.Ordinal);
        Assert.DoesNotContain("fuzzy", po, StringComparison.Ordinal);
    }

    [ToolsFact]
    public void Msgfmt_checks_a_file_with_multi_line_and_plural_previous_msgids()
    {
        ExternalTools.Require();
        var plural = new ItemText(new[] { new TextForm("one", "Signed by {count} party"), new TextForm("few", "Signed by {count} parties"), new TextForm("many", "Signed by {count} parties") });
        string text = PoWriter.Write(
            new[]
            {
                Item(ItemText.Plain("New first line.\nNew second line."), ItemText.Plain("Old first line.\nOld \"second\" line.")),
                Item(new ItemText(new[] { new TextForm("one", "Signed by {count} party"), new TextForm("other", "Signed by {count} parties") }), new ItemText(new[] { new TextForm("one", "{count} party"), new TextForm("other", "{count} parties") })) with { Key = "string.SignedByParties", Target = plural },
            },
            "ru",
            "3");
        string folder = Directory.CreateTempSubdirectory("previous-msgid").FullName;
        try
        {
            string po = Path.Combine(folder, "ru.po");
            File.WriteAllText(po, text);
            var (code, _, error) = ExternalTools.Run("msgfmt", folder, "--check", "-o", "/dev/null", po);
            Assert.True(code == 0, error + "\n" + text);
            var (fuzzyCode, fuzzy, fuzzyError) = ExternalTools.Run("msgattrib", folder, "--only-fuzzy", po);
            Assert.True(fuzzyCode == 0, fuzzyError);
            Assert.Contains("#| \"Old first line.\\n\"", fuzzy, StringComparison.Ordinal);
            Assert.Contains("#| msgid_plural \"{count} parties\"", fuzzy, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
