using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatementContent.Web;

/// <summary>A statement in one language, as the JSON API returns it.</summary>
public sealed record StatementDocument(
    string Id,
    string Language,
    string Published,
    string Publisher,
    string Title,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<GroupDocument> Groups,
    int SignatoryCount,
    string SignedBy,
    bool IsOpenForSubscriptions)
{
    public static StatementDocument From(Statement statement, CultureInfo culture) => new(
        statement.Id,
        statement.Title.ResolveLanguage(culture),
        statement.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        statement.Publisher.Get(culture),
        statement.Title.Get(culture),
        statement.Paragraphs.Select(p => p.Get(culture)).ToArray(),
        statement.SignatoryGroups.Select(g => new GroupDocument(g.Id, g.Heading.Get(culture), g.Signatories.Select(s => new PartyDocument(s.Id, s.Name.Get(culture), s.Country)).ToArray())).ToArray(),
        statement.SignatoryCount,
        UiStrings.SignedByParties(statement.SignatoryCount, culture),
        statement.IsOpenForSubscriptions);
}

public sealed record GroupDocument(string Id, string Heading, IReadOnlyList<PartyDocument> Parties);

public sealed record PartyDocument(string Id, string Name, string? Country);

/// <summary>One entry of the statement list.</summary>
public sealed record StatementSummary(string Id, string Language, string Published, string Title, int SignatoryCount)
{
    public static StatementSummary From(Statement statement, CultureInfo culture) => new(
        statement.Id,
        statement.Title.ResolveLanguage(culture),
        statement.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        statement.Title.Get(culture),
        statement.SignatoryCount);
}

/// <summary>System.Text.Json, source-generated: no reflection, trimming- and NativeAOT-safe.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(StatementDocument))]
[JsonSerializable(typeof(StatementSummary[]))]
public sealed partial class StatementJsonContext : JsonSerializerContext
{
}
