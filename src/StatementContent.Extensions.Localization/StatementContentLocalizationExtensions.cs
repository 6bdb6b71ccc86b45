using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using StatementContent.Published;

namespace StatementContent.Extensions.Localization
{
    /// <summary>Adds the compiled UI strings to the app's localization, leaving what the app registered working.</summary>
    public static class StatementContentLocalizationExtensions
    {
        /// <summary>
        /// Adds this library's <c>UiStrings</c> to the app's localization: <c>IStringLocalizer&lt;StatementStrings&gt;</c>
        /// and the non-generic <see cref="IStringLocalizer"/> serve them; <c>IStringLocalizer&lt;T&gt;</c> of every other
        /// type stays with the app's own factory (its <c>.resx</c>), whether <c>AddLocalization</c> is called before
        /// or after this.
        /// </summary>
        public static IServiceCollection AddStatementContentLocalization(this IServiceCollection services) =>
            services.AddStatementContentLocalization(configure: null);

        /// <summary>The same, with options (e.g. <see cref="StatementContentLocalizationOptions.FallBackToContentStrings"/>).</summary>
        public static IServiceCollection AddStatementContentLocalization(this IServiceCollection services, Action<StatementContentLocalizationOptions>? configure) =>
            Register(services, new[] { PackageTable() }, configure);

        /// <summary>
        /// The same with UI strings of your own: a project that compiles its own content with the generator and
        /// references the StatementContent package passes its generated <c>UiStrings.All</c>. A key is looked up in
        /// your strings first, then in the package's.
        /// </summary>
        /// <param name="services">The app's services.</param>
        /// <param name="strings">Your UI strings by key.</param>
        /// <param name="searchedLocation">What a lookup names as searched, e.g. your generated class's full name.</param>
        public static IServiceCollection AddStatementContentLocalization(this IServiceCollection services, IReadOnlyDictionary<string, LocalizedText> strings, string searchedLocation) =>
            services.AddStatementContentLocalization(strings, searchedLocation, configure: null);

        /// <summary>The same with options.</summary>
        /// <param name="services">The app's services.</param>
        /// <param name="strings">Your UI strings by key.</param>
        /// <param name="searchedLocation">What a lookup names as searched, e.g. your generated class's full name.</param>
        /// <param name="configure">Sets the options, or <see langword="null"/>.</param>
        public static IServiceCollection AddStatementContentLocalization(this IServiceCollection services, IReadOnlyDictionary<string, LocalizedText> strings, string searchedLocation, Action<StatementContentLocalizationOptions>? configure) =>
            services.AddStatementContentLocalization(strings, formats: null, searchedLocation, configure);

        /// <summary>
        /// The same with your UI strings with parameters too (your generated <c>UiStrings.Formats</c>), so
        /// <c>localizer["YourKey", 5]</c> gives their plural-correct text.
        /// </summary>
        /// <param name="services">The app's services.</param>
        /// <param name="strings">Your UI strings by key.</param>
        /// <param name="formats">Your UI strings with parameters by key, or <see langword="null"/>.</param>
        /// <param name="searchedLocation">What a lookup names as searched, e.g. your generated class's full name.</param>
        /// <param name="configure">Sets the options, or <see langword="null"/>.</param>
        public static IServiceCollection AddStatementContentLocalization(this IServiceCollection services, IReadOnlyDictionary<string, LocalizedText> strings, IReadOnlyDictionary<string, UiFormat>? formats, string searchedLocation, Action<StatementContentLocalizationOptions>? configure)
        {
            if (strings is null)
            {
                throw new ArgumentNullException(nameof(strings));
            }

            if (searchedLocation is null)
            {
                throw new ArgumentNullException(nameof(searchedLocation));
            }

            return Register(services, new[] { new StringTable(strings, searchedLocation, formats), PackageTable() }, configure);
        }

        private static StringTable PackageTable() => new StringTable(UiStrings.All, typeof(UiStrings).FullName!, UiStrings.Formats);

        private static IServiceCollection Register(IServiceCollection services, IReadOnlyList<StringTable> tables, Action<StatementContentLocalizationOptions>? configure)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            var options = new StatementContentLocalizationOptions();
            configure?.Invoke(options);
            var content = new StatementStringLocalizer(tables);

            // The app's factory, or the standard one (ResourceManager over .resx) when it has none yet: TryAdd, so an
            // AddLocalization(o => ...) before or after this keeps its options, and an app's own factory stays.
            services.AddLocalization();
            ServiceDescriptor app = services.Last(IsFactory);
            if (app.ImplementationFactory?.Target is Composition earlier)
            {
                app = earlier.App;
            }

            var composition = new Composition(app, content, options.FallBackToContentStrings);
            services.RemoveAll<IStringLocalizerFactory>();
            services.Add(ServiceDescriptor.Describe(typeof(IStringLocalizerFactory), composition.Create, app.Lifetime));

            // The content's localizer by its marker type, whatever factory the app registers later.
            services.Replace(ServiceDescriptor.Singleton<IStringLocalizer<StatementStrings>>(new ContentLocalizer(content)));
            if (services.LastOrDefault(d => d.ServiceType == typeof(IStringLocalizer) && !IsKeyed(d)) is { ImplementationInstance: StatementStringLocalizer } ours)
            {
                services.Remove(ours);
            }

            services.TryAddSingleton<IStringLocalizer>(content);
            return services;
        }

        private static bool IsFactory(ServiceDescriptor descriptor) => descriptor.ServiceType == typeof(IStringLocalizerFactory) && !IsKeyed(descriptor);

        private static bool IsKeyed(ServiceDescriptor descriptor) => descriptor.IsKeyedService;

        /// <summary>Makes the composed factory around the app's registration, created as the app registered it.</summary>
        private sealed class Composition
        {
            private readonly StatementStringLocalizer _content;
            private readonly bool _fallBack;

            public Composition(ServiceDescriptor app, StatementStringLocalizer content, bool fallBack)
            {
                App = app;
                _content = content;
                _fallBack = fallBack;
            }

            public ServiceDescriptor App { get; }

            public object Create(IServiceProvider services) =>
                new ComposedStringLocalizerFactory(() => CreateApp(services), _content, _fallBack);

            /// <summary>The app's factory as it registered it; made on first use, so serving the content needs nothing of the app's.</summary>
            private IStringLocalizerFactory CreateApp(IServiceProvider services) =>
                (IStringLocalizerFactory)(App.ImplementationInstance
                    ?? App.ImplementationFactory?.Invoke(services)
                    ?? ActivatorUtilities.CreateInstance(services, App.ImplementationType!));
        }

        /// <summary>The content's localizer as <c>IStringLocalizer&lt;StatementStrings&gt;</c>.</summary>
        private sealed class ContentLocalizer : IStringLocalizer<StatementStrings>
        {
            private readonly IStringLocalizer _content;

            public ContentLocalizer(IStringLocalizer content) => _content = content;

            public LocalizedString this[string name] => _content[name];

            public LocalizedString this[string name, params object[] arguments] => _content[name, arguments];

            public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _content.GetAllStrings(includeParentCultures);
        }
    }
}
