using System;

namespace ThreeDsContracts;

/// <summary>
/// A JSON document that travels Base64-encoded inside a string (ecommpay's <c>customer_account_info</c>,
/// the Payment Gateway's token and CReq). <see cref="Value"/> is the typed content. A value read from a
/// payload remembers its original text and is written back unchanged while <see cref="Value"/> is the
/// instance that was read; new values are written as standard, padded Base64 of compact UTF-8 JSON.
/// A string that does not decode to a JSON object is kept verbatim (<see cref="IsDecoded"/> false).
/// </summary>
/// <typeparam name="T">The generated type of the content.</typeparam>
public sealed class EncodedJson<T> : IEquatable<EncodedJson<T>>
    where T : class
{
    private EncodedJson(T? value, string? originalText, bool plainJson)
    {
        Value = value;
        OriginalText = originalText;
        IsPlainJson = plainJson;
    }

    /// <summary>Wraps content to be encoded canonically.</summary>
    public EncodedJson(T value)
        : this(value ?? throw new ArgumentNullException(nameof(value)), null, false)
    {
    }

    /// <summary>Content decoded from a string; the text is kept for a verbatim round trip.</summary>
    public static EncodedJson<T> Decoded(T value, string originalText) => new(value, originalText, false);

    /// <summary>Content the provider sent as a plain JSON object instead of a Base64 string.</summary>
    public static EncodedJson<T> FromPlainJson(T value) => new(value, null, true);

    /// <summary>A string that is not Base64 of a JSON object, kept verbatim.</summary>
    public static EncodedJson<T> Undecodable(string text) => new(null, text ?? throw new ArgumentNullException(nameof(text)), false);

    /// <summary>The typed content, or null when the text could not be decoded.</summary>
    public T? Value { get; }

    /// <summary>True when <see cref="Value"/> holds the content.</summary>
    public bool IsDecoded => Value is not null;

    /// <summary>The text as received (Base64), when read from a payload.</summary>
    public string? OriginalText { get; }

    /// <summary>True when the provider sent a plain JSON object; it is written back the same way.</summary>
    public bool IsPlainJson { get; }

    /// <summary>Wraps content to be encoded canonically.</summary>
    public static implicit operator EncodedJson<T>(T value) => new(value);

    /// <inheritdoc />
    public bool Equals(EncodedJson<T>? other) =>
        other is not null && (IsDecoded ? Equals(Value, other.Value) : !other.IsDecoded && OriginalText == other.OriginalText);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EncodedJson<T>);

    /// <inheritdoc />
    public override int GetHashCode() => IsDecoded ? Value!.GetHashCode() : (OriginalText?.Length ?? 0);

    /// <summary>The content's (redacted) text; undecodable text is never shown.</summary>
    public override string ToString() => IsDecoded
        ? Value!.ToString() ?? string.Empty
        : $"(undecodable, {OriginalText?.Length ?? 0} characters)";
}
