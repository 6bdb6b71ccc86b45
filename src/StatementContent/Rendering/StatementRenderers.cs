using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StatementContent.Published;

namespace StatementContent
{
    /// <summary>
    /// A statement in one culture as plain text, Markdown, HTML or JSON: the renderers the CLI's <c>show</c> and
    /// <c>export</c> and the sample web app use, for apps to reuse. Texts come through the one culture-fallback
    /// rule; labels ("Published on", "Signed by N parties") are the library's UI strings; nothing is reformatted.
    /// </summary>
    public static class StatementRenderers
    {
        private static readonly StatementJsonContext s_json = new StatementJsonContext(new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            // Cyrillic and other letters as themselves; HTML-sensitive characters are still escaped.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        });

        /// <summary>
        /// System.Text.Json metadata for <see cref="StatementDocument"/>, <see cref="StatementSummary"/> and arrays of
        /// them (source-generated, AOT-safe, camelCase): add it to a web app's serializer options
        /// (<c>TypeInfoResolverChain.Insert(0, StatementRenderers.JsonTypeInfoResolver)</c>) or pass it to a deserializer.
        /// </summary>
        public static System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver JsonTypeInfoResolver => StatementJsonContext.Default;

        /// <summary>Plain text laid out like the published statement: title, date and publisher, paragraphs, numbered parties under their headings.</summary>
        public static string ToText(Statement statement, CultureInfo culture)
        {
            Check(statement, culture);
            var text = new StringBuilder();
            text.Append(statement.Title.Get(culture)).Append('\n');
            text.Append(UiStrings.PublishedOn.Get(culture)).Append(": ").Append(Date(statement)).Append(" — ").Append(statement.Publisher.Get(culture)).Append('\n');
            foreach (LocalizedText paragraph in statement.Paragraphs)
            {
                text.Append('\n').Append(paragraph.Get(culture)).Append('\n');
            }

            text.Append('\n').Append(UiStrings.SignedByParties(statement.SignatoryCount, culture)).Append('\n');
            foreach (SignatoryGroup group in statement.SignatoryGroups)
            {
                text.Append('\n').Append(group.Heading.Get(culture)).Append("\n\n");
                for (int i = 0; i < group.Signatories.Count; i++)
                {
                    text.Append("  ").Append(i + 1).Append(". ").Append(group.Signatories[i].Name.Get(culture)).Append('\n');
                }
            }

            if (statement.IsOpenForSubscriptions)
            {
                text.Append('\n').Append(UiStrings.OpenForFurtherSubscriptions.Get(culture)).Append('\n');
            }

            return text.ToString();
        }

        /// <summary>Markdown: the title as <c>#</c>, group headings as <c>##</c>, parties as a numbered list; Markdown characters in the text escaped.</summary>
        public static string ToMarkdown(Statement statement, CultureInfo culture)
        {
            Check(statement, culture);
            var md = new StringBuilder();
            md.Append("# ").Append(Markdown(statement.Title.Get(culture))).Append("\n\n");
            md.Append('*').Append(Markdown(UiStrings.PublishedOn.Get(culture))).Append(": ").Append(Date(statement)).Append(" — ").Append(Markdown(statement.Publisher.Get(culture))).Append("*\n");
            foreach (LocalizedText paragraph in statement.Paragraphs)
            {
                // A line break inside a paragraph stays one: two trailing spaces would be invisible, a backslash is not.
                md.Append('\n').Append(Markdown(paragraph.Get(culture)).Replace("\n", "\\\n")).Append('\n');
            }

            md.Append('\n').Append(Markdown(UiStrings.SignedByParties(statement.SignatoryCount, culture))).Append('\n');
            foreach (SignatoryGroup group in statement.SignatoryGroups)
            {
                md.Append("\n## ").Append(Markdown(group.Heading.Get(culture))).Append("\n\n");
                for (int i = 0; i < group.Signatories.Count; i++)
                {
                    md.Append(i + 1).Append(". ").Append(Markdown(group.Signatories[i].Name.Get(culture))).Append('\n');
                }
            }

            if (statement.IsOpenForSubscriptions)
            {
                md.Append('\n').Append(Markdown(UiStrings.OpenForFurtherSubscriptions.Get(culture))).Append('\n');
            }

            return md.ToString();
        }

        /// <summary>
        /// A whole HTML page: <c>&lt;html lang&gt;</c> is the language shown, every text HTML-encoded, parties as
        /// <c>&lt;li data-party&gt;</c> in an <c>&lt;ol&gt;</c> per group. With <paramref name="languageLinks"/>, a
        /// navigation bar links each language as <c>?culture=</c>.
        /// </summary>
        public static string ToHtml(Statement statement, CultureInfo culture, IReadOnlyList<string>? languageLinks = null)
        {
            Check(statement, culture);
            HtmlEncoder html = HtmlEncoder.Default;
            string language = statement.Title.ResolveLanguage(culture);
            var page = new StringBuilder();
            page.Append("<!DOCTYPE html>\n<html lang=\"").Append(html.Encode(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .Append("<title>").Append(html.Encode(statement.Title.Get(culture))).Append("</title>\n")
                .Append("<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.5}nav a{margin-right:1em}</style>\n")
                .Append("</head>\n<body>\n");
            if (languageLinks != null)
            {
                page.Append("<nav>");
                foreach (string available in languageLinks)
                {
                    string name = CultureInfo.GetCultureInfo(available).NativeName;
                    page.Append("<a href=\"?culture=").Append(html.Encode(available)).Append("\" hreflang=\"").Append(html.Encode(available)).Append('"')
                        .Append(available == language ? " aria-current=\"true\"" : "").Append('>').Append(html.Encode(name)).Append("</a>");
                }

                page.Append("</nav>\n");
            }

            page.Append("<article>\n<h1>").Append(html.Encode(statement.Title.Get(culture))).Append("</h1>\n")
                .Append("<p class=\"published\">").Append(html.Encode(UiStrings.PublishedOn.Get(culture))).Append(": <time datetime=\"")
                .Append(Date(statement)).Append("\">").Append(Date(statement)).Append("</time> — ")
                .Append(html.Encode(statement.Publisher.Get(culture))).Append("</p>\n");
            foreach (LocalizedText paragraph in statement.Paragraphs)
            {
                page.Append("<p>").Append(html.Encode(paragraph.Get(culture))).Append("</p>\n");
            }

            page.Append("<p class=\"signed\">").Append(html.Encode(UiStrings.SignedByParties(statement.SignatoryCount, culture))).Append("</p>\n");
            foreach (SignatoryGroup group in statement.SignatoryGroups)
            {
                page.Append("<section class=\"signatories\" id=\"").Append(html.Encode(group.Id)).Append("\">\n<h2>").Append(html.Encode(group.Heading.Get(culture))).Append("</h2>\n<ol>\n");
                foreach (Signatory party in group.Signatories)
                {
                    page.Append("<li data-party=\"").Append(html.Encode(party.Id)).Append("\">").Append(html.Encode(party.Name.Get(culture))).Append("</li>\n");
                }

                page.Append("</ol>\n</section>\n");
            }

            if (statement.IsOpenForSubscriptions)
            {
                page.Append("<p class=\"open\">").Append(html.Encode(UiStrings.OpenForFurtherSubscriptions.Get(culture))).Append("</p>\n");
            }

            return page.Append("</article>\n</body>\n</html>\n").ToString();
        }

        /// <summary>The statement as <see cref="StatementDocument"/> JSON (camelCase, indented), through <see cref="StatementJsonContext"/>.</summary>
        public static string ToJson(Statement statement, CultureInfo culture)
        {
            Check(statement, culture);
            return JsonSerializer.Serialize(StatementDocument.From(statement, culture), s_json.StatementDocument);
        }

        private static string Date(Statement statement) => statement.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>Escapes what Markdown would read as markup: <c>\ ` * _ [ ] &lt; &gt; #</c>, and a number and dot at a line's start.</summary>
        private static string Markdown(string text)
        {
            var escaped = new StringBuilder(text.Length + 8);
            bool lineStart = true;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
                {
                    escaped.Append('\\');
                }
                else if (lineStart && char.IsDigit(c))
                {
                    int end = i;
                    while (end < text.Length && char.IsDigit(text[end]))
                    {
                        end++;
                    }

                    if (end < text.Length && text[end] is '.' or ')')
                    {
                        escaped.Append(text, i, end - i).Append('\\');
                        i = end - 1;
                        lineStart = false;
                        continue;
                    }
                }
                else if (lineStart && c is '-' or '+' or '=')
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
                lineStart = c == '\n';
            }

            return escaped.ToString();
        }

        private static void Check(Statement statement, CultureInfo culture)
        {
            if (statement is null)
            {
                throw new ArgumentNullException(nameof(statement));
            }

            if (culture is null)
            {
                throw new ArgumentNullException(nameof(culture));
            }
        }
    }
}
