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
/// <param name="Field">Dotted wire path of the field in the adapter's input.</param>
/// <param name="Reason">Why it could not be carried.</param>
public sealed record MappingGap(string Field, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => Field + ": " + Reason;
}

/// <summary>Collects gaps; allocates only when there is one.</summary>
internal struct Gaps
{
    private List<MappingGap>? _list;

    public void Add(string field, string reason) => (_list ??= new List<MappingGap>(4)).Add(new MappingGap(field, reason));

    /// <summary>Reports <paramref name="field"/> when it is present in the input.</summary>
    public void NotCarried(bool present, string field, string reason)
    {
        if (present)
        {
            Add(field, reason);
        }
    }

    public AdapterResult<T> Result<T>(T value) => new(value, _list is null ? Array.Empty<MappingGap>() : _list.ToArray());
}
