using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using StatementContent.Cli;
using StatementContent.Published;
using StatementContent.Testing;
using Xunit;

namespace StatementContent.Cli.Tests;

/// <summary>
/// <c>statement diff</c> between the shipped content and an edited copy: what a reviewer of a pull request reads.
/// Names and counts come from the content, not from this file.
/// </summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("diff-command").FullName;
    private readonly string _edited;
    private readonly string _signatories;

    public DiffCommandTests()
    {
        _edited = Path.Combine(_root, "content");
        LockCommandTests.Copy(RepoPaths.Combine("content"), _edited);
        _signatories = Path.Combine(_edited, "statements", "central-asia-ideology-ban", "signatories.json");
    }

    private static string Shipped => RepoPaths.Combine("content");

    /// <summary>A party whose English name is plain words, so the test can edit it in the JSON as written.</summary>
    private static Signatory PlainParty => Statements.CentralAsiaIdeologyBan.SignatoryGroups.SelectMany(g => g.Signatories)
        .First(p => p.Name.En.All(c => c == ' ' || char.IsAsciiLetter(c)));

    [Fact]
    public void The_same_content_has_no_changes() => Assert.Equal("No changes.\n", RunOk("diff", Shipped, _edited));

    [Fact]
    public void One_party_added_is_exactly_one_addition_naming_it()
    {
        LockCommandTests.AddParty(_signatories, "new-party", "New Party", "Новая партия");

        string[] lines = RunOk("diff", Shipped, _edited).TrimEnd('\n').Split('\n');

        Assert.Equal(new[]
        {
            "statement 'central-asia-ideology-ban'",
            $"  + party 'new-party' added to group '{Statements.CentralAsiaIdeologyBan.SignatoryGroups.Last().Id}'",
            "      en: New Party",
            "      ru: Новая партия",
        }, lines);
    }

    [Fact]
    public void A_party_renamed_with_a_new_id_shows_as_renamed_not_removed_and_added()
    {
        Signatory party = PlainParty;
        File.WriteAllText(_signatories, File.ReadAllText(_signatories)
            .Replace($"\"id\": \"{party.Id}\"", "\"id\": \"renamed-party\"")
            .Replace($"\"en\": \"{party.Name.En}\"", "\"en\": \"Renamed Party\""));

        string output = RunOk("diff", Shipped, _edited);

        Assert.Contains($"  ~ party '{party.Id}' renamed to 'renamed-party' in group ", output, StringComparison.Ordinal);
        Assert.Contains($"      en: '{party.Name.En}' → 'Renamed Party'", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" added", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" removed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_party_renamed_under_its_id_is_Renamed_with_the_changed_name_only()
    {
        Signatory party = PlainParty;
        File.WriteAllText(_signatories, File.ReadAllText(_signatories).Replace($"\"en\": \"{party.Name.En}\"", "\"en\": \"Renamed Party\""));

        DiffChange change = Assert.Single(ContentDiff.Compare(ContentFolder.Load(Shipped).Lock!.Items, ContentFolder.Load(_edited).Lock!.Items));
        Assert.Equal((DiffKind.Renamed, $"party '{party.Id}' renamed"), (change.Kind, change.Message));
        Assert.Equal(new[] { $"en: '{party.Name.En}' → 'Renamed Party'" }, change.Details); // ru is unchanged: not listed

        Assert.Equal(new[]
        {
            "statement 'central-asia-ideology-ban'",
            $"  ~ party '{party.Id}' renamed",
            $"      en: '{party.Name.En}' → 'Renamed Party'",
        }, RunOk("diff", Shipped, _edited).TrimEnd('\n').Split('\n'));
        Assert.Equal(new[] { "renamed" }, Kinds(RunOk("diff", Shipped, _edited, "--format", "json")));
    }

    [Fact]
    public void JSON_keeps_Russian_text_as_it_is()
    {
        LockCommandTests.AddParty(_signatories, "new-party", "New Party", "Новая партия");

        string json = RunOk("diff", Shipped, _edited, "--format", "json");

        Assert.Contains("Новая партия", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u04", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rename_with_a_new_id_is_renamed_in_json_too()
    {
        Signatory party = PlainParty;
        File.WriteAllText(_signatories, File.ReadAllText(_signatories)
            .Replace($"\"id\": \"{party.Id}\"", "\"id\": \"renamed-party\"")
            .Replace($"\"en\": \"{party.Name.En}\"", "\"en\": \"Renamed Party\""));

        Assert.Equal(new[] { "renamed" }, Kinds(RunOk("diff", Shipped, _edited, "--format", "json")));
    }

    [Fact]
    public void A_party_moved_and_one_removed_are_marked_and_named_by_kind()
    {
        IReadOnlyList<SignatoryGroup> groups = Statements.CentralAsiaIdeologyBan.SignatoryGroups;
        Assert.True(groups.Count > 1 && groups[0].Signatories.Count > 2, "the test needs two groups, the first with three parties");
        string moved = groups[0].Signatories[0].Id;
        string removed = groups[0].Signatories[^1].Id;
        JsonNode document = JsonNode.Parse(File.ReadAllText(_signatories))!;
        JsonArray first = document["groups"]![0]!["parties"]!.AsArray();
        JsonNode party = first[0]!;
        first.RemoveAt(first.Count - 1);
        first.RemoveAt(0);
        document["groups"]![groups.Count - 1]!["parties"]!.AsArray().Add(party);
        File.WriteAllText(_signatories, document.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

        string[] lines = RunOk("diff", Shipped, _edited).TrimEnd('\n').Split('\n');

        Assert.Equal(new[]
        {
            "statement 'central-asia-ideology-ban'",
            $"  ~ party '{moved}' moved from group '{groups[0].Id}' to group '{groups[^1].Id}'",
            $"  - party '{removed}' removed from group '{groups[0].Id}'",
        }, lines);
        Assert.Equal(new[] { "moved", "removed" }, Kinds(RunOk("diff", Shipped, _edited, "--format", "json")));
    }

    [Fact]
    public void A_party_moved_and_renamed_on_the_way_shows_both()
    {
        IReadOnlyList<SignatoryGroup> groups = Statements.CentralAsiaIdeologyBan.SignatoryGroups;
        Assert.True(groups.Count > 1, "the test needs two groups");
        Signatory party = groups[0].Signatories[0];
        JsonNode document = JsonNode.Parse(File.ReadAllText(_signatories))!;
        JsonArray first = document["groups"]![0]!["parties"]!.AsArray();
        JsonNode moved = first[0]!;
        first.RemoveAt(0);
        moved["name"]!["en"] = "Renamed Party";
        document["groups"]![groups.Count - 1]!["parties"]!.AsArray().Add(moved);
        File.WriteAllText(_signatories, document.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

        Assert.Equal(new[]
        {
            "statement 'central-asia-ideology-ban'",
            $"  ~ party '{party.Id}' moved from group '{groups[0].Id}' to group '{groups[^1].Id}'; en name changed",
            $"      en: '{party.Name.En}' → 'Renamed Party'",
        }, RunOk("diff", Shipped, _edited).TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Every_kind_is_written_to_json_as_its_lowercase_name()
    {
        DiffKind[] kinds = Enum.GetValues<DiffKind>();
        var report = new DiffReport("a", "b", kinds.Select(kind => new DiffChange("strings", kind, "m", Array.Empty<string>())).ToList());

        Assert.Equal(kinds.Select(kind => kind.ToString().ToLowerInvariant()), Kinds(JsonSerializer.Serialize(report, CliJson.Default.DiffReport)));
    }

    [Fact]
    public void A_corrected_paragraph_shows_a_word_diff()
    {
        string english = Path.Combine(_edited, "statements", "central-asia-ideology-ban", "en.md");
        string first = Statements.CentralAsiaIdeologyBan.Paragraphs[0].En;
        string[] words = first.Split(' ');
        File.WriteAllText(english, File.ReadAllText(english).Replace(first, string.Join(" ", words.Take(5).Append("CORRECTED").Concat(words.Skip(6)))));

        string output = RunOk("diff", Shipped, _edited);

        Assert.Contains("  ~ en paragraph 1 changed", output, StringComparison.Ordinal);
        Assert.Contains($"[-{words[5]}-] {{+CORRECTED+}}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_lists_the_same_changes()
    {
        LockCommandTests.AddParty(_signatories, "new-party", "New Party", "Новая партия");

        using JsonDocument json = JsonDocument.Parse(RunOk("diff", Shipped, _edited, "--format", "json"));

        JsonElement change = Assert.Single(json.RootElement.GetProperty("changes").EnumerateArray());
        Assert.Equal("added", change.GetProperty("kind").GetString());
        Assert.Equal("statement central-asia-ideology-ban", change.GetProperty("section").GetString());
        Assert.StartsWith("party 'new-party' added", change.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_git_revisions_of_the_content_folder_compare_too()
    {
        var (code, output, error) = CliTests.Run("diff", "HEAD", "HEAD");
        Assert.True(code == ExitCodes.Ok, error);
        Assert.Equal("No changes.\n", output);
        Assert.Equal(ExitCodes.Usage, CliTests.Run("diff", "no-such-revision", "HEAD").Code);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string[] Kinds(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("kind").GetString()!).ToArray();
    }

    private static string RunOk(params string[] args)
    {
        var (code, output, error) = CliTests.Run(args);
        Assert.True(code == ExitCodes.Ok, error);
        return output;
    }
}
