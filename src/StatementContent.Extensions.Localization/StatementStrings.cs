namespace StatementContent.Extensions.Localization
{
    /// <summary>
    /// The resource type of the content's UI strings: <c>IStringLocalizer&lt;StatementStrings&gt;</c> (and, in MVC,
    /// <c>IHtmlLocalizer&lt;StatementStrings&gt;</c>) serve them once <c>AddStatementContentLocalization()</c> is
    /// registered. Every other resource type is served by the app's own localizer factory (its <c>.resx</c>).
    /// </summary>
    public sealed class StatementStrings
    {
        private StatementStrings()
        {
        }
    }
}
