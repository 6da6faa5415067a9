using System;
using System.Collections.Generic;

namespace ThreeDsContracts.Adapters;

/// <summary>
/// What an adapter produced, with the report of what it could not carry. An adapter never drops a field
/// silently: every value of the input that has no place (or no equivalent code) on the other side is a
/// <see cref="MappingGap"/>.
/// </summary>
/// <typeparam name="T">The produced payload or model.</typeparam>
/// <param name="Value">The produced payload or model.</param>
/// <param name="Gaps">The fields of the input that could not be carried, with the reason; empty when everything was carried.</param>
public sealed record AdapterResult<T>(T Value, IReadOnlyList<MappingGap> Gaps)
{
    /// <summary>True when every field of the input was carried.</summary>
    public bool IsComplete => Gaps.Count == 0;
}

/// <summary>
/// A field an adapter could not carry. <see cref="Field"/> is the dotted wire path in the input
/// (<c>challengeCancel</c>, <c>acctInfo.chAccAgeInd</c>, <c>paymentResultInfo.threeDSResult.eci</c>);
/// <see cref="Reason"/> says why, in the receiving provider's terms. Neither ever holds a card number,
/// CVV or authentication value.
/// </summary>
/// <remarks>
/// An adapter records the kind of reason and its arguments; the text of <see cref="Reason"/> is formatted the
/// first time it is read, so a gap nobody reads costs no string. Two gaps are equal when their field and
/// reason text are.
/// </remarks>
public sealed record MappingGap
{
    private readonly GapReason _kind;
    private readonly string? _argument1;
    private readonly string? _argument2;
    private string? _reason;

    /// <summary>A gap with its reason (the parameter names are those of the former positional record, for named arguments).</summary>
    /// <param name="Field">Dotted wire path of the field in the adapter's input.</param>
    /// <param name="Reason">Why it could not be carried.</param>
    public MappingGap(string Field, string Reason)
    {
        this.Field = Field;
        _reason = Reason;
    }

    /// <summary>A gap whose reason is formatted when it is read.</summary>
    internal MappingGap(string field, GapReason kind, string argument1, string? argument2 = null)
    {
        Field = field;
        _kind = kind;
        _argument1 = argument1;
        _argument2 = argument2;
    }

    /// <summary>Dotted wire path of the field in the adapter's input.</summary>
    public string Field { get; init; }

    /// <summary>Why it could not be carried.</summary>
    public string Reason
    {
        get => _reason ??= GapReasons.Format(_kind, _argument1!, _argument2);
        init => _reason = value;
    }

    /// <summary>The field and the reason.</summary>
    /// <param name="Field">Dotted wire path of the field in the adapter's input.</param>
    /// <param name="Reason">Why it could not be carried.</param>
    public void Deconstruct(out string Field, out string Reason)
    {
        Field = this.Field;
        Reason = this.Reason;
    }

    /// <inheritdoc />
    public bool Equals(MappingGap? other) =>
        ReferenceEquals(this, other)
        || (other is not null && string.Equals(Field, other.Field, StringComparison.Ordinal) && string.Equals(Reason, other.Reason, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Field), StringComparer.Ordinal.GetHashCode(Reason));

    /// <inheritdoc />
    public override string ToString() => Field + ": " + Reason;
}

/// <summary>The kinds of reason whose text is built from arguments (formatted when read).</summary>
internal enum GapReason : byte
{
    /// <summary>The reason text itself.</summary>
    Text = 0,

    /// <summary>A canonical code kept verbatim (unknown to the list) that the provider cannot take. Arguments: the value, the provider.</summary>
    NotCanonicalCode,

    /// <summary>A canonical code the provider has no code for. Arguments: the provider, the canonical wire value.</summary>
    NoProviderCode,

    /// <summary>A provider code with no canonical equivalent. Arguments: the provider, the provider's wire value.</summary>
    NoCanonicalCode,

    /// <summary>A provider code kept verbatim that the provider does not document. Arguments: the value, the provider.</summary>
    UndocumentedProviderCode,

    /// <summary>J.P. Morgan's threeDSProgramProtocol that gives only the major version. Argument: the protocol text.</summary>
    ProtocolMajorOnly,

    /// <summary>A message version sent as the major version only. Argument: the protocol text sent.</summary>
    SentAsMajorVersion,
}

/// <summary>The text of each <see cref="GapReason"/> (the exact strings the adapters built before formatting was deferred).</summary>
internal static class GapReasons
{
    public static string Format(GapReason kind, string argument1, string? argument2) => kind switch
    {
        GapReason.NotCanonicalCode => "'" + argument1 + "' is not a code of the canonical list, so " + argument2 + " has no equivalent",
        GapReason.NoProviderCode => argument1 + " has no code for " + argument2,
        GapReason.NoCanonicalCode => argument1 + " code " + Conversions.Quote(argument2!) + " has no canonical equivalent",
        GapReason.UndocumentedProviderCode => Conversions.Quote(argument1) + " is not a documented " + argument2 + " code",
        GapReason.ProtocolMajorOnly => Conversions.Quote(argument1) + " gives only the major version; the canonical messageVersion needs the full EMV version (e.g. 2.2.0)",
        GapReason.SentAsMajorVersion => "sent as threeDSProgramProtocol " + argument1 + " (the major version); minor and patch version are not carried",
        _ => argument1,
    };
}

/// <summary>Collects gaps; allocates only when there is one, and then an array of the exact size for one gap.</summary>
internal struct Gaps
{
    private MappingGap[]? _items;
    private int _count;

    public void Add(string field, string reason) => Add(new MappingGap(field, reason));

    /// <summary>A gap whose reason is formatted when it is read.</summary>
    public void Add(string field, GapReason kind, string argument1, string? argument2 = null) => Add(new MappingGap(field, kind, argument1, argument2));

    /// <summary>A gap built once and shared (a gap is immutable).</summary>
    public void Add(MappingGap gap)
    {
        if (_items is null)
        {
            _items = new MappingGap[1];
        }
        else if (_count == _items.Length)
        {
            Array.Resize(ref _items, _count * 2);
        }

        _items[_count++] = gap;
    }

    /// <summary>Reports <paramref name="field"/> when it is present in the input.</summary>
    public void NotCarried(bool present, string field, string reason)
    {
        if (present)
        {
            Add(field, reason);
        }
    }

    public readonly AdapterResult<T> Result<T>(T value)
    {
        MappingGap[] gaps = _items is null ? Array.Empty<MappingGap>() : _count == _items.Length ? _items : _items.AsSpan(0, _count).ToArray();
        return new AdapterResult<T>(value, gaps);
    }
}
