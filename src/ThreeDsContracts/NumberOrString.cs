using System;
using System.Globalization;

namespace ThreeDsContracts;

/// <summary>
/// A scalar that a provider sends both as a JSON number and as a JSON string
/// (J.P. Morgan's <c>threeDSProgramProtocol</c>: <c>2</c> and <c>"2.2.0"</c>).
/// It is written back in the form it was read.
/// </summary>
public readonly struct NumberOrString : IEquatable<NumberOrString>
{
    private readonly string? _text;

    private NumberOrString(string text, bool isNumber)
    {
        _text = text;
        IsNumber = isNumber;
    }

    /// <summary>A value written as a JSON number.</summary>
    public static NumberOrString FromNumber(long value) => new(value.ToString(CultureInfo.InvariantCulture), true);

    /// <summary>A value written as a JSON number, from its raw JSON text (e.g. "2" or "2.0").</summary>
    public static NumberOrString FromNumberText(string jsonNumber)
    {
        if (!decimal.TryParse(jsonNumber, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            throw new FormatException("The text is not a JSON number.");
        }

        return new(jsonNumber, true);
    }

    /// <summary>A value written as a JSON string.</summary>
    public static NumberOrString FromString(string value) => new(value ?? throw new ArgumentNullException(nameof(value)), false);

    /// <summary>True when the value is (to be) written as a JSON number.</summary>
    public bool IsNumber { get; }

    /// <summary>The value as text: the number's JSON text or the string.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>The value as an integer when it is an integral number or a string holding one.</summary>
    public bool TryGetInt64(out long value) =>
        long.TryParse(Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    /// <summary>Implicit conversion from an integer (written as a number).</summary>
    public static implicit operator NumberOrString(long value) => FromNumber(value);

    /// <summary>Implicit conversion from a string (written as a string).</summary>
    public static implicit operator NumberOrString(string value) => FromString(value);

    /// <inheritdoc />
    public bool Equals(NumberOrString other) => IsNumber == other.IsNumber && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NumberOrString other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text) ^ (IsNumber ? 1 : 0);

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>Equality.</summary>
    public static bool operator ==(NumberOrString left, NumberOrString right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(NumberOrString left, NumberOrString right) => !left.Equals(right);
}
