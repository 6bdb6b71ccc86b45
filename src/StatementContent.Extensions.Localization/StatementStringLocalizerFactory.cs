using System;
using System.Collections.Generic;
using Microsoft.Extensions.Localization;

namespace StatementContent.Extensions.Localization
{
    /// <summary>
    /// Creates the one localizer over the compiled UI strings, whatever resource source or base name is asked
    /// for: the content has one table of UI strings.
    /// </summary>
    public sealed class StatementStringLocalizerFactory : IStringLocalizerFactory
    {
        private readonly StatementStringLocalizer _localizer;

        /// <summary>Creates a factory over <paramref name="strings"/>, the UI strings by key.</summary>
        public StatementStringLocalizerFactory(IReadOnlyDictionary<string, LocalizedText> strings, string searchedLocation) =>
            _localizer = new StatementStringLocalizer(strings, searchedLocation);

        /// <summary>Creates a factory over <paramref name="strings"/> and the strings with parameters, <paramref name="formats"/> (e.g. <c>UiStrings.Formats</c>).</summary>
        public StatementStringLocalizerFactory(IReadOnlyDictionary<string, LocalizedText> strings, IReadOnlyDictionary<string, UiFormat>? formats, string searchedLocation) =>
            _localizer = new StatementStringLocalizer(strings, formats, searchedLocation);

        /// <inheritdoc/>
        public IStringLocalizer Create(Type resourceSource) => _localizer;

        /// <inheritdoc/>
        public IStringLocalizer Create(string baseName, string location) => _localizer;
    }
}
