using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using StatementContent.Extensions.Localization.Tests.Pages;
using StatementContent.Published;
using Xunit;
using static StatementContent.Extensions.Localization.Tests.LocalizerTests;

namespace StatementContent.Extensions.Localization.Tests.Pages
{
    /// <summary>An app's page model with its own strings in Resources/Pages.IndexModel(.ru).resx.</summary>
    public sealed class IndexModel
    {
    }
}

namespace StatementContent.Extensions.Localization.Tests
{
    /// <summary>
    /// The registration inside an app that is already localized with its own .resx (and MVC's view and DataAnnotations
    /// localization): the app's strings keep answering, in either registration order, and the content's strings are
    /// served by their marker type.
    /// </summary>
    public sealed class CompositionTests
    {
        /// <summary>The app's .resx strings, as the files in Resources/ hold them.</summary>
        private static readonly Dictionary<string, (string En, string Ru)> AppStrings = new()
        {
            ["Welcome"] = ("Welcome!", "Добро пожаловать!"),
            ["NameRequired"] = ("Please enter your name.", "Пожалуйста, введите имя."),
        };

        public static TheoryData<bool> Orders() => new() { true, false };

        private static ServiceProvider App(bool contentFirst, Action<StatementContentLocalizationOptions>? configure = null)
        {
            var services = new ServiceCollection();
            services.AddLogging();
            if (contentFirst)
            {
                services.AddStatementContentLocalization(configure);
            }

            services.AddLocalization(o => o.ResourcesPath = "Resources");
            services.AddMvc().AddViewLocalization().AddDataAnnotationsLocalization();
            if (!contentFirst)
            {
                services.AddStatementContentLocalization(configure);
            }

            return services.BuildServiceProvider();
        }

        [Theory]
        [MemberData(nameof(Orders))]
        public void The_apps_resx_strings_keep_answering_in_either_order(bool contentFirst)
        {
            using ServiceProvider app = App(contentFirst);
            var page = app.GetRequiredService<IStringLocalizer<IndexModel>>();
            foreach ((string key, (string en, string ru)) in AppStrings)
            {
                Assert.Equal(ru, InCulture("ru-RU", () => page[key]).Value);
                Assert.Equal(en, InCulture("en", () => page[key]).Value);
            }

            // The content's keys are not the page's: not found there, as before the registration.
            Assert.True(InCulture("ru", () => page[UiStrings.Keys.PublishedOn]).ResourceNotFound);
        }

        [Theory]
        [MemberData(nameof(Orders))]
        public void DataAnnotations_messages_come_from_the_apps_resx_in_either_order(bool contentFirst)
        {
            using ServiceProvider app = App(contentFirst);
            MvcDataAnnotationsLocalizationOptions options = app.GetRequiredService<IOptions<MvcDataAnnotationsLocalizationOptions>>().Value;
            IStringLocalizer messages = options.DataAnnotationLocalizerProvider(typeof(IndexModel), app.GetRequiredService<IStringLocalizerFactory>());
            Assert.Equal(AppStrings["NameRequired"].Ru, InCulture("ru", () => messages["NameRequired"]).Value);
        }

        [Theory]
        [MemberData(nameof(Orders))]
        public void The_content_strings_are_served_by_their_marker_type_in_either_order(bool contentFirst)
        {
            using ServiceProvider app = App(contentFirst);
            var content = app.GetRequiredService<IStringLocalizer<StatementStrings>>();
            var html = app.GetRequiredService<IHtmlLocalizer<StatementStrings>>();
            foreach ((string key, LocalizedText text) in UiStrings.All)
            {
                foreach (string language in text.Languages)
                {
                    Assert.Equal(text.Get(language), InCulture(language, () => content[key]).Value);
                    Assert.Equal(text.Get(language), InCulture(language, () => html[key]).Value);
                }
            }

            Assert.Equal(UiStrings.All.Count + UiStrings.Formats.Count, InCulture("ru", () => content.GetAllStrings(true).Count()));
        }

        [Theory]
        [MemberData(nameof(Orders))]
        public void On_request_the_apps_localizers_fall_back_to_the_content_strings(bool contentFirst)
        {
            using ServiceProvider app = App(contentFirst, o => o.FallBackToContentStrings = true);
            var page = app.GetRequiredService<IStringLocalizer<IndexModel>>();
            Assert.Equal(AppStrings["Welcome"].Ru, InCulture("ru", () => page["Welcome"]).Value);
            Assert.Equal(UiStrings.PublishedOn.Ru, InCulture("ru", () => page[UiStrings.Keys.PublishedOn]).Value);
            LocalizedString missing = InCulture("ru", () => page["NoSuchKey"]);
            Assert.True(missing.ResourceNotFound);

            string[] all = InCulture("ru", () => page.GetAllStrings(true).Select(s => s.Name).ToArray());
            Assert.Equal(AppStrings.Keys.OrderBy(k => k, StringComparer.Ordinal).Concat(UiStrings.All.Keys).Concat(UiStrings.Formats.Keys), all.Take(AppStrings.Count).OrderBy(k => k, StringComparer.Ordinal).Concat(all.Skip(AppStrings.Count)));
        }

        [Fact]
        public void An_apps_own_factory_registered_first_stays_its_factory()
        {
            var services = new ServiceCollection();
            var own = new OwnFactory();
            services.AddSingleton<IStringLocalizerFactory>(own);
            services.AddStatementContentLocalization();
            services.AddLocalization();
            using ServiceProvider app = services.BuildServiceProvider();

            Assert.Equal("own:Welcome", app.GetRequiredService<IStringLocalizer<IndexModel>>()["Welcome"].Value);
            Assert.Equal(UiStrings.PublishedOn.Ru, InCulture("ru", () => app.GetRequiredService<IStringLocalizer<StatementStrings>>()[UiStrings.Keys.PublishedOn]).Value);
            Assert.Equal(new[] { typeof(IndexModel) }, own.Created);
        }

        [Fact]
        public void An_apps_own_factory_registered_later_still_leaves_the_content_strings_by_marker_type()
        {
            var services = new ServiceCollection();
            services.AddStatementContentLocalization();
            services.AddSingleton<IStringLocalizerFactory>(new OwnFactory());
            using ServiceProvider app = services.BuildServiceProvider();

            Assert.Equal("own:Welcome", app.GetRequiredService<IStringLocalizer<IndexModel>>()["Welcome"].Value);
            Assert.Equal(UiStrings.PublishedOn.En, InCulture("en", () => app.GetRequiredService<IStringLocalizer<StatementStrings>>()[UiStrings.Keys.PublishedOn]).Value);
        }

        [Fact]
        public void Your_strings_and_the_packages_are_one_table_yours_first()
        {
            string packageKey = UiStrings.All.Keys.First();
            var mine = new Dictionary<string, LocalizedText>
            {
                ["Greeting"] = new(new[] { "en", "ru" }, new[] { "Hello", "Привет" }),
                [packageKey] = new(new[] { "en", "ru" }, new[] { "Mine", "Мой" }),
            };
            var services = new ServiceCollection();
            services.AddStatementContentLocalization(mine, "App.UiStrings");
            using ServiceProvider app = services.BuildServiceProvider();
            var content = app.GetRequiredService<IStringLocalizer<StatementStrings>>();

            Assert.Equal("Привет", InCulture("ru", () => content["Greeting"]).Value);
            Assert.Equal("Мой", InCulture("ru", () => content[packageKey]).Value);
            foreach (string key in UiStrings.All.Keys.Where(k => k != packageKey))
            {
                Assert.Equal(UiStrings.All[key].Ru, InCulture("ru", () => content[key]).Value);
                Assert.Equal("StatementContent.Published.UiStrings", InCulture("ru", () => content[key]).SearchedLocation);
            }

            Assert.Equal(
                new[] { "Greeting", packageKey }.Concat(UiStrings.All.Keys.Where(k => k != packageKey)).Concat(UiStrings.Formats.Keys),
                InCulture("ru", () => content.GetAllStrings(true).Select(s => s.Name).ToArray()));
            Assert.Equal("App.UiStrings", InCulture("ru", () => content["NoSuchKey"]).SearchedLocation);
        }

        [Fact]
        public void Registering_twice_composes_once()
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddLocalization(o => o.ResourcesPath = "Resources");
            services.AddStatementContentLocalization();
            services.AddStatementContentLocalization(o => o.FallBackToContentStrings = true);
            Assert.Single(services, d => d.ServiceType == typeof(IStringLocalizerFactory));
            using ServiceProvider app = services.BuildServiceProvider();
            var page = app.GetRequiredService<IStringLocalizer<IndexModel>>();
            Assert.Equal(AppStrings["Welcome"].Ru, InCulture("ru", () => page["Welcome"]).Value);
            Assert.Equal(UiStrings.PublishedOn.Ru, InCulture("ru", () => page[UiStrings.Keys.PublishedOn]).Value);
        }

        private sealed class OwnFactory : IStringLocalizerFactory
        {
            public List<Type> Created { get; } = new();

            public IStringLocalizer Create(Type resourceSource)
            {
                Created.Add(resourceSource);
                return new OwnLocalizer();
            }

            public IStringLocalizer Create(string baseName, string location) => new OwnLocalizer();
        }

        private sealed class OwnLocalizer : IStringLocalizer
        {
            public LocalizedString this[string name] => new(name, "own:" + name);

            public LocalizedString this[string name, params object[] arguments] => this[name];

            public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => Array.Empty<LocalizedString>();
        }
    }
}
