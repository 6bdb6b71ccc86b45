using System;
using System.Threading;

namespace StatementContent
{
    /// <summary>A party that signed a statement. Immutable; compares by value.</summary>
    public sealed class Signatory : IEquatable<Signatory>
    {
        /// <summary>Creates a signatory. Generated code calls this.</summary>
        public Signatory(string id, LocalizedText name, string? country)
            : this(id, name, country, false)
        {
        }

        /// <summary>Creates a signatory and records whether the project added its country (the published source does not give it).</summary>
        public Signatory(string id, LocalizedText name, string? country, bool isCountryAddedByProject)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Country = country;
            IsCountryAddedByProject = isCountryAddedByProject;
        }

        /// <summary>The party's stable id (kebab-case), e.g. <c>communist-party-of-greece</c>.</summary>
        public string Id { get; }

        /// <summary>The party's name in each language the content gives.</summary>
        public LocalizedText Name { get; }

        /// <summary>ISO 3166-1 alpha-2 code of the party's country, where one applies; otherwise <see langword="null"/>.</summary>
        public string? Country { get; }

        /// <summary>Whether the project added <see cref="Country"/>; the published source does not give it.</summary>
        public bool IsCountryAddedByProject { get; }

        /// <summary>
        /// The SHA-256 of the party's canonical form (its id, country and names with their provenance, as
        /// <see cref="Statement.ToSnapshotText"/> writes them), as <c>sha256:</c> and 64 hex digits.
        /// </summary>
        public string ContentHash => Volatile.Read(ref _contentHash) ?? Statement.Publish(ref _contentHash, StatementSnapshot.Hash(this));

        // Invariant (lock-free): null until hashed, then one string set by CompareExchange (Statement.Publish), never changed.
        private string? _contentHash;

        /// <summary>The id and country, e.g. <c>communist-party-of-greece (GR)</c>: the same in every culture. The name is <see cref="Name"/>.</summary>
        public override string ToString() => Country == null ? Id : Id + " (" + Country + ")";

        /// <summary>
        /// Whether <paramref name="other"/> is the same party: equal exactly when the <see cref="ContentHash"/>es are
        /// (id, country and its provenance, names in their languages' order with their provenance). How a reader falls
        /// back between languages is not content and does not count.
        /// </summary>
        public bool Equals(Signatory? other) =>
            ReferenceEquals(this, other) || (other != null && Id == other.Id && string.Equals(ContentHash, other.ContentHash, StringComparison.Ordinal));

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as Signatory);

        /// <inheritdoc/>
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
    }
}
