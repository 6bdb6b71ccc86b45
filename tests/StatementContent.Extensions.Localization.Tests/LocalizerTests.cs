using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using StatementContent.Published;
using Xunit;

namespace StatementContent.Extensions.Localization.Tests;

/// <summary>
/// Our localizer against ResourceManagerStringLocalizer over resources holding the same strings (written from
/// UiStrings.All at test time, English neutral, one satellite per other language): the same answers for every
/// culture of the table, except where the content's configured fallback differs on purpose.
/// </summary>
public sealed class LocalizerTests : IDisposable
{
    private static readonly string[] Cultures = { "en", "en-GB", "ru", "ru-RU", "ru-KZ", "kk-KZ", "de", "" };

    /// <summary>Where ours answers differently on purpose: content/languages.json sends Kazakh readers to Russian, resources to the neutral English.</summary>
    private static readonly Dictionary<string, string> OnPurpose = new() { ["kk-KZ"] = "ru" };

    private readonly string _resources = Directory.CreateTempSubdirectory("resources").FullName;
    private readonly IStringLocalizer _ours = new ServiceCollection().AddStatementContentLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer>();
    private readonly IStringLocalizer _standard;

    public LocalizerTests()
    {
        foreach (string language in UiStrings.All.Values.SelectMany(t => t.Languages).Distinct())
        {
            string file = Path.Combine(_resources, language == "en" ? "UiStrings.resources" : $"UiStrings.{language}.resources");
            using var writer = new ResourceWriter(file);
            // The strings with parameters by their patterns, as a .resx would hold a format string.
            foreach ((string key, LocalizedText text) in UiStrings.All.Concat(UiStrings.Formats.Select(f => new KeyValuePair<string, LocalizedText>(f.Key, f.Value.Pattern))))
            {
                if (text.TryGetExact(language, out string value))
                {
                    writer.AddResource(key, value);
                }
            }
        }

        ResourceManager manager = ResourceManager.CreateFileBasedResourceManager("UiStrings", _resources, null);
        _standard = new ResourceManagerStringLocalizer(manager, typeof(LocalizerTests).Assembly, "UiStrings", new ResourceNamesCache(), NullLogger.Instance);
    }

    public static TheoryData<string, string> Table()
    {
        var data = new TheoryData<string, string>();
        foreach (string culture in Cultures)
        {
            foreach (string key in UiStrings.All.Keys)
            {
                data.Add(culture, key);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Answers_like_ResourceManagerStringLocalizer_except_where_the_content_says_otherwise(string culture, string key)
    {
        LocalizedString ours = InCulture(culture, () => _ours[key]);
        LocalizedString standard = InCulture(culture, () => _standard[key]);

        Assert.Equal((standard.Name, standard.ResourceNotFound), (ours.Name, ours.ResourceNotFound));
        if (OnPurpose.TryGetValue(culture, out string? language))
        {
            Assert.Equal(UiStrings.All[key].Get(language), ours.Value);
            Assert.NotEqual(standard.Value, ours.Value);
        }
        else
        {
            Assert.Equal(standard.Value, ours.Value);
        }
    }

    [Theory]
    [InlineData("ru-RU")]
    [InlineData("")]
    public void A_missing_key_is_not_found_and_answers_with_the_key_like_the_standard_one(string culture)
    {
        LocalizedString ours = InCulture(culture, () => _ours["NoSuchKey"]);
        LocalizedString standard = InCulture(culture, () => _standard["NoSuchKey"]);
        Assert.Equal((standard.Name, standard.Value, standard.ResourceNotFound), (ours.Name, ours.Value, ours.ResourceNotFound));
        Assert.Equal("StatementContent.Published.UiStrings", ours.SearchedLocation);
    }

    [Fact]
    public void Arguments_are_formatted_in_the_current_culture()
    {
        var localizer = new StatementStringLocalizer(
            new Dictionary<string, LocalizedText> { ["Total"] = new(new[] { "en", "ru" }, new[] { "Total: {0:N1}", "Итого: {0:N1}" }) },
            "Test");
        Assert.Equal("Итого: 1 234,5", InCulture("ru-RU", () => localizer["Total", 1234.5]).Value.Replace('\u00A0', ' ').Replace('\u202F', ' '));
        Assert.Equal("Total: 1,234.5", InCulture("en-US", () => localizer["Total", 1234.5]).Value);
    }

    [Fact]
    public void All_strings_with_and_without_parent_cultures()
    {
        List<LocalizedString> withParents = InCulture("ru-RU", () => _ours.GetAllStrings(includeParentCultures: true).ToList());
        Assert.Equal(UiStrings.All.Keys.Concat(UiStrings.Formats.Keys), withParents.Select(s => s.Name));
        Assert.Equal(UiStrings.All.Values.Concat(UiStrings.Formats.Values.Select(f => f.Pattern)).Select(t => t.Ru), withParents.Select(s => s.Value));

        // ru-RU itself has no text of its own: everything is in its parent, ru.
        Assert.Empty(InCulture("ru-RU", () => _ours.GetAllStrings(includeParentCultures: false).ToList()));
        Assert.Equal(UiStrings.All.Count + UiStrings.Formats.Count, InCulture("ru", () => _ours.GetAllStrings(includeParentCultures: false).Count()));

        // The invariant culture is the neutral resources' culture, as ResourceManagerStringLocalizer has it.
        Assert.Equal(
            InCulture("", () => _standard.GetAllStrings(includeParentCultures: false).Select(s => (s.Name, s.Value)).OrderBy(p => p.Name, StringComparer.Ordinal).ToList()),
            InCulture("", () => _ours.GetAllStrings(includeParentCultures: false).Select(s => (s.Name, s.Value)).OrderBy(p => p.Name, StringComparer.Ordinal).ToList()));
    }

    [Fact]
    public void The_content_localizer_resolves_by_its_marker_type_and_as_the_plain_localizer()
    {
        ServiceProvider services = new ServiceCollection().AddStatementContentLocalization().BuildServiceProvider();
        IStringLocalizer<StatementStrings> typed = services.GetRequiredService<IStringLocalizer<StatementStrings>>();
        Assert.Equal(UiStrings.PublishedOn.Ru, InCulture("ru", () => typed[UiStrings.Keys.PublishedOn]).Value);
        Assert.Equal(UiStrings.PublishedOn.Ru, InCulture("ru", () => services.GetRequiredService<IStringLocalizer>()[UiStrings.Keys.PublishedOn]).Value);
        Assert.Same(
            services.GetRequiredService<IStringLocalizer>(),
            services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(StatementStrings)));
    }

    public void Dispose() => Directory.Delete(_resources, recursive: true);

    internal static T InCulture<T>(string culture, Func<T> read)
    {
        CultureInfo saved = CultureInfo.CurrentUICulture, savedFormat = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
            CultureInfo.CurrentCulture = savedFormat;
        }
    }
}
