using System.Linq;
using System.Text;
using StatementContent.Generators.Diagnostics;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Parsing;

/// <summary>
/// The one rule for a translator note (docs/content-format.md, "Translator notes"): a text for translators about one
/// item — a <c>"note"</c> beside a JSON text's languages, a <c>&lt;!-- note: … --&gt;</c> line above a Markdown title
/// or paragraph. Not content: it is in no lock, hash or snapshot, so editing it makes no translation stale. It goes to
/// the generated XML docs and to the exported PO (<c>#.</c>) and XLIFF (<c>&lt;note&gt;</c>) files, so it must be
/// text there: not blank, no control characters but tabs and line breaks (line breaks become LF). Anything else is
/// STC1111 at the note.
/// </summary>
internal static class TranslatorNotes
{
    /// <summary>The JSON field of a localized text or UI string that holds its note.</summary>
    public const string Field = "note";

    /// <summary>The note of <paramref name="obj"/> (its <c>"note"</c> field), null when it has none or it is invalid (reported).</summary>
    public static string? Read(ParseContext context, JsonObjectReader obj)
    {
        JsonMember? member = obj.Members.FirstOrDefault(m => m.Name == Field);
        obj.MarkRead(Field);
        if (member is null)
        {
            return null;
        }

        string path = obj.Child(Field);
        if (member.Value.Kind != JsonKind.String)
        {
            context.Report(DiagnosticDescriptors.InvalidNote, context.SpanOf(member.Value), $"'{path}' must be a non-empty string, but it is {JsonNode.Describe(member.Value.Kind)}");
            return null;
        }

        return Check(context, member.Value.Text!, context.SpanOf(member.Value), "'" + path + "'");
    }

    /// <summary>
    /// <paramref name="text"/> as a note: line breaks as LF, trimmed; null (with STC1111 at <paramref name="span"/>)
    /// when it is blank or holds a control character other than a tab or a line break.
    /// </summary>
    /// <param name="what">How the message names the note, e.g. <c>'strings.Title.note'</c>.</param>
    public static string? Check(ParseContext context, string text, FileSpan span, string what)
    {
        string note = text.Replace("\r\n", "\n").Replace('\r', '\n').Trim();
        if (note.Length == 0)
        {
            context.Report(DiagnosticDescriptors.InvalidNote, span, $"{what} is empty: write the note, or remove it");
            return null;
        }

        foreach (char c in note)
        {
            if (char.IsControl(c) && c is not '\n' and not '\t')
            {
                context.Report(DiagnosticDescriptors.InvalidNote, span, $"{what} holds the control character U+{(int)c:X4}; a note is plain text");
                return null;
            }
        }

        return note;
    }

    /// <summary>Notes joined in order, one per line (several note comments above one Markdown item).</summary>
    public static string? Join(string? first, string next) => first is null ? next : new StringBuilder(first).Append('\n').Append(next).ToString();
}
