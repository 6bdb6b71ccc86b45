using Microsoft.AspNetCore.Builder;
using PuppeteerSharp;
using StatementContent.Published;
using Xunit;

namespace StatementContent.Web.Tests;

/// <summary>
/// A fact that needs Debian's Chromium: skipped, saying why, where it is not installed (.ci/run installs it),
/// never passed without running.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ChromiumPath is null)
        {
            Skip = "Chromium is not installed, so the real-browser test cannot run: 'apt-get install chromium' (.ci/run does).";
        }
    }

    /// <summary>The system browser on PATH, as <c>command -v chromium</c> finds it.</summary>
    public static string? ChromiumPath =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .SelectMany(dir => new[] { Path.Combine(dir, "chromium"), Path.Combine(dir, "chromium-browser") })
            .FirstOrDefault(File.Exists);
}

/// <summary>The Russian page in headless Chromium, driven by PuppeteerSharp, against the app on a free loopback port.</summary>
public sealed class BrowserTests
{
    [ChromiumFact]
    public async Task The_Russian_page_renders_in_a_real_browser_with_every_party_as_a_list_item()
    {
        WebApplication app = StatementWebApp.Create(new[] { "--urls", "http://127.0.0.1:0" });
        await app.StartAsync();
        try
        {
            string address = app.Urls.Single();
            Assert.StartsWith("http://127.0.0.1:", address);
            var options = new LaunchOptions
            {
                Headless = true,
                ExecutablePath = ChromiumFactAttribute.ChromiumPath,
                Args = new[] { "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking" },
            };
            await using IBrowser browser = await Puppeteer.LaunchAsync(options);
            await using IPage page = await browser.NewPageAsync();
            await page.SetViewportAsync(new ViewPortOptions { Width = 1000, Height = 800 });
            IResponse response = await page.GoToAsync(address + "/?culture=ru");
            Assert.True(response.Ok, "HTTP " + response.Status);

            Statement statement = Statements.CentralAsiaIdeologyBan;
            Assert.Equal("ru", await page.EvaluateExpressionAsync<string>("document.documentElement.lang"));
            Assert.Equal(statement.Title.Ru, await page.EvaluateExpressionAsync<string>("document.querySelector('h1').textContent"));
            Assert.Equal(
                statement.SignatoryGroups.SelectMany(g => g.Signatories).Select(s => s.Name.Ru),
                await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('section.signatories ol > li')).map(li => li.textContent)"));
            Assert.Equal(UiStrings.SignedByParties(statement.SignatoryCount, System.Globalization.CultureInfo.GetCultureInfo("ru")), await page.EvaluateExpressionAsync<string>("document.querySelector('p.signed').textContent"));

            string screenshot = Path.Combine(AppContext.BaseDirectory, "statement-ru.png");
            await page.ScreenshotAsync(screenshot, new ScreenshotOptions { FullPage = true });
            Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is empty");
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
