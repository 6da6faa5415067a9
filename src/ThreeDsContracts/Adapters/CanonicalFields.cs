using System;
using System.Collections.Generic;
using ThreeDsContracts.Canonical;

namespace ThreeDsContracts.Adapters;

/// <summary>
/// Which canonical fields an adapter handles itself, and why it cannot carry the others. After converting,
/// an adapter walks every present field of its canonical input: a field the adapter does not handle is
/// reported with the reason given here, so that nothing is dropped silently even when the canonical model
/// grows.
/// </summary>
internal sealed class FieldProfile
{
    private readonly HashSet<string> _handled;
    private readonly KeyValuePair<string, string>[] _reasons;
    private readonly string _defaultReason;

    /// <param name="handled">Dotted canonical paths the adapter converts (or reports) itself.</param>
    /// <param name="defaultReason">Reason for a field without a specific one.</param>
    /// <param name="reasons">Reasons by exact path, or by prefix ending in '.' for a whole object.</param>
    public FieldProfile(string[] handled, string defaultReason, params KeyValuePair<string, string>[] reasons)
    {
        _handled = new HashSet<string>(handled, StringComparer.Ordinal);
        _defaultReason = defaultReason;
        _reasons = reasons;
    }

    public bool Handles(string path) => _handled.Contains(path);

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
}

/// <summary>Walks the present fields of the canonical models (hand-written: no reflection, AOT-safe).</summary>
internal static class CanonicalFields
{
    /// <summary>Reports each present field of <paramref name="r"/> the profile does not handle.</summary>
    public static void ReportUnhandled(AuthenticationResult r, FieldProfile profile, ref Gaps gaps)
    {
        Check(r.Brand is not null, "brand", profile, ref gaps);
        Check(r.Eci is not null, "eci", profile, ref gaps);
        Check(r.AuthenticationValue is not null, "authenticationValue", profile, ref gaps);
        Check(r.DsTransId is not null, "dsTransId", profile, ref gaps);
        Check(r.Xid is not null, "xid", profile, ref gaps);
        Check(r.AcsTransId is not null, "acsTransId", profile, ref gaps);
        Check(r.ThreeDSServerTransId is not null, "threeDSServerTransId", profile, ref gaps);
        Check(r.MessageVersion is not null, "messageVersion", profile, ref gaps);
        Check(r.TransStatus is not null, "transStatus", profile, ref gaps);
        Check(r.TransStatusReason is not null, "transStatusReason", profile, ref gaps);
        Check(r.Challenged is not null, "challenged", profile, ref gaps);
        Check(r.ChallengeCancel is not null, "challengeCancel", profile, ref gaps);
        Check(r.AuthenticationTimestamp is not null, "authenticationTimestamp", profile, ref gaps);
        Check(r.Exemption is not null, "exemption", profile, ref gaps);
        Check(r.AuthenticationFlow is not null, "authenticationFlow", profile, ref gaps);
        Check(r.AuthenticationType is not null, "authenticationType", profile, ref gaps);
        Check(r.AuthenticationMethod is not null, "authenticationMethod", profile, ref gaps);
        Check(r.CbAuthenticationValueCalculationMethod is not null, "cbAuthenticationValueCalculationMethod", profile, ref gaps);
        Check(r.CbExemption is not null, "cbExemption", profile, ref gaps);
        Check(r.CbScore is not null, "cbScore", profile, ref gaps);
    }

    /// <summary>Reports each present field of <paramref name="c"/> the profile does not handle (phones count as one field each).</summary>
    public static void ReportUnhandled(RequestContext c, FieldProfile profile, ref Gaps gaps)
    {
        if (c.BrowserInfo is { } b)
        {
            Check(true, "browserInfo.acceptHeader", profile, ref gaps);
            Check(b.IpAddress is not null, "browserInfo.ipAddress", profile, ref gaps);
            Check(b.JavaEnabled is not null, "browserInfo.javaEnabled", profile, ref gaps);
            Check(b.JavascriptEnabled is not null, "browserInfo.javascriptEnabled", profile, ref gaps);
            Check(b.Language is not null, "browserInfo.language", profile, ref gaps);
            Check(b.ColorDepth is not null, "browserInfo.colorDepth", profile, ref gaps);
            Check(b.ScreenHeight is not null, "browserInfo.screenHeight", profile, ref gaps);
            Check(b.ScreenWidth is not null, "browserInfo.screenWidth", profile, ref gaps);
            Check(b.TimeZoneOffset is not null, "browserInfo.timeZoneOffset", profile, ref gaps);
            Check(true, "browserInfo.userAgent", profile, ref gaps);
            Check(b.ChallengeWindowSize is not null, "browserInfo.challengeWindowSize", profile, ref gaps);
        }

        if (c.AcctInfo is { } a)
        {
            Check(a.ChAccAgeInd is not null, "acctInfo.chAccAgeInd", profile, ref gaps);
            Check(a.ChAccDate is not null, "acctInfo.chAccDate", profile, ref gaps);
            Check(a.ChAccChangeInd is not null, "acctInfo.chAccChangeInd", profile, ref gaps);
            Check(a.ChAccChange is not null, "acctInfo.chAccChange", profile, ref gaps);
            Check(a.ChAccPwChangeInd is not null, "acctInfo.chAccPwChangeInd", profile, ref gaps);
            Check(a.ChAccPwChange is not null, "acctInfo.chAccPwChange", profile, ref gaps);
            Check(a.NbPurchaseAccount is not null, "acctInfo.nbPurchaseAccount", profile, ref gaps);
            Check(a.ProvisionAttemptsDay is not null, "acctInfo.provisionAttemptsDay", profile, ref gaps);
            Check(a.TxnActivityDay is not null, "acctInfo.txnActivityDay", profile, ref gaps);
            Check(a.TxnActivityYear is not null, "acctInfo.txnActivityYear", profile, ref gaps);
            Check(a.PaymentAccInd is not null, "acctInfo.paymentAccInd", profile, ref gaps);
            Check(a.PaymentAccAge is not null, "acctInfo.paymentAccAge", profile, ref gaps);
            Check(a.ShipAddressUsageInd is not null, "acctInfo.shipAddressUsageInd", profile, ref gaps);
            Check(a.ShipAddressUsage is not null, "acctInfo.shipAddressUsage", profile, ref gaps);
            Check(a.ShipNameIndicator is not null, "acctInfo.shipNameIndicator", profile, ref gaps);
            Check(a.SuspiciousAccActivity is not null, "acctInfo.suspiciousAccActivity", profile, ref gaps);
        }

        if (c.MerchantRiskIndicator is { } m)
        {
            Check(m.ShipIndicator is not null, "merchantRiskIndicator.shipIndicator", profile, ref gaps);
            Check(m.DeliveryTimeframe is not null, "merchantRiskIndicator.deliveryTimeframe", profile, ref gaps);
            Check(m.DeliveryEmailAddress is not null, "merchantRiskIndicator.deliveryEmailAddress", profile, ref gaps);
            Check(m.ReorderItemsInd is not null, "merchantRiskIndicator.reorderItemsInd", profile, ref gaps);
            Check(m.PreOrderPurchaseInd is not null, "merchantRiskIndicator.preOrderPurchaseInd", profile, ref gaps);
            Check(m.PreOrderDate is not null, "merchantRiskIndicator.preOrderDate", profile, ref gaps);
            Check(m.GiftCardAmount is not null, "merchantRiskIndicator.giftCardAmount", profile, ref gaps);
            Check(m.GiftCardCurr is not null, "merchantRiskIndicator.giftCardCurr", profile, ref gaps);
            Check(m.GiftCardCount is not null, "merchantRiskIndicator.giftCardCount", profile, ref gaps);
        }

        if (c.PriorAuthentication is { } p)
        {
            Check(p.Method is not null, "priorAuthentication.method", profile, ref gaps);
            Check(p.Timestamp is not null, "priorAuthentication.timestamp", profile, ref gaps);
            Check(p.Reference is not null, "priorAuthentication.reference", profile, ref gaps);
            Check(p.Data is not null, "priorAuthentication.data", profile, ref gaps);
        }

        if (c.RequestorAuthentication is { } q)
        {
            Check(q.Method is not null, "requestorAuthentication.method", profile, ref gaps);
            Check(q.Timestamp is not null, "requestorAuthentication.timestamp", profile, ref gaps);
            Check(q.Data is not null, "requestorAuthentication.data", profile, ref gaps);
        }

        if (c.Purchase is { } u)
        {
            Check(u.Amount is not null, "purchase.amount", profile, ref gaps);
            Check(u.Currency is not null, "purchase.currency", profile, ref gaps);
            Check(u.Date is not null, "purchase.date", profile, ref gaps);
            Check(u.Installments is not null, "purchase.installments", profile, ref gaps);
            Check(u.RecurringExpiry is not null, "purchase.recurringExpiry", profile, ref gaps);
            Check(u.RecurringFrequency is not null, "purchase.recurringFrequency", profile, ref gaps);
            Check(u.TransactionType is not null, "purchase.transactionType", profile, ref gaps);
        }

        if (c.Cardholder is { } h)
        {
            Check(h.Name is not null, "cardholder.name", profile, ref gaps);
            Check(h.Email is not null, "cardholder.email", profile, ref gaps);
            Check(h.HomePhone is not null, "cardholder.homePhone", profile, ref gaps);
            Check(h.MobilePhone is not null, "cardholder.mobilePhone", profile, ref gaps);
            Check(h.WorkPhone is not null, "cardholder.workPhone", profile, ref gaps);
        }

        CheckAddress(c.BillingAddress, BillingPaths, profile, ref gaps);
        CheckAddress(c.ShippingAddress, ShippingPaths, profile, ref gaps);
        Check(c.AddrMatch is not null, "addrMatch", profile, ref gaps);
        Check(c.AcctId is not null, "acctId", profile, ref gaps);
        Check(c.AuthenticationIndicator is not null, "authenticationIndicator", profile, ref gaps);
        Check(c.ChallengeIndicator is not null, "challengeIndicator", profile, ref gaps);
        Check(c.Exemption is not null, "exemption", profile, ref gaps);
        Check(c.AuthenticationReturnUrl is not null, "authenticationReturnUrl", profile, ref gaps);
        Check(c.CbUseCase is not null, "cbUseCase", profile, ref gaps);
        Check(c.CbItemCount is not null, "cbItemCount", profile, ref gaps);
        Check(c.CbMerchantScore is not null, "cbMerchantScore", profile, ref gaps);
    }

    private static readonly string[] BillingPaths =
    {
        "billingAddress.line1", "billingAddress.line2", "billingAddress.line3", "billingAddress.city",
        "billingAddress.postCode", "billingAddress.state", "billingAddress.country",
    };

    private static readonly string[] ShippingPaths =
    {
        "shippingAddress.line1", "shippingAddress.line2", "shippingAddress.line3", "shippingAddress.city",
        "shippingAddress.postCode", "shippingAddress.state", "shippingAddress.country",
    };

    private static void CheckAddress(Address? address, string[] paths, FieldProfile profile, ref Gaps gaps)
    {
        if (address is null)
        {
            return;
        }

        Check(address.Line1 is not null, paths[0], profile, ref gaps);
        Check(address.Line2 is not null, paths[1], profile, ref gaps);
        Check(address.Line3 is not null, paths[2], profile, ref gaps);
        Check(address.City is not null, paths[3], profile, ref gaps);
        Check(address.PostCode is not null, paths[4], profile, ref gaps);
        Check(address.State is not null, paths[5], profile, ref gaps);
        Check(address.Country is not null, paths[6], profile, ref gaps);
    }

    private static void Check(bool present, string path, FieldProfile profile, ref Gaps gaps)
    {
        if (present && !profile.Handles(path))
        {
            gaps.Add(path, profile.ReasonFor(path));
        }
    }
}
