namespace StatementContent.Extensions.Localization
{
    /// <summary>How <c>AddStatementContentLocalization</c> joins the app's own localization.</summary>
    public sealed class StatementContentLocalizationOptions
    {
        /// <summary>
        /// When <see langword="true"/>, the app's own localizers (<c>IStringLocalizer&lt;T&gt;</c> for its types, over
        /// its <c>.resx</c>) answer a key they do not have with the content's string of that key, if there is one.
        /// Off by default: the app's localizers answer exactly as they did before the registration.
        /// </summary>
        public bool FallBackToContentStrings { get; set; }
    }
}
