using System;
using System.Globalization;

namespace ThreeDsContracts;

/// <summary>
/// An ISO-8601 date-time as a provider sent it. The instant is available as <see cref="Value"/>; the text
/// is kept so that a round trip writes exactly what was read (<c>2028-10-31T17:07:14.91Z</c> stays so).
/// </summary>
public readonly struct IsoDateTime : IEquatable<IsoDateTime>
{
    private readonly string? _text;

    /// <summary>Creates a value from an instant (written in the shortest round-trip form).</summary>
    public IsoDateTime(DateTimeOffset value)
    {
        Value = value;
        _text = null;
    }

    private IsoDateTime(DateTimeOffset value, string text)
    {
        Value = value;
        _text = text;
    }

    /// <summary>The instant.</summary>
    public DateTimeOffset Value { get; }

    /// <summary>Parses ISO-8601 text (with or without offset; without one it is taken as UTC).</summary>
    public static bool TryParse(string text, out IsoDateTime value)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out DateTimeOffset parsed)
            && text.Length >= 10 && char.IsDigit(text[0]) && text[4] == '-')
        {
            value = new IsoDateTime(parsed, text);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Shortest ISO-8601 form: fractional digits trimmed, <c>Z</c> for UTC.</summary>
    public static string Format(DateTimeOffset value)
    {
        string text = value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        return text;
    }

    /// <summary>Implicit conversion from an instant.</summary>
    public static implicit operator IsoDateTime(DateTimeOffset value) => new(value);

    /// <inheritdoc />
    public bool Equals(IsoDateTime other) => Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IsoDateTime other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>The text as received, or the shortest ISO-8601 form.</summary>
    public override string ToString() => _text ?? Format(Value);

    /// <summary>Equality (same instant).</summary>
    public static bool operator ==(IsoDateTime left, IsoDateTime right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(IsoDateTime left, IsoDateTime right) => !left.Equals(right);
}
