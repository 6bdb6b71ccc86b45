using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;

namespace StatementContent
{
    /// <summary>
    /// A published statement: title, paragraphs and signatories in every language it was published in.
    /// The generated <c>Statements</c> class holds one instance per content folder. Immutable; compares by value.
    /// </summary>
    public sealed class Statement : IEquatable<Statement>
    {
        /// <summary>Creates a statement. Generated code calls this; applications read <c>Statements</c> instead.</summary>
        public Statement(
            string id,
            DateTime published,
            LocalizedText publisher,
            IReadOnlyList<string> tags,
            bool isOpenForSubscriptions,
            IReadOnlyList<string> languages,
            LocalizedText title,
            IReadOnlyList<LocalizedText> paragraphs,
            IReadOnlyList<SignatoryGroup> signatoryGroups)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Published = published;
            Publisher = publisher ?? throw new ArgumentNullException(nameof(publisher));
            _tags = RuntimeArguments.CopyStrings(tags ?? throw new ArgumentNullException(nameof(tags)), "tag", nameof(tags));
            IsOpenForSubscriptions = isOpenForSubscriptions;
            _languages = RuntimeArguments.CopyStrings(languages ?? throw new ArgumentNullException(nameof(languages)), "language", nameof(languages));
            Title = title ?? throw new ArgumentNullException(nameof(title));
            // A content list is kept as it is (see ReadOnly).
            Paragraphs = paragraphs is ContentList.IImmutable ? paragraphs : ReadOnly(paragraphs, nameof(paragraphs));
            SignatoryGroups = signatoryGroups is ContentList.IImmutable ? signatoryGroups : ReadOnly(signatoryGroups, nameof(signatoryGroups));
        }

        /// <summary>The stable id from the content (kebab-case), e.g. <c>central-asia-ideology-ban</c>.</summary>
        public string Id { get; }

        /// <summary>The publication date (the time of day is always midnight).</summary>
        public DateTime Published { get; }

        /// <summary>Who published the statement.</summary>
        public LocalizedText Publisher { get; }

        /// <summary>Tags as published, in English.</summary>
        public IReadOnlyList<string> Tags => Volatile.Read(ref _tagsView) ?? Wrap(ref _tagsView, _tags);

        /// <summary>Whether the statement says it is open for further subscriptions (more signatories may be added).</summary>
        public bool IsOpenForSubscriptions { get; }

        /// <summary>The languages the statement text is published in, as lower-case culture names; the first is the default.</summary>
        public IReadOnlyList<string> Languages => Volatile.Read(ref _languagesView) ?? Wrap(ref _languagesView, _languages);

        // The string lists are copied as arrays and wrapped on first read: a read-only collection type made at
        // start-up costs more than the statement's other parts (docs/benchmarks.md §2). Invariant (lock-free): each
        // view goes once from null to a wrapper, by CompareExchange (Wrap), and never changes; readers read it once.
        private readonly string[] _tags;
        private readonly string[] _languages;
        private IReadOnlyList<string>? _tagsView;
        private IReadOnlyList<string>? _languagesView;

        /// <summary>The title.</summary>
        public LocalizedText Title { get; }

        /// <summary>The paragraphs in published order; each holds every language's text of that paragraph.</summary>
        public IReadOnlyList<LocalizedText> Paragraphs { get; }

        /// <summary>The groups of signatories in published order.</summary>
        public IReadOnlyList<SignatoryGroup> SignatoryGroups { get; }

        /// <summary>The number of signatories in all groups.</summary>
        /// <remarks>Counted on first use: the groups of generated statements are made when first read.</remarks>
        public int SignatoryCount
        {
            get
            {
                int count = Volatile.Read(ref _signatoryCount);
                if (count < 0)
                {
                    count = 0;
                    foreach (SignatoryGroup group in SignatoryGroups)
                    {
                        count += group.Signatories.Count;
                    }

                    Volatile.Write(ref _signatoryCount, count);
                }

                return count;
            }
        }

        // -1 until counted. Invariant (lock-free): one int, read once; it goes from -1 to the count and racing threads
        // write the same count, computed from immutable groups.
        private int _signatoryCount = -1;

        /// <summary>
        /// The SHA-256 of the statement's canonical form (<see cref="ToSnapshotText"/> without its hash line), as
        /// <c>sha256:</c> and 64 lower-case hex digits: one value that changes with any text, party, provenance or
        /// metadata, and never with the reader's culture or the checkout's line endings.
        /// </summary>
        public string ContentHash => Volatile.Read(ref _contentHash) ?? Publish(ref _contentHash, StatementSnapshot.Hash(this));

        // Invariant (lock-free): null until hashed, then one string set by CompareExchange (Publish) and never changed.
        private string? _contentHash;

        /// <summary>What the statement is, the same in every culture, e.g. <c>Statement 'x' (2024-09-18, en+ru, 9 paragraphs, 21 signatories)</c>.</summary>
        public override string ToString() =>
            "Statement '" + Id + "' (" + StatementSnapshot.Date(Published) + ", " + string.Join("+", Languages) + ", "
            + Paragraphs.Count + " paragraphs, " + SignatoryCount + " signatories)";

        /// <summary>
        /// The whole statement as canonical text for snapshot tests: every field named, every language, which texts
        /// the project added, party ids and countries, counts and the content hash; LF line endings, invisible
        /// characters shown as <c>[U+00A0]</c>, nothing read from the current culture. The first line names the
        /// format and its version (docs/snapshot-format.md).
        /// </summary>
        public string ToSnapshotText() => StatementSnapshot.Write(this, withHash: true);

        /// <summary>
        /// Whether <paramref name="other"/> is the same content: equal exactly when the canonical texts are, i.e. when
        /// the <see cref="ContentHash"/>es are — every text and its provenance, languages in their order, parties,
        /// metadata. How a reader falls back between languages is not content and does not count.
        /// </summary>
        public bool Equals(Statement? other) =>
            ReferenceEquals(this, other) || (other != null && Id == other.Id && string.Equals(ContentHash, other.ContentHash, StringComparison.Ordinal));

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as Statement);

        /// <inheritdoc/>
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id) ^ Paragraphs.Count ^ (SignatoryCount << 8);

        /// <summary>
        /// Sets a lazily made field from null to <paramref name="made"/> unless another thread set it first, and returns
        /// the one value the field keeps: every reader of the field gets the same object.
        /// </summary>
        internal static string Publish(ref string? field, string made) => Interlocked.CompareExchange(ref field, made, null) ?? made;

        /// <summary>A read-only view of <paramref name="items"/>, set once in <paramref name="field"/> as <see cref="Publish"/> does.</summary>
        private static IReadOnlyList<string> Wrap(ref IReadOnlyList<string>? field, string[] items)
        {
            IReadOnlyList<string> made = new ReadOnlyCollection<string>(items);
            return Interlocked.CompareExchange(ref field, made, null) ?? made;
        }

        internal static bool SequenceEqual<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
        {
            if (left.Count != right.Count)
            {
                return false;
            }

            for (int i = 0; i < left.Count; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(left[i], right[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A read-only copy of a list that is not a content list. Callers keep a content list (<see cref="ContentList.IImmutable"/>)
        /// as it is, testing that themselves: copying would make every item now, what a content list exists to avoid,
        /// and the test here would instantiate this generic method at start-up for nothing.
        /// </summary>
        internal static IReadOnlyList<T> ReadOnly<T>(IReadOnlyList<T> items, string name)
        {
            if (items is null)
            {
                throw new ArgumentNullException(name);
            }

            var copy = new T[items.Count];
            for (int i = 0; i < copy.Length; i++)
            {
                // Not '??': on an unconstrained T it needs C# 8, and this file is emitted into C# 7.3 projects too.
                T item = items[i];
                if (item == null)
                {
                    throw new ArgumentException("The list holds a null item.", name);
                }

                copy[i] = item;
            }

            return new ReadOnlyCollection<T>(copy);
        }
    }
}
