using System.Collections.Generic;
using Microsoft.Extensions.Localization;

namespace StatementContent.Extensions.Localization
{
    /// <summary>The app's localizer first; a key it does not have is looked up in the content's strings.</summary>
    internal sealed class FallbackStringLocalizer : IStringLocalizer
    {
        private readonly IStringLocalizer _first;
        private readonly IStringLocalizer _then;

        public FallbackStringLocalizer(IStringLocalizer first, IStringLocalizer then)
        {
            _first = first;
            _then = then;
        }

        public LocalizedString this[string name]
        {
            get
            {
                LocalizedString first = _first[name];
                return first.ResourceNotFound && _then[name] is { ResourceNotFound: false } then ? then : first;
            }
        }

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                LocalizedString first = _first[name, arguments];
                return first.ResourceNotFound && _then[name, arguments] is { ResourceNotFound: false } then ? then : first;
            }
        }

        /// <summary>The app's strings, then the content's strings whose keys the app does not have.</summary>
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
        {
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (LocalizedString app in _first.GetAllStrings(includeParentCultures))
            {
                seen.Add(app.Name);
                yield return app;
            }

            foreach (LocalizedString content in _then.GetAllStrings(includeParentCultures))
            {
                if (seen.Add(content.Name))
                {
                    yield return content;
                }
            }
        }
    }
}
