using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using ThreeDsContracts.Canonical;

namespace ThreeDsContracts.Adapters;

/// <summary>
/// Which canonical fields an adapter handles itself, and why it cannot carry the others. After converting,
/// an adapter walks every present field of its canonical input: a field the adapter does not handle is
/// reported with the reason given here, so that nothing is dropped silently even when the canonical model
/// grows.
/// </summary>
/// <remarks>
/// The profile is precomputed over the field lists of <see cref="CanonicalFields"/>: one bit per canonical field
/// that the adapter does not handle, and the reason of each such field. Reporting is then one <c>and</c> of the
/// present fields with the unhandled ones, and a gap for each bit left (the profile's own instance: no allocation).
/// </remarks>
internal sealed class FieldProfile
{
    private readonly string[] _handled;
    private readonly KeyValuePair<string, string>[] _reasons;
    private readonly string _defaultReason;

    /// <param name="handled">Dotted canonical paths the adapter converts (or reports) itself.</param>
    /// <param name="defaultReason">Reason for a field without a specific one.</param>
    /// <param name="reasons">Reasons by exact path, or by prefix ending in '.' for a whole object.</param>
    public FieldProfile(string[] handled, string defaultReason, params KeyValuePair<string, string>[] reasons)
    {
        _handled = handled;
        _defaultReason = defaultReason;
        _reasons = reasons;
        ResultUnhandled = UnhandledMask(CanonicalFields.ResultPaths, 0);
        ContextUnhandledLow = UnhandledMask(CanonicalFields.ContextPaths, 0);
        ContextUnhandledHigh = UnhandledMask(CanonicalFields.ContextPaths, 64);
        ResultGaps = GapsFor(CanonicalFields.ResultPaths);
        ContextGaps = GapsFor(CanonicalFields.ContextPaths);
    }

    /// <summary>Bit i set: field i of <see cref="CanonicalFields.ResultPaths"/> is not handled.</summary>
    public ulong ResultUnhandled { get; }

    /// <summary>Bit i set: field i of <see cref="CanonicalFields.ContextPaths"/> is not handled (fields 0 to 63).</summary>
    public ulong ContextUnhandledLow { get; }

    /// <summary>Bit i set: field 64 + i of <see cref="CanonicalFields.ContextPaths"/> is not handled.</summary>
    public ulong ContextUnhandledHigh { get; }

    /// <summary>
    /// The gap of each field of <see cref="CanonicalFields.ResultPaths"/> (null when handled): path and reason are
    /// fixed per profile, and a gap is immutable, so every report shares the one instance.
    /// </summary>
    public MappingGap?[] ResultGaps { get; }

    /// <summary>The gap of each field of <see cref="CanonicalFields.ContextPaths"/> (null when handled).</summary>
    public MappingGap?[] ContextGaps { get; }

    public bool Handles(string path) => Array.IndexOf(_handled, path) >= 0;

    public string ReasonFor(string path)
    {
        foreach (KeyValuePair<string, string> reason in _reasons)
        {
            if (reason.Key == path || (reason.Key.EndsWith(".", StringComparison.Ordinal) && path.StartsWith(reason.Key, StringComparison.Ordinal)))
            {
                return reason.Value;
            }
        }

        return _defaultReason;
    }

    public static KeyValuePair<string, string> Reason(string path, string reason) => new(path, reason);

    private ulong UnhandledMask(string[] paths, int offset)
    {
        ulong mask = 0;
        for (int i = offset; i < paths.Length && i < offset + 64; i++)
        {
            if (!Handles(paths[i]))
            {
                mask |= 1UL << (i - offset);
            }
        }

        return mask;
    }

    private MappingGap?[] GapsFor(string[] paths)
    {
        var gaps = new MappingGap?[paths.Length];
        for (int i = 0; i < paths.Length; i++)
        {
            gaps[i] = Handles(paths[i]) ? null : new MappingGap(paths[i], ReasonFor(paths[i]));
        }

        return gaps;
    }
}

/// <summary>Walks the present fields of the canonical models (hand-written: no reflection, AOT-safe).</summary>
internal static class CanonicalFields
{
    /// <summary>The fields of <see cref="AuthenticationResult"/>, in the order gaps are reported; bit i of a mask is field i.</summary>
    internal static readonly string[] ResultPaths =
    {
        "brand", "eci", "authenticationValue", "dsTransId", "xid", "acsTransId", "threeDSServerTransId", "messageVersion", "transStatus",
        "transStatusReason", "challenged", "challengeCancel", "authenticationTimestamp", "exemption", "authenticationFlow", "authenticationType",
        "authenticationMethod", "cbAuthenticationValueCalculationMethod", "cbExemption", "cbScore",
    };

    /// <summary>The fields of <see cref="RequestContext"/> (phones count as one field each), in the order gaps are reported.</summary>
    internal static readonly string[] ContextPaths =
    {
        "browserInfo.acceptHeader", "browserInfo.ipAddress", "browserInfo.javaEnabled", "browserInfo.javascriptEnabled", "browserInfo.language",
        "browserInfo.colorDepth", "browserInfo.screenHeight", "browserInfo.screenWidth", "browserInfo.timeZoneOffset", "browserInfo.userAgent",
        "browserInfo.challengeWindowSize", "acctInfo.chAccAgeInd", "acctInfo.chAccDate", "acctInfo.chAccChangeInd", "acctInfo.chAccChange",
        "acctInfo.chAccPwChangeInd", "acctInfo.chAccPwChange", "acctInfo.nbPurchaseAccount", "acctInfo.provisionAttemptsDay",
        "acctInfo.txnActivityDay", "acctInfo.txnActivityYear", "acctInfo.paymentAccInd", "acctInfo.paymentAccAge", "acctInfo.shipAddressUsageInd",
        "acctInfo.shipAddressUsage", "acctInfo.shipNameIndicator", "acctInfo.suspiciousAccActivity", "merchantRiskIndicator.shipIndicator",
        "merchantRiskIndicator.deliveryTimeframe", "merchantRiskIndicator.deliveryEmailAddress", "merchantRiskIndicator.reorderItemsInd",
        "merchantRiskIndicator.preOrderPurchaseInd", "merchantRiskIndicator.preOrderDate", "merchantRiskIndicator.giftCardAmount",
        "merchantRiskIndicator.giftCardCurr", "merchantRiskIndicator.giftCardCount", "priorAuthentication.method", "priorAuthentication.timestamp",
        "priorAuthentication.reference", "priorAuthentication.data", "requestorAuthentication.method", "requestorAuthentication.timestamp",
        "requestorAuthentication.data", "purchase.amount", "purchase.currency", "purchase.date", "purchase.installments", "purchase.recurringExpiry",
        "purchase.recurringFrequency", "purchase.transactionType", "cardholder.name", "cardholder.email", "cardholder.homePhone",
        "cardholder.mobilePhone", "cardholder.workPhone", "billingAddress.line1", "billingAddress.line2", "billingAddress.line3",
        "billingAddress.city", "billingAddress.postCode", "billingAddress.state", "billingAddress.country", "shippingAddress.line1",
        "shippingAddress.line2", "shippingAddress.line3", "shippingAddress.city", "shippingAddress.postCode", "shippingAddress.state",
        "shippingAddress.country", "addrMatch", "acctId", "authenticationIndicator", "challengeIndicator", "exemption", "authenticationReturnUrl",
        "cbUseCase", "cbItemCount", "cbMerchantScore",
    };

    /// <summary>Reports each present field of <paramref name="r"/> the profile does not handle.</summary>
    public static void ReportUnhandled(AuthenticationResult r, FieldProfile profile, ref Gaps gaps)
    {
        ulong present = Bit(r.Brand is not null, 0)
            | Bit(r.Eci is not null, 1)
            | Bit(r.AuthenticationValue is not null, 2)
            | Bit(r.DsTransId is not null, 3)
            | Bit(r.Xid is not null, 4)
            | Bit(r.AcsTransId is not null, 5)
            | Bit(r.ThreeDSServerTransId is not null, 6)
            | Bit(r.MessageVersion is not null, 7)
            | Bit(r.TransStatus is not null, 8)
            | Bit(r.TransStatusReason is not null, 9)
            | Bit(r.Challenged is not null, 10)
            | Bit(r.ChallengeCancel is not null, 11)
            | Bit(r.AuthenticationTimestamp is not null, 12)
            | Bit(r.Exemption is not null, 13)
            | Bit(r.AuthenticationFlow is not null, 14)
            | Bit(r.AuthenticationType is not null, 15)
            | Bit(r.AuthenticationMethod is not null, 16)
            | Bit(r.CbAuthenticationValueCalculationMethod is not null, 17)
            | Bit(r.CbExemption is not null, 18)
            | Bit(r.CbScore is not null, 19);
        ulong unhandled = present & profile.ResultUnhandled;
        if (unhandled != 0)
        {
            AddGaps(unhandled, 0, profile.ResultGaps, ref gaps);
        }
    }

    /// <summary>Reports each present field of <paramref name="c"/> the profile does not handle (phones count as one field each).</summary>
    public static void ReportUnhandled(RequestContext c, FieldProfile profile, ref Gaps gaps)
    {
        ulong lo = 0;
        ulong hi = 0;
        if (c.BrowserInfo is { } b)
        {
            lo |= Bit(true, 0)
                | Bit(b.IpAddress is not null, 1)
                | Bit(b.JavaEnabled is not null, 2)
                | Bit(b.JavascriptEnabled is not null, 3)
                | Bit(b.Language is not null, 4)
                | Bit(b.ColorDepth is not null, 5)
                | Bit(b.ScreenHeight is not null, 6)
                | Bit(b.ScreenWidth is not null, 7)
                | Bit(b.TimeZoneOffset is not null, 8)
                | Bit(true, 9)
                | Bit(b.ChallengeWindowSize is not null, 10);
        }

        if (c.AcctInfo is { } a)
        {
            lo |= Bit(a.ChAccAgeInd is not null, 11)
                | Bit(a.ChAccDate is not null, 12)
                | Bit(a.ChAccChangeInd is not null, 13)
                | Bit(a.ChAccChange is not null, 14)
                | Bit(a.ChAccPwChangeInd is not null, 15)
                | Bit(a.ChAccPwChange is not null, 16)
                | Bit(a.NbPurchaseAccount is not null, 17)
                | Bit(a.ProvisionAttemptsDay is not null, 18)
                | Bit(a.TxnActivityDay is not null, 19)
                | Bit(a.TxnActivityYear is not null, 20)
                | Bit(a.PaymentAccInd is not null, 21)
                | Bit(a.PaymentAccAge is not null, 22)
                | Bit(a.ShipAddressUsageInd is not null, 23)
                | Bit(a.ShipAddressUsage is not null, 24)
                | Bit(a.ShipNameIndicator is not null, 25)
                | Bit(a.SuspiciousAccActivity is not null, 26);
        }

        if (c.MerchantRiskIndicator is { } m)
        {
            lo |= Bit(m.ShipIndicator is not null, 27)
                | Bit(m.DeliveryTimeframe is not null, 28)
                | Bit(m.DeliveryEmailAddress is not null, 29)
                | Bit(m.ReorderItemsInd is not null, 30)
                | Bit(m.PreOrderPurchaseInd is not null, 31)
                | Bit(m.PreOrderDate is not null, 32)
                | Bit(m.GiftCardAmount is not null, 33)
                | Bit(m.GiftCardCurr is not null, 34)
                | Bit(m.GiftCardCount is not null, 35);
        }

        if (c.PriorAuthentication is { } p)
        {
            lo |= Bit(p.Method is not null, 36)
                | Bit(p.Timestamp is not null, 37)
                | Bit(p.Reference is not null, 38)
                | Bit(p.Data is not null, 39);
        }

        if (c.RequestorAuthentication is { } q)
        {
            lo |= Bit(q.Method is not null, 40)
                | Bit(q.Timestamp is not null, 41)
                | Bit(q.Data is not null, 42);
        }

        if (c.Purchase is { } u)
        {
            lo |= Bit(u.Amount is not null, 43)
                | Bit(u.Currency is not null, 44)
                | Bit(u.Date is not null, 45)
                | Bit(u.Installments is not null, 46)
                | Bit(u.RecurringExpiry is not null, 47)
                | Bit(u.RecurringFrequency is not null, 48)
                | Bit(u.TransactionType is not null, 49);
        }

        if (c.Cardholder is { } h)
        {
            lo |= Bit(h.Name is not null, 50)
                | Bit(h.Email is not null, 51)
                | Bit(h.HomePhone is not null, 52)
                | Bit(h.MobilePhone is not null, 53)
                | Bit(h.WorkPhone is not null, 54);
        }

        lo |= AddressBits(c.BillingAddress) << 55;
        ulong shipping = AddressBits(c.ShippingAddress);
        lo |= shipping << 62;
        hi |= shipping >> 2;

        hi |= Bit(c.AddrMatch is not null, 5);
        hi |= Bit(c.AcctId is not null, 6);
        hi |= Bit(c.AuthenticationIndicator is not null, 7);
        hi |= Bit(c.ChallengeIndicator is not null, 8);
        hi |= Bit(c.Exemption is not null, 9);
        hi |= Bit(c.AuthenticationReturnUrl is not null, 10);
        hi |= Bit(c.CbUseCase is not null, 11);
        hi |= Bit(c.CbItemCount is not null, 12);
        hi |= Bit(c.CbMerchantScore is not null, 13);
        lo &= profile.ContextUnhandledLow;
        hi &= profile.ContextUnhandledHigh;
        if (lo != 0)
        {
            AddGaps(lo, 0, profile.ContextGaps, ref gaps);
        }

        if (hi != 0)
        {
            AddGaps(hi, 64, profile.ContextGaps, ref gaps);
        }
    }

    /// <summary>The 7 fields of an address, line1 in bit 0 to country in bit 6.</summary>
    private static ulong AddressBits(Address? a) => a is null
        ? 0
        : Bit(a.Line1 is not null, 0) | Bit(a.Line2 is not null, 1) | Bit(a.Line3 is not null, 2) | Bit(a.City is not null, 3)
            | Bit(a.PostCode is not null, 4) | Bit(a.State is not null, 5) | Bit(a.Country is not null, 6);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bit(bool present, int index) => (present ? 1UL : 0UL) << index;

    /// <summary>A gap for each set bit, lowest first (the order of the field lists).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddGaps(ulong bits, int offset, MappingGap?[] profileGaps, ref Gaps gaps)
    {
        do
        {
            gaps.Add(profileGaps[BitOperations.TrailingZeroCount(bits) + offset]!);
            bits &= bits - 1;
        }
        while (bits != 0);
    }
}
