using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StatementContent.Published;

namespace StatementContent
{
    /// <summary>A statement in one language, as plain data: what <see cref="StatementRenderers.ToJson(Statement, System.Globalization.CultureInfo)"/> writes and JSON APIs return.</summary>
    public sealed class StatementDocument
    {
        /// <summary>Creates a document; <see cref="From"/> makes one from a statement.</summary>
        public StatementDocument(string id, string language, string published, string publisher, string title, IReadOnlyList<string> paragraphs, IReadOnlyList<GroupDocument> groups, int signatoryCount, string signedBy, bool isOpenForSubscriptions)
        {
            Id = id;
            Language = language;
            Published = published;
            Publisher = publisher;
            Title = title;
            Paragraphs = paragraphs;
            Groups = groups;
            SignatoryCount = signatoryCount;
            SignedBy = signedBy;
            IsOpenForSubscriptions = isOpenForSubscriptions;
        }

        /// <summary>The statement's id.</summary>
        public string Id { get; }

        /// <summary>The language the texts are in (the culture's, or the one it fell back to).</summary>
        public string Language { get; }

        /// <summary>The publication date, <c>yyyy-MM-dd</c>.</summary>
        public string Published { get; }

        /// <summary>Who published it.</summary>
        public string Publisher { get; }

        /// <summary>The title.</summary>
        public string Title { get; }

        /// <summary>The paragraphs in order.</summary>
        public IReadOnlyList<string> Paragraphs { get; }

        /// <summary>The signatory groups in order.</summary>
        public IReadOnlyList<GroupDocument> Groups { get; }

        /// <summary>How many parties signed.</summary>
        public int SignatoryCount { get; }

        /// <summary>"Signed by N parties" in the document's language, with its plural form.</summary>
        public string SignedBy { get; }

        /// <summary>Whether more parties may sign.</summary>
        public bool IsOpenForSubscriptions { get; }

        /// <summary>The statement's texts in <paramref name="culture"/>, by the one fallback rule.</summary>
        public static StatementDocument From(Statement statement, CultureInfo culture)
        {
            if (statement is null)
            {
                throw new ArgumentNullException(nameof(statement));
            }

            return new StatementDocument(
                statement.Id,
                statement.Title.ResolveLanguage(culture),
                statement.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                statement.Publisher.Get(culture),
                statement.Title.Get(culture),
                statement.Paragraphs.Select(p => p.Get(culture)).ToArray(),
                statement.SignatoryGroups.Select(g => new GroupDocument(g.Id, g.Heading.Get(culture), g.Signatories.Select(s => new PartyDocument(s.Id, s.Name.Get(culture), s.Country)).ToArray())).ToArray(),
                statement.SignatoryCount,
                UiStrings.SignedByParties(statement.SignatoryCount, culture),
                statement.IsOpenForSubscriptions);
        }
    }

    /// <summary>A signatory group in one language.</summary>
    public sealed class GroupDocument
    {
        /// <summary>Creates a group document.</summary>
        public GroupDocument(string id, string heading, IReadOnlyList<PartyDocument> parties)
        {
            Id = id;
            Heading = heading;
            Parties = parties;
        }

        /// <summary>The group's id.</summary>
        public string Id { get; }

        /// <summary>The heading.</summary>
        public string Heading { get; }

        /// <summary>The parties in order.</summary>
        public IReadOnlyList<PartyDocument> Parties { get; }
    }

    /// <summary>A party in one language.</summary>
    public sealed class PartyDocument
    {
        /// <summary>Creates a party document.</summary>
        public PartyDocument(string id, string name, string? country)
        {
            Id = id;
            Name = name;
            Country = country;
        }

        /// <summary>The party's id.</summary>
        public string Id { get; }

        /// <summary>The name.</summary>
        public string Name { get; }

        /// <summary>ISO 3166-1 alpha-2 code, or null.</summary>
        public string? Country { get; }
    }

    /// <summary>One entry of a list of statements, in one language.</summary>
    public sealed class StatementSummary
    {
        /// <summary>Creates a summary.</summary>
        public StatementSummary(string id, string language, string published, string title, int signatoryCount)
        {
            Id = id;
            Language = language;
            Published = published;
            Title = title;
            SignatoryCount = signatoryCount;
        }

        /// <summary>The statement's id.</summary>
        public string Id { get; }

        /// <summary>The language of <see cref="Title"/>.</summary>
        public string Language { get; }

        /// <summary>The publication date, <c>yyyy-MM-dd</c>.</summary>
        public string Published { get; }

        /// <summary>The title.</summary>
        public string Title { get; }

        /// <summary>How many parties signed.</summary>
        public int SignatoryCount { get; }

        /// <summary>The summary of <paramref name="statement"/> in <paramref name="culture"/>.</summary>
        public static StatementSummary From(Statement statement, CultureInfo culture)
        {
            if (statement is null)
            {
                throw new ArgumentNullException(nameof(statement));
            }

            return new StatementSummary(statement.Id, statement.Title.ResolveLanguage(culture), statement.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), statement.Title.Get(culture), statement.SignatoryCount);
        }
    }
}
