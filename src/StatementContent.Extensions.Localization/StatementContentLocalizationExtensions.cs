using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using StatementContent.Published;

namespace StatementContent.Extensions.Localization
{
    /// <summary>Registers the compiled UI strings as the app's <see cref="IStringLocalizer"/>.</summary>
    public static class StatementContentLocalizationExtensions
    {
        /// <summary>
        /// Registers <see cref="IStringLocalizerFactory"/>, <see cref="IStringLocalizer"/> and
        /// <see cref="IStringLocalizer{T}"/> over this library's <c>UiStrings</c>.
        /// </summary>
        public static IServiceCollection AddStatementContentLocalization(this IServiceCollection services) =>
            services.AddStatementContentLocalization(UiStrings.All, typeof(UiStrings).FullName!);

        /// <summary>
        /// The same over UI strings of your own: a project that compiles its own content with the generator and
        /// references the StatementContent package passes its generated <c>UiStrings.All</c>.
        /// </summary>
        /// <param name="services">The app's services.</param>
        /// <param name="strings">The UI strings by key.</param>
        /// <param name="searchedLocation">What a lookup names as searched, e.g. the generated class's full name.</param>
        public static IServiceCollection AddStatementContentLocalization(this IServiceCollection services, IReadOnlyDictionary<string, LocalizedText> strings, string searchedLocation)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            var factory = new StatementStringLocalizerFactory(strings, searchedLocation);
            services.AddSingleton<IStringLocalizerFactory>(factory);
            services.AddSingleton(factory.Create(typeof(UiStrings)));
            services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
            return services;
        }
    }
}
