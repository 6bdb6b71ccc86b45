using System;
using System.Collections.Generic;
using System.Globalization;

namespace StatementContent
{
    /// <summary>
    /// A UI string with parameters (e.g. <c>SignedByParties</c>) as a value a localizer can call: its key, its
    /// parameters as declared, its pattern, and <see cref="Format"/>, which fills it as the generated method does
    /// (language by the fallback rule, plural form by <see cref="PluralRules"/>, nothing parsed at run time).
    /// The generated <c>UiStrings.Formats</c> holds one per string.
    /// </summary>
    public abstract class UiFormat
    {
        /// <summary>The parameter that picks the plural form and is written as a number.</summary>
        public const string CountParameter = "count";

        private readonly string[] _parameters;
        private readonly int _countAt;

        /// <summary>A format with these parameters (as declared) and this pattern (per language, e.g. <c>Signed by {count} parties</c>).</summary>
        protected UiFormat(string key, IReadOnlyList<string> parameters, LocalizedText pattern)
        {
            if (parameters == null)
            {
                throw new ArgumentNullException(nameof(parameters));
            }

            Key = key ?? throw new ArgumentNullException(nameof(key));
            Pattern = pattern ?? throw new ArgumentNullException(nameof(pattern));
            _parameters = new string[parameters.Count];
            _countAt = -1;
            for (int i = 0; i < _parameters.Length; i++)
            {
                _parameters[i] = parameters[i];
                _countAt = parameters[i] == CountParameter ? i : _countAt;
            }
        }

        /// <summary>The key in strings.json.</summary>
        public string Key { get; }

        /// <summary>The parameter names in their declared order: the order of <see cref="TryFormat"/>'s arguments.</summary>
        public IReadOnlyList<string> Parameters => Array.AsReadOnly(_parameters);

        /// <summary>The pattern in each language: its "other" form with <c>{name}</c> placeholders, as written in the content.</summary>
        public LocalizedText Pattern { get; }

        /// <summary>
        /// The text for <paramref name="culture"/>: <paramref name="count"/> picks the form and is written in the
        /// culture's number format; <paramref name="arguments"/> are the other parameters, in declared order.
        /// </summary>
        public abstract string Format(CultureInfo culture, FormatNumber count, string?[]? arguments);

        /// <summary>
        /// Formats with one argument per parameter, in declared order: the count a number (<see cref="FormatNumber.TryFrom"/>),
        /// every other a string (or null). False, with no text, when the number or a type of the arguments does not fit.
        /// </summary>
        public bool TryFormat(CultureInfo culture, object?[]? arguments, out string? text)
        {
            text = null;
            int given = arguments == null ? 0 : arguments.Length;
            if (given != _parameters.Length)
            {
                return false;
            }

            FormatNumber count = default(FormatNumber);
            string?[]? others = _parameters.Length > (_countAt < 0 ? 0 : 1) ? new string?[_parameters.Length - (_countAt < 0 ? 0 : 1)] : null;
            for (int i = 0, other = 0; i < given; i++)
            {
                object? argument = arguments![i];
                if (i == _countAt)
                {
                    if (!FormatNumber.TryFrom(argument, out count))
                    {
                        return false;
                    }
                }
                else if (argument == null || argument is string)
                {
                    others![other++] = (string?)argument;
                }
                else
                {
                    return false;
                }
            }

            text = Format(culture, count, others);
            return true;
        }
    }
}
