using System;
using System.ComponentModel;

namespace ThreeDsContracts.Adapters;

/// <summary>
/// Collects the <see cref="MappingGap"/>s of a generated adapter (the adapters the generator emits from
/// <c>x-canonical-field</c> links, in this package and in a consumer's project), with the same reason texts as the
/// built-in adapters. Allocates only when there is a gap. Not meant to be used by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct AdapterGapBuilder
{
    private Gaps _gaps;

    /// <summary>A gap with its reason.</summary>
    /// <param name="field">Dotted wire path of the field in the adapter's input.</param>
    /// <param name="reason">Why it could not be carried.</param>
    public void Add(string field, string reason) => _gaps.Add(field, reason);

    /// <summary>A provider code kept verbatim that the provider does not document.</summary>
    /// <param name="field">Dotted wire path of the field.</param>
    /// <param name="value">The value as received.</param>
    /// <param name="provider">The provider's name.</param>
    public void UndocumentedCode(string field, string value, string provider) => _gaps.Add(field, GapReason.UndocumentedProviderCode, value, provider);

    /// <summary>A provider code with no canonical equivalent.</summary>
    /// <param name="field">Dotted wire path of the field.</param>
    /// <param name="provider">The provider's name.</param>
    /// <param name="wireValue">The provider's wire value.</param>
    public void NoCanonicalCode(string field, string provider, string wireValue) => _gaps.Add(field, GapReason.NoCanonicalCode, provider, wireValue);

    /// <summary>A canonical code kept verbatim (unknown to the list) that the provider cannot take.</summary>
    /// <param name="field">Dotted wire path of the field.</param>
    /// <param name="value">The value as received.</param>
    /// <param name="provider">The provider's name.</param>
    public void NotCanonicalCode(string field, string value, string provider) => _gaps.Add(field, GapReason.NotCanonicalCode, value, provider);

    /// <summary>A canonical code the provider has no code for.</summary>
    /// <param name="field">Dotted wire path of the field.</param>
    /// <param name="provider">The provider's name.</param>
    /// <param name="canonicalWireValue">The canonical wire value.</param>
    public void NoProviderCode(string field, string provider, string canonicalWireValue) => _gaps.Add(field, GapReason.NoProviderCode, provider, canonicalWireValue);

    /// <summary>The result with the gaps collected so far.</summary>
    /// <typeparam name="T">The produced payload or model.</typeparam>
    /// <param name="value">The produced payload or model.</param>
    /// <returns>The result.</returns>
    public readonly AdapterResult<T> Result<T>(T value) => _gaps.Result(value);
}

/// <summary>
/// The format conversions generated adapters call: between EMV dates (<see cref="DateOnly"/>), minute timestamps
/// (<see cref="DateTime"/>, UTC), ISO-8601 date-times and J.P. Morgan's flexible timestamps. What the receiving
/// type cannot hold (a time of day in a date, seconds in a minute timestamp) is reported as not carried.
/// Not meant to be used by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GeneratedConversions
{
    /// <summary>The UTC date of an instant; a time of day is reported.</summary>
    /// <param name="value">The instant.</param>
    /// <param name="field">Dotted wire path of the field, for the gap.</param>
    /// <param name="gaps">The adapter's gaps.</param>
    /// <returns>The date.</returns>
    public static DateOnly ToDateOnly(IsoDateTime value, string field, ref AdapterGapBuilder gaps) => ToDate(value.Value, field, ref gaps);

    /// <inheritdoc cref="ToDateOnly(IsoDateTime, string, ref AdapterGapBuilder)"/>
    public static DateOnly ToDateOnly(FlexibleTimestamp value, string field, ref AdapterGapBuilder gaps) => ToDate(value.Value, field, ref gaps);

    /// <inheritdoc cref="ToDateOnly(IsoDateTime, string, ref AdapterGapBuilder)"/>
    public static DateOnly ToDateOnly(DateTime value, string field, ref AdapterGapBuilder gaps) =>
        ToDate(new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)), field, ref gaps);

    /// <summary>An instant as a UTC minute timestamp; seconds are reported.</summary>
    /// <param name="value">The instant.</param>
    /// <param name="field">Dotted wire path of the field, for the gap.</param>
    /// <param name="gaps">The adapter's gaps.</param>
    /// <returns>The minute timestamp.</returns>
    public static DateTime ToDateTime(IsoDateTime value, string field, ref AdapterGapBuilder gaps) => ToMinute(value.Value, field, ref gaps);

    /// <inheritdoc cref="ToDateTime(IsoDateTime, string, ref AdapterGapBuilder)"/>
    public static DateTime ToDateTime(FlexibleTimestamp value, string field, ref AdapterGapBuilder gaps) => ToMinute(value.Value, field, ref gaps);

    /// <summary>A date as midnight UTC.</summary>
    /// <param name="value">The date.</param>
    /// <param name="field">Unused (nothing is lost).</param>
    /// <param name="gaps">Unused (nothing is lost).</param>
    /// <returns>The minute timestamp.</returns>
    public static DateTime ToDateTime(DateOnly value, string field, ref AdapterGapBuilder gaps) => value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>A date (midnight UTC) or UTC minute timestamp as an ISO-8601 date-time.</summary>
    /// <param name="value">The date.</param>
    /// <param name="field">Unused (nothing is lost).</param>
    /// <param name="gaps">Unused (nothing is lost).</param>
    /// <returns>The date-time.</returns>
    public static IsoDateTime ToIsoDateTime(DateOnly value, string field, ref AdapterGapBuilder gaps) => new(Midnight(value));

    /// <inheritdoc cref="ToIsoDateTime(DateOnly, string, ref AdapterGapBuilder)"/>
    public static IsoDateTime ToIsoDateTime(DateTime value, string field, ref AdapterGapBuilder gaps) => new(Utc(value));

    /// <inheritdoc cref="ToIsoDateTime(DateOnly, string, ref AdapterGapBuilder)"/>
    public static IsoDateTime ToIsoDateTime(FlexibleTimestamp value, string field, ref AdapterGapBuilder gaps) => new(value.Value);

    /// <summary>A date (midnight UTC), UTC minute timestamp or ISO-8601 date-time as a flexible timestamp (ISO form).</summary>
    /// <param name="value">The date.</param>
    /// <param name="field">Unused (nothing is lost).</param>
    /// <param name="gaps">Unused (nothing is lost).</param>
    /// <returns>The timestamp.</returns>
    public static FlexibleTimestamp ToFlexibleTimestamp(DateOnly value, string field, ref AdapterGapBuilder gaps) => new(Midnight(value));

    /// <inheritdoc cref="ToFlexibleTimestamp(DateOnly, string, ref AdapterGapBuilder)"/>
    public static FlexibleTimestamp ToFlexibleTimestamp(DateTime value, string field, ref AdapterGapBuilder gaps) => new(Utc(value));

    /// <inheritdoc cref="ToFlexibleTimestamp(DateOnly, string, ref AdapterGapBuilder)"/>
    public static FlexibleTimestamp ToFlexibleTimestamp(IsoDateTime value, string field, ref AdapterGapBuilder gaps) => new(value.Value);

    /// <summary>An integer written as a string (invariant, no sign but '-', no spaces).</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number.</param>
    /// <returns>False when the text is not a 32-bit integer.</returns>
    public static bool TryParseInt32(string text, out int value) =>
        int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out value);

    /// <inheritdoc cref="TryParseInt32(string, out int)"/>
    public static bool TryParseInt32(NumberOrString text, out int value) => TryParseInt32(text.Text, out value);

    /// <summary>An integer written as a string (invariant, no sign but '-', no spaces).</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number.</param>
    /// <returns>False when the text is not a 64-bit integer.</returns>
    public static bool TryParseInt64(string text, out long value) =>
        long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out value);

    /// <inheritdoc cref="TryParseInt64(string, out long)"/>
    public static bool TryParseInt64(NumberOrString text, out long value) => TryParseInt64(text.Text, out value);

    /// <summary>True when the text is only ASCII digits (a phone number sent as one string).</summary>
    /// <param name="text">The text.</param>
    /// <returns>True for digits only.</returns>
    public static bool IsDigits(string text)
    {
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static DateTimeOffset Midnight(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static DateOnly ToDate(DateTimeOffset instant, string field, ref AdapterGapBuilder gaps)
    {
        DateTime utc = instant.UtcDateTime;
        if (utc.TimeOfDay != TimeSpan.Zero)
        {
            gaps.Add(field, "the receiving field is a date; the time of day is not carried");
        }

        return DateOnly.FromDateTime(utc);
    }

    private static DateTime ToMinute(DateTimeOffset instant, string field, ref AdapterGapBuilder gaps)
    {
        DateTime utc = instant.UtcDateTime;
        var minute = new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, DateTimeKind.Utc);
        if (minute != utc)
        {
            gaps.Add(field, "the receiving field holds minutes; seconds are not carried");
        }

        return minute;
    }
}
