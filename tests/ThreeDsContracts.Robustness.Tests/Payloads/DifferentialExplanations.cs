using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace ThreeDsContracts.Robustness.Tests.Payloads;

/// <summary>
/// The kinds of disagreement between the generated validator and NJsonSchema that docs/reliability.md explains,
/// each recognised from the payload value at the path (never from the validators' outputs alone).
/// </summary>
internal static class Explain
{
    /// <summary>Why NJsonSchema reports an error at <paramref name="path"/> that the generated code does not, or null.</summary>
    public static string? WhyOnlyNJsonSchema(string path, string kind, List<(string Path, string Rule)> notices, JsonElement root, bool readFailed)
    {
        if (kind == "NotInEnumeration" && notices.Any(n => n.Path == path && n.Rule == "enum"))
        {
            return "x-unknown-values preserve: a notice";
        }

        int cut = path.LastIndexOf('.');
        if (kind == "PropertyRequired" && cut > 0 && At(root, path.Substring(0, cut)) is { ValueKind: JsonValueKind.Null })
        {
            return "NJsonSchema also reports the required members of a null object";
        }

        if (kind == "StringExpected" && At(root, path) is { ValueKind: JsonValueKind.Object })
        {
            return "Base64-JSON property sent as plain JSON";
        }

        if (readFailed)
        {
            // The reader stopped at its first error; NJsonSchema goes on to report the others.
            return "reader stops at the first error";
        }

        JsonElement? value = At(root, path);
        if (kind == "PatternMismatch" && value is { ValueKind: JsonValueKind.String } s && !DifferentUnderEcma(Text(s)))
        {
            return null;
        }

        return kind switch
        {
            "PatternMismatch" => ".NET regex vs ECMA 262",
            "StringTooLong" or "StringTooShort" when value is { ValueKind: JsonValueKind.String } text && CountsDiffer(Text(text)) => "length in code points",
            "UriExpected" or "EmailExpected" => "format uri/email syntax",
            _ => null,
        };
    }

    /// <summary>Why the generated code reports an error at <paramref name="path"/> that NJsonSchema does not, or null.</summary>
    public static string? WhyOnlyGenerated(string path, string rule, List<(string Path, string Rule)> theirs, JsonElement root, bool readFailed)
    {
        if (readFailed && rule.Contains("not valid UTF-8 or UTF-16", StringComparison.Ordinal))
        {
            return "the reader refuses a lone surrogate (\\uD800) in a property name";
        }

        if (theirs.Any(t => t.Rule == "StringExpected" && path.StartsWith(t.Path, StringComparison.Ordinal) && At(root, t.Path) is { ValueKind: JsonValueKind.Object }))
        {
            // The reader takes a Base64-JSON property sent as the plain object and reads into it; NJsonSchema stops at the type.
            return "Base64-JSON property sent as plain JSON";
        }

        if (InsideBase64(root, path))
        {
            return "x-content-schema: Base64-JSON content is checked";
        }

        JsonElement? value = At(root, path);
        if (readFailed && value is { ValueKind: JsonValueKind.String } encoded && rule.Contains("JSON", StringComparison.Ordinal) && !HasLoneSurrogate(Text(encoded)))
        {
            // A Base64-JSON string whose decoded bytes start an object that is not well-formed JSON.
            return "x-content-schema: Base64-JSON content is checked";
        }

        if (readFailed && value is { ValueKind: JsonValueKind.String } odd && HasLoneSurrogate(Text(odd)))
        {
            return "the reader refuses a lone surrogate (\\uD800) in a string";
        }

        if (readFailed && rule.Contains("required property is missing", StringComparison.Ordinal) && path.EndsWith(".seconds", StringComparison.Ordinal))
        {
            return "x-date-format jpm-timestamp: the object form needs seconds";
        }
        if (rule == "pattern" && value is { ValueKind: JsonValueKind.String } s && DifferentUnderEcma(Text(s)))
        {
            return ".NET regex vs ECMA 262";
        }

        if (rule is "maxLength" or "minLength" && value is { ValueKind: JsonValueKind.String } text && CountsDiffer(Text(text)))
        {
            return "length in code points";
        }

        if (rule == "format")
        {
            return "format uri/email syntax";
        }

        if (readFailed && rule.StartsWith("read:", StringComparison.Ordinal))
        {
            if (value is { ValueKind: JsonValueKind.String } && rule.Contains("date", StringComparison.OrdinalIgnoreCase))
            {
                return "x-date-format: the date must parse";
            }

            if (value is { ValueKind: JsonValueKind.Number } && rule.Contains("range", StringComparison.OrdinalIgnoreCase))
            {
                return "integer beyond the C# type's range";
            }
        }

        return null;
    }

    /// <summary>The string, or "\uD800" standing for one System.Text.Json refuses to decode (it holds a lone surrogate).</summary>
    private static string Text(JsonElement value)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return "\uD800";
        }
    }

    private static bool HasLoneSurrogate(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Strings whose match differs between .NET's reading of a pattern and ECMA 262's.</summary>
    private static bool DifferentUnderEcma(string value) =>
        value.EndsWith('\n') || value.Any(c => c > 127 && (char.IsDigit(c) || char.IsLetter(c) || char.IsWhiteSpace(c)));

    /// <summary>Whether UTF-16 units, code points and text elements do not all agree.</summary>
    private static bool CountsDiffer(string value) =>
        value.Any(char.IsSurrogate) || new StringInfo(value).LengthInTextElements != value.Length;

    private static bool InsideBase64(JsonElement root, string path)
    {
        JsonElement current = root;
        foreach (string segment in Segments(path))
        {
            if (current.ValueKind == JsonValueKind.String)
            {
                return true;
            }

            if (!Step(current, segment, out current))
            {
                return false;
            }
        }

        return false;
    }

    private static JsonElement? At(JsonElement root, string path)
    {
        JsonElement current = root;
        foreach (string segment in Segments(path))
        {
            if (!Step(current, segment, out current))
            {
                return null;
            }
        }

        return current;
    }

    private static bool Step(JsonElement current, string segment, out JsonElement next)
    {
        next = default;
        if (segment.StartsWith('[') && int.TryParse(segment.AsSpan(1, segment.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
        {
            if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
            {
                return false;
            }

            next = current[index];
            return true;
        }

        return current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out next);
    }

    /// <summary><c>$.a.b[0]['odd name']</c> → a, b, [0], odd name.</summary>
    private static IEnumerable<string> Segments(string path)
    {
        int i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                yield return path.Substring(i + 1, end - i - 1);
                i = end;
            }
            else if (string.CompareOrdinal(path, i, "['", 0, 2) == 0)
            {
                int end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    yield break;
                }

                yield return path.Substring(i + 2, end - i - 2).Replace("\\'", "'").Replace("\\\\", "\\");
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                int end = path.IndexOf(']', i);
                if (end < 0)
                {
                    yield break;
                }

                yield return path.Substring(i, end - i + 1);
                i = end + 1;
            }
            else
            {
                yield break;
            }
        }
    }
}
