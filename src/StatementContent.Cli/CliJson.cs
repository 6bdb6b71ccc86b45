using System.Text.Json.Serialization;

namespace StatementContent.Cli;

/// <summary>The CLI's JSON output, source-generated (NativeAOT-safe): findings of validate and lint, the changes of diff, translation statistics.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, WriteIndented = true, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Finding[]))]
[JsonSerializable(typeof(DiffReport))]
[JsonSerializable(typeof(Translations.TranslationStats[]))]
internal sealed partial class CliJson : JsonSerializerContext
{
}
