using System;
using System.Globalization;
using System.Text;

namespace StatementContent
{
    /// <summary>
    /// The canonical text of a statement (<see cref="Statement.ToSnapshotText"/>) and its hash. Format 1, as
    /// docs/snapshot-format.md describes it: one field a line, LF only, texts indented under their field with
    /// their language and, when the project added them, "(added by project)"; invisible characters and edge
    /// spaces shown as <c>[U+XXXX]</c>. Nothing depends on the current culture.
    /// </summary>
    internal static class StatementSnapshot
    {
        public const string FormatLine = "statement-snapshot 1";

        public static string Write(Statement statement, bool withHash)
        {
            var text = new StringBuilder();
            Write(text, statement, withHash);
            return text.ToString();
        }

        private static void Write(StringBuilder text, Statement statement, bool withHash)
        {
            Line(text, 0, FormatLine);
            Line(text, 0, "id: " + Visible(statement.Id));
            if (withHash)
            {
                Line(text, 0, "content-hash: " + statement.ContentHash);
            }

            Metadata(text, statement);
            Texts(text, 0, "publisher", statement.Publisher);
            Texts(text, 0, "title", statement.Title);
            Line(text, 0, "paragraphs: " + statement.Paragraphs.Count);
            for (int i = 0; i < statement.Paragraphs.Count; i++)
            {
                Texts(text, 0, "paragraph " + (i + 1), statement.Paragraphs[i]);
            }

            Line(text, 0, "signatories: " + statement.SignatoryCount + " in " + statement.SignatoryGroups.Count + " groups");
            for (int g = 0; g < statement.SignatoryGroups.Count; g++)
            {
                SignatoryGroup group = statement.SignatoryGroups[g];
                Line(text, 0, "group " + (g + 1) + ": " + Visible(group.Id) + ", " + group.Signatories.Count + " signatories");
                Texts(text, 1, "heading", group.Heading);
                for (int p = 0; p < group.Signatories.Count; p++)
                {
                    Texts(text, 1, "party " + (p + 1) + ": " + PartyHead(group.Signatories[p]), group.Signatories[p].Name);
                }
            }
        }

        /// <summary>The hash of the statement's metadata lines (date, languages, tags, subscriptions): the content lock's <c>metadata</c> item.</summary>
        public static string MetadataHash(Statement statement)
        {
            StringBuilder text = Borrow();
            Metadata(text, statement);
            return HashOf(text);
        }

        /// <summary>The hash of the canonical form: the snapshot without its hash line.</summary>
        public static string Hash(Statement statement)
        {
            StringBuilder text = Borrow();
            Write(text, statement, withHash: false);
            return HashOf(text);
        }

        /// <summary>The hash of a party's canonical form: its snapshot lines (id, country, names) without its position.</summary>
        public static string Hash(Signatory party)
        {
            StringBuilder text = Borrow();
            Texts(text, 0, "party: " + PartyHead(party), party.Name);
            return HashOf(text);
        }

        // One builder per thread for the hashes, lent while a form is written (the generator hashes every statement
        // and party: a new builder grown for each was a tenth of what it allocated at 1,000 statements,
        // docs/benchmarks.md §3). A builder grown past KeptCapacity is not kept.
        [ThreadStatic]
        private static StringBuilder? t_builder;

        private const int KeptCapacity = 1 << 15;

        private static StringBuilder Borrow()
        {
            StringBuilder text = t_builder ?? new StringBuilder(256);
            t_builder = null;
            return text;
        }

        private static string HashOf(StringBuilder text)
        {
            string hash = ContentHashing.Of(text);
            if (text.Capacity <= KeptCapacity)
            {
                text.Clear();
                t_builder = text;
            }

            return hash;
        }

        private static void Metadata(StringBuilder text, Statement statement)
        {
            Line(text, 0, "published: " + Date(statement.Published));
            Line(text, 0, "languages: " + string.Join(", ", statement.Languages));
            Line(text, 0, "tags: " + (statement.Tags.Count == 0 ? "(none)" : Visible(string.Join(", ", statement.Tags))));
            Line(text, 0, "open for subscriptions: " + (statement.IsOpenForSubscriptions ? "yes" : "no"));
        }

        private static string PartyHead(Signatory party) =>
            Visible(party.Id) + ", " + (party.Country == null ? "no country" : "country " + party.Country + (party.IsCountryAddedByProject ? " (added by project)" : ""));

        public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>A field whose value is a localized text: one line per language, in the text's own order.</summary>
        private static void Texts(StringBuilder text, int indent, string field, LocalizedText value)
        {
            Line(text, indent, field + ":");
            foreach (string language in value.Languages)
            {
                // Appended piece by piece: the snapshot is what the generator hashes every statement and party by.
                value.TryGetExact(language, out string content);
                text.Append(' ', (indent + 1) * 2).Append(language).Append(value.IsAddedByProject(language) ? " (added by project): " : ": ")
                    .Append(Visible(content)).Append('\n');
            }
        }

        private static void Line(StringBuilder text, int indent, string line) => text.Append(' ', indent * 2).Append(line).Append('\n');

        private static string Visible(string value) => VisibleText.Show(value);
    }
}
