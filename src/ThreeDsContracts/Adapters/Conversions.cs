using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using ThreeDsContracts.Canonical;

namespace ThreeDsContracts.Adapters;

/// <summary>Conversions the adapters share: codes through the generated mappings, dates, phones, numbers.</summary>
/// <remarks>
/// The code helpers are generic over a struct implementing the mapping as static members (<see cref="CodeMaps"/>):
/// the JIT compiles them for that struct and calls the generated switch directly. The path that reports a gap
/// is kept out of line, so the path that maps stays small enough to inline.
/// </remarks>
internal static class Conversions
{
    /// <summary>A canonical code as the provider's code; a code without an equivalent is reported.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TProvider? ToProvider<TMap, TProvider, TCanonical>(
        Code<TCanonical>? code, CodeMap<TMap, TProvider, TCanonical> map, string field, string provider, ref Gaps gaps)
        where TMap : struct, IFromCanonicalMap<TProvider, TCanonical>
        where TCanonical : struct, Enum
        where TProvider : struct, Enum
    {
        if (!code.HasValue)
        {
            return null;
        }

        Code<TCanonical> value = code.GetValueOrDefault();
        if (value.IsKnown && TMap.FromCanonical(value.Value) is { } mapped)
        {
            return mapped;
        }

        return NoProviderCode(value, map, field, provider, ref gaps);
    }

    /// <summary>A canonical code (a plain value, not read from a payload) as the provider's code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TProvider? ToProvider<TMap, TProvider, TCanonical>(
        TCanonical? code, CodeMap<TMap, TProvider, TCanonical> map, string field, string provider, ref Gaps gaps)
        where TMap : struct, IFromCanonicalMap<TProvider, TCanonical>
        where TCanonical : struct, Enum
        where TProvider : struct, Enum
    {
        if (!code.HasValue)
        {
            return null;
        }

        if (TMap.FromCanonical(code.GetValueOrDefault()) is { } mapped)
        {
            return mapped;
        }

        return NoProviderCode(new Code<TCanonical>(code.GetValueOrDefault()), map, field, provider, ref gaps);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TProvider? NoProviderCode<TMap, TProvider, TCanonical>(
        Code<TCanonical> value, CodeMap<TMap, TProvider, TCanonical> map, string field, string provider, ref Gaps gaps)
        where TMap : struct, IFromCanonicalMap<TProvider, TCanonical>
        where TCanonical : struct, Enum
        where TProvider : struct, Enum
    {
        _ = map;
        if (!value.IsKnown)
        {
            gaps.Add(field, GapReason.NotCanonicalCode, value.UnrecognizedValue!, provider);
        }
        else
        {
            gaps.Add(field, GapReason.NoProviderCode, provider, TMap.CanonicalWire(value.Value));
        }

        return null;
    }

    /// <summary>A provider code as the canonical code; a code without an equivalent is reported.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Code<TCanonical>? ToCanonical<TMap, TProvider, TCanonical>(
        TProvider? code, CodeMap<TMap, TProvider, TCanonical> map, string field, string provider, ref Gaps gaps)
        where TMap : struct, IToCanonicalMap<TProvider, TCanonical>
        where TCanonical : struct, Enum
        where TProvider : struct, Enum
    {
        if (!code.HasValue)
        {
            return null;
        }

        if (TMap.ToCanonical(code.GetValueOrDefault()) is { } mapped)
        {
            return new Code<TCanonical>(mapped);
        }

        return NoCanonicalCode(new Code<TProvider>(code.GetValueOrDefault()), map, field, provider, ref gaps);
    }

    /// <summary>A provider code whose unknown values are preserved, as the canonical code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Code<TCanonical>? ToCanonical<TMap, TProvider, TCanonical>(
        Code<TProvider>? code, CodeMap<TMap, TProvider, TCanonical> map, string field, string provider, ref Gaps gaps)
        where TMap : struct, IToCanonicalMap<TProvider, TCanonical>
        where TCanonical : struct, Enum
        where TProvider : struct, Enum
    {
        if (!code.HasValue)
        {
            return null;
        }

        Code<TProvider> value = code.GetValueOrDefault();
        if (value.IsKnown && TMap.ToCanonical(value.Value) is { } mapped)
        {
            return new Code<TCanonical>(mapped);
        }

        return NoCanonicalCode(value, map, field, provider, ref gaps);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Code<TCanonical>? NoCanonicalCode<TMap, TProvider, TCanonical>(
        Code<TProvider> value, CodeMap<TMap, TProvider, TCanonical> map, string field, string provider, ref Gaps gaps)
        where TMap : struct, IToCanonicalMap<TProvider, TCanonical>
        where TCanonical : struct, Enum
        where TProvider : struct, Enum
    {
        _ = map;
        if (!value.IsKnown)
        {
            gaps.Add(field, GapReason.UndocumentedProviderCode, value.UnrecognizedValue!, provider);
        }
        else
        {
            gaps.Add(field, GapReason.NoCanonicalCode, provider, TMap.ProviderWire(value.Value));
        }

        return null;
    }

    /// <summary>Text that carries a code of a canonical list: known, or kept verbatim (the canonical lists preserve unknown codes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Code<T>? ParseCode<TWire, T>(string? text)
        where TWire : struct, IWireCode<T>
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return TWire.TryParse(text.AsSpan(), out T value) ? new Code<T>(value) : Code<T>.Unrecognized(text!);
    }

    /// <summary>The wire text of a code, known or not.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? WireText<TWire, T>(Code<T>? code)
        where TWire : struct, IWireCode<T>
        where T : struct, Enum
    {
        if (!code.HasValue)
        {
            return null;
        }

        Code<T> value = code.GetValueOrDefault();
        return value.IsKnown ? TWire.ToWire(value.Value) : value.UnrecognizedValue;
    }

    /// <summary>The wire text of a code, known or not (for the gap paths that pass the generated writer).</summary>
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
