using System;
using System.Collections.Generic;
using System.Text.Json;

namespace StatementContent.Generators.Parsing;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>
/// A JSON value with the byte range it came from. <c>JsonDocument</c> keeps no positions, and every
/// diagnostic must name its line and column, so we build this small tree from <see cref="Utf8JsonReader"/>.
/// </summary>
internal sealed class JsonNode
{
    public JsonNode(JsonKind kind, int start)
    {
        Kind = kind;
        Start = start;
    }

    public JsonKind Kind { get; }

    public int Start { get; }

    public int End { get; set; }

    /// <summary>The unescaped string, or the raw text of a number; null otherwise.</summary>
    public string? Text { get; set; }

    public bool Boolean { get; set; }

    public List<JsonMember> Members { get; } = new();

    public List<JsonNode> Items { get; } = new();

    public static string Describe(JsonKind kind) => kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.Boolean => "true or false",
        _ => "null",
    };
}

internal sealed class JsonMember
{
    public JsonMember(string name, int nameStart, int nameEnd, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameEnd = nameEnd;
        Value = value;
    }

    public string Name { get; }

    public int NameStart { get; }

    public int NameEnd { get; }

    public JsonNode Value { get; }
}

internal static class JsonTree
{
    /// <summary>
    /// Deeper nesting than any content file needs. The reader enforces it, which also bounds the recursion
    /// below: absurdly nested input is a located JSON error, never a stack overflow.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>Parses the whole document; throws <see cref="JsonException"/> with line and byte position on bad JSON.</summary>
    public static JsonNode Parse(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        if (!reader.Read())
        {
            throw new JsonException("The file is empty.", null, 0, 0);
        }

        JsonNode root = ReadValue(ref reader);
        if (reader.Read())
        {
            // Utf8JsonReader rejects trailing content itself; this is a safety net.
            throw new JsonException("Unexpected content after the end of the document.", null, 0, reader.TokenStartIndex);
        }

        return root;
    }

    /// <summary>A string token that is valid JSON but not text, e.g. an escaped lone surrogate <c>"\ud800"</c>.</summary>
    public sealed class InvalidStringException : Exception
    {
        public InvalidStringException(string message, int start, int end)
            : base(message)
        {
            Start = start;
            End = end;
        }

        public int Start { get; }

        public int End { get; }
    }

    private static string ReadString(ref Utf8JsonReader reader, int start)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new InvalidStringException(
                "this string is not valid text: a \\u escape encodes half of a surrogate pair without the other half",
                start,
                start + reader.ValueSpan.Length + 2);
        }
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader)
    {
        int start = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonNode(JsonKind.Object, start);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    int nameStart = (int)reader.TokenStartIndex;
                    string name = ReadString(ref reader, nameStart);
                    int nameEnd = nameStart + reader.ValueSpan.Length + 2;
                    reader.Read();
                    obj.Members.Add(new JsonMember(name, nameStart, nameEnd, ReadValue(ref reader)));
                }

                obj.End = (int)reader.TokenStartIndex + 1;
                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonNode(JsonKind.Array, start);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader));
                }

                array.End = (int)reader.TokenStartIndex + 1;
                return array;
            case JsonTokenType.String:
                return new JsonNode(JsonKind.String, start) { Text = ReadString(ref reader, start), End = start + reader.ValueSpan.Length + 2 };
            case JsonTokenType.Number:
                return new JsonNode(JsonKind.Number, start) { Text = System.Text.Encoding.UTF8.GetString(reader.ValueSpan.ToArray()), End = start + reader.ValueSpan.Length };
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new JsonNode(JsonKind.Boolean, start) { Boolean = reader.TokenType == JsonTokenType.True, End = start + reader.ValueSpan.Length };
            case JsonTokenType.Null:
                return new JsonNode(JsonKind.Null, start) { End = start + 4 };
            default:
                throw new InvalidOperationException("Unexpected JSON token " + reader.TokenType);
        }
    }
}
