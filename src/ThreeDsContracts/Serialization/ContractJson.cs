using System;
using System.Buffers;
using System.Buffers.Text;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThreeDsContracts.Serialization;

/// <summary>
/// Reading and writing primitives used by the generated converters. Every failure is a
/// <see cref="ThreeDsPayloadException"/> whose path the generated code completes while the read unwinds.
/// Messages describe the token, never the value.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ContractJson
{
    /// <summary>A failure at the current value.</summary>
    public static ThreeDsPayloadException Fail(string reason) => new("$", reason);

    /// <summary>True for the exceptions a malformed payload raises while it is read.</summary>
    public static bool IsReadError(Exception exception) =>
        exception is JsonException or InvalidOperationException or FormatException or OverflowException
            or ArgumentException or DecoderFallbackException;

    /// <summary>Places a read failure under a property.</summary>
    /// <remarks>
    /// The original exception is not kept as the inner exception: the reader's and the parsers' messages
    /// quote the payload (an invalid literal quotes all the text after it), which may hold card data.
    /// </remarks>
    public static ThreeDsPayloadException AtProperty(Exception exception, string wireName) =>
        exception is ThreeDsPayloadException known
            ? known.WithParentProperty(wireName)
            : new ThreeDsPayloadException(Paths.Property("$", wireName), Describe(exception));

    /// <summary>Places a read failure under an array item (the original exception is not kept, see <see cref="AtProperty"/>).</summary>
    public static ThreeDsPayloadException AtIndex(Exception exception, int index) =>
        exception is ThreeDsPayloadException known
            ? known.WithParentIndex(index)
            : new ThreeDsPayloadException(Paths.Index("$", index), Describe(exception));

    private static string Describe(Exception exception) => exception switch
    {
        JsonException json => "the JSON is malformed or truncated" + Position(json),
        FormatException or OverflowException => "the value does not have the expected format or range",
        _ => "the value has an unexpected JSON type",
    };

    private static string Position(JsonException exception) =>
        exception.LineNumber is long line && exception.BytePositionInLine is long position
            ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {position + 1})")
            : string.Empty;

    /// <summary>Reads the next token; malformed JSON is a payload error whose message does not quote the payload.</summary>
    private static bool Read(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (JsonException exception)
        {
            throw Fail(Describe(exception));
        }
    }

    /// <summary>Throws unless the reader is on the start of an object.</summary>
    public static void ExpectStartObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType == JsonTokenType.None && !Read(ref reader))
        {
            throw Fail($"expected a JSON object for {typeName}, found the end of the input");
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Fail($"expected a JSON object for {typeName}, found {Token(reader.TokenType)}");
        }
    }

    /// <summary>Throws unless the reader is on the start of an array.</summary>
    public static void ExpectStartArray(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Fail($"expected a JSON array, found {Token(reader.TokenType)}");
        }
    }

    /// <summary>
    /// Advances to the next token, failing on malformed or truncated input and on a property name that is
    /// not valid UTF-8 or UTF-16 (the reader would throw InvalidOperationException when the name is read).
    /// </summary>
    public static void Next(ref Utf8JsonReader reader)
    {
        if (!Read(ref reader))
        {
            throw Fail("the JSON ended unexpectedly");
        }

        if (reader.TokenType == JsonTokenType.PropertyName
            && (reader.ValueIsEscaped || reader.HasValueSequence || !Ascii.IsValid(reader.ValueSpan)))
        {
            CheckPropertyName(ref reader);
        }
    }

    private static void CheckPropertyName(ref Utf8JsonReader reader)
    {
        try
        {
            _ = reader.GetString();
        }
        catch (InvalidOperationException)
        {
            throw Fail("a property name is not valid UTF-8 or UTF-16 text");
        }
    }

    /// <summary>A required property was absent.</summary>
    public static ThreeDsPayloadException MissingRequired(string wireName) =>
        new(Paths.Property("$", wireName), "the required property is missing");

    /// <summary>A required, non-nullable property was null.</summary>
    public static ThreeDsPayloadException NullNotAllowed() => Fail("null is not allowed here");

    /// <summary>Reads a JSON string.</summary>
    public static string ReadString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Fail($"expected a string, found {Token(reader.TokenType)}");
        }

        return reader.GetString()!;
    }

    /// <summary>Reads a JSON boolean.</summary>
    public static bool ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Fail($"expected true or false, found {Token(reader.TokenType)}"),
    };

    /// <summary>Reads a JSON integer that fits in 32 bits.</summary>
    public static int ReadInt32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Fail($"expected an integer, found {Token(reader.TokenType)}");
        }

        return reader.TryGetInt32(out int value) ? value : throw Fail("expected an integer within the 32-bit range");
    }

    /// <summary>Reads a JSON integer that fits in 64 bits.</summary>
    public static long ReadInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Fail($"expected an integer, found {Token(reader.TokenType)}");
        }

        return reader.TryGetInt64(out long value) ? value : throw Fail("expected an integer within the 64-bit range");
    }

    /// <summary>Reads a JSON number as a decimal (keeps the written scale, e.g. 10.50).</summary>
    public static decimal ReadDecimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Fail($"expected a number, found {Token(reader.TokenType)}");
        }

        return reader.TryGetDecimal(out decimal value) ? value : throw Fail("the number is out of the decimal range");
    }

    /// <summary>Reads a value sent as a number or as a string.</summary>
    public static NumberOrString ReadNumberOrString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => NumberOrString.FromString(reader.GetString()!),
        JsonTokenType.Number => NumberOrString.FromNumberText(Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray())),
        _ => throw Fail($"expected a number or a string, found {Token(reader.TokenType)}"),
    };

    /// <summary>Writes a value in the form it was read.</summary>
    public static void WriteNumberOrString(Utf8JsonWriter writer, NumberOrString value)
    {
        if (value.IsNumber)
        {
            writer.WriteRawValue(value.Text, skipInputValidation: false);
        }
        else
        {
            writer.WriteStringValue(value.Text);
        }
    }

    /// <summary>Reads a date in a fixed custom format (invariant culture).</summary>
    public static DateOnly ReadDateOnly(ref Utf8JsonReader reader, string format)
    {
        string text = ReadString(ref reader);
        return DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly value)
            ? value
            : throw Fail($"expected a date in the format {format}");
    }

    /// <summary>Writes a date in a fixed custom format.</summary>
    public static void WriteDateOnly(Utf8JsonWriter writer, DateOnly value, string format) =>
        writer.WriteStringValue(value.ToString(format, CultureInfo.InvariantCulture));

    /// <summary>Reads a local date and time in a fixed custom format (invariant culture).</summary>
    public static DateTime ReadDateTime(ref Utf8JsonReader reader, string format)
    {
        string text = ReadString(ref reader);
        return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime value)
            ? value
            : throw Fail($"expected a date and time in the format {format}");
    }

    /// <summary>Writes a local date and time in a fixed custom format.</summary>
    public static void WriteDateTime(Utf8JsonWriter writer, DateTime value, string format) =>
        writer.WriteStringValue(value.ToString(format, CultureInfo.InvariantCulture));

    /// <summary>Reads an ISO-8601 date-time.</summary>
    public static IsoDateTime ReadIsoDateTime(ref Utf8JsonReader reader)
    {
        string text = ReadString(ref reader);
        return IsoDateTime.TryParse(text, out IsoDateTime value)
            ? value
            : throw Fail("expected an ISO-8601 date-time");
    }

    /// <summary>Writes an ISO-8601 date-time (verbatim when it was read).</summary>
    public static void WriteIsoDateTime(Utf8JsonWriter writer, IsoDateTime value) => writer.WriteStringValue(value.ToString());

    /// <summary>Reads an ISO-8601 string or a <c>{ "seconds": N, "nanos": N }</c> object.</summary>
    public static FlexibleTimestamp ReadFlexibleTimestamp(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            IsoDateTime iso = ReadIsoDateTime(ref reader);
            return new FlexibleTimestamp(iso.Value, TimestampForm.IsoString, iso.ToString());
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Fail($"expected an ISO-8601 string or an object with seconds, found {Token(reader.TokenType)}");
        }

        long? seconds = null;
        long nanos = 0;
        TimestampReadIssues issues = TimestampReadIssues.None;
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            bool isSeconds = reader.ValueTextEquals("seconds"u8);
            bool isNanos = reader.ValueTextEquals("nanos"u8);
            string name = reader.GetString()!;
            Next(ref reader);
            try
            {
                if (isSeconds)
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        issues |= TimestampReadIssues.SecondsAsString;
                        seconds = long.Parse(reader.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture);
                    }
                    else
                    {
                        seconds = ReadInt64(ref reader);
                    }
                }
                else if (isNanos)
                {
                    nanos = ReadInt64(ref reader);
                    if (nanos is < 0 or > 999_999_999)
                    {
                        issues |= TimestampReadIssues.NanosOutOfRange;
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
            catch (Exception e) when (IsReadError(e))
            {
                throw AtProperty(e, name);
            }
        }

        if (seconds is null)
        {
            throw MissingRequired("seconds");
        }

        try
        {
            DateTimeOffset value = DateTimeOffset.FromUnixTimeSeconds(seconds.Value).AddTicks(nanos / 100);
            return new FlexibleTimestamp(value, TimestampForm.Seconds) { ReadIssues = issues };
        }
        catch (ArgumentOutOfRangeException)
        {
            throw Fail("the timestamp is out of range");
        }
    }

    /// <summary>Writes a timestamp in its form.</summary>
    public static void WriteFlexibleTimestamp(Utf8JsonWriter writer, FlexibleTimestamp value)
    {
        if (value.Form == TimestampForm.Seconds)
        {
            writer.WriteStartObject();
            writer.WriteNumber("seconds"u8, value.Value.ToUnixTimeSeconds());
            long nanos = (value.Value.UtcTicks % TimeSpan.TicksPerSecond) * 100;
            if (nanos != 0)
            {
                writer.WriteNumber("nanos"u8, nanos);
            }

            writer.WriteEndObject();
        }
        else
        {
            writer.WriteStringValue(value.OriginalText ?? IsoDateTime.Format(value.Value));
        }
    }

    /// <summary>
    /// Reads a Base64-of-JSON value and returns the JSON bytes. Accepts the standard and the URL-safe
    /// alphabets, missing padding, embedded whitespace, and a plain JSON object in place of the string.
    /// </summary>
    public static byte[] ReadBase64Json(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            using JsonDocument document = JsonDocument.ParseValue(ref reader);
            return JsonSerializer.SerializeToUtf8Bytes(document.RootElement, ContractJsonContext.Default.JsonElement);
        }

        string text = ReadString(ref reader);
        byte[] bytes = DecodeBase64(text) ?? throw Fail("expected Base64-encoded JSON; the text is not valid Base64");
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (start > 0)
        {
            bytes = bytes.AsSpan(start).ToArray();
        }

        return bytes;
    }

    /// <summary>Decodes standard or URL-safe Base64, tolerating whitespace, missing and excess padding; null when invalid.</summary>
    public static byte[]? DecodeBase64(string text)
    {
        // Fast path: standard alphabet without whitespace (the common case, over-padded or not) decodes without
        // building a cleaned copy of the text; anything else goes through the tolerant path below.
        if (TryDecodeStandardBase64(text, out byte[]? rented, out int length))
        {
            if (rented is null)
            {
                return null;
            }

            byte[] exact = rented.AsSpan(0, length).ToArray();
            ArrayPool<byte>.Shared.Return(rented, clearArray: true);
            return exact;
        }

        var builder = new StringBuilder(text.Length + 3);
        foreach (char c in text)
        {
            switch (c)
            {
                case ' ' or '\t' or '\r' or '\n':
                    continue;
                case '-':
                    builder.Append('+');
                    break;
                case '_':
                    builder.Append('/');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        // Providers over-pad (ecommpay's own examples end in "====="): drop every '=' and pad again.
        int end = builder.Length;
        while (end > 0 && builder[end - 1] == '=')
        {
            end--;
        }

        builder.Length = end;
        if (builder.Length % 4 == 1)
        {
            return null;
        }

        while (builder.Length % 4 != 0)
        {
            builder.Append('=');
        }

        byte[] buffer = new byte[builder.Length / 4 * 3];
        return Convert.TryFromBase64String(builder.ToString(), buffer, out int written) ? buffer.AsSpan(0, written).ToArray() : null;
    }

    /// <summary>
    /// As <see cref="DecodeBase64"/>, into a buffer rented from <see cref="ArrayPool{T}.Shared"/>: the caller reads
    /// <paramref name="length"/> bytes and returns the buffer with <c>clearArray: true</c> (it may hold card data).
    /// Null when invalid.
    /// </summary>
    internal static byte[]? DecodeBase64Rented(string text, out int length)
    {
        if (TryDecodeStandardBase64(text, out byte[]? rented, out length))
        {
            return rented;
        }

        // URL-safe alphabet, whitespace: the tolerant path.
        byte[]? decoded = DecodeBase64(text);
        if (decoded is null)
        {
            return null;
        }

        byte[] copy = ArrayPool<byte>.Shared.Rent(Math.Max(decoded.Length, 1));
        decoded.CopyTo(copy, 0);
        length = decoded.Length;
        return copy;
    }

    /// <summary>
    /// Decodes standard-alphabet Base64 without whitespace, any number of trailing '=' (re-padded as the tolerant
    /// path does), into a buffer rented from <see cref="ArrayPool{T}.Shared"/> (<paramref name="rented"/> is null when
    /// the text is not Base64 at any padding). Text that carries its padding is decoded in place, without a copy.
    /// False when the text has another character: the caller then takes the tolerant path.
    /// </summary>
    private static bool TryDecodeStandardBase64(string text, out byte[]? rented, out int length)
    {
        rented = null;
        length = 0;
        int end = text.Length;
        while (end > 0 && text[end - 1] == '=')
        {
            end--;
        }

        for (int i = 0; i < end; i++)
        {
            char c = text[i];
            if (!(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '+' or '/'))
            {
                return false;
            }
        }

        if (end % 4 == 1)
        {
            return true; // not Base64 at any padding (null, as the tolerant path answers)
        }

        int padded = (end + 3) / 4 * 4;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(padded / 4 * 3, 1));
        bool decoded;
        int written;
        if (padded <= text.Length)
        {
            // The text has at least the padding it needs (providers over-pad): decode that prefix where it is.
            decoded = Convert.TryFromBase64Chars(text.AsSpan(0, padded), buffer, out written);
        }
        else
        {
            char[] chars = ArrayPool<char>.Shared.Rent(padded);
            try
            {
                text.CopyTo(0, chars, 0, end);
                chars.AsSpan(end, padded - end).Fill('=');
                decoded = Convert.TryFromBase64Chars(chars.AsSpan(0, padded), buffer, out written);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }

        if (!decoded)
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
            return true;
        }

        rented = buffer;
        length = written;
        return true;
    }

    /// <summary>Opens a reader over decoded JSON, positioned on its first token.</summary>
    public static Utf8JsonReader OpenNested(byte[] json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        if (!reader.Read())
        {
            throw Fail("the encoded JSON is empty");
        }

        return reader;
    }

    /// <summary>Throws when decoded JSON has anything after its first value.</summary>
    public static void ExpectEnd(ref Utf8JsonReader reader)
    {
        if (reader.Read())
        {
            throw Fail("the encoded JSON has content after its value");
        }
    }

    /// <summary>Writes a value as standard, padded Base64 of compact UTF-8 JSON.</summary>
    public static void WriteBase64Json<T>(Utf8JsonWriter writer, T value, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var inner = new Utf8JsonWriter(buffer))
        {
            converter.Write(inner, value, options);
        }

        int maxLength = Base64.GetMaxEncodedToUtf8Length(buffer.WrittenCount);
        byte[] encoded = ArrayPool<byte>.Shared.Rent(maxLength);
        try
        {
            Base64.EncodeToUtf8(buffer.WrittenSpan, encoded, out _, out int written);
            writer.WriteStringValue(encoded.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(encoded);
        }
    }

    /// <summary>
    /// Reads any JSON value kept for an unknown property. Its strings and names are checked now: one that is
    /// not valid UTF-8 or UTF-16 (a lone surrogate escape) would otherwise only fail when the value is
    /// written or validated.
    /// </summary>
    public static JsonElement ReadElement(ref Utf8JsonReader reader)
    {
        JsonElement element = JsonElement.ParseValue(ref reader);
        try
        {
            CheckText(element);
        }
        catch (InvalidOperationException)
        {
            throw Fail("a string or property name is not valid UTF-8 or UTF-16 text");
        }

        return element;
    }

    private static void CheckText(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    CheckText(item);
                }

                break;
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    _ = property.Name;
                    CheckText(property.Value);
                }

                break;
        }
    }

    /// <summary>Describes a token for messages.</summary>
    public static string Token(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.None => "nothing",
        _ => type.ToString(),
    };
}

/// <summary>Source-generated metadata for the few framework types the runtime serializes itself.</summary>
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;

/// <summary>Helpers of the generated code that are not primitives: encoded JSON, validation, text.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ContractSupport
{
    /// <summary>Reads a Base64-JSON value (see <see cref="EncodedJson{T}"/>).</summary>
    public static EncodedJson<T> ReadEncodedJson<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : class
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return EncodedJson<T>.FromPlainJson(converter.Read(ref reader, typeof(T), options)!);
        }

        string text = ContractJson.ReadString(ref reader);
        byte[]? bytes = ContractJson.DecodeBase64Rented(text, out int length);
        if (bytes is null)
        {
            return EncodedJson<T>.Undecodable(text);
        }

        try
        {
            int first = 0;
            while (first < length && bytes[first] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
            {
                first++;
            }

            if (first >= length || bytes[first] != (byte)'{')
            {
                return EncodedJson<T>.Undecodable(text);
            }

            var inner = new Utf8JsonReader(bytes.AsSpan(first, length - first), new JsonReaderOptions { MaxDepth = 64 });
            try
            {
                ContractJson.Next(ref inner);
                T value = converter.Read(ref inner, typeof(T), options)!;
                ContractJson.ExpectEnd(ref inner);
                return EncodedJson<T>.Decoded(value, text);
            }
            catch (JsonException exception) when (exception is not ThreeDsPayloadException)
            {
                throw ContractJson.Fail("the Base64 content is not well-formed JSON");
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes, clearArray: true);
        }
    }

    /// <summary>Writes a Base64-JSON value: verbatim when unchanged since it was read, else canonically.</summary>
    public static void WriteEncodedJson<T>(Utf8JsonWriter writer, EncodedJson<T> value, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : class
    {
        if (!value.IsDecoded || (value.OriginalText is not null && !value.IsPlainJson))
        {
            writer.WriteStringValue(value.OriginalText);
        }
        else if (value.IsPlainJson)
        {
            converter.Write(writer, value.Value!, options);
        }
        else
        {
            ContractJson.WriteBase64Json(writer, value.Value!, converter, options);
        }
    }

    /// <summary>The JSON form of a value, for rule evaluation.</summary>
    public static JsonElement ToElement<T>(T value, JsonConverter<T> converter)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, DefaultOptions);
        }

        using JsonDocument document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>Options passed to nested converters when none are given.</summary>
    public static JsonSerializerOptions DefaultOptions { get; } = new();

    /// <summary>Adds the JSON element of a property (or decoded Base64 JSON) if it is an object.</summary>
    public static bool TryGetObject(JsonElement parent, string wireName, out JsonElement child)
    {
        child = default;
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(wireName, out JsonElement value))
        {
            return false;
        }

        return TryAsObject(value, out child);
    }

    /// <summary>The element as an object, decoding Base64 JSON strings.</summary>
    public static bool TryAsObject(JsonElement value, out JsonElement child)
    {
        child = default;
        if (value.ValueKind == JsonValueKind.Object)
        {
            child = value;
            return true;
        }

        if (value.ValueKind == JsonValueKind.String && ContractJson.DecodeBase64(value.GetString()!) is { Length: > 0 } bytes)
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(bytes);
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    child = document.RootElement.Clone();
                    return true;
                }
            }
            catch (JsonException)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Text of a list for ToString (items use their own, redacted, ToString).</summary>
    public static string Join<T>(System.Collections.Generic.IEnumerable<T>? items)
    {
        if (items is null)
        {
            return "null";
        }

        var builder = new StringBuilder("[ ");
        bool first = true;
        foreach (T item in items)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            builder.Append(item?.ToString() ?? "null");
            first = false;
        }

        return builder.Append(first ? "]" : " ]").ToString();
    }

    /// <summary>Names (never values) of the unknown properties, for ToString.</summary>
    public static string Names(System.Collections.Generic.IReadOnlyDictionary<string, JsonElement>? extension) =>
        extension is null ? "null" : "{ " + string.Join(", ", extension.Keys) + " }";

    /// <summary>Text of a map for ToString (keys and redacted values).</summary>
    public static string JoinMap<T>(System.Collections.Generic.IReadOnlyDictionary<string, T>? map)
    {
        if (map is null)
        {
            return "null";
        }

        var builder = new StringBuilder("{ ");
        bool first = true;
        foreach (System.Collections.Generic.KeyValuePair<string, T> entry in map)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            builder.Append(entry.Key).Append(" = ").Append(entry.Value?.ToString() ?? "null");
            first = false;
        }

        return builder.Append(" }").ToString();
    }
}
