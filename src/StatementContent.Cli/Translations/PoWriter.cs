using System.Collections.Generic;
using System.Linq;
using System.Text;
using StatementContent.Generators.Assembling;

namespace StatementContent.Cli.Translations;

/// <summary>
/// Items → a GNU gettext PO file (docs/translators.md): a header with the language and its <c>Plural-Forms</c>, then
/// one message per item — <c>msgctxt</c> its key, <c>#:</c> the English text's file and line, <c>#.</c> notes,
/// one <c>#.</c> line per line of a content note, <c>#, fuzzy</c> for a stale translation, a plural UI string as <c>msgid</c>/<c>msgid_plural</c>/<c>msgstr[n]</c>.
/// The output depends on the content alone (no dates), so an unchanged content exports the same file.
/// </summary>
internal static class PoWriter
{
    public static string Write(IReadOnlyList<TranslationItem> items, string language, string contentVersion)
    {
        var po = new StringBuilder();
        po.Append("# The content's texts in '").Append(language).Append("', written by 'statement translations export' (docs/translators.md).\n");
        po.Append("# Edit the msgstr lines only; import with 'statement translations import FILE'.\n");
        po.Append("msgid \"\"\n");
        po.Append("msgstr \"\"\n");
        Header(po, "Project-Id-Version", "StatementContent content version " + contentVersion);
        Header(po, "Language", language);
        Header(po, "MIME-Version", "1.0");
        Header(po, "Content-Type", "text/plain; charset=UTF-8");
        Header(po, "Content-Transfer-Encoding", "8bit");
        Header(po, "Plural-Forms", GettextPlurals.Header(language));
        Header(po, "X-Source-Language", ContentAssembler.DefaultLanguage);
        foreach (TranslationItem item in items)
        {
            po.Append('\n');
            Entry(po, item, language);
        }

        return po.ToString();
    }

    /// <summary>The notes of an item, one per <c>#.</c> line (XLIFF writes the same as its notes).</summary>
    public static IEnumerable<string> Notes(TranslationItem item, string language)
    {
        if (item.Note is not null)
        {
            yield return item.Note;
        }

        if (item.ContentNote is not null)
        {
            yield return "Note: " + item.ContentNote;
        }

        if (item.English.IsPlural)
        {
            IReadOnlyList<string> categories = GettextPlurals.Categories(language);
            yield return "Plural forms (CLDR categories): " + string.Join(", ", categories.Select((c, i) => $"msgstr[{i}] = {c}")) + ".";
        }

        if (item.AddedByProject && item.State != TranslationState.Missing)
        {
            yield return "Added by the project: this text is not in the published statement.";
        }

        switch (item.State)
        {
            case TranslationState.Published when language != ContentAssembler.DefaultLanguage:
                yield return "Published text (statement.json \"publishedLanguages\"), not a translation: keep it as published; import does not change it.";
                break;
            case TranslationState.Stale:
                yield return "Stale: the English changed after this translation was made (STC4002). Check it against the English and update it.";
                break;
        }
    }

    private static void Entry(StringBuilder po, TranslationItem item, string language)
    {
        foreach (string line in Notes(item, language).SelectMany(Lines))
        {
            po.Append("#. ").Append(line).Append('\n');
        }

        po.Append("#: ").Append(item.SourcePath.Replace(' ', '_')).Append(':').Append(item.SourceLine).Append('\n');
        if (item.State == TranslationState.Stale)
        {
            po.Append("#, fuzzy\n");
            Previous(po, item);
        }

        String(po, "msgctxt", item.Key);
        if (!item.English.IsPlural)
        {
            String(po, "msgid", item.English.Single);
            String(po, "msgstr", item.Target?.Single ?? "");
            return;
        }

        String(po, "msgid", item.English.Form("one") ?? item.English.Forms[0].Text);
        String(po, "msgid_plural", item.English.Form("other") ?? item.English.Forms[^1].Text);
        IReadOnlyList<string> forms = item.Target is null ? GettextPlurals.Categories(language).Select(_ => "").ToList() : GettextPlurals.InGettextOrder(item.Target, language);
        for (int i = 0; i < forms.Count; i++)
        {
            String(po, $"msgstr[{i}]", forms[i]);
        }
    }

    /// <summary>
    /// A stale item's previous English as gettext's previous-message comments (<c>#| msgctxt</c>, <c>#| msgid</c>,
    /// <c>#| msgid_plural</c>), as <c>msgmerge</c> writes them, so an editor shows what changed. Nothing when the lock
    /// does not keep it (a lock from before it kept previous texts): the entry is fuzzy all the same.
    /// </summary>
    private static void Previous(StringBuilder po, TranslationItem item)
    {
        if (item.Previous is not { } previous)
        {
            return;
        }

        String(po, "msgctxt", item.Key, "#| ");
        if (!previous.IsPlural)
        {
            String(po, "msgid", previous.Single, "#| ");
            return;
        }

        String(po, "msgid", previous.Form("one") ?? previous.Forms[0].Text, "#| ");
        String(po, "msgid_plural", previous.Form("other") ?? previous.Forms[^1].Text, "#| ");
    }

    private static void Header(StringBuilder po, string name, string value) => po.Append('"').Append(Escape(name + ": " + value + "\n")).Append("\"\n");

    /// <summary>
    /// A keyword and its string; a text with line breaks as one quoted line per line, after an empty first one (as
    /// gettext writes it). <paramref name="prefix"/> starts every line (<c>#| </c> for a previous message).
    /// </summary>
    private static void String(StringBuilder po, string keyword, string text, string prefix = "")
    {
        po.Append(prefix).Append(keyword).Append(' ');
        int newline = text.IndexOf('\n');
        if (newline < 0 || newline == text.Length - 1)
        {
            po.Append('"').Append(Escape(text)).Append("\"\n");
            return;
        }

        po.Append("\"\"\n");
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            po.Append(prefix).Append('"').Append(Escape(text.Substring(start, end - start))).Append("\"\n");
            start = end;
        }
    }

    /// <summary>PO's C-like escapes: backslash, quote, the named control characters, any other control character in octal.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '\\': escaped.Append("\\\\"); break;
                case '"': escaped.Append("\\\""); break;
                case '\n': escaped.Append("\\n"); break;
                case '\t': escaped.Append("\\t"); break;
                case '\r': escaped.Append("\\r"); break;
                case '\a': escaped.Append("\\a"); break;
                case '\b': escaped.Append("\\b"); break;
                case '\f': escaped.Append("\\f"); break;
                case '\v': escaped.Append("\\v"); break;
                default:
                    if (c < ' ' || c == '\u007f')
                    {
                        escaped.Append('\\').Append(System.Convert.ToString(c, 8).PadLeft(3, '0'));
                    }
                    else
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>A note as comment lines, each of its lines one: a comment cannot span lines.</summary>
    private static IEnumerable<string> Lines(string note) => note.Replace("\r\n", "\n").Split('\n', '\r');
}
