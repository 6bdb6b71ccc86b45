using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using StatementContent.Published;
using Xunit;

namespace StatementContent.Web.Tests;

/// <summary>The page and the API in memory (WebApplicationFactory): language negotiation, encoding, problem details.</summary>
public sealed class WebAppTests : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web) { TypeInfoResolver = StatementRenderers.JsonTypeInfoResolver };

    private readonly WebApplicationFactory<Program> _factory;
    private readonly HttpClient _client;

    public WebAppTests(WebApplicationFactory<Program> factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    [Theory]
    [InlineData("/?culture=ru", null, "ru")]
    [InlineData("/", "ru-RU", "ru")]
    [InlineData("/", "kk-KZ,ru;q=0.8", "ru")]
    [InlineData("/", "kk-KZ", "ru")] // no Kazakh text: the content's configured fallback kk → ru
    [InlineData("/", "de", "en")]
    [InlineData("/", null, "en")]
    [InlineData("/?culture=en", "ru-RU", "en")]
    public async Task The_page_is_in_the_language_negotiated_and_says_which(string path, string? acceptLanguage, string language)
    {
        IHtmlDocument page = await Get(path, acceptLanguage);
        Statement statement = Statements.CentralAsiaIdeologyBan;

        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(statement.Title.Get(language), page.QuerySelector("h1")!.TextContent);
        Assert.Equal(UiStrings.SignedByParties(statement.SignatoryCount, System.Globalization.CultureInfo.GetCultureInfo(language)), page.QuerySelector("p.signed")!.TextContent);
        Assert.Equal(statement.Paragraphs.Select(p => p.Get(language)), page.QuerySelectorAll("article > p:not(.published):not(.signed):not(.open)").Select(p => p.TextContent));
        Assert.Equal(
            statement.SignatoryGroups.Select(g => (g.Heading.Get(language), g.Signatories.Select(s => s.Name.Get(language)).ToArray())),
            page.QuerySelectorAll("section.signatories").Select(s => (s.QuerySelector("h2")!.TextContent, s.QuerySelectorAll("ol > li").Select(li => li.TextContent).ToArray())),
            new GroupComparer());
        Assert.Equal(ContentLanguages.All, page.QuerySelectorAll("nav a").Select(a => a.GetAttribute("hreflang")));
    }

    [Fact]
    public async Task Every_text_is_HTML_encoded()
    {
        string html = await _client.GetStringAsync("/?culture=en");
        // The content has quotes and an apostrophe; none may reach the page raw where they would change the markup.
        Assert.Contains("&quot;victims of Stalinist repressions", html);
        Assert.DoesNotContain("\"victims of Stalinist repressions", html);
        Assert.Contains("workers&#x27; parties", html);
    }

    [Fact]
    public async Task The_page_is_UTF8_text_not_numeric_entities_and_its_date_is_in_the_language_shown()
    {
        string html = await _client.GetStringAsync("/?culture=ru");
        Statement statement = Statements.CentralAsiaIdeologyBan;
        Assert.Contains(System.Net.WebUtility.HtmlEncode(statement.Title.Ru), html);
        Assert.Contains(statement.Title.Ru, html);
        Assert.DoesNotMatch("&#x4[0-9A-F]{2};", html); // no Cyrillic letter (U+0400–U+04FF) as an entity

        IHtmlDocument page = new HtmlParser().ParseDocument(html);
        var ru = System.Globalization.CultureInfo.GetCultureInfo("ru");
        Assert.Equal(statement.Published.ToString("d MMMM yyyy", ru), page.QuerySelector("time")!.TextContent);
        Assert.Equal(statement.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains(ru.DateTimeFormat.MonthGenitiveNames[statement.Published.Month - 1], page.QuerySelector("time")!.TextContent);
    }

    [Fact]
    public async Task HEAD_of_the_page_answers_like_GET()
    {
        using var head = new HttpRequestMessage(HttpMethod.Head, "/?culture=ru");
        using HttpResponseMessage response = await _client.SendAsync(head);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ru", Assert.Single(response.Content.Headers.ContentLanguage));
        // The body is dropped by the server (Kestrel), not by the app; the in-memory test server passes it through.
    }

    [Fact]
    public void Requests_are_not_logged_at_information_level()
    {
        // appsettings.json: ASP.NET Core's per-request lines (Hosting, Routing) at Warning; the app's own at Information.
        var loggers = _factory.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>();
        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information));
        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information));
        Assert.True(loggers.CreateLogger("StatementContent.Web").IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information));
    }

    [Theory]
    [InlineData("ru-RU", "ru")]
    [InlineData("kk-KZ,ru;q=0.8", "ru")]
    [InlineData("de", "en")]
    public async Task The_API_answers_JSON_in_the_negotiated_language_with_Content_Language(string acceptLanguage, string language)
    {
        using HttpResponseMessage response = await Send("/api/statements/central-asia-ideology-ban", acceptLanguage);
        response.EnsureSuccessStatusCode();
        Assert.Equal(language, Assert.Single(response.Content.Headers.ContentLanguage));
        StatementDocument document = (await response.Content.ReadFromJsonAsync<StatementDocument>(Json))!;
        Statement statement = Statements.CentralAsiaIdeologyBan;
        Assert.Equal((statement.Id, language, statement.Title.Get(language), statement.SignatoryCount), (document.Id, document.Language, document.Title, document.SignatoryCount));
        Assert.Equal(statement.SignatoryGroups.SelectMany(g => g.Signatories).Select(s => s.Name.Get(language)), document.Groups.SelectMany(g => g.Parties).Select(p => p.Name));
    }

    [Fact]
    public async Task The_list_names_every_statement()
    {
        using HttpResponseMessage response = await Send("/api/statements", "ru");
        StatementSummary[] list = (await response.Content.ReadFromJsonAsync<StatementSummary[]>(Json))!;
        Assert.Equal(Statements.All.Select(s => (s.Id, s.Title.Ru)), list.Select(s => (s.Id, s.Title)));
    }

    [Fact]
    public async Task An_unknown_id_is_404_problem_details()
    {
        using HttpResponseMessage response = await Send("/api/statements/no-such-statement", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        ProblemDetails problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
        Assert.Equal(404, problem.Status);
        Assert.Contains("no-such-statement", problem.Detail);
    }

    private async Task<IHtmlDocument> Get(string path, string? acceptLanguage)
    {
        using HttpResponseMessage response = await Send(path, acceptLanguage);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> Send(string path, string? acceptLanguage)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        return _client.SendAsync(request);
    }

    private sealed class GroupComparer : IEqualityComparer<(string Heading, string[] Parties)>
    {
        public bool Equals((string Heading, string[] Parties) x, (string Heading, string[] Parties) y) => x.Heading == y.Heading && x.Parties.SequenceEqual(y.Parties);

        public int GetHashCode((string Heading, string[] Parties) obj) => obj.Heading.GetHashCode(StringComparison.Ordinal);
    }
}
