using System;
using System.Collections.Generic;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Parsing;

/// <summary>
/// Typed, located access to one JSON object. Every problem becomes a diagnostic at the offending value:
/// a wrong type, a missing required field, a duplicate field; <see cref="Finish"/> warns about every field
/// that no one asked for, so a misspelled field name is never silently ignored.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly ParseContext _context;
    private readonly JsonNode _node;
    private readonly Dictionary<string, JsonMember> _members = new(StringComparer.Ordinal);
    private readonly List<JsonMember> _distinct = new();
    private readonly HashSet<string> _read = new(StringComparer.Ordinal) { "$schema" };

    private JsonObjectReader(ParseContext context, JsonNode node, string path)
    {
        _context = context;
        _node = node;
        Path = path;
        foreach (JsonMember member in node.Members)
        {
            if (_members.ContainsKey(member.Name))
            {
                context.Report(DiagnosticDescriptors.DuplicateField, context.SpanOf(member), Child(member.Name));
            }
            else
            {
                _members.Add(member.Name, member);
                _distinct.Add(member);
            }
        }
    }

    /// <summary>JSON path of this object, e.g. <c>groups[1].parties[0]</c>; empty for the root.</summary>
    public string Path { get; }

    /// <summary>The members in file order, each name once: a repeated one is reported already, and its value is not read.</summary>
    public IEnumerable<JsonMember> Members => _distinct;

    public FileSpan Span => _context.SpanOf(_node);

    /// <summary>Null (with a diagnostic) unless <paramref name="node"/> is an object.</summary>
    public static JsonObjectReader? Open(ParseContext context, JsonNode node, string path) =>
        Expect(context, node, JsonKind.Object, path) ? new JsonObjectReader(context, node, path) : null;

    public static bool Expect(ParseContext context, JsonNode node, JsonKind kind, string path)
    {
        if (node.Kind == kind)
        {
            return true;
        }

        context.Report(DiagnosticDescriptors.WrongJsonType, context.SpanOf(node), DisplayPath(path), JsonNode.Describe(kind), JsonNode.Describe(node.Kind));
        return false;
    }

    public static string DisplayPath(string path) => path.Length == 0 ? "(root)" : path;

    public string Child(string name) => Path.Length == 0 ? name : Path + "." + name;

    /// <summary>The field's value if present and of the given kind; reports a missing required field.</summary>
    public JsonNode? Field(string name, JsonKind kind, bool required)
    {
        _read.Add(name);
        if (!_members.TryGetValue(name, out JsonMember? member))
        {
            if (required)
            {
                _context.Report(DiagnosticDescriptors.MissingField, Span, DisplayPath(Path), name);
            }

            return null;
        }

        return Expect(_context, member.Value, kind, Child(name)) ? member.Value : null;
    }

    public string? String(string name, bool required) => Field(name, JsonKind.String, required)?.Text;

    public bool? Boolean(string name) => Field(name, JsonKind.Boolean, required: false)?.Boolean;

    /// <summary>The string items of an array field; items of another kind are reported and skipped.</summary>
    public List<(string Value, JsonNode Node)> StringArray(string name)
    {
        var values = new List<(string, JsonNode)>();
        JsonNode? array = Field(name, JsonKind.Array, required: false);
        if (array is null)
        {
            return values;
        }

        for (int i = 0; i < array.Items.Count; i++)
        {
            JsonNode item = array.Items[i];
            if (Expect(_context, item, JsonKind.String, Child(name) + "[" + i + "]"))
            {
                values.Add((item.Text!, item));
            }
        }

        return values;
    }

    /// <summary>Marks a field as known without reading it through this reader.</summary>
    public void MarkRead(string name) => _read.Add(name);

    /// <summary>Warns about every field that was never read.</summary>
    public void Finish()
    {
        foreach (JsonMember member in _node.Members)
        {
            if (!_read.Contains(member.Name))
            {
                _context.Report(DiagnosticDescriptors.UnknownField, _context.SpanOf(member), Child(member.Name));
            }
        }
    }
}
