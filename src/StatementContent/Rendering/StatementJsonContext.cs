using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatementContent
{
    /// <summary>
    /// System.Text.Json metadata for the statement documents, source-generated: no reflection, trimming- and
    /// NativeAOT-safe. Web defaults (camelCase). Internal (its generated members would be public API); apps use
    /// <see cref="StatementRenderers.JsonTypeInfoResolver"/>.
    /// </summary>
    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
    [JsonSerializable(typeof(StatementDocument))]
    [JsonSerializable(typeof(StatementDocument[]))]
    [JsonSerializable(typeof(StatementSummary[]))]
    internal sealed partial class StatementJsonContext : JsonSerializerContext
    {
    }
}
