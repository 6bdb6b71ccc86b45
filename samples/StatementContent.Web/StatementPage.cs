using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace StatementContent.Web;

/// <summary>The statement as an HTML page in one culture; every text is HTML-encoded.</summary>
internal static class StatementPage
{
    public static string Render(Statement statement, CultureInfo culture)
    {
        HtmlEncoder html = HtmlEncoder.Default;
        string language = statement.Title.ResolveLanguage(culture);
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"").Append(html.Encode(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(html.Encode(statement.Title.Get(culture))).Append("</title>\n")
            .Append("<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.5}nav a{margin-right:1em}</style>\n")
            .Append("</head>\n<body>\n<nav>");
        foreach (string available in ContentLanguages.All)
        {
            string name = CultureInfo.GetCultureInfo(available).NativeName;
            page.Append("<a href=\"?culture=").Append(html.Encode(available)).Append("\" hreflang=\"").Append(html.Encode(available)).Append("\"")
                .Append(available == language ? " aria-current=\"true\"" : "").Append('>').Append(html.Encode(name)).Append("</a>");
        }

        page.Append("</nav>\n<article>\n<h1>").Append(html.Encode(statement.Title.Get(culture))).Append("</h1>\n")
            .Append("<p class=\"published\">").Append(html.Encode(UiStrings.PublishedOn.Get(culture))).Append(": <time datetime=\"")
            .Append(statement.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
            .Append(statement.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</time> — ")
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
}
