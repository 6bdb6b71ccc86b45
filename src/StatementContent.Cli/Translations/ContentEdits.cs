using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;

namespace StatementContent.Cli.Translations;

/// <summary>A translation to write: the item, and its new text in the target language (every form, by CLDR category).</summary>
internal sealed record TranslationChange(TranslationItem Item, ItemText Text, ImportEntry Entry);

/// <summary>
/// Writes translations into a content file's text by editing exactly their spans — a JSON string value, a Markdown
/// title line or paragraph — so everything else in the file (indentation, key order, escapes, line endings) stays
/// as it was; the JSON is never re-serialized. A translation new to a JSON text is inserted beside its English
/// (and its language added to the text's <c>addedByProject</c>).
/// </summary>
internal static class ContentEdits
{
    private sealed record Edit(int Start, int End, string Text);

    /// <summary>The file's text with <paramref name="changes"/> applied; null (with the reason) when a place is not there.</summary>
    public static string Apply(string text, TextDoc? markdown, string language, IReadOnlyList<TranslationChange> changes)
    {
        string newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        if (changes[0].Item.Place.Kind == PlaceKind.Json)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(text);
            JsonNode root = JsonTree.Parse(utf8);
            var edits = changes.SelectMany(change => JsonEdits(utf8, root, language, change, newline)).ToList();
            return Encoding.UTF8.GetString(Applied(utf8, edits));
        }

        var markdownEdits = changes.Select(change =>
        {
            FileSpan span = change.Item.Place.Kind == PlaceKind.MarkdownTitle ? markdown!.TitleSpan : markdown!.ParagraphSpans[change.Item.Place.Index];
            string replacement = (change.Item.Place.Kind == PlaceKind.MarkdownTitle ? "# " : "") + change.Text.Single.Replace("\n", newline);
            return new Edit(span.Start, span.Start + span.Length, replacement);
        }).ToList();
        var result = new StringBuilder(text);
        foreach (Edit edit in markdownEdits.OrderByDescending(e => e.Start))
        {
            result.Remove(edit.Start, edit.End - edit.Start).Insert(edit.Start, edit.Text);
        }

        return result.ToString();
    }

    private static IEnumerable<Edit> JsonEdits(byte[] utf8, JsonNode root, string language, TranslationChange change, string newline)
    {
        JsonNode texts = Find(root, change.Item.Place.JsonPath!)
            ?? throw new InvalidOperationException($"{change.Item.What}: its JSON object is not in the file");
        JsonMember? member = texts.Members.FirstOrDefault(m => m.Name == language);
        if (member is not null)
        {
            if (!change.Item.English.IsPlural)
            {
                yield return new Edit(member.Value.Start, member.Value.End, Literal(change.Text.Single));
                yield break;
            }

            foreach (TextForm form in change.Text.Forms)
            {
                JsonMember? formMember = member.Value.Members.FirstOrDefault(m => m.Name == form.Category);
                if (formMember is null)
                {
                    throw new InvalidOperationException($"{change.Item.What}: the '{language}' form '{form.Category}' is not in the file");
                }

                if (formMember.Value.Text != form.Text)
                {
                    yield return new Edit(formMember.Value.Start, formMember.Value.End, Literal(form.Text));
                }
            }

            yield break;
        }

        // A new translation: beside the last language member, in the object's own layout; marked as the project's.
        JsonMember after = texts.Members.Last(m => m.Name != "addedByProject");
        string separator = "," + Layout(utf8, texts, newline);
        string value = change.Item.English.IsPlural
            ? "{ " + string.Join(", ", change.Text.Forms.Select(f => Literal(f.Category!) + ": " + Literal(f.Text))) + " }"
            : Literal(change.Text.Single);
        JsonMember? marks = texts.Members.FirstOrDefault(m => m.Name == "addedByProject");
        string added = marks is null ? separator + "\"addedByProject\": [" + Literal(language) + "]" : "";
        yield return new Edit(after.Value.End, after.Value.End, separator + Literal(language) + ": " + value + added);
        if (marks is not null && marks.Value.Items.All(i => i.Text != language))
        {
            int end = marks.Value.End - 1; // before ']'
            yield return marks.Value.Items.Count == 0
                ? new Edit(end, end, Literal(language))
                : new Edit(marks.Value.Items[^1].End, marks.Value.Items[^1].End, ", " + Literal(language));
        }
    }

    /// <summary>What separates an object's members: a line break and the members' indentation, or a space.</summary>
    private static string Layout(byte[] utf8, JsonNode obj, string newline)
    {
        int first = obj.Members[0].NameStart;
        int lineStart = Array.LastIndexOf(utf8, (byte)'\n', first - 1, first - obj.Start);
        return lineStart < 0 ? " " : newline + Encoding.UTF8.GetString(utf8, lineStart + 1, first - lineStart - 1);
    }

    /// <summary>
    /// The object whose members are an item's languages: <c>publisher</c>, <c>strings.Key</c>, or for a party
    /// (<c>groups, #id, name</c>) the name of the party with that id in any group.
    /// </summary>
    private static JsonNode? Find(JsonNode root, IReadOnlyList<string> path)
    {
        JsonNode? node = root;
        for (int i = 0; i < path.Count && node is not null; i++)
        {
            if (path[i].StartsWith('#'))
            {
                string id = path[i].Substring(1);
                node = node.Items
                    .SelectMany(group => group.Members.FirstOrDefault(m => m.Name == "parties")?.Value.Items ?? new List<JsonNode>())
                    .FirstOrDefault(party => party.Members.Any(m => m.Name == "id" && m.Value.Text == id));
                continue;
            }

            node = node.Kind == JsonKind.Object ? node.Members.FirstOrDefault(m => m.Name == path[i])?.Value : null;
        }

        return node;
    }

    private static byte[] Applied(byte[] utf8, List<Edit> edits)
    {
        var result = new List<byte>(utf8);
        foreach (Edit edit in edits.OrderByDescending(e => e.Start))
        {
            result.RemoveRange(edit.Start, edit.End - edit.Start);
            result.InsertRange(edit.Start, Encoding.UTF8.GetBytes(edit.Text));
        }

        return result.ToArray();
    }

    /// <summary>A JSON string literal as a person writes one: only the quote, the backslash and control characters escaped; every letter as itself.</summary>
    public static string Literal(string text)
    {
        var json = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                default:
                    if (c < ' ' || c == '\u007f')
                    {
                        json.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        json.Append(c);
                    }

                    break;
            }
        }

        return json.Append('"').ToString();
    }
}
