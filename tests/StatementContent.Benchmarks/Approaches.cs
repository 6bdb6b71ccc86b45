using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Resources;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StatementContent.Published;

namespace StatementContent.Benchmarks;

/// <summary>Marker type: IStringLocalizer finds Resources/Strings*.resx through its name.</summary>
public sealed class Strings
{
}

/// <summary>
/// The alternatives a user would pick for the same three strings (title, first paragraph, party 19):
/// a .resx through ResourceManager, IStringLocalizer over the same .resx, and the content as JSON
/// deserialized with System.Text.Json (source-generated, its fastest mode) and looked up per culture.
/// </summary>
public static class Approaches
{
    public const string ResourceBaseName = "StatementContent.Benchmarks.Resources.Strings";

    public static Statement Statement => Statements.CentralAsiaIdeologyBan;

    public static LocalizedText Title => Statement.Title;

    public static LocalizedText FirstParagraph => Statement.Paragraphs[0];

    public static LocalizedText Party => Statement.SignatoryGroups[0].Signatories[18].Name;

    public static ResourceManager CreateResourceManager() => new(ResourceBaseName, typeof(Approaches).Assembly);

    public static IStringLocalizer CreateLocalizer() =>
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)
            .Create(typeof(Strings));

    /// <summary>The whole statement as JSON, made from the compiled content (so both hold the same text).</summary>
    public static byte[] ExportJson() => JsonSerializer.SerializeToUtf8Bytes(
        new JsonStatement
        {
            Title = ToDictionary(Title),
            Paragraphs = Statement.Paragraphs.Select(ToDictionary).ToList(),
            Parties = Statement.SignatoryGroups.SelectMany(g => g.Signatories).Select(s => ToDictionary(s.Name)).ToList(),
        },
        JsonContext.Default.JsonStatement);

    public static JsonStatement ParseJson(byte[] utf8) => JsonSerializer.Deserialize(utf8, JsonContext.Default.JsonStatement)!;

    /// <summary>How code over deserialized JSON typically picks a language: walk the culture's parents on every call.</summary>
    public static string Lookup(Dictionary<string, string> texts, CultureInfo culture)
    {
        for (CultureInfo current = culture; current.Name.Length > 0; current = current.Parent)
        {
            if (texts.TryGetValue(current.Name, out string? text))
            {
                return text;
            }
        }

        return texts["en"];
    }

    /// <summary>Throws unless every approach yields the same three strings for <paramref name="culture"/>.</summary>
    public static void VerifySameStrings(CultureInfo culture)
    {
        ResourceManager resources = CreateResourceManager();
        JsonStatement json = ParseJson(ExportJson());
        string[] expected = { Title.Get(culture), FirstParagraph.Get(culture), Party.Get(culture) };
        string[][] actual =
        {
            new[] { resources.GetString("Title", culture)!, resources.GetString("Paragraph1", culture)!, resources.GetString("PartyName", culture)! },
            new[] { Lookup(json.Title, culture), Lookup(json.Paragraphs[0], culture), Lookup(json.Parties[18], culture) },
        };
        foreach (string[] strings in actual)
        {
            if (!strings.SequenceEqual(expected))
            {
                throw new InvalidOperationException("The approaches disagree for " + culture.Name + ": the benchmark would compare different work.");
            }
        }
    }

    private static Dictionary<string, string> ToDictionary(LocalizedText text) =>
        text.Languages.ToDictionary(language => language, language => text.Get(language));
}

public sealed class JsonStatement
{
    public Dictionary<string, string> Title { get; set; } = new();

    public List<Dictionary<string, string>> Paragraphs { get; set; } = new();

    public List<Dictionary<string, string>> Parties { get; set; } = new();
}

[JsonSerializable(typeof(JsonStatement))]
public sealed partial class JsonContext : JsonSerializerContext
{
}
