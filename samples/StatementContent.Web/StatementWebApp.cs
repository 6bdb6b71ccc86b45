using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using StatementContent.Extensions.Localization;
using StatementContent.Published;

namespace StatementContent.Web;

/// <summary>
/// The statement as a web page and a JSON API. The language comes from <c>?culture=</c>, then the
/// Accept-Language header, over the languages the content has and its configured fallbacks; every text is
/// read through the content's one fallback rule.
/// </summary>
public static class StatementWebApp
{
    /// <summary>Builds the app; the caller runs it (or starts it, in tests).</summary>
    public static WebApplication Create(string[] args)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddStatementContentLocalization();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, StatementRenderers.JsonTypeInfoResolver));

        WebApplication app = builder.Build();
        app.UseRequestLocalization(RequestLocalization());
        app.MapMethods("/", new[] { HttpMethods.Get, HttpMethods.Head }, (HttpContext context) => Page(context));
        app.MapGet("/api/statements", (HttpContext context) => List(context));
        app.MapGet("/api/statements/{id}", (string id, HttpContext context) => One(id, context));
        return app;
    }

    /// <summary>
    /// Supported cultures: every language of the content, and every language it configures a fallback for
    /// (kk, ky, uz), so a Kazakh reader is recognized and then read Russian by the fallback rule.
    /// </summary>
    internal static RequestLocalizationOptions RequestLocalization()
    {
        string[] cultures = ContentLanguages.All.Concat(ContentLanguages.Fallbacks.Languages).Distinct().ToArray();
        var options = new RequestLocalizationOptions { FallBackToParentCultures = true, FallBackToParentUICultures = true };
        options.SetDefaultCulture(ContentLanguages.All[0]);
        options.AddSupportedCultures(cultures);
        options.AddSupportedUICultures(cultures);
        return options;
    }

    private static ContentHttpResult Page(HttpContext context)
    {
        CultureInfo culture = CultureInfo.CurrentUICulture;
        context.Response.Headers.ContentLanguage = Statements.CentralAsiaIdeologyBan.Title.ResolveLanguage(culture);
        return TypedResults.Content(StatementRenderers.ToHtml(Statements.CentralAsiaIdeologyBan, culture, ContentLanguages.All), "text/html; charset=utf-8");
    }

    private static Ok<StatementSummary[]> List(HttpContext context)
    {
        CultureInfo culture = CultureInfo.CurrentUICulture;
        context.Response.Headers.ContentLanguage = string.Join(", ", Statements.All.Select(s => s.Title.ResolveLanguage(culture)).Distinct());
        return TypedResults.Ok(Statements.All.Select(s => StatementSummary.From(s, culture)).ToArray());
    }

    private static Results<Ok<StatementDocument>, ProblemHttpResult> One(string id, HttpContext context)
    {
        CultureInfo culture = CultureInfo.CurrentUICulture;
        if (Statements.Find(id) is not { } statement)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such statement", detail: $"There is no statement with the id '{id}'.");
        }

        context.Response.Headers.ContentLanguage = statement.Title.ResolveLanguage(culture);
        return TypedResults.Ok(StatementDocument.From(statement, culture));
    }
}
