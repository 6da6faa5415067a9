using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace ThreeDsContracts.Validation;

/// <summary>The value checks of the generated validators that are more than a comparison; none allocates.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SchemaChecks
{
    /// <summary>Length as JSON Schema counts it: Unicode code points (a surrogate pair is one).</summary>
    public static int CodePoints(string value)
    {
        int count = value.Length;
        for (int i = 1; i < value.Length; i++)
        {
            if (char.IsLowSurrogate(value[i]) && char.IsHighSurrogate(value[i - 1]))
            {
                count--;
            }
        }

        return count;
    }

    /// <summary>More than <paramref name="max"/> code points (counted only when the UTF-16 length says it may be).</summary>
    public static bool LongerThan(string value, int max) => value.Length > max && CodePoints(value) > max;

    /// <summary>Fewer than <paramref name="min"/> code points.</summary>
    public static bool ShorterThan(string value, int min) => value.Length < min || CodePoints(value) < min;

    [ThreadStatic]
    private static string? s_lastText;

    /// <summary>
    /// The text of a JSON string element, for the string keywords of an untyped (union) value. System.Text.Json on
    /// net8.0 has no way to read an element's string into a caller's buffer, so the last text is kept per thread and
    /// returned again while the element equals it (compared without allocating): checking the same or a recurring
    /// value allocates nothing after the first time.
    /// </summary>
    public static string TextOf(JsonElement value)
    {
        string? last = s_lastText;
        if (last is not null && value.ValueEquals(last))
        {
            return last;
        }

        return s_lastText = value.GetString()!;
    }

    /// <summary>Whether <paramref name="value"/> is an integral multiple of <paramref name="divisor"/> (positive).</summary>
    public static bool IsMultipleOf(decimal value, decimal divisor) => value % divisor == 0m;

    /// <summary>The number a numeric <see cref="NumberOrString"/> holds (false when it does not fit a decimal).</summary>
    public static bool TryNumber(NumberOrString value, out decimal number) =>
        decimal.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);

    /// <summary>Whether the payload had an explicit <c>null</c> for the property (kept in its extension data).</summary>
    public static bool IsExplicitNull(IReadOnlyDictionary<string, JsonElement>? extensionData, string wireName) =>
        extensionData is not null && extensionData.TryGetValue(wireName, out JsonElement value) && value.ValueKind == JsonValueKind.Null;

    /// <summary>Whether the property was present in the payload (a value, or an explicit null).</summary>
    public static bool IsPresent(bool hasValue, IReadOnlyDictionary<string, JsonElement>? extensionData, string wireName) =>
        hasValue || IsExplicitNull(extensionData, wireName);

    /// <summary>Whether the payload had a property the type does not declare (and, if <paramref name="notNull"/>, not null).</summary>
    public static bool HasExtension(IReadOnlyDictionary<string, JsonElement>? extensionData, string wireName, bool notNull) =>
        extensionData is not null && extensionData.TryGetValue(wireName, out JsonElement value) && (!notNull || value.ValueKind != JsonValueKind.Null);

    /// <summary>Reports what the reader of an object-form timestamp tolerated (the context stands on the timestamp).</summary>
    public static void ReportTimestamp(FlexibleTimestamp value, SchemaValidationContext context)
    {
        if ((value.ReadIssues & TimestampReadIssues.SecondsAsString) != 0)
        {
            context.Report("seconds", "type", "must be integer");
        }

        if ((value.ReadIssues & TimestampReadIssues.NanosOutOfRange) != 0)
        {
            context.Report("nanos", "maximum", "is outside 0 to 999999999");
        }
    }

    /// <summary>Whether a JSON number is an integer (1.0 is, as in JSON Schema).</summary>
    public static bool IsInteger(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && (value.TryGetInt64(out _) || (value.TryGetDecimal(out decimal d) && decimal.Truncate(d) == d));

    /// <summary>
    /// <c>format: uri</c>: an absolute URI by RFC 3986 syntax (scheme, ":", then only URI characters and
    /// well-formed percent escapes; no spaces, controls or non-ASCII).
    /// </summary>
    public static bool IsUri(string value)
    {
        int colon = value.IndexOf(':');
        if (colon < 1 || !IsAsciiLetter(value[0]))
        {
            return false;
        }

        for (int i = 1; i < colon; i++)
        {
            char c = value[i];
            if (!(IsAsciiLetter(c) || c is >= '0' and <= '9' or '+' or '-' or '.'))
            {
                return false;
            }
        }

        for (int i = colon + 1; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '%')
            {
                if (i + 2 >= value.Length || !Uri.IsHexDigit(value[i + 1]) || !Uri.IsHexDigit(value[i + 2]))
                {
                    return false;
                }

                i += 2;
                continue;
            }

            if (!IsUriCharacter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>format: email</c>: RFC 5321 "dot-atom" mailbox as JSON Schema validators commonly check it: a local part of
    /// atext characters and single dots, "@", a domain of dot-separated labels (letters, digits, inner hyphens).
    /// </summary>
    public static bool IsEmail(string value)
    {
        int at = value.LastIndexOf('@');
        if (at < 1 || at == value.Length - 1 || value.Length > 254)
        {
            return false;
        }

        char previous = '.';
        for (int i = 0; i < at; i++)
        {
            char c = value[i];
            if (c == '.')
            {
                if (previous == '.')
                {
                    return false;
                }
            }
            else if (!(IsAsciiLetter(c) || c is >= '0' and <= '9' || "!#$%&'*+-/=?^_`{|}~".IndexOf(c) >= 0))
            {
                return false;
            }

            previous = c;
        }

        if (previous == '.')
        {
            return false;
        }

        int labelStart = at + 1;
        for (int i = at + 1; i <= value.Length; i++)
        {
            if (i == value.Length || value[i] == '.')
            {
                int length = i - labelStart;
                if (length is < 1 or > 63 || value[labelStart] == '-' || value[i - 1] == '-')
                {
                    return false;
                }

                labelStart = i + 1;
                continue;
            }

            char c = value[i];
            if (!(IsAsciiLetter(c) || c is >= '0' and <= '9' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    // unreserved / reserved (gen-delims, sub-delims) of RFC 3986.
    private static bool IsUriCharacter(char c) =>
        IsAsciiLetter(c) || c is >= '0' and <= '9' || "-._~:/?#[]@!$&'()*+,;=".IndexOf(c) >= 0;
}
