using System;
using System.Collections.Generic;

namespace StatementContent
{
    /// <summary>A heading and the signatories listed under it, e.g. "Other Parties". Immutable; compares by value.</summary>
    public sealed class SignatoryGroup : IEquatable<SignatoryGroup>
    {
        /// <summary>Creates a group. Generated code calls this.</summary>
        public SignatoryGroup(string id, LocalizedText heading, IReadOnlyList<Signatory> signatories)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Heading = heading ?? throw new ArgumentNullException(nameof(heading));
            Signatories = signatories is ContentList.IImmutable ? signatories : Statement.ReadOnly(signatories, nameof(signatories));
        }

        /// <summary>The group's id from the content, e.g. <c>solidnet</c>.</summary>
        public string Id { get; }

        /// <summary>The heading shown above the list.</summary>
        public LocalizedText Heading { get; }

        /// <summary>The signatories in published order (the published list numbers them from 1).</summary>
        public IReadOnlyList<Signatory> Signatories { get; }

        /// <summary>The id.</summary>
        public override string ToString() => Id;

        /// <inheritdoc/>
        public bool Equals(SignatoryGroup? other) =>
            other != null && Id == other.Id && Heading.Equals(other.Heading) && Statement.SequenceEqual(Signatories, other.Signatories);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as SignatoryGroup);

        /// <inheritdoc/>
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id) ^ Signatories.Count;
    }
}
