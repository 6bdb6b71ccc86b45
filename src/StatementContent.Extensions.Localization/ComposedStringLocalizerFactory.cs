using System;
using Microsoft.Extensions.Localization;

namespace StatementContent.Extensions.Localization
{
    /// <summary>
    /// The app's <see cref="IStringLocalizerFactory"/> with the content's strings added: <see cref="StatementStrings"/>
    /// is served by the content's localizer, every other resource by the app's factory (optionally falling back to the
    /// content's strings for keys it lacks).
    /// </summary>
    internal sealed class ComposedStringLocalizerFactory : IStringLocalizerFactory
    {
        private static readonly string MarkerName = typeof(StatementStrings).FullName!;

        private readonly Lazy<IStringLocalizerFactory> _app;
        private readonly StatementStringLocalizer _content;
        private readonly bool _fallBack;

        /// <param name="app">Makes the app's factory, when a resource other than the content's is first asked for.</param>
        /// <param name="content">The content's localizer.</param>
        /// <param name="fallBack">Whether the app's localizers fall back to the content's strings.</param>
        public ComposedStringLocalizerFactory(Func<IStringLocalizerFactory> app, StatementStringLocalizer content, bool fallBack)
        {
            _app = new Lazy<IStringLocalizerFactory>(app);
            _content = content;
            _fallBack = fallBack;
        }

        public IStringLocalizer Create(Type resourceSource)
        {
            if (resourceSource is null)
            {
                throw new ArgumentNullException(nameof(resourceSource));
            }

            return resourceSource == typeof(StatementStrings) ? _content : Compose(_app.Value.Create(resourceSource));
        }

        public IStringLocalizer Create(string baseName, string location) =>
            string.Equals(baseName, MarkerName, StringComparison.Ordinal) ? _content : Compose(_app.Value.Create(baseName, location));

        private IStringLocalizer Compose(IStringLocalizer app) => _fallBack ? new FallbackStringLocalizer(app, _content) : app;
    }
}
