using System;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.Ecommpay;
using static ThreeDsContracts.Adapters.Conversions;

namespace ThreeDsContracts.Adapters;

/// <summary>
/// ecommpay ↔ canonical: a canonical <see cref="RequestContext"/> into the 3DS parameters of a payment page
/// request (the Base64-JSON sections <c>payment_merchant_risk</c>, <c>customer_account_info</c>,
/// <c>customer_shipping</c>, <c>customer_mpi_result</c> built, and the plain billing and contact parameters),
/// and back; a canonical <see cref="AuthenticationResult"/> into <c>customer_mpi_result</c> (the previous
/// authentication of the customer), and back.
/// </summary>
public static class EcommpayAdapter
{
    private const string Provider = "ecommpay";

    private static readonly FieldProfile MpiResultFields = new(
        new[] { "acsTransId", "authenticationFlow", "challenged", "authenticationTimestamp" },
        "ecommpay's customer_mpi_result carries only the ACS operation id, the flow and the time of the authentication");

    private static readonly FieldProfile PageFields = new(
        new[]
        {
            "challengeIndicator", "browserInfo.challengeWindowSize",
            "merchantRiskIndicator.preOrderDate", "merchantRiskIndicator.preOrderPurchaseInd", "merchantRiskIndicator.reorderItemsInd",
            "merchantRiskIndicator.giftCardAmount", "merchantRiskIndicator.giftCardCurr", "merchantRiskIndicator.giftCardCount",
            "merchantRiskIndicator.shipIndicator", "merchantRiskIndicator.deliveryTimeframe", "merchantRiskIndicator.deliveryEmailAddress",
            "addrMatch", "cardholder.homePhone", "cardholder.workPhone", "cardholder.mobilePhone", "cardholder.email", "acctId",
            "acctInfo.chAccAgeInd", "acctInfo.chAccDate", "acctInfo.chAccChangeInd", "acctInfo.chAccChange", "acctInfo.chAccPwChangeInd",
            "acctInfo.chAccPwChange", "acctInfo.nbPurchaseAccount", "acctInfo.provisionAttemptsDay", "acctInfo.txnActivityDay",
            "acctInfo.txnActivityYear", "acctInfo.paymentAccInd", "acctInfo.paymentAccAge", "acctInfo.shipAddressUsageInd",
            "acctInfo.shipAddressUsage", "acctInfo.shipNameIndicator", "acctInfo.suspiciousAccActivity",
            "requestorAuthentication.method", "requestorAuthentication.timestamp", "requestorAuthentication.data",
            "priorAuthentication.method", "priorAuthentication.timestamp", "priorAuthentication.reference",
            "shippingAddress.line1", "shippingAddress.city", "shippingAddress.postCode", "shippingAddress.state", "shippingAddress.country",
            "billingAddress.line1", "billingAddress.city", "billingAddress.postCode", "billingAddress.state", "billingAddress.country",
        },
        "the 3DS parameters of ecommpay's payment page have no field for it",
        FieldProfile.Reason("browserInfo.", "ecommpay's payment page collects the browser data itself"),
        FieldProfile.Reason("billingAddress.line2", "ecommpay takes one street line (billing_address)"),
        FieldProfile.Reason("billingAddress.line3", "ecommpay takes one street line (billing_address)"),
        FieldProfile.Reason("shippingAddress.line2", "ecommpay takes one street line (customer_shipping address)"),
        FieldProfile.Reason("shippingAddress.line3", "ecommpay takes one street line (customer_shipping address)"),
        FieldProfile.Reason("priorAuthentication.data", "customer_mpi_result has no data of the previous authentication"),
        FieldProfile.Reason("purchase.", "the 3DS parameters of the payment page carry no purchase data (amount and currency are separate page parameters)"));

    /// <summary>
    /// <c>customer_mpi_result</c> for a canonical result: the ACS operation id, the flow (01 frictionless,
    /// 02 challenge) and the time of the authentication, to the minute.
    /// </summary>
    /// <param name="result">The canonical result of the customer's previous authentication.</param>
    /// <returns>The section and what could not be carried.</returns>
    public static AdapterResult<EcommpayCustomerMpiResult> ToMpiResult(AuthenticationResult result)
    {
        var gaps = new Gaps();
        EcommpayAuthenticationFlow? flow = ToProvider(result.AuthenticationFlow, CodeMaps.EcommpayAuthenticationFlow, "authenticationFlow", Provider, ref gaps);
        if (result.Challenged is { } challenged)
        {
            if (flow is null && result.AuthenticationFlow is null && !challenged)
            {
                flow = EcommpayAuthenticationFlow.Frictionless;
            }
            else if (flow is null)
            {
                gaps.Add("challenged", result.AuthenticationFlow is null
                    ? "ecommpay carries it only as the flow; 'challenged' alone does not tell a challenge from a decoupled authentication"
                    : "ecommpay carries it only as the flow, which has no ecommpay code here");
            }
            else if ((flow == EcommpayAuthenticationFlow.Challenge) != challenged)
            {
                gaps.Add("challenged", "contradicts authenticationFlow; only the flow is sent");
            }
        }

        var mpi = new EcommpayMpiResult
        {
            AcsOperationId = result.AcsTransId,
            AuthenticationFlow = flow is { } f ? f : null,
            AuthenticationTimestamp = result.AuthenticationTimestamp is { } at ? ToMinute(at.Value, "authenticationTimestamp", "YYYYMMDDhhmm", ref gaps) : null,
        };
        CanonicalFields.ReportUnhandled(result, MpiResultFields, ref gaps);
        return gaps.Result(new EcommpayCustomerMpiResult { Customer = new EcommpayMpiResultCustomer { MpiResult = mpi } });
    }

    /// <summary>The canonical result a <c>customer_mpi_result</c> carries.</summary>
    /// <param name="mpiResult">The decoded section.</param>
    /// <param name="brand">The card brand, when known.</param>
    /// <returns>The canonical result and what could not be carried.</returns>
    public static AdapterResult<AuthenticationResult> ToAuthenticationResult(EcommpayCustomerMpiResult mpiResult, CardBrand? brand = null)
    {
        var gaps = new Gaps();
        EcommpayMpiResult mpi = mpiResult.Customer.MpiResult;
        Code<AuthenticationFlow>? flow = ToCanonical(mpi.AuthenticationFlow, CodeMaps.EcommpayAuthenticationFlow, "customer.mpi_result.authentication_flow", Provider, ref gaps);
        var result = new AuthenticationResult
        {
            Brand = brand is { } b ? b : null,
            AcsTransId = mpi.AcsOperationId,
            AuthenticationFlow = flow,
            Challenged = flow is { IsKnown: true } known ? known.Value != AuthenticationFlow.Frictionless : null,
            AuthenticationTimestamp = mpi.AuthenticationTimestamp is { } at ? new IsoDateTime(new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc))) : null,
        };
        return gaps.Result(result);
    }

    /// <summary>
    /// The 3DS parameters of a payment page request. Each Base64-JSON section is built only when it has content.
    /// Where ecommpay wants a code and the context has only the date (account age, change, password change,
    /// card age, shipping address first use), the code is derived from the date and <paramref name="purchaseTime"/>
    /// (an account created 12 days before the purchase is age_indicator 03); without a purchase time no code is derived.
    /// </summary>
    /// <param name="context">The canonical request context.</param>
    /// <param name="purchaseTime">When the purchase takes place, to derive codes from dates; never the machine clock.</param>
    /// <returns>The payment page parameters and what could not be carried.</returns>
    public static AdapterResult<EcommpayPaymentPage> ToPaymentPage(RequestContext context, DateTimeOffset? purchaseTime = null)
    {
        var gaps = new Gaps();
        AccountInfo? account = context.AcctInfo;
        if (account is not null && purchaseTime is { } at)
        {
            account = AccountIndicators.Derive(account, at, ref gaps);
        }

        EcommpayMerchantRiskPayment? risk = MerchantRisk(context, ref gaps);
        EcommpayAccountInfoCustomer? customer = AccountInfoCustomer(context, account, ref gaps);
        EcommpayShipping? shipping = Shipping(context, account, ref gaps);
        EcommpayMpiResult? prior = PriorAuthentication(context.PriorAuthentication, ref gaps);
        Address? billing = context.BillingAddress;
        var page = new EcommpayPaymentPage
        {
            PaymentMerchantRisk = risk is null ? null : new EncodedJson<EcommpayPaymentMerchantRisk>(new EcommpayPaymentMerchantRisk { Payment = risk }),
            CustomerAccountInfo = customer is null ? null : new EncodedJson<EcommpayCustomerAccountInfo>(new EcommpayCustomerAccountInfo { Customer = customer }),
            CustomerShipping = shipping is null ? null : new EncodedJson<EcommpayCustomerShipping>(new EcommpayCustomerShipping { Customer = new EcommpayShippingCustomer { Shipping = shipping } }),
            CustomerMpiResult = prior is null ? null : new EncodedJson<EcommpayCustomerMpiResult>(new EcommpayCustomerMpiResult { Customer = new EcommpayMpiResultCustomer { MpiResult = prior } }),
            BillingAddress = billing?.Line1,
            BillingCity = billing?.City,
            BillingCountry = billing?.Country,
            BillingPostal = billing?.PostCode,
            BillingRegionCode = billing?.State,
            CustomerEmail = context.Cardholder?.Email,
            CustomerPhone = context.Cardholder?.MobilePhone is { } mobile ? PhoneDigits(mobile) : null,
        };
        CanonicalFields.ReportUnhandled(context, PageFields, ref gaps);
        return gaps.Result(page);
    }

    private static EcommpayMerchantRiskPayment? MerchantRisk(RequestContext c, ref Gaps gaps)
    {
        MerchantRiskIndicator? m = c.MerchantRiskIndicator;
        EcommpayGiftCard? giftCard = null;
        if (m is not null && (m.GiftCardAmount is not null || m.GiftCardCurr is not null || m.GiftCardCount is not null))
        {
            long? minorUnits = null;
            if (m.GiftCardAmount is { } major)
            {
                if (MinorUnitExponent(m.GiftCardCurr) is { } exponent)
                {
                    minorUnits = major * Pow10(exponent);
                }
                else
                {
                    gaps.Add("merchantRiskIndicator.giftCardAmount", "ecommpay wants the amount in minor units; without a currency with known minor units (giftCardCurr) it cannot be converted");
                }
            }

            giftCard = new EcommpayGiftCard { Amount = minorUnits, Currency = m.GiftCardCurr, Count = m.GiftCardCount };
        }

        EcommpayChallengeIndicator? challenge = ToProvider(c.ChallengeIndicator, CodeMaps.EcommpayChallengeIndicator, "challengeIndicator", Provider, ref gaps);
        EcommpayChallengeWindow? window = ToProvider(c.BrowserInfo?.ChallengeWindowSize, CodeMaps.EcommpayChallengeWindow, "browserInfo.challengeWindowSize", Provider, ref gaps);
        EcommpayPreorderPurchase? preorder = ToProvider(m?.PreOrderPurchaseInd, CodeMaps.EcommpayPreorderPurchase, "merchantRiskIndicator.preOrderPurchaseInd", Provider, ref gaps);
        EcommpayReorder? reorder = ToProvider(m?.ReorderItemsInd, CodeMaps.EcommpayReorder, "merchantRiskIndicator.reorderItemsInd", Provider, ref gaps);
        if (challenge is null && window is null && preorder is null && reorder is null && m?.PreOrderDate is null && giftCard is null)
        {
            return null;
        }

        return new EcommpayMerchantRiskPayment
        {
            ChallengeIndicator = challenge,
            ChallengeWindow = window,
            PreorderDate = m?.PreOrderDate,
            PreorderPurchase = preorder,
            Reorder = reorder,
            GiftCard = giftCard,
        };
    }

    private static EcommpayAccountInfoCustomer? AccountInfoCustomer(RequestContext c, AccountInfo? a, ref Gaps gaps)
    {
        RequestorAuthentication? q = c.RequestorAuthentication;
        EcommpayAccount? account = null;
        if (a is not null || q is not null || c.AcctId is not null)
        {
            account = new EcommpayAccount
            {
                Additional = c.AcctId,
                ActivityDay = a?.TxnActivityDay,
                ActivityYear = a?.TxnActivityYear,
                AgeIndicator = ToProvider(a?.ChAccAgeInd, CodeMaps.EcommpayAccountAgeIndicator, "acctInfo.chAccAgeInd", Provider, ref gaps),
                AuthData = q?.Data,
                AuthMethod = ToProvider(q?.Method, CodeMaps.EcommpayAuthMethod, "requestorAuthentication.method", Provider, ref gaps),
                AuthTime = q?.Timestamp,
                Date = a?.ChAccDate,
                ChangeDate = a?.ChAccChange,
                ChangeIndicator = ToProvider(a?.ChAccChangeInd, CodeMaps.EcommpayAccountChangeIndicator, "acctInfo.chAccChangeInd", Provider, ref gaps),
                PassChangeDate = a?.ChAccPwChange,
                PassChangeIndicator = ToProvider(a?.ChAccPwChangeInd, CodeMaps.EcommpayPasswordChangeIndicator, "acctInfo.chAccPwChangeInd", Provider, ref gaps),
                PaymentAge = a?.PaymentAccAge,
                PaymentAgeIndicator = ToProvider(a?.PaymentAccInd, CodeMaps.EcommpayPaymentAgeIndicator, "acctInfo.paymentAccInd", Provider, ref gaps),
                ProvisionAttempts = a?.ProvisionAttemptsDay,
                PurchaseNumber = a?.NbPurchaseAccount,
                SuspiciousActivity = ToProvider(a?.SuspiciousAccActivity, CodeMaps.EcommpaySuspiciousActivity, "acctInfo.suspiciousAccActivity", Provider, ref gaps),
            };
        }

        EcommpayAddressMatch? match = null;
        if (c.AddrMatch is { } addrMatch)
        {
            if (addrMatch.IsKnown)
            {
                match = addrMatch.Value == AddressMatch.Match ? EcommpayAddressMatch.Match : EcommpayAddressMatch.NoMatch;
            }
            else
            {
                gaps.Add("addrMatch", Quote(addrMatch.UnrecognizedValue!) + " is not a code of the canonical list; ecommpay has no equivalent");
            }
        }

        Cardholder? h = c.Cardholder;
        if (account is null && match is null && h?.HomePhone is null && h?.WorkPhone is null)
        {
            return null;
        }

        return new EcommpayAccountInfoCustomer
        {
            AddressMatch = match,
            HomePhone = h?.HomePhone is { } home ? PhoneDigits(home) : null,
            WorkPhone = h?.WorkPhone is { } work ? PhoneDigits(work) : null,
            Account = account,
        };
    }

    private static EcommpayShipping? Shipping(RequestContext c, AccountInfo? a, ref Gaps gaps)
    {
        Address? s = c.ShippingAddress;
        MerchantRiskIndicator? m = c.MerchantRiskIndicator;
        EcommpayAddressUsageIndicator? usage = ToProvider(a?.ShipAddressUsageInd, CodeMaps.EcommpayAddressUsageIndicator, "acctInfo.shipAddressUsageInd", Provider, ref gaps);
        EcommpayDeliveryTime? delivery = ToProvider(m?.DeliveryTimeframe, CodeMaps.EcommpayDeliveryTime, "merchantRiskIndicator.deliveryTimeframe", Provider, ref gaps);
        EcommpayNameIndicator? name = ToProvider(a?.ShipNameIndicator, CodeMaps.EcommpayNameIndicator, "acctInfo.shipNameIndicator", Provider, ref gaps);
        EcommpayShippingType? type = ToProvider(m?.ShipIndicator, CodeMaps.EcommpayShippingType, "merchantRiskIndicator.shipIndicator", Provider, ref gaps);
        if (s?.Line1 is null && s?.City is null && s?.Country is null && s?.PostCode is null && s?.State is null
            && usage is null && delivery is null && name is null && type is null && a?.ShipAddressUsage is null && m?.DeliveryEmailAddress is null)
        {
            return null;
        }

        return new EcommpayShipping
        {
            Address = s?.Line1,
            City = s?.City,
            Country = s?.Country,
            Postal = s?.PostCode,
            RegionCode = s?.State,
            AddressUsage = a?.ShipAddressUsage,
            AddressUsageIndicator = usage,
            DeliveryEmail = m?.DeliveryEmailAddress,
            DeliveryTime = delivery,
            NameIndicator = name,
            Type = type,
        };
    }

    private static EcommpayMpiResult? PriorAuthentication(PriorAuthentication? p, ref Gaps gaps)
    {
        if (p is null)
        {
            return null;
        }

        EcommpayAuthenticationFlow? flow = null;
        if (p.Method is { } method)
        {
            if (method.IsKnown && method.Value == PriorAuthenticationMethod.FrictionlessByAcs)
            {
                flow = EcommpayAuthenticationFlow.Frictionless;
            }
            else if (method.IsKnown && method.Value == PriorAuthenticationMethod.ChallengeByAcs)
            {
                flow = EcommpayAuthenticationFlow.Challenge;
            }
            else
            {
                gaps.Add("priorAuthentication.method", "customer_mpi_result gives the flow of the previous authentication (01 frictionless, 02 challenge); method " + (method.IsKnown ? method.Value.ToWireValue() : method.UnrecognizedValue) + " is neither");
            }
        }

        if (p.Reference is null && flow is null && p.Timestamp is null)
        {
            return null;
        }

        return new EcommpayMpiResult { AcsOperationId = p.Reference, AuthenticationFlow = flow is { } f ? f : null, AuthenticationTimestamp = p.Timestamp };
    }

    /// <summary>
    /// The canonical request context of a payment page request's 3DS parameters. Phone numbers arrive as one
    /// string of digits and go to the canonical subscriber number without a country code. Gift card amounts are
    /// converted from minor units to EMV's whole major units.
    /// </summary>
    /// <param name="page">The payment page parameters.</param>
    /// <returns>The canonical request context and what could not be carried.</returns>
    public static AdapterResult<RequestContext> ToRequestContext(EcommpayPaymentPage page)
    {
        var gaps = new Gaps();
        EcommpayMerchantRiskPayment? risk = Decoded(page.PaymentMerchantRisk, "payment_merchant_risk", ref gaps)?.Payment;
        EcommpayAccountInfoCustomer? customer = Decoded(page.CustomerAccountInfo, "customer_account_info", ref gaps)?.Customer;
        EcommpayShipping? shipping = Decoded(page.CustomerShipping, "customer_shipping", ref gaps)?.Customer.Shipping;
        EcommpayMpiResult? mpi = Decoded(page.CustomerMpiResult, "customer_mpi_result", ref gaps)?.Customer.MpiResult;
        EcommpayAccount? a = customer?.Account;

        const string Risk = "payment_merchant_risk.payment.";
        const string Account = "customer_account_info.customer.account.";
        const string Ship = "customer_shipping.customer.shipping.";
        long? giftCardAmount = null;
        if (risk?.GiftCard?.Amount is { } minor)
        {
            if (MinorUnitExponent(risk.GiftCard.Currency) is { } exponent)
            {
                long unit = Pow10(exponent);
                giftCardAmount = minor / unit;
                gaps.NotCarried(minor % unit != 0, Risk + "gift_card.amount", "EMV giftCardAmount is in whole major units; the fraction of " + risk.GiftCard.Currency + " is not carried");
            }
            else
            {
                gaps.Add(Risk + "gift_card.amount", "the amount is in minor units of an unknown currency; it cannot be converted to EMV's major units");
            }
        }

        int? giftCardCount = null;
        if (risk?.GiftCard?.Count is { } count)
        {
            if (count is >= 0 and <= int.MaxValue)
            {
                giftCardCount = (int)count;
            }
            else
            {
                gaps.Add(Risk + "gift_card.count", "not a count the canonical field can hold");
            }
        }

        var merchantRisk = new MerchantRiskIndicator
        {
            PreOrderDate = risk?.PreorderDate,
            PreOrderPurchaseInd = ToCanonical(risk?.PreorderPurchase, CodeMaps.EcommpayPreorderPurchase, Risk + "preorder_purchase", Provider, ref gaps),
            ReorderItemsInd = ToCanonical(risk?.Reorder, CodeMaps.EcommpayReorder, Risk + "reorder", Provider, ref gaps),
            GiftCardAmount = giftCardAmount,
            GiftCardCurr = risk?.GiftCard?.Currency,
            GiftCardCount = giftCardCount,
            ShipIndicator = ToCanonical(shipping?.Type, CodeMaps.EcommpayShippingType, Ship + "type", Provider, ref gaps),
            DeliveryTimeframe = ToCanonical(shipping?.DeliveryTime, CodeMaps.EcommpayDeliveryTime, Ship + "delivery_time", Provider, ref gaps),
            DeliveryEmailAddress = shipping?.DeliveryEmail,
        };

        var accountInfo = new AccountInfo
        {
            TxnActivityDay = a?.ActivityDay,
            TxnActivityYear = a?.ActivityYear,
            ChAccAgeInd = ToCanonical(a?.AgeIndicator, CodeMaps.EcommpayAccountAgeIndicator, Account + "age_indicator", Provider, ref gaps),
            ChAccDate = a?.Date,
            ChAccChange = a?.ChangeDate,
            ChAccChangeInd = ToCanonical(a?.ChangeIndicator, CodeMaps.EcommpayAccountChangeIndicator, Account + "change_indicator", Provider, ref gaps),
            ChAccPwChange = a?.PassChangeDate,
            ChAccPwChangeInd = ToCanonical(a?.PassChangeIndicator, CodeMaps.EcommpayPasswordChangeIndicator, Account + "pass_change_indicator", Provider, ref gaps),
            PaymentAccAge = a?.PaymentAge,
            PaymentAccInd = ToCanonical(a?.PaymentAgeIndicator, CodeMaps.EcommpayPaymentAgeIndicator, Account + "payment_age_indicator", Provider, ref gaps),
            ProvisionAttemptsDay = a?.ProvisionAttempts,
            NbPurchaseAccount = a?.PurchaseNumber,
            SuspiciousAccActivity = ToCanonical(a?.SuspiciousActivity, CodeMaps.EcommpaySuspiciousActivity, Account + "suspicious_activity", Provider, ref gaps),
            ShipAddressUsage = shipping?.AddressUsage,
            ShipAddressUsageInd = ToCanonical(shipping?.AddressUsageIndicator, CodeMaps.EcommpayAddressUsageIndicator, Ship + "address_usage_indicator", Provider, ref gaps),
            ShipNameIndicator = ToCanonical(shipping?.NameIndicator, CodeMaps.EcommpayNameIndicator, Ship + "name_indicator", Provider, ref gaps),
        };

        var cardholder = new Cardholder
        {
            Email = page.CustomerEmail,
            MobilePhone = ToPhone(page.CustomerPhone, "customer_phone", ref gaps),
            HomePhone = ToPhone(customer?.HomePhone, "customer_account_info.customer.home_phone", ref gaps),
            WorkPhone = ToPhone(customer?.WorkPhone, "customer_account_info.customer.work_phone", ref gaps),
        };

        Code<PriorAuthenticationMethod>? priorMethod = null;
        if (mpi?.AuthenticationFlow is { } flow)
        {
            if (flow.IsKnown)
            {
                priorMethod = flow.Value == EcommpayAuthenticationFlow.Frictionless ? PriorAuthenticationMethod.FrictionlessByAcs : PriorAuthenticationMethod.ChallengeByAcs;
            }
            else
            {
                gaps.Add("customer_mpi_result.customer.mpi_result.authentication_flow", Quote(flow.UnrecognizedValue!) + " is not a documented ecommpay code");
            }
        }

        var context = new RequestContext
        {
            ChallengeIndicator = ToCanonical(risk?.ChallengeIndicator, CodeMaps.EcommpayChallengeIndicator, Risk + "challenge_indicator", Provider, ref gaps),
            BrowserInfo = null,
            MerchantRiskIndicator = IsEmpty(merchantRisk) ? null : merchantRisk,
            AcctInfo = IsEmpty(accountInfo) ? null : accountInfo,
            AcctId = a?.Additional,
            AddrMatch = customer?.AddressMatch is { } match ? (match == EcommpayAddressMatch.Match ? AddressMatch.Match : AddressMatch.NoMatch) : null,
            RequestorAuthentication = a is null || (a.AuthMethod is null && a.AuthTime is null && a.AuthData is null) ? null : new RequestorAuthentication
            {
                Method = ToCanonical(a.AuthMethod, CodeMaps.EcommpayAuthMethod, Account + "auth_method", Provider, ref gaps),
                Timestamp = a.AuthTime,
                Data = a.AuthData,
            },
            PriorAuthentication = mpi is null ? null : new PriorAuthentication { Reference = mpi.AcsOperationId, Method = priorMethod, Timestamp = mpi.AuthenticationTimestamp },
            Cardholder = cardholder.Email is null && cardholder.MobilePhone is null && cardholder.HomePhone is null && cardholder.WorkPhone is null ? null : cardholder,
            BillingAddress = page.BillingAddress is null && page.BillingCity is null && page.BillingCountry is null && page.BillingPostal is null && page.BillingRegionCode is null ? null : new Address
            {
                Line1 = page.BillingAddress,
                City = page.BillingCity,
                Country = page.BillingCountry,
                PostCode = page.BillingPostal,
                State = page.BillingRegionCode,
            },
            ShippingAddress = shipping is null || (shipping.Address is null && shipping.City is null && shipping.Country is null && shipping.Postal is null && shipping.RegionCode is null) ? null : new Address
            {
                Line1 = shipping.Address,
                City = shipping.City,
                Country = shipping.Country,
                PostCode = shipping.Postal,
                State = shipping.RegionCode,
            },
        };

        if (risk?.ChallengeWindow is { } window)
        {
            gaps.Add(Risk + "challenge_window", "the canonical challenge window belongs to browserInfo, which needs the accept header and user agent ecommpay does not send (window " + window.ToWireValue() + ")");
        }

        return gaps.Result(context);
    }

    private static T? Decoded<T>(EncodedJson<T>? section, string field, ref Gaps gaps)
        where T : class
    {
        if (section is null)
        {
            return null;
        }

        if (!section.IsDecoded)
        {
            gaps.Add(field, "not Base64 of a JSON object; nothing in it is carried");
            return null;
        }

        return section.Value;
    }

    private static bool IsEmpty(MerchantRiskIndicator m) =>
        m.PreOrderDate is null && m.PreOrderPurchaseInd is null && m.ReorderItemsInd is null && m.GiftCardAmount is null && m.GiftCardCurr is null
        && m.GiftCardCount is null && m.ShipIndicator is null && m.DeliveryTimeframe is null && m.DeliveryEmailAddress is null;

    private static bool IsEmpty(AccountInfo a) =>
        a.TxnActivityDay is null && a.TxnActivityYear is null && a.ChAccAgeInd is null && a.ChAccDate is null && a.ChAccChange is null
        && a.ChAccChangeInd is null && a.ChAccPwChange is null && a.ChAccPwChangeInd is null && a.PaymentAccAge is null && a.PaymentAccInd is null
        && a.ProvisionAttemptsDay is null && a.NbPurchaseAccount is null && a.SuspiciousAccActivity is null && a.ShipAddressUsage is null
        && a.ShipAddressUsageInd is null && a.ShipNameIndicator is null;
}
