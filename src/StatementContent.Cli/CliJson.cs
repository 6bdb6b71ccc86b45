using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace StatementContent.Cli;

/// <summary>The CLI's JSON output, source-generated (NativeAOT-safe): findings of validate and lint, the changes of diff, translation statistics.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Finding[]))]
[JsonSerializable(typeof(DiffReport))]
[JsonSerializable(typeof(Translations.TranslationStats[]))]
internal sealed partial class CliJson : JsonSerializerContext
{
    /// <summary>
    /// What the commands write with: the options above, and text of every script as it is (a Russian name stays
    /// Cyrillic, not <c>\u041A…</c>); markup-significant characters are still escaped.
    /// </summary>
    public static CliJson Output => Holder.Output;

    /// <summary>Made on first use, after <see cref="Default"/> (static initializers of partial files run in no set order).</summary>
    private static class Holder
    {
        public static readonly CliJson Output = new(new JsonSerializerOptions(Default.Options) { TypeInfoResolver = null, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
    }
}
