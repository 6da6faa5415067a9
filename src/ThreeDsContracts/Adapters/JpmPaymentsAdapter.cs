using System;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.JpmPayments;
using static ThreeDsContracts.Adapters.Conversions;

namespace ThreeDsContracts.Adapters;

/// <summary>
/// J.P. Morgan Online Payments ↔ canonical. Pass-through 3DS: a canonical result into
/// <c>paymentMethodType.card.authentication</c> (authenticationTransactionId per the provider's brand rule:
/// the directory server transaction id for Mastercard and Cartes Bancaires, the XID for Visa;
/// threeDSProgramProtocol from the message version) and back. Orchestrated 3DS: a canonical request context
/// into <c>paymentAuthenticationRequest</c>, <c>browserInfo</c> and <c>accountHolder</c>, and back.
/// </summary>
public static class JpmPaymentsAdapter
{
    private const string Provider = "J.P. Morgan Online Payments";

    private static readonly FieldProfile PassThroughFields = new(
        new[]
        {
            "eci", "authenticationValue", "dsTransId", "xid", "messageVersion", "transStatus", "transStatusReason", "exemption",
            "authenticationMethod", "cbAuthenticationValueCalculationMethod", "cbExemption", "cbScore",
        },
        "J.P. Morgan's pass-through authentication object has no field for it",
        FieldProfile.Reason("brand", "J.P. Morgan reads the brand from the account number; the authentication object has no brand"));

    private static readonly FieldProfile RequestFields = new(
        new[]
        {
            "browserInfo.acceptHeader", "browserInfo.ipAddress", "browserInfo.javaEnabled", "browserInfo.javascriptEnabled", "browserInfo.language",
            "browserInfo.colorDepth", "browserInfo.screenHeight", "browserInfo.screenWidth", "browserInfo.timeZoneOffset", "browserInfo.userAgent",
            "browserInfo.challengeWindowSize", "purchase.amount", "purchase.currency", "purchase.date", "purchase.transactionType",
            "cardholder.name", "cardholder.email", "cardholder.mobilePhone",
            "billingAddress.line1", "billingAddress.line2", "billingAddress.city", "billingAddress.postCode", "billingAddress.state", "billingAddress.country",
            "authenticationIndicator", "challengeIndicator", "exemption", "authenticationReturnUrl", "cbUseCase", "cbItemCount", "cbMerchantScore",
        },
        "J.P. Morgan Online Payments has no field for it",
        FieldProfile.Reason("acctInfo.", "J.P. Morgan Online Payments takes no cardholder account history"),
        FieldProfile.Reason("merchantRiskIndicator.", "J.P. Morgan Online Payments takes no merchant risk indicators"),
        FieldProfile.Reason("priorAuthentication.", "J.P. Morgan Online Payments takes no prior-authentication data"),
        FieldProfile.Reason("requestorAuthentication.", "J.P. Morgan Online Payments takes no requestor-authentication data"),
        FieldProfile.Reason("shippingAddress.", "J.P. Morgan Online Payments takes no shipping address"),
        FieldProfile.Reason("cardholder.homePhone", "accountHolder carries one phone number: the mobile phone"),
        FieldProfile.Reason("cardholder.workPhone", "accountHolder carries one phone number: the mobile phone"),
        FieldProfile.Reason("billingAddress.line3", "accountHolder.billingAddress has two street lines"));

    /// <summary>
    /// The pass-through <c>authentication</c> object for a canonical result. The brand picks
    /// authenticationTransactionId (XID for Visa, DS transaction id otherwise); messageVersion becomes
    /// threeDSProgramProtocol (written as <paramref name="protocolForm"/>). Whether the brand's required fields
    /// are all there is for <c>Validate(brand)</c> of the request; the report lists what could not be carried.
    /// </summary>
    /// <param name="result">The canonical result.</param>
    /// <param name="challengeIndicator">The challenge preference of the authentication (threeDSChallengeType, required for Cartes Bancaires), when known.</param>
    /// <param name="protocolForm">How to write threeDSProgramProtocol: the version string (default, keeps the full version) or the major version number.</param>
    /// <returns>The authentication object and what could not be carried.</returns>
    public static AdapterResult<JpmPaymentsAuthentication> ToPassThroughAuthentication(
        AuthenticationResult result, ChallengeIndicator? challengeIndicator = null, ProgramProtocolForm protocolForm = ProgramProtocolForm.MessageVersion)
    {
        var gaps = new Gaps();
        JpmPaymentsAuthentication authentication = PassThrough(result, challengeIndicator, protocolForm, ref gaps);
        CanonicalFields.ReportUnhandled(result, PassThroughFields, ref gaps);
        return gaps.Result(authentication);
    }

    /// <summary>The request with <c>paymentMethodType.card.authentication</c> set from the result (see <see cref="ToPassThroughAuthentication"/>).</summary>
    /// <param name="request">The payment request (amount, merchant, card number...).</param>
    /// <param name="result">The canonical result.</param>
    /// <param name="challengeIndicator">The challenge preference of the authentication, when known.</param>
    /// <param name="protocolForm">How to write threeDSProgramProtocol.</param>
    /// <returns>The request and what could not be carried.</returns>
    /// <exception cref="ArgumentException">The request has no card.</exception>
    public static AdapterResult<JpmPaymentsPaymentRequest> WithPassThrough(
        JpmPaymentsPaymentRequest request, AuthenticationResult result, ChallengeIndicator? challengeIndicator = null, ProgramProtocolForm protocolForm = ProgramProtocolForm.MessageVersion)
    {
        JpmPaymentsPaymentCard card = request.PaymentMethodType.Card ?? throw new ArgumentException("The request has no paymentMethodType.card to carry the authentication.", nameof(request));
        AdapterResult<JpmPaymentsAuthentication> authentication = ToPassThroughAuthentication(result, challengeIndicator, protocolForm);
        JpmPaymentsAuthentication merged = card.Authentication is { ScaExemptionReason: { } exemption } && authentication.Value.ScaExemptionReason is null
            ? authentication.Value with { ScaExemptionReason = exemption }
            : authentication.Value;
        JpmPaymentsPaymentRequest updated = request with
        {
            PaymentMethodType = request.PaymentMethodType with { Card = card with { Authentication = merged } },
        };
        return new AdapterResult<JpmPaymentsPaymentRequest>(updated, authentication.Gaps);
    }

    private static JpmPaymentsAuthentication PassThrough(AuthenticationResult r, ChallengeIndicator? challengeIndicator, ProgramProtocolForm protocolForm, ref Gaps gaps)
    {
        string? transactionId = null;
        CardBrand? brand = r.Brand is { IsKnown: true } b ? b.Value : null;
        if (brand is null)
        {
            const string Unknown = "without the card brand it is unknown whether J.P. Morgan wants the DS transaction id (Mastercard, Cartes Bancaires) or the XID (Visa) as authenticationTransactionId";
            gaps.NotCarried(r.DsTransId is not null, "dsTransId", Unknown);
            gaps.NotCarried(r.Xid is not null, "xid", Unknown);
        }
        else if (brand == CardBrand.Visa)
        {
            transactionId = r.Xid;
            gaps.NotCarried(r.DsTransId is not null, "dsTransId", "J.P. Morgan takes the XID as authenticationTransactionId for Visa, not the DS transaction id");
        }
        else
        {
            transactionId = r.DsTransId;
            if (r.Xid is not null)
            {
                gaps.Add("xid", "J.P. Morgan takes the DS transaction id as authenticationTransactionId for " + brand.Value.ToWireValue() + ", not the XID");
            }
        }

        NumberOrString? protocol = null;
        if (r.MessageVersion is { } version)
        {
            if (!ThreeDsProgramProtocol.TryFromMessageVersion(version, protocolForm, out NumberOrString value))
            {
                gaps.Add("messageVersion", "'" + version + "' is not a version number, so it cannot be sent as threeDSProgramProtocol");
            }
            else
            {
                protocol = value;
                if (protocolForm == ProgramProtocolForm.MajorVersion && value.Text != version)
                {
                    gaps.Add("messageVersion", GapReason.SentAsMajorVersion, value.Text);
                }
            }
        }

        long? fraudScore = null;
        if (r.CbScore is { } score)
        {
            if (TryParseLong(score, out long parsed))
            {
                fraudScore = parsed;
            }
            else
            {
                gaps.Add("cbScore", "issuerAssignedAuthenticationFraudScore is a number; the CB-SCORE value is not");
            }
        }

        JpmPaymentsThreeDsTransactionStatus? status = ToProvider(r.TransStatus, CodeMaps.JpmPaymentsThreeDsTransactionStatus, "transStatus", Provider, ref gaps);
        string? reason = WireText<CodeMaps.TransStatusReasonText, TransStatusReason>(r.TransStatusReason);
        var threeDs = new JpmPaymentsThreeDs
        {
            AuthenticationValue = r.AuthenticationValue,
            AuthenticationTransactionId = transactionId,
            ThreeDSProgramProtocol = protocol,
            Version2 = status is null && reason is null ? null : new JpmPaymentsThreeDsVersion2 { ThreeDSTransactionStatus = status, ThreeDSTransactionStatusReasonCode = reason },
            AuthenticationValueCalculationMethod = r.CbAuthenticationValueCalculationMethod,
            IssuerAssignedAuthenticationExemptionEncoded = r.CbExemption,
            IssuerAssignedAuthenticationFraudScore = fraudScore,
            ThreeDomainSecureAuthenticationMethodCode = WireText<CodeMaps.AuthenticationMethodText, AuthenticationMethod>(r.AuthenticationMethod),
            ThreeDSChallengeType = ToProvider(challengeIndicator, CodeMaps.JpmPaymentsThreeDsChallengeType, "challengeIndicator", Provider, ref gaps),
        };

        return new JpmPaymentsAuthentication
        {
            ElectronicCommerceIndicator = ToProvider(r.Eci, CodeMaps.JpmPaymentsElectronicCommerceIndicator, "eci", Provider, ref gaps),
            ScaExemptionReason = ToProvider(r.Exemption, CodeMaps.JpmPaymentsScaExemptionReason, "exemption", Provider, ref gaps),
            ThreeDS = IsEmpty(threeDs) ? null : threeDs,
        };
    }

    private static bool IsEmpty(JpmPaymentsThreeDs t) =>
        t.AuthenticationValue is null && t.AuthenticationTransactionId is null && t.ThreeDSProgramProtocol is null && t.Version2 is null
        && t.AuthenticationValueCalculationMethod is null && t.IssuerAssignedAuthenticationExemptionEncoded is null && t.IssuerAssignedAuthenticationFraudScore is null
        && t.ThreeDomainSecureAuthenticationMethodCode is null && t.ThreeDSChallengeType is null && t.InitialThreeDSAuthenticationResults is null;

    /// <summary>
    /// The canonical result that pass-through authentication data carries. authenticationTransactionId is the XID
    /// for Visa and the DS transaction id for the other brands, so the brand must be known to place it.
    /// </summary>
    /// <param name="authentication">paymentMethodType.card.authentication.</param>
    /// <param name="brand">The card brand (the object has none).</param>
    /// <returns>The canonical result and what could not be carried.</returns>
    public static AdapterResult<AuthenticationResult> ToAuthenticationResult(JpmPaymentsAuthentication authentication, CardBrand? brand)
    {
        var gaps = new Gaps();
        JpmPaymentsThreeDs? t = authentication.ThreeDS;
        string? dsTransId = null;
        string? xid = null;
        if (t?.AuthenticationTransactionId is { } id)
        {
            if (brand is null)
            {
                gaps.Add("threeDS.authenticationTransactionId", "without the card brand it is unknown whether this is the DS transaction id or the XID (Visa)");
            }
            else if (brand == CardBrand.Visa)
            {
                xid = id;
            }
            else
            {
                dsTransId = id;
            }
        }

        string? messageVersion = null;
        if (t?.ThreeDSProgramProtocol is { } protocol)
        {
            if (ThreeDsProgramProtocol.TryGetMessageVersion(protocol, out string full))
            {
                messageVersion = full;
            }
            else
            {
                gaps.Add("threeDS.threeDSProgramProtocol", GapReason.ProtocolMajorOnly, protocol.Text);
            }
        }

        if (t?.ThreeDSChallengeType is { } challengeType)
        {
            gaps.Add("threeDS.threeDSChallengeType", "the challenge preference (" + challengeType.ToWireValue() + ") belongs to the request context (challengeIndicator), not to the authentication result");
        }

        gaps.NotCarried(t?.InitialThreeDSAuthenticationResults is not null, "threeDS.initialThreeDSAuthenticationResults", "the canonical result has no place for the initial authentication of a Cartes Bancaires subscription");
        var result = new AuthenticationResult
        {
            Brand = brand is { } b ? b : null,
            Eci = ToCanonical(authentication.ElectronicCommerceIndicator, CodeMaps.JpmPaymentsElectronicCommerceIndicator, "electronicCommerceIndicator", Provider, ref gaps),
            Exemption = ToCanonical(authentication.ScaExemptionReason, CodeMaps.JpmPaymentsScaExemptionReason, "SCAExemptionReason", Provider, ref gaps),
            AuthenticationValue = t?.AuthenticationValue,
            DsTransId = dsTransId,
            Xid = xid,
            MessageVersion = messageVersion,
            TransStatus = ToCanonical(t?.Version2?.ThreeDSTransactionStatus, CodeMaps.JpmPaymentsThreeDsTransactionStatus, "threeDS.version2.threeDSTransactionStatus", Provider, ref gaps),
            TransStatusReason = ParseCode<CodeMaps.TransStatusReasonText, TransStatusReason>(t?.Version2?.ThreeDSTransactionStatusReasonCode),
            AuthenticationMethod = ParseCode<CodeMaps.AuthenticationMethodText, AuthenticationMethod>(t?.ThreeDomainSecureAuthenticationMethodCode),
            CbAuthenticationValueCalculationMethod = t?.AuthenticationValueCalculationMethod,
            CbExemption = t?.IssuerAssignedAuthenticationExemptionEncoded,
            CbScore = t?.IssuerAssignedAuthenticationFraudScore is { } score ? Text(score) : null,
        };
        return gaps.Result(result);
    }

    /// <summary>
    /// The request with the orchestrated-3DS data of a canonical request context: amount and currency,
    /// <c>paymentMethodType.card.paymentAuthenticationRequest</c>, the SCA exemption
    /// (<c>card.authentication.SCAExemptionReason</c>), <c>browserInfo</c> and <c>accountHolder</c>.
    /// The cardholder name is split at its last space into first and last name.
    /// </summary>
    /// <param name="request">The payment request (merchant, card number...).</param>
    /// <param name="context">The canonical request context.</param>
    /// <returns>The request and what could not be carried.</returns>
    /// <exception cref="ArgumentException">The request has no card.</exception>
    public static AdapterResult<JpmPaymentsPaymentRequest> WithRequestContext(JpmPaymentsPaymentRequest request, RequestContext context)
    {
        JpmPaymentsPaymentCard card = request.PaymentMethodType.Card ?? throw new ArgumentException("The request has no paymentMethodType.card to carry the authentication request.", nameof(request));
        var gaps = new Gaps();
        Parts parts = PartsOf(context, card.Authentication, ref gaps);
        JpmPaymentsPaymentRequest updated = request with
        {
            Amount = context.Purchase?.Amount ?? request.Amount,
            Currency = context.Purchase?.Currency ?? request.Currency,
            PaymentMethodType = request.PaymentMethodType with { Card = card with { PaymentAuthenticationRequest = parts.Request, Authentication = parts.Authentication } },
            BrowserInfo = parts.BrowserInfo ?? request.BrowserInfo,
            AccountHolder = parts.AccountHolder ?? request.AccountHolder,
        };
        CanonicalFields.ReportUnhandled(context, RequestFields, ref gaps);
        return gaps.Result(updated);
    }

    /// <summary>
    /// The verification request with the orchestrated-3DS data of a canonical request context (as for a payment,
    /// in <c>verificationAuthenticationRequest</c>; a verification has no amount).
    /// </summary>
    /// <param name="request">The verification request (merchant, card number...).</param>
    /// <param name="context">The canonical request context.</param>
    /// <returns>The request and what could not be carried.</returns>
    /// <exception cref="ArgumentException">The request has no card.</exception>
    public static AdapterResult<JpmPaymentsVerificationRequest> WithRequestContext(JpmPaymentsVerificationRequest request, RequestContext context)
    {
        JpmPaymentsVerificationCard card = request.PaymentMethodType.Card ?? throw new ArgumentException("The request has no paymentMethodType.card to carry the authentication request.", nameof(request));
        var gaps = new Gaps();
        Parts parts = PartsOf(context, card.Authentication, ref gaps);
        gaps.NotCarried(context.Purchase?.Amount is not null, "purchase.amount", "a J.P. Morgan verification has no amount");
        JpmPaymentsVerificationRequest updated = request with
        {
            Currency = context.Purchase?.Currency ?? request.Currency,
            PaymentMethodType = request.PaymentMethodType with { Card = card with { VerificationAuthenticationRequest = parts.Request, Authentication = parts.Authentication } },
            BrowserInfo = parts.BrowserInfo ?? request.BrowserInfo,
            AccountHolder = parts.AccountHolder ?? request.AccountHolder,
        };
        CanonicalFields.ReportUnhandled(context, RequestFields, ref gaps);
        return gaps.Result(updated);
    }

    private readonly record struct Parts(JpmPaymentsAuthenticationRequest Request, JpmPaymentsAuthentication? Authentication, JpmPaymentsBrowserInfo? BrowserInfo, JpmPaymentsAccountHolder? AccountHolder);

    private static Parts PartsOf(RequestContext context, JpmPaymentsAuthentication? existing, ref Gaps gaps)
    {
        JpmPaymentsAuthenticationRequest authenticationRequest = AuthenticationRequest(context, ref gaps);
        JpmPaymentsScaExemptionReason? exemption = ToProvider(context.Exemption, CodeMaps.JpmPaymentsScaExemptionReason, "exemption", Provider, ref gaps);
        JpmPaymentsAuthentication? authentication = exemption is null ? existing : (existing ?? new JpmPaymentsAuthentication()) with { ScaExemptionReason = exemption };
        return new Parts(authenticationRequest, authentication, context.BrowserInfo is { } browser ? BrowserInfo(browser, ref gaps) : null, AccountHolder(context, ref gaps));
    }

    private static JpmPaymentsAuthenticationRequest AuthenticationRequest(RequestContext c, ref Gaps gaps)
    {
        long? merchantScore = null;
        if (c.CbMerchantScore is { } score)
        {
            if (TryParseLong(score, out long parsed))
            {
                merchantScore = parsed;
            }
            else
            {
                gaps.Add("cbMerchantScore", "requestorEstimatedTransactionFraudRiskScore is a number; the CB-SCORE_MERCHANT value is not");
            }
        }

        JpmPaymentsAuthenticationPurpose? purpose = ToProvider(c.AuthenticationIndicator, CodeMaps.JpmPaymentsAuthenticationPurpose, "authenticationIndicator", Provider, ref gaps);
        JpmPaymentsThreeDsChallengeType? challengeType = ToProvider(c.ChallengeIndicator, CodeMaps.JpmPaymentsThreeDsChallengeType, "challengeIndicator", Provider, ref gaps);
        JpmPaymentsThreeDsTransactionType? transactionType = ToProvider(c.Purchase?.TransactionType, CodeMaps.JpmPaymentsThreeDsTransactionType, "purchase.transactionType", Provider, ref gaps);
        return new JpmPaymentsAuthenticationRequest
        {
            AuthenticationReturnUrl = c.AuthenticationReturnUrl,
            ThreeDSRequestorAuthenticationInfo = purpose is null && c.CbUseCase is null && challengeType is null ? null : new JpmPaymentsThreeDsRequestorAuthenticationInfo
            {
                AuthenticationPurpose = purpose,
                AuthenticationUseCase = c.CbUseCase,
                ThreeDSChallengeType = challengeType,
            },
            ThreeDSPurchaseInfo = c.Purchase?.Date is null && transactionType is null && c.CbItemCount is null ? null : new JpmPaymentsThreeDsPurchaseInfo
            {
                PurchaseDate = c.Purchase?.Date,
                ThreeDomainSecureTransactionType = transactionType,
                PurchasedItemCount = c.CbItemCount,
            },
            ThreeDSPurchaseRisk = merchantScore is null ? null : new JpmPaymentsThreeDsPurchaseRisk { RequestorEstimatedTransactionFraudRiskScore = merchantScore },
        };
    }

    private static JpmPaymentsBrowserInfo BrowserInfo(BrowserInfo b, ref Gaps gaps) => new()
    {
        BrowserAcceptHeader = b.AcceptHeader,
        DeviceIPAddress = b.IpAddress,
        BrowserLanguage = b.Language,
        BrowserColorDepth = b.ColorDepth is { } depth ? Text(depth) : null,
        BrowserScreenHeight = b.ScreenHeight is { } height ? Text(height) : null,
        BrowserScreenWidth = b.ScreenWidth is { } width ? Text(width) : null,
        DeviceLocalTimeZone = b.TimeZoneOffset is { } offset ? NumberOrString.FromNumber(offset) : (NumberOrString?)null,
        BrowserUserAgent = b.UserAgent,
        ChallengeWindowSize = ToProvider(b.ChallengeWindowSize, CodeMaps.JpmPaymentsChallengeWindowSize, "browserInfo.challengeWindowSize", Provider, ref gaps),
        JavaEnabled = b.JavaEnabled,
        JavaScriptEnabled = b.JavascriptEnabled,
    };

    private static JpmPaymentsAccountHolder? AccountHolder(RequestContext c, ref Gaps gaps)
    {
        Cardholder? h = c.Cardholder;
        Address? a = c.BillingAddress;
        string? firstName = null;
        string? lastName = null;
        if (h?.Name is { } name)
        {
            int space = name.LastIndexOf(' ');
            if (space > 0 && space < name.Length - 1)
            {
                firstName = name.Substring(0, space);
                lastName = name.Substring(space + 1);
            }
            else
            {
                lastName = name;
            }
        }

        JpmPaymentsAddress? address = a is null || (a.Line1 is null && a.Line2 is null && a.City is null && a.State is null && a.PostCode is null && a.Country is null) ? null : new JpmPaymentsAddress
        {
            Line1 = a.Line1,
            Line2 = a.Line2,
            City = a.City,
            State = a.State,
            PostalCode = a.PostCode,
            CountryCode = a.Country,
        };
        JpmPaymentsPhone? phone = h?.MobilePhone is { } mobile ? new JpmPaymentsPhone
        {
            CountryCode = mobile.Cc is { } cc ? NumberOrString.FromString(cc) : (NumberOrString?)null,
            PhoneNumber = mobile.Subscriber,
        } : null;
        if (firstName is null && lastName is null && h?.Email is null && address is null && phone is null)
        {
            return null;
        }

        return new JpmPaymentsAccountHolder { FirstName = firstName, LastName = lastName, Email = h?.Email, BillingAddress = address, Phone = phone };
    }

    /// <summary>
    /// The canonical request context that a payment request carries: amount and currency, the orchestrated
    /// authentication request, the SCA exemption, browserInfo and accountHolder (first and last name joined with a space).
    /// </summary>
    /// <param name="request">The payment request.</param>
    /// <returns>The canonical request context and what could not be carried.</returns>
    public static AdapterResult<RequestContext> ToRequestContext(JpmPaymentsPaymentRequest request)
    {
        var gaps = new Gaps();
        JpmPaymentsPaymentCard? card = request.PaymentMethodType.Card;
        RequestContext context = ContextOf(request.Amount, request.Currency, card?.PaymentAuthenticationRequest, "paymentMethodType.card.paymentAuthenticationRequest.", card?.Authentication, request.BrowserInfo, request.AccountHolder, ref gaps);
        return gaps.Result(context);
    }

    /// <summary>The canonical request context that a verification request carries (see the payment overload; no amount).</summary>
    /// <param name="request">The verification request.</param>
    /// <returns>The canonical request context and what could not be carried.</returns>
    public static AdapterResult<RequestContext> ToRequestContext(JpmPaymentsVerificationRequest request)
    {
        var gaps = new Gaps();
        JpmPaymentsVerificationCard? card = request.PaymentMethodType.Card;
        RequestContext context = ContextOf(null, request.Currency, card?.VerificationAuthenticationRequest, "paymentMethodType.card.verificationAuthenticationRequest.", card?.Authentication, request.BrowserInfo, request.AccountHolder, ref gaps);
        return gaps.Result(context);
    }

    private static RequestContext ContextOf(
        long? amount, string currency, JpmPaymentsAuthenticationRequest? ar, string prefix, JpmPaymentsAuthentication? authentication,
        JpmPaymentsBrowserInfo? browserInfo, JpmPaymentsAccountHolder? holder, ref Gaps gaps)
    {
        JpmPaymentsThreeDsRequestorAuthenticationInfo? info = ar?.ThreeDSRequestorAuthenticationInfo;
        JpmPaymentsThreeDsPurchaseInfo? purchase = ar?.ThreeDSPurchaseInfo;
        var context = new RequestContext
        {
            BrowserInfo = browserInfo is { } b ? FromBrowserInfo(b, ref gaps) : null,
            Purchase = new PurchaseInfo
            {
                Amount = amount,
                Currency = currency,
                Date = purchase?.PurchaseDate,
                TransactionType = ToCanonical(purchase?.ThreeDomainSecureTransactionType, CodeMaps.JpmPaymentsThreeDsTransactionType, prefix + "threeDSPurchaseInfo.threeDomainSecureTransactionType", Provider, ref gaps),
            },
            AuthenticationIndicator = ToCanonical(info?.AuthenticationPurpose, CodeMaps.JpmPaymentsAuthenticationPurpose, prefix + "threeDSRequestorAuthenticationInfo.authenticationPurpose", Provider, ref gaps),
            ChallengeIndicator = ToCanonical(info?.ThreeDSChallengeType, CodeMaps.JpmPaymentsThreeDsChallengeType, prefix + "threeDSRequestorAuthenticationInfo.threeDSChallengeType", Provider, ref gaps),
            Exemption = ToCanonical(authentication?.ScaExemptionReason, CodeMaps.JpmPaymentsScaExemptionReason, "paymentMethodType.card.authentication.SCAExemptionReason", Provider, ref gaps),
            AuthenticationReturnUrl = ar?.AuthenticationReturnUrl,
            CbUseCase = info?.AuthenticationUseCase,
            CbItemCount = purchase?.PurchasedItemCount,
            CbMerchantScore = ar?.ThreeDSPurchaseRisk?.RequestorEstimatedTransactionFraudRiskScore is { } score ? Text(score) : null,
        };

        if (holder is null)
        {
            return context;
        }

        string? name = holder.FirstName is { } first ? (holder.LastName is { } last ? first + " " + last : first) : holder.LastName;
        Phone? phone = null;
        if (holder.Phone is { } p)
        {
            string? cc = p.CountryCode?.Text;
            if ((cc is null || (cc.Length <= 3 && IsDigits(cc))) && IsDigits(p.PhoneNumber) && p.PhoneNumber.Length <= 15)
            {
                phone = new Phone { Cc = cc, Subscriber = p.PhoneNumber };
            }
            else
            {
                gaps.Add("accountHolder.phone", "the canonical phone holds digits only (cc up to 3, subscriber up to 15); this number does not fit");
            }
        }

        return context with
        {
            Cardholder = name is null && holder.Email is null && phone is null ? null : new Cardholder { Name = name, Email = holder.Email, MobilePhone = phone },
            BillingAddress = holder.BillingAddress is { } a ? FromAddress(a, ref gaps) : null,
        };
    }

    private static BrowserInfo? FromBrowserInfo(JpmPaymentsBrowserInfo b, ref Gaps gaps)
    {
        if (b.BrowserAcceptHeader is not { } accept || b.BrowserUserAgent is not { } userAgent)
        {
            gaps.Add("browserInfo", "the canonical browserInfo needs both browserAcceptHeader and browserUserAgent; without them none of browserInfo is carried");
            return null;
        }

        long? colorDepth = null;
        if (b.BrowserColorDepth is { } depth)
        {
            if (TryParseLong(depth, out long parsed))
            {
                colorDepth = parsed;
            }
            else
            {
                gaps.Add("browserInfo.browserColorDepth", "not a number of bits");
            }
        }

        return new BrowserInfo
        {
            AcceptHeader = accept,
            UserAgent = userAgent,
            IpAddress = b.DeviceIPAddress,
            Language = b.BrowserLanguage,
            ColorDepth = colorDepth,
            ScreenHeight = Pixels(b.BrowserScreenHeight, "browserInfo.browserScreenHeight", ref gaps),
            ScreenWidth = Pixels(b.BrowserScreenWidth, "browserInfo.browserScreenWidth", ref gaps),
            TimeZoneOffset = b.DeviceLocalTimeZone is { } zone ? (TryParseInt(zone.Text, out int minutes) ? minutes : TimeZoneGap(ref gaps)) : null,
            ChallengeWindowSize = ToCanonical(b.ChallengeWindowSize, CodeMaps.JpmPaymentsChallengeWindowSize, "browserInfo.challengeWindowSize", Provider, ref gaps),
            JavaEnabled = b.JavaEnabled,
            JavascriptEnabled = b.JavaScriptEnabled,
        };
    }

    private static int? TimeZoneGap(ref Gaps gaps)
    {
        gaps.Add("browserInfo.deviceLocalTimeZone", "not a whole-number offset");
        return null;
    }

    private static int? Pixels(string? text, string field, ref Gaps gaps)
    {
        if (text is null)
        {
            return null;
        }

        if (TryParseInt(text, out int pixels))
        {
            return pixels;
        }

        gaps.Add(field, "not a number of pixels");
        return null;
    }

    private static Address FromAddress(JpmPaymentsAddress a, ref Gaps gaps)
    {
        string? country = a.CountryCode;
        if (country is { Length: not 2 })
        {
            gaps.Add("accountHolder.billingAddress.countryCode", "the canonical country is ISO 3166-1 alpha-2; " + Quote(country) + " is not carried");
            country = null;
        }

        return new Address { Line1 = a.Line1, Line2 = a.Line2, City = a.City, State = a.State, PostCode = a.PostalCode, Country = country };
    }

    /// <summary>EMV threeDSRequestorAuthenticationInd ↔ authenticationPurpose (the schema's list is not a canonical set).</summary>
    internal static JpmPaymentsAuthenticationPurpose? PurposeOf(AuthenticationIndicator indicator) => indicator switch
    {
        AuthenticationIndicator.PaymentTransaction => JpmPaymentsAuthenticationPurpose.PaymentTransaction,
        AuthenticationIndicator.RecurringTransaction => JpmPaymentsAuthenticationPurpose.RecurringTransaction,
        AuthenticationIndicator.InstalmentTransaction => JpmPaymentsAuthenticationPurpose.InstallmentTransaction,
        AuthenticationIndicator.AddCard => JpmPaymentsAuthenticationPurpose.AddCard,
        AuthenticationIndicator.MaintainCard => JpmPaymentsAuthenticationPurpose.MaintainCard,
        AuthenticationIndicator.CardholderVerification => JpmPaymentsAuthenticationPurpose.CardholderVerification,
        AuthenticationIndicator.BillingAgreement => JpmPaymentsAuthenticationPurpose.BillingAgreement,
        AuthenticationIndicator.SplitShipment => null,
        AuthenticationIndicator.DelayedShipment => null,
        AuthenticationIndicator.SplitPayment => null,
        _ => null,
    };

    /// <summary>The reverse of <see cref="PurposeOf(AuthenticationIndicator)"/>.</summary>
    internal static AuthenticationIndicator? PurposeOf(JpmPaymentsAuthenticationPurpose purpose) => purpose switch
    {
        JpmPaymentsAuthenticationPurpose.PaymentTransaction => AuthenticationIndicator.PaymentTransaction,
        JpmPaymentsAuthenticationPurpose.RecurringTransaction => AuthenticationIndicator.RecurringTransaction,
        JpmPaymentsAuthenticationPurpose.InstallmentTransaction => AuthenticationIndicator.InstalmentTransaction,
        JpmPaymentsAuthenticationPurpose.AddCard => AuthenticationIndicator.AddCard,
        JpmPaymentsAuthenticationPurpose.MaintainCard => AuthenticationIndicator.MaintainCard,
        JpmPaymentsAuthenticationPurpose.CardholderVerification => AuthenticationIndicator.CardholderVerification,
        JpmPaymentsAuthenticationPurpose.BillingAgreement => AuthenticationIndicator.BillingAgreement,
        _ => null,
    };

    /// <summary>EMV transType ↔ threeDomainSecureTransactionType (the schema's list is not a canonical set).</summary>
    internal static JpmPaymentsThreeDsTransactionType? TransactionTypeOf(TransactionType type) => type switch
    {
        TransactionType.GoodsOrServicePurchase => JpmPaymentsThreeDsTransactionType.GoodsServices,
        TransactionType.CheckAcceptance => JpmPaymentsThreeDsTransactionType.Check,
        TransactionType.AccountFunding => JpmPaymentsThreeDsTransactionType.AccountFunding,
        TransactionType.QuasiCash => JpmPaymentsThreeDsTransactionType.QuasiCash,
        TransactionType.PrepaidActivationAndLoad => JpmPaymentsThreeDsTransactionType.Prepaid,
        _ => null,
    };

    /// <summary>The reverse of <see cref="TransactionTypeOf(TransactionType)"/>.</summary>
    internal static TransactionType? TransactionTypeOf(JpmPaymentsThreeDsTransactionType type) => type switch
    {
        JpmPaymentsThreeDsTransactionType.GoodsServices => TransactionType.GoodsOrServicePurchase,
        JpmPaymentsThreeDsTransactionType.Check => TransactionType.CheckAcceptance,
        JpmPaymentsThreeDsTransactionType.AccountFunding => TransactionType.AccountFunding,
        JpmPaymentsThreeDsTransactionType.QuasiCash => TransactionType.QuasiCash,
        JpmPaymentsThreeDsTransactionType.Prepaid => TransactionType.PrepaidActivationAndLoad,
        _ => null,
    };
}
