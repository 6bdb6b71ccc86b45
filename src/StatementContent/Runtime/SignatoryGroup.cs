using System;
using System.Collections.Generic;

namespace StatementContent
{
    /// <summary>A heading and the signatories listed under it, e.g. "Other Parties".</summary>
    public sealed class SignatoryGroup
    {
        /// <summary>Creates a group. Generated code calls this.</summary>
        public SignatoryGroup(string id, LocalizedText heading, IReadOnlyList<Signatory> signatories)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Heading = heading ?? throw new ArgumentNullException(nameof(heading));
            Signatories = Statement.ReadOnly(signatories, nameof(signatories));
        }

        /// <summary>The group's id from the content, e.g. <c>solidnet</c>.</summary>
        public string Id { get; }

        /// <summary>The heading shown above the list.</summary>
        public LocalizedText Heading { get; }

        /// <summary>The signatories in published order (the published list numbers them from 1).</summary>
        public IReadOnlyList<Signatory> Signatories { get; }

        /// <summary>The id.</summary>
        public override string ToString() => Id;
    }
}
