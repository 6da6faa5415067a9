using System;
using System.Collections.Generic;

namespace ThreeDsContracts;

/// <summary>
/// A code-list value that a provider sends and whose list may grow without notice
/// (schemas mark such lists <c>"x-unknown-values": "preserve"</c>).
/// Either a known member of <typeparamref name="TEnum"/> or the unrecognized wire value, kept verbatim
/// so that it is written back unchanged.
/// </summary>
/// <typeparam name="TEnum">The generated enum of the code list.</typeparam>
public readonly struct Code<TEnum> : IEquatable<Code<TEnum>>
    where TEnum : struct, Enum
{
    private readonly TEnum _known;
    private readonly string? _unrecognized;
    private readonly bool _isKnown;

    /// <summary>A known code.</summary>
    public Code(TEnum known)
    {
        _known = known;
        _isKnown = true;
        _unrecognized = null;
    }

    private Code(string unrecognized)
    {
        _known = default;
        _isKnown = false;
        _unrecognized = unrecognized;
    }

    /// <summary>A wire value that is not in the code list.</summary>
    public static Code<TEnum> Unrecognized(string wireValue) =>
        new(wireValue ?? throw new ArgumentNullException(nameof(wireValue)));

    /// <summary>True when the value is a member of the code list.</summary>
    public bool IsKnown => _isKnown;

    /// <summary>The known member, or null when the wire value is not in the code list.</summary>
    public TEnum? Known => _isKnown ? _known : null;

    /// <summary>The wire value as received when it is not in the code list; otherwise null.</summary>
    public string? UnrecognizedValue => _unrecognized;

    /// <summary>Returns the known member or throws when the value is not in the code list.</summary>
    public TEnum Value => _isKnown
        ? _known
        : throw new InvalidOperationException($"The value is not a member of {typeof(TEnum).Name}; see UnrecognizedValue.");

    /// <summary>Wraps a known member.</summary>
    public static implicit operator Code<TEnum>(TEnum known) => new(known);

    /// <inheritdoc />
    public bool Equals(Code<TEnum> other) =>
        _isKnown == other._isKnown
        && EqualityComparer<TEnum>.Default.Equals(_known, other._known)
        && string.Equals(_unrecognized, other._unrecognized, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Code<TEnum> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _isKnown ? _known.GetHashCode() : StringComparer.Ordinal.GetHashCode(_unrecognized ?? string.Empty);

    /// <inheritdoc />
    public override string ToString() => _isKnown ? _known.ToString() : $"Unrecognized({_unrecognized})";

    /// <summary>Equality.</summary>
    public static bool operator ==(Code<TEnum> left, Code<TEnum> right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Code<TEnum> left, Code<TEnum> right) => !left.Equals(right);
}
