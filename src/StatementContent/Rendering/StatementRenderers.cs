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
            string language = statement.Title.ResolveLanguage(culture);
            var page = new StringBuilder();
            HtmlPageStart(page, language, statement.Title.Get(culture));
            if (languageLinks != null)
            {
                HtmlEncoder html = Html;
                page.Append("<nav>");
                foreach (string available in languageLinks)
                {
                    string name = CultureInfo.GetCultureInfo(available).NativeName;
                    page.Append("<a href=\"?culture=").Append(html.Encode(available)).Append("\" hreflang=\"").Append(html.Encode(available)).Append('"')
                        .Append(available == language ? " aria-current=\"true\"" : "").Append('>').Append(html.Encode(name)).Append("</a>");
                }

                page.Append("</nav>\n");
            }

            HtmlArticle(page, statement, culture, null);
            return page.Append(HtmlPageEnd).ToString();
        }

        /// <summary>
        /// Several statements as one HTML page, each an <c>&lt;article&gt;</c> as <see cref="ToHtml(Statement, CultureInfo, IReadOnlyList{string})"/>
        /// writes it; the page's language is the first statement's, an article in another language says its own.
        /// </summary>
        internal static string ToHtml(IReadOnlyList<Statement> statements, CultureInfo culture)
        {
            CheckAll(statements, culture);
            string language = statements.Count > 0 ? statements[0].Title.ResolveLanguage(culture) : culture.TwoLetterISOLanguageName;
            var titles = new List<string>();
            foreach (Statement statement in statements)
            {
                titles.Add(statement.Title.Get(culture));
            }

            var page = new StringBuilder();
            HtmlPageStart(page, language, string.Join(" · ", titles));
            foreach (Statement statement in statements)
            {
                string own = statement.Title.ResolveLanguage(culture);
                HtmlArticle(page, statement, culture, own == language ? null : own);
            }

            return page.Append(HtmlPageEnd).ToString();
        }

        private const string HtmlPageEnd = "</body>\n</html>\n";

        /// <summary>
        /// Encodes markup characters and leaves letters of every script as they are: the page is UTF-8
        /// (<c>&lt;meta charset&gt;</c>), so a Russian page is Cyrillic, not numeric entities three times its size.
        /// </summary>
        private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

        private static void HtmlPageStart(StringBuilder page, string language, string title)
        {
            HtmlEncoder html = Html;
            page.Append("<!DOCTYPE html>\n<html lang=\"").Append(html.Encode(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .Append("<title>").Append(html.Encode(title)).Append("</title>\n")
                .Append("<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.5}nav a{margin-right:1em}</style>\n")
                .Append("</head>\n<body>\n");
        }

        /// <summary>One statement's <c>&lt;article&gt;</c>; <paramref name="language"/> is its own <c>lang</c> when it differs from the page's, else null.</summary>
        private static void HtmlArticle(StringBuilder page, Statement statement, CultureInfo culture, string? language)
        {
            HtmlEncoder html = Html;
            page.Append(language == null ? "<article>" : "<article lang=\"" + html.Encode(language) + "\">")
                .Append("\n<h1>").Append(html.Encode(statement.Title.Get(culture))).Append("</h1>\n")
                .Append("<p class=\"published\">").Append(html.Encode(UiStrings.PublishedOn.Get(culture))).Append(": <time datetime=\"")
                .Append(Date(statement)).Append("\">").Append(html.Encode(LongDate(statement, culture))).Append("</time> — ")
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

            page.Append("</article>\n");
        }

        /// <summary>The statement as <see cref="StatementDocument"/> JSON (camelCase, indented), through <see cref="StatementJsonContext"/>.</summary>
        public static string ToJson(Statement statement, CultureInfo culture)
        {
            Check(statement, culture);
            return JsonSerializer.Serialize(StatementDocument.From(statement, culture), s_json.StatementDocument);
        }

        /// <summary>Several statements as one JSON array of <see cref="StatementDocument"/>s.</summary>
        internal static string ToJson(IReadOnlyList<Statement> statements, CultureInfo culture)
        {
            CheckAll(statements, culture);
            var documents = new StatementDocument[statements.Count];
            for (int i = 0; i < documents.Length; i++)
            {
                documents[i] = StatementDocument.From(statements[i], culture);
            }

            return JsonSerializer.Serialize(documents, s_json.StatementDocumentArray);
        }

        /// <summary>Several statements as plain text, one after another, a line of dashes between two.</summary>
        internal static string ToText(IReadOnlyList<Statement> statements, CultureInfo culture) =>
            Join(statements, culture, ToText, "\n" + new string('-', 72) + "\n\n");

        /// <summary>Several statements as one Markdown document, a thematic break (<c>---</c>) between two.</summary>
        internal static string ToMarkdown(IReadOnlyList<Statement> statements, CultureInfo culture) =>
            Join(statements, culture, ToMarkdown, "\n---\n\n");

        private static string Join(IReadOnlyList<Statement> statements, CultureInfo culture, Func<Statement, CultureInfo, string> render, string separator)
        {
            CheckAll(statements, culture);
            var text = new StringBuilder();
            for (int i = 0; i < statements.Count; i++)
            {
                text.Append(i > 0 ? separator : "").Append(render(statements[i], culture));
            }

            return text.ToString();
        }

        private static void CheckAll(IReadOnlyList<Statement> statements, CultureInfo culture)
        {
            if (statements is null)
            {
                throw new ArgumentNullException(nameof(statements));
            }

            foreach (Statement statement in statements)
            {
                Check(statement, culture);
            }
        }

        private static string Date(Statement statement) => statement.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>
        /// The date as a reader of the language shown writes it ("18 September 2024", "18 сентября 2024"); where the
        /// app has no culture data (invariant globalization), the invariant culture's month names.
        /// </summary>
        private static string LongDate(Statement statement, CultureInfo culture)
        {
            CultureInfo shown;
            try
            {
                shown = CultureInfo.GetCultureInfo(statement.Title.ResolveLanguage(culture));
            }
            catch (CultureNotFoundException)
            {
                shown = CultureInfo.InvariantCulture;
            }

            return statement.Published.ToString("d MMMM yyyy", shown);
        }

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
