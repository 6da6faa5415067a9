using System;
using System.Globalization;
using ThreeDsContracts.Canonical;

namespace ThreeDsContracts.Adapters;

/// <summary>Parses a wire value without allocating (the generated TryParseWireValue).</summary>
internal delegate bool TryParseWire<T>(ReadOnlySpan<char> wireValue, out T value);

/// <summary>Conversions the adapters share: codes through the generated mappings, dates, phones, numbers.</summary>
internal static class Conversions
{
    /// <summary>A canonical code as the provider's code; a code without an equivalent is reported.</summary>
    public static TProvider? ToProvider<TCanonical, TProvider>(
        Code<TCanonical>? code, Func<TCanonical, TProvider?> map, Func<TCanonical, string> wire, string field, string provider, ref Gaps gaps)
        where TCanonical : struct, Enum
        where TProvider : struct, Enum
    {
        if (code is not { } value)
        {
            return null;
        }

        if (!value.IsKnown)
        {
            gaps.Add(field, "'" + value.UnrecognizedValue + "' is not a code of the canonical list, so " + provider + " has no equivalent");
            return null;
        }

        if (map(value.Value) is { } mapped)
        {
            return mapped;
        }

        gaps.Add(field, provider + " has no code for " + wire(value.Value));
        return null;
    }

    /// <summary>A canonical code (a plain value, not read from a payload) as the provider's code.</summary>
    public static TProvider? ToProvider<TCanonical, TProvider>(
        TCanonical? code, Func<TCanonical, TProvider?> map, Func<TCanonical, string> wire, string field, string provider, ref Gaps gaps)
        where TCanonical : struct, Enum
        where TProvider : struct, Enum =>
        ToProvider(code is { } value ? new Code<TCanonical>(value) : (Code<TCanonical>?)null, map, wire, field, provider, ref gaps);

    /// <summary>A provider code as the canonical code; a code without an equivalent is reported.</summary>
    public static Code<TCanonical>? ToCanonical<TProvider, TCanonical>(
        TProvider? code, Func<TProvider, TCanonical?> map, Func<TProvider, string> wire, string field, string provider, ref Gaps gaps)
        where TCanonical : struct, Enum
        where TProvider : struct, Enum
    {
        if (code is not { } value)
        {
            return null;
        }

        if (map(value) is { } mapped)
        {
            return mapped;
        }

        gaps.Add(field, provider + " code " + Quote(wire(value)) + " has no canonical equivalent");
        return null;
    }

    /// <summary>A provider code whose unknown values are preserved, as the canonical code.</summary>
    public static Code<TCanonical>? ToCanonical<TProvider, TCanonical>(
        Code<TProvider>? code, Func<TProvider, TCanonical?> map, Func<TProvider, string> wire, string field, string provider, ref Gaps gaps)
        where TCanonical : struct, Enum
        where TProvider : struct, Enum
    {
        if (code is not { } value)
        {
            return null;
        }

        if (!value.IsKnown)
        {
            gaps.Add(field, Quote(value.UnrecognizedValue!) + " is not a documented " + provider + " code");
            return null;
        }

        return ToCanonical(value.Value, map, wire, field, provider, ref gaps);
    }

    /// <summary>Text that carries a code of a canonical list: known, or kept verbatim (the canonical lists preserve unknown codes).</summary>
    public static Code<T>? ParseCode<T>(string? text, TryParseWire<T> parse)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return parse(text.AsSpan(), out T value) ? value : Code<T>.Unrecognized(text!);
    }

    /// <summary>The wire text of a code, known or not.</summary>
    public static string? WireText<T>(Code<T>? code, Func<T, string> wire)
        where T : struct, Enum =>
        code is not { } value ? null : value.IsKnown ? wire(value.Value) : value.UnrecognizedValue;

    /// <summary>Antom and others send "" for "absent".</summary>
    public static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;

    public static string Quote(string text) => text.Length == 0 ? "(empty)" : "'" + text + "'";

    /// <summary>An EMV date (canonical) as a J.P. Morgan timestamp: midnight UTC, written as ISO-8601.</summary>
    public static FlexibleTimestamp ToTimestamp(DateOnly date) =>
        new(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    /// <summary>An EMV minute timestamp (UTC, canonical) as a J.P. Morgan timestamp.</summary>
    public static FlexibleTimestamp ToTimestamp(DateTime utcMinute) =>
        new(new DateTimeOffset(DateTime.SpecifyKind(utcMinute, DateTimeKind.Utc)));

    /// <summary>A J.P. Morgan timestamp as an EMV date (UTC); a time of day is reported as not carried.</summary>
    public static DateOnly ToDate(FlexibleTimestamp timestamp, string field, ref Gaps gaps)
    {
        DateTime utc = timestamp.Value.UtcDateTime;
        if (utc.TimeOfDay != TimeSpan.Zero)
        {
            gaps.Add(field, "the canonical field is an EMV date (YYYYMMDD); the time of day is not carried");
        }

        return DateOnly.FromDateTime(utc);
    }

    /// <summary>An instant as an EMV minute timestamp (UTC); seconds are reported as not carried.</summary>
    public static DateTime ToMinute(DateTimeOffset instant, string field, string format, ref Gaps gaps)
    {
        DateTime utc = instant.UtcDateTime;
        var minute = new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, DateTimeKind.Utc);
        if (minute != utc)
        {
            gaps.Add(field, "the receiving field holds minutes (" + format + "); seconds are not carried");
        }

        return minute;
    }

    /// <summary>An EMV phone as one string of digits (country code, then subscriber number).</summary>
    public static string PhoneDigits(Phone phone) => (phone.Cc ?? string.Empty) + phone.Subscriber;

    /// <summary>A phone number given as one string of digits: it cannot be split, so it goes to subscriber without cc.</summary>
    public static Phone? ToPhone(string? digits, string field, ref Gaps gaps)
    {
        if (string.IsNullOrEmpty(digits))
        {
            return null;
        }

        if (digits!.Length > 15 || !IsDigits(digits))
        {
            gaps.Add(field, "the canonical phone holds up to 15 digits (EMV subscriber); this number does not fit");
            return null;
        }

        return new Phone { Subscriber = digits };
    }

    public static bool IsDigits(string text)
    {
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    public static bool TryParseLong(string? text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryParseInt(string? text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// ISO 4217 minor-unit exponent of a currency: 0, 3 and 4 for the currencies listed so, none for metals,
    /// funds and testing codes, 2 for every other alphabetic code.
    /// </summary>
    public static int? MinorUnitExponent(string? currency) => currency switch
    {
        "BIF" or "CLP" or "DJF" or "GNF" or "ISK" or "JPY" or "KMF" or "KRW" or "PYG" or "RWF" or "UGX" or "UYI" or "VND" or "VUV" or "XAF" or "XOF" or "XPF" => 0,
        "BHD" or "IQD" or "JOD" or "KWD" or "LYD" or "OMR" or "TND" => 3,
        "CLF" or "UYW" => 4,
        "XAG" or "XAU" or "XBA" or "XBB" or "XBC" or "XBD" or "XDR" or "XPD" or "XPT" or "XSU" or "XTS" or "XUA" or "XXX" => null,
        { Length: 3 } code when IsUpperLetters(code) => 2,
        _ => null,
    };

    private static bool IsUpperLetters(string text)
    {
        foreach (char c in text)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    public static long Pow10(int exponent)
    {
        long result = 1;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
