using System;

namespace ThreeDsContracts;

/// <summary>How a <see cref="FlexibleTimestamp"/> travels on the wire.</summary>
public enum TimestampForm
{
    /// <summary>An ISO-8601 string, e.g. <c>"2024-05-01T10:00:00Z"</c>.</summary>
    IsoString = 0,

    /// <summary>An object <c>{ "seconds": N, "nanos": N }</c> (protobuf Timestamp).</summary>
    Seconds = 1,
}

/// <summary>What the lenient reader of a <c>{ "seconds": N, "nanos": N }</c> timestamp accepted that its schema does not allow.</summary>
[Flags]
public enum TimestampReadIssues
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary><c>seconds</c> was a string of digits, not an integer.</summary>
    SecondsAsString = 1,

    /// <summary><c>nanos</c> was outside 0..999,999,999 (protobuf Timestamp).</summary>
    NanosOutOfRange = 2,
}

/// <summary>
/// A J.P. Morgan timestamp: sent as an ISO-8601 string in some messages and as
/// <c>{ "seconds": N }</c> in others. Written back in the form it was read.
/// </summary>
public readonly struct FlexibleTimestamp : IEquatable<FlexibleTimestamp>
{
    /// <summary>Creates a timestamp.</summary>
    public FlexibleTimestamp(DateTimeOffset value, TimestampForm form = TimestampForm.IsoString, string? originalText = null)
    {
        Value = value;
        Form = form;
        OriginalText = form == TimestampForm.IsoString ? originalText : null;
    }

    /// <summary>The instant.</summary>
    public DateTimeOffset Value { get; }

    /// <summary>The wire form.</summary>
    public TimestampForm Form { get; }

    /// <summary>The ISO text as received, written back verbatim so that nothing changes in a round trip.</summary>
    public string? OriginalText { get; }

    /// <summary>What the reader tolerated in the object form; the generated <c>Validate()</c> reports it.</summary>
    public TimestampReadIssues ReadIssues { get; init; }

    /// <summary>Implicit conversion from an instant (written as ISO-8601).</summary>
    public static implicit operator FlexibleTimestamp(DateTimeOffset value) => new(value);

    /// <inheritdoc />
    public bool Equals(FlexibleTimestamp other) => Value.Equals(other.Value) && Form == other.Form;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FlexibleTimestamp other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode() ^ (int)Form;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Equality.</summary>
    public static bool operator ==(FlexibleTimestamp left, FlexibleTimestamp right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(FlexibleTimestamp left, FlexibleTimestamp right) => !left.Equals(right);
}
