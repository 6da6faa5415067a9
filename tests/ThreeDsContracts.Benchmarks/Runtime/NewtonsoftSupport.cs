using System;
using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ThreeDsContracts.Benchmarks.Runtime.Newtonsoft;

/// <summary>A Base64-encoded JSON section (ecommpay's page parameters, the gateway's token), decoded into <typeparamref name="T"/>.</summary>
public sealed class Base64JsonConverter<T> : JsonConverter<T>
{
    public override T? ReadJson(JsonReader reader, Type objectType, T? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return default;
        }

        string text = ((string)reader.Value!).Trim().TrimEnd('=');
        text = text.Replace('-', '+').Replace('_', '/');
        text += new string('=', (4 - (text.Length % 4)) % 4);
        string json = Encoding.UTF8.GetString(Convert.FromBase64String(text));
        using var inner = new JsonTextReader(new System.IO.StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return serializer.Deserialize<T>(inner);
    }

    public override void WriteJson(JsonWriter writer, T? value, JsonSerializer serializer) =>
        writer.WriteValue(Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(value))));
}

/// <summary>J.P. Morgan timestamps: an ISO-8601 string or <c>{"seconds": n}</c>.</summary>
public sealed class FlexibleTimestampConverter : JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? ReadJson(JsonReader reader, Type objectType, DateTimeOffset? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        switch (reader.TokenType)
        {
            case JsonToken.Null:
                return null;
            case JsonToken.String:
                return DateTimeOffset.Parse((string)reader.Value!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            case JsonToken.Date:
                return reader.Value is DateTimeOffset offset ? offset : new DateTimeOffset((DateTime)reader.Value!);
            default:
                JObject o = JObject.Load(reader);
                return DateTimeOffset.FromUnixTimeSeconds(o.Value<long>("seconds"));
        }
    }

    public override void WriteJson(JsonWriter writer, DateTimeOffset? value, JsonSerializer serializer) =>
        writer.WriteValue(value?.ToString("O", CultureInfo.InvariantCulture));
}

/// <summary>A date or date-time in an exact format (ecommpay's dd-MM-yyyy, dd-MM-yyyyHH:mm, yyyyMMddHHmm).</summary>
public sealed class DateFormatConverter : JsonConverter
{
    private readonly string _format;

    public DateFormatConverter(string format) => _format = format;

    public override bool CanConvert(Type objectType) => true;

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        string text = (string)reader.Value!;
        Type target = Nullable.GetUnderlyingType(objectType) ?? objectType;
        return target == typeof(DateOnly)
            ? DateOnly.ParseExact(text, _format, CultureInfo.InvariantCulture)
            : DateTime.ParseExact(text, _format, CultureInfo.InvariantCulture);
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        writer.WriteValue(value is DateOnly date ? date.ToString(_format, CultureInfo.InvariantCulture) : ((DateTime)value!).ToString(_format, CultureInfo.InvariantCulture));
}
