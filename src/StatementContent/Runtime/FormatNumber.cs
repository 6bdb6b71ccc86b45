using System;
using System.Globalization;

namespace StatementContent
{
    /// <summary>
    /// The number a UI string with parameters shows as <c>{count}</c>: an <see cref="int"/>, <see cref="long"/>,
    /// <see cref="decimal"/> or <see cref="double"/> (each converts implicitly, so <c>SignedByParties(5)</c> and
    /// <c>SignedByParties(1.5m)</c> both compile). One place for both things a count does: it picks the plural form
    /// by CLDR's operands of the number as written (<see cref="CategoryIn"/>), and it is written in the reader's
    /// culture with that culture's digit grouping (<see cref="ToString(IFormatProvider)"/>), with the fraction digits
    /// the operands count, so the text and its form agree: <c>1.0m</c> is "1.0" and English "other", <c>1</c> is
    /// "1" and "one"; <c>1000</c> is "1,000" in English and "1 000" (U+00A0 between) in Russian.
    /// </summary>
    /// <remarks>
    /// The form is chosen from the content's language tag, never from culture data, so an app running with
    /// invariant globalization (<c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT</c>) still gets the right plural text; only
    /// the digits are then written the invariant way ("1,000").
    /// </remarks>
    public readonly struct FormatNumber
    {
        private const byte IntegerKind = 0;
        private const byte DecimalKind = 1;
        private const byte DoubleKind = 2;

        // An integer (kept exactly: every long is a decimal of scale 0) or a decimal in _decimal; a double in _double.
        private readonly decimal _decimal;
        private readonly double _double;
        private readonly byte _kind;

        /// <summary>An integer count.</summary>
        public FormatNumber(long value)
        {
            _decimal = value;
            _double = 0;
            _kind = IntegerKind;
        }

        /// <summary>A decimal count: its visible fraction digits count (<c>1.50m</c> is "1.50", CLDR v = 2).</summary>
        public FormatNumber(decimal value)
        {
            _decimal = value;
            _double = 0;
            _kind = DecimalKind;
        }

        /// <summary>A double count, as its shortest round-trip representation writes it (<c>1.0</c> is "1", <c>1.5</c> is "1.5").</summary>
        public FormatNumber(double value)
        {
            _decimal = 0;
            _double = value;
            _kind = DoubleKind;
        }

        /// <summary>An <see cref="int"/> count.</summary>
        public static implicit operator FormatNumber(int value) => new FormatNumber(value);

        /// <summary>A <see cref="long"/> count.</summary>
        public static implicit operator FormatNumber(long value) => new FormatNumber(value);

        /// <summary>A <see cref="decimal"/> count.</summary>
        public static implicit operator FormatNumber(decimal value) => new FormatNumber(value);

        /// <summary>A <see cref="double"/> count.</summary>
        public static implicit operator FormatNumber(double value) => new FormatNumber(value);

        /// <summary>
        /// The count given as an object (e.g. an argument of <c>IStringLocalizer</c>): an <see cref="int"/>,
        /// <see cref="long"/>, <see cref="decimal"/> or <see cref="double"/>, or a smaller integer or a
        /// <see cref="float"/>; false for anything else, <see langword="null"/> included.
        /// </summary>
        public static bool TryFrom(object? value, out FormatNumber number)
        {
            switch (value)
            {
                case int i:
                    number = i;
                    return true;
                case long l:
                    number = l;
                    return true;
                case decimal m:
                    number = m;
                    return true;
                case double d:
                    number = d;
                    return true;
                case short s:
                    number = s;
                    return true;
                case byte b:
                    number = b;
                    return true;
                case sbyte sb:
                    number = sb;
                    return true;
                case ushort us:
                    number = us;
                    return true;
                case uint ui:
                    number = ui;
                    return true;
                case float f:
                    // As written ("1.1"), not as the double nearest the float (1.100000023841858).
                    number = double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                    return true;
                default:
                    number = default(FormatNumber);
                    return false;
            }
        }

        /// <summary>The cardinal plural category of this number in <paramref name="language"/> (<see cref="PluralRules"/>).</summary>
        public PluralCategory CategoryIn(string language)
        {
            switch (_kind)
            {
                case IntegerKind:
                    return PluralRules.Select(language, (long)_decimal);
                case DecimalKind:
                    return PluralRules.Select(language, _decimal);
                default:
                    return PluralRules.Select(language, _double);
            }
        }

        /// <summary>
        /// The number in <paramref name="provider"/>'s format with its digit grouping, and the fraction digits the plural
        /// operands count (a decimal's scale; a double's shortest round-trip digits; an integer none).
        /// </summary>
        public string ToString(IFormatProvider? provider)
        {
            switch (_kind)
            {
                case IntegerKind:
                    return ((long)_decimal).ToString("N0", provider);
                case DecimalKind:
                    return _decimal.ToString(Grouped((decimal.GetBits(_decimal)[3] >> 16) & 0xFF), provider);
                default:
                    if (double.IsNaN(_double) || double.IsInfinity(_double))
                    {
                        return _double.ToString(provider);
                    }

                    string shortest = _double.ToString("R", CultureInfo.InvariantCulture);
                    int point = shortest.IndexOf('.');
                    return shortest.IndexOf('E') >= 0
                        ? _double.ToString("R", provider)
                        : _double.ToString(Grouped(point < 0 ? 0 : shortest.Length - point - 1), provider);
            }
        }

        /// <summary>The number written culture-invariantly ("1,000.5").</summary>
        public override string ToString() => ToString(CultureInfo.InvariantCulture);

        private static string Grouped(int fractionDigits) => "N" + fractionDigits.ToString(CultureInfo.InvariantCulture);
    }
}
