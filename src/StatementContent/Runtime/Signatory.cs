using System;

namespace StatementContent
{
    /// <summary>A party that signed a statement.</summary>
    public sealed class Signatory
    {
        /// <summary>Creates a signatory. Generated code calls this.</summary>
        public Signatory(string id, LocalizedText name, string? country)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Country = country;
        }

        /// <summary>The party's stable id (kebab-case), e.g. <c>communist-party-of-greece</c>.</summary>
        public string Id { get; }

        /// <summary>The party's name in each language the content gives.</summary>
        public LocalizedText Name { get; }

        /// <summary>ISO 3166-1 alpha-2 code of the party's country, where one applies; otherwise <see langword="null"/>.</summary>
        public string? Country { get; }

        /// <summary>The name in the current UI culture.</summary>
        public override string ToString() => Name.ToString();
    }
}
