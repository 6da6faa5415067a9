using System;
using ThreeDsContracts.Antom;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.Ecommpay;
using ThreeDsContracts.Gateway;
using ThreeDsContracts.JpmCheckout;
using ThreeDsContracts.JpmPayments;

namespace ThreeDsContracts.Adapters;

/// <summary>
/// A provider code list to the canonical code list, as static members: a helper constrained to a struct
/// implementing it is compiled for that struct, so the generated mapping switch is called directly (and
/// inlined where the JIT sees fit) instead of through a delegate.
/// </summary>
/// <typeparam name="TProvider">The provider's code list.</typeparam>
/// <typeparam name="TCanonical">The canonical code list.</typeparam>
internal interface IToCanonicalMap<TProvider, TCanonical>
    where TProvider : struct, Enum
    where TCanonical : struct, Enum
{
    /// <summary>The canonical code, or null when the provider code has none.</summary>
    static abstract TCanonical? ToCanonical(TProvider code);

    /// <summary>The provider code as written on the wire (for a gap's message).</summary>
    static abstract string ProviderWire(TProvider code);
}

/// <summary>The canonical code list to a provider code list (see <see cref="IToCanonicalMap{TProvider, TCanonical}"/>).</summary>
/// <typeparam name="TProvider">The provider's code list.</typeparam>
/// <typeparam name="TCanonical">The canonical code list.</typeparam>
internal interface IFromCanonicalMap<TProvider, TCanonical>
    where TProvider : struct, Enum
    where TCanonical : struct, Enum
{
    /// <summary>The provider code, or null when the provider has no equivalent.</summary>
    static abstract TProvider? FromCanonical(TCanonical code);

    /// <summary>The canonical code as written on the wire (for a gap's message).</summary>
    static abstract string CanonicalWire(TCanonical code);
}

/// <summary>Both directions of a code mapping.</summary>
/// <typeparam name="TProvider">The provider's code list.</typeparam>
/// <typeparam name="TCanonical">The canonical code list.</typeparam>
internal interface ICodeMap<TProvider, TCanonical> : IToCanonicalMap<TProvider, TCanonical>, IFromCanonicalMap<TProvider, TCanonical>
    where TProvider : struct, Enum
    where TCanonical : struct, Enum
{
}

/// <summary>A canonical code list's wire text, as static members (see <see cref="IToCanonicalMap{TProvider, TCanonical}"/>).</summary>
/// <typeparam name="T">The code list.</typeparam>
internal interface IWireCode<T>
    where T : struct, Enum
{
    /// <summary>The generated TryParseWireValue: parses without allocating.</summary>
    static abstract bool TryParse(ReadOnlySpan<char> wireValue, out T value);

    /// <summary>The generated ToWireValue.</summary>
    static abstract string ToWire(T value);
}

/// <summary>
/// An empty value naming a code mapping and both its code lists, so that the conversion helpers infer all three
/// type arguments from one argument (<c>ToCanonical(code, CodeMaps.GatewayTransStatus, ...)</c>).
/// </summary>
/// <typeparam name="TMap">The struct that maps.</typeparam>
/// <typeparam name="TProvider">The provider's code list.</typeparam>
/// <typeparam name="TCanonical">The canonical code list.</typeparam>
internal readonly struct CodeMap<TMap, TProvider, TCanonical>
    where TMap : struct
    where TProvider : struct, Enum
    where TCanonical : struct, Enum
{
}

/// <summary>The code mappings the adapters use: the generated <c>*CanonicalMapping</c> classes and the adapters' own switches.</summary>
internal static class CodeMaps
{
    public static CodeMap<AntomCardBrandMap, AntomCardBrand, CardBrand> AntomCardBrand => default;

    public static CodeMap<AntomEciMap, AntomEci, Eci> AntomEci => default;

    public static CodeMap<EcommpayAuthenticationFlowMap, EcommpayAuthenticationFlow, AuthenticationFlow> EcommpayAuthenticationFlow => default;

    public static CodeMap<EcommpayChallengeIndicatorMap, EcommpayChallengeIndicator, ChallengeIndicator> EcommpayChallengeIndicator => default;

    public static CodeMap<EcommpayChallengeWindowMap, EcommpayChallengeWindow, ChallengeWindowSize> EcommpayChallengeWindow => default;

    public static CodeMap<EcommpayPreorderPurchaseMap, EcommpayPreorderPurchase, PreOrderPurchase> EcommpayPreorderPurchase => default;

    public static CodeMap<EcommpayReorderMap, EcommpayReorder, ReorderItems> EcommpayReorder => default;

    public static CodeMap<EcommpayAccountAgeIndicatorMap, EcommpayAccountAgeIndicator, AccountAge> EcommpayAccountAgeIndicator => default;

    public static CodeMap<EcommpayAuthMethodMap, EcommpayAuthMethod, RequestorAuthenticationMethod> EcommpayAuthMethod => default;

    public static CodeMap<EcommpayAccountChangeIndicatorMap, EcommpayAccountChangeIndicator, AccountChange> EcommpayAccountChangeIndicator => default;

    public static CodeMap<EcommpayPasswordChangeIndicatorMap, EcommpayPasswordChangeIndicator, PasswordChange> EcommpayPasswordChangeIndicator => default;

    public static CodeMap<EcommpayPaymentAgeIndicatorMap, EcommpayPaymentAgeIndicator, AccountAge> EcommpayPaymentAgeIndicator => default;

    public static CodeMap<EcommpaySuspiciousActivityMap, EcommpaySuspiciousActivity, SuspiciousActivity> EcommpaySuspiciousActivity => default;

    public static CodeMap<EcommpayAddressUsageIndicatorMap, EcommpayAddressUsageIndicator, ShippingAddressUsage> EcommpayAddressUsageIndicator => default;

    public static CodeMap<EcommpayDeliveryTimeMap, EcommpayDeliveryTime, DeliveryTimeframe> EcommpayDeliveryTime => default;

    public static CodeMap<EcommpayNameIndicatorMap, EcommpayNameIndicator, ShipNameIndicator> EcommpayNameIndicator => default;

    public static CodeMap<EcommpayShippingTypeMap, EcommpayShippingType, ShipIndicator> EcommpayShippingType => default;

    public static CodeMap<GatewayTransStatusMap, GatewayTransStatus, TransStatus> GatewayTransStatus => default;

    public static CodeMap<JpmCheckoutThreeDsTransactionStatusMap, JpmCheckoutThreeDsTransactionStatus, TransStatus> JpmCheckoutThreeDsTransactionStatus => default;

    public static CodeMap<JpmCheckoutChallengeAuthenticationTypeMap, JpmCheckoutChallengeAuthenticationType, AuthenticationType> JpmCheckoutChallengeAuthenticationType => default;

    public static CodeMap<JpmCheckoutChallengeAuthenticationMethodMap, JpmCheckoutChallengeAuthenticationMethod, AuthenticationMethod> JpmCheckoutChallengeAuthenticationMethod => default;

    public static CodeMap<JpmCheckoutThreeDsChallengeTypeMap, JpmCheckoutThreeDsChallengeType, ChallengeIndicator> JpmCheckoutThreeDsChallengeType => default;

    public static CodeMap<JpmCheckoutScaExemptionReasonMap, JpmCheckoutScaExemptionReason, ScaExemption> JpmCheckoutScaExemptionReason => default;

    public static CodeMap<JpmPaymentsThreeDsTransactionStatusMap, JpmPaymentsThreeDsTransactionStatus, TransStatus> JpmPaymentsThreeDsTransactionStatus => default;

    public static CodeMap<JpmPaymentsThreeDsChallengeTypeMap, JpmPaymentsThreeDsChallengeType, ChallengeIndicator> JpmPaymentsThreeDsChallengeType => default;

    public static CodeMap<JpmPaymentsElectronicCommerceIndicatorMap, JpmPaymentsElectronicCommerceIndicator, Eci> JpmPaymentsElectronicCommerceIndicator => default;

    public static CodeMap<JpmPaymentsScaExemptionReasonMap, JpmPaymentsScaExemptionReason, ScaExemption> JpmPaymentsScaExemptionReason => default;

    public static CodeMap<JpmPaymentsAuthenticationPurposeMap, JpmPaymentsAuthenticationPurpose, AuthenticationIndicator> JpmPaymentsAuthenticationPurpose => default;

    public static CodeMap<JpmPaymentsThreeDsTransactionTypeMap, JpmPaymentsThreeDsTransactionType, TransactionType> JpmPaymentsThreeDsTransactionType => default;

    public static CodeMap<JpmPaymentsChallengeWindowSizeMap, JpmPaymentsChallengeWindowSize, ChallengeWindowSize> JpmPaymentsChallengeWindowSize => default;

    /// <summary><see cref="AntomCardBrand"/> ↔ <see cref="CardBrand"/>.</summary>
    internal readonly struct AntomCardBrandMap : ICodeMap<AntomCardBrand, CardBrand>
    {
        public static CardBrand? ToCanonical(AntomCardBrand code) => AntomCardBrandCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(AntomCardBrand code) => code.ToWireValue();

        public static AntomCardBrand? FromCanonical(CardBrand code) => AntomCardBrandCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(CardBrand code) => code.ToWireValue();
    }

    /// <summary><see cref="AntomEci"/> ↔ <see cref="Eci"/>.</summary>
    internal readonly struct AntomEciMap : ICodeMap<AntomEci, Eci>
    {
        public static Eci? ToCanonical(AntomEci code) => AntomEciCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(AntomEci code) => code.ToWireValue();

        public static AntomEci? FromCanonical(Eci code) => AntomEciCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(Eci code) => code.ToWireValue();
    }

    /// <summary><see cref="EcommpayAuthenticationFlow"/> ↔ <see cref="AuthenticationFlow"/>.</summary>
    internal readonly struct EcommpayAuthenticationFlowMap : ICodeMap<EcommpayAuthenticationFlow, AuthenticationFlow>
    {
        public static AuthenticationFlow? ToCanonical(EcommpayAuthenticationFlow code) => EcommpayAuthenticationFlowCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(EcommpayAuthenticationFlow code) => code.ToWireValue();

        public static EcommpayAuthenticationFlow? FromCanonical(AuthenticationFlow code) => EcommpayAuthenticationFlowCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(AuthenticationFlow code) => code.ToWireValue();
    }

    /// <summary><see cref="EcommpayChallengeIndicator"/> ↔ <see cref="ChallengeIndicator"/>.</summary>
    internal readonly struct EcommpayChallengeIndicatorMap : ICodeMap<EcommpayChallengeIndicator, ChallengeIndicator>
    {
        public static ChallengeIndicator? ToCanonical(EcommpayChallengeIndicator code) => EcommpayChallengeIndicatorCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(EcommpayChallengeIndicator code) => code.ToWireValue();

        public static EcommpayChallengeIndicator? FromCanonical(ChallengeIndicator code) => EcommpayChallengeIndicatorCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(ChallengeIndicator code) => code.ToWireValue();
    }

    /// <summary><see cref="EcommpayChallengeWindow"/> ↔ <see cref="ChallengeWindowSize"/>.</summary>
    internal readonly struct EcommpayChallengeWindowMap : ICodeMap<EcommpayChallengeWindow, ChallengeWindowSize>
    {
        public static ChallengeWindowSize? ToCanonical(EcommpayChallengeWindow code) => EcommpayChallengeWindowCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(EcommpayChallengeWindow code) => code.ToWireValue();

        public static EcommpayChallengeWindow? FromCanonical(ChallengeWindowSize code) => EcommpayChallengeWindowCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(ChallengeWindowSize code) => code.ToWireValue();
    }

    /// <summary><see cref="EcommpayPreorderPurchase"/> ↔ <see cref="PreOrderPurchase"/>.</summary>
    internal readonly struct EcommpayPreorderPurchaseMap : ICodeMap<EcommpayPreorderPurchase, PreOrderPurchase>
    {
        public static PreOrderPurchase? ToCanonical(EcommpayPreorderPurchase code) => EcommpayPreorderPurchaseCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(EcommpayPreorderPurchase code) => code.ToWireValue();

        public static EcommpayPreorderPurchase? FromCanonical(PreOrderPurchase code) => EcommpayPreorderPurchaseCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(PreOrderPurchase code) => code.ToWireValue();
    }

    /// <summary><see cref="EcommpayReorder"/> ↔ <see cref="ReorderItems"/>.</summary>
    internal readonly struct EcommpayReorderMap : ICodeMap<EcommpayReorder, ReorderItems>
    {
        public static ReorderItems? ToCanonical(EcommpayReorder code) => EcommpayReorderCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(EcommpayReorder code) => code.ToWireValue();

        public static EcommpayReorder? FromCanonical(ReorderItems code) => EcommpayReorderCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(ReorderItems code) => code.ToWireValue();
    }

    /// <summary><see cref="EcommpayAccountAgeIndicator"/> ↔ <see cref="AccountAge"/>.</summary>
    internal readonly struct EcommpayAccountAgeIndicatorMap : ICodeMap<EcommpayAccountAgeIndicator, AccountAge>
    {
        public static AccountAge? ToCanonical(EcommpayAccountAgeIndicator code) => EcommpayAccountAgeIndicatorCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(EcommpayAccountAgeIndicator code) => code.ToWireValue();

        public static EcommpayAccountAgeIndicator? FromCanonical(AccountAge code) => EcommpayAccountAgeIndicatorCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(AccountAge code) => code.ToWireValue();
    }

    /// <summary><see cref="EcommpayAuthMethod"/> ↔ <see cref="RequestorAuthenticationMethod"/>.</summary>
    internal readonly struct EcommpayAuthMethodMap : ICodeMap<EcommpayAuthMethod, RequestorAuthenticationMethod>
    {
        public static RequestorAuthenticationMethod? ToCanonical(EcommpayAuthMethod code) => EcommpayAuthMethodCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(EcommpayAuthMethod code) => code.ToWireValue();

        public static EcommpayAuthMethod? FromCanonical(RequestorAuthenticationMethod code) => EcommpayAuthMethodCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(RequestorAuthenticationMethod code) => code.ToWireValue();
    }

    /// <summary><see cref="EcommpayAccountChangeIndicator"/> ↔ <see cref="AccountChange"/>.</summary>
    internal readonly struct EcommpayAccountChangeIndicatorMap : ICodeMap<EcommpayAccountChangeIndicator, AccountChange>
    {
        public static AccountChange? ToCanonical(EcommpayAccountChangeIndicator code) => EcommpayAccountChangeIndicatorCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(EcommpayAccountChangeIndicator code) => code.ToWireValue();

        public static EcommpayAccountChangeIndicator? FromCanonical(AccountChange code) => EcommpayAccountChangeIndicatorCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(AccountChange code) => code.ToWireValue();
    }

    /// <summary><see cref="EcommpayPasswordChangeIndicator"/> ↔ <see cref="PasswordChange"/>.</summary>
    internal readonly struct EcommpayPasswordChangeIndicatorMap : ICodeMap<EcommpayPasswordChangeIndicator, PasswordChange>
    {
        public static PasswordChange? ToCanonical(EcommpayPasswordChangeIndicator code) => EcommpayPasswordChangeIndicatorCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(EcommpayPasswordChangeIndicator code) => code.ToWireValue();

        public static EcommpayPasswordChangeIndicator? FromCanonical(PasswordChange code) => EcommpayPasswordChangeIndicatorCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(PasswordChange code) => code.ToWireValue();
    }

    /// <summary><see cref="EcommpayPaymentAgeIndicator"/> ↔ <see cref="AccountAge"/>.</summary>
    internal readonly struct EcommpayPaymentAgeIndicatorMap : ICodeMap<EcommpayPaymentAgeIndicator, AccountAge>
    {
        public static AccountAge? ToCanonical(EcommpayPaymentAgeIndicator code) => EcommpayPaymentAgeIndicatorCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(EcommpayPaymentAgeIndicator code) => code.ToWireValue();

        public static EcommpayPaymentAgeIndicator? FromCanonical(AccountAge code) => EcommpayPaymentAgeIndicatorCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(AccountAge code) => code.ToWireValue();
    }

    /// <summary><see cref="EcommpaySuspiciousActivity"/> ↔ <see cref="SuspiciousActivity"/>.</summary>
    internal readonly struct EcommpaySuspiciousActivityMap : ICodeMap<EcommpaySuspiciousActivity, SuspiciousActivity>
    {
        public static SuspiciousActivity? ToCanonical(EcommpaySuspiciousActivity code) => EcommpaySuspiciousActivityCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(EcommpaySuspiciousActivity code) => code.ToWireValue();

        public static EcommpaySuspiciousActivity? FromCanonical(SuspiciousActivity code) => EcommpaySuspiciousActivityCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(SuspiciousActivity code) => code.ToWireValue();
    }

    /// <summary><see cref="EcommpayAddressUsageIndicator"/> ↔ <see cref="ShippingAddressUsage"/>.</summary>
    internal readonly struct EcommpayAddressUsageIndicatorMap : ICodeMap<EcommpayAddressUsageIndicator, ShippingAddressUsage>
    {
        public static ShippingAddressUsage? ToCanonical(EcommpayAddressUsageIndicator code) => EcommpayAddressUsageIndicatorCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(EcommpayAddressUsageIndicator code) => code.ToWireValue();

        public static EcommpayAddressUsageIndicator? FromCanonical(ShippingAddressUsage code) => EcommpayAddressUsageIndicatorCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(ShippingAddressUsage code) => code.ToWireValue();
    }

    /// <summary><see cref="EcommpayDeliveryTime"/> ↔ <see cref="DeliveryTimeframe"/>.</summary>
    internal readonly struct EcommpayDeliveryTimeMap : ICodeMap<EcommpayDeliveryTime, DeliveryTimeframe>
    {
        public static DeliveryTimeframe? ToCanonical(EcommpayDeliveryTime code) => EcommpayDeliveryTimeCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(EcommpayDeliveryTime code) => code.ToWireValue();

        public static EcommpayDeliveryTime? FromCanonical(DeliveryTimeframe code) => EcommpayDeliveryTimeCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(DeliveryTimeframe code) => code.ToWireValue();
    }

    /// <summary><see cref="EcommpayNameIndicator"/> ↔ <see cref="ShipNameIndicator"/>.</summary>
    internal readonly struct EcommpayNameIndicatorMap : ICodeMap<EcommpayNameIndicator, ShipNameIndicator>
    {
        public static ShipNameIndicator? ToCanonical(EcommpayNameIndicator code) => EcommpayNameIndicatorCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(EcommpayNameIndicator code) => code.ToWireValue();

        public static EcommpayNameIndicator? FromCanonical(ShipNameIndicator code) => EcommpayNameIndicatorCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(ShipNameIndicator code) => code.ToWireValue();
    }

    /// <summary><see cref="EcommpayShippingType"/> ↔ <see cref="ShipIndicator"/>.</summary>
    internal readonly struct EcommpayShippingTypeMap : ICodeMap<EcommpayShippingType, ShipIndicator>
    {
        public static ShipIndicator? ToCanonical(EcommpayShippingType code) => EcommpayShippingTypeCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(EcommpayShippingType code) => code.ToWireValue();

        public static EcommpayShippingType? FromCanonical(ShipIndicator code) => EcommpayShippingTypeCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(ShipIndicator code) => code.ToWireValue();
    }

    /// <summary><see cref="GatewayTransStatus"/> ↔ <see cref="TransStatus"/>.</summary>
    internal readonly struct GatewayTransStatusMap : ICodeMap<GatewayTransStatus, TransStatus>
    {
        public static TransStatus? ToCanonical(GatewayTransStatus code) => GatewayTransStatusCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(GatewayTransStatus code) => code.ToWireValue();

        public static GatewayTransStatus? FromCanonical(TransStatus code) => GatewayTransStatusCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(TransStatus code) => code.ToWireValue();
    }

    /// <summary><see cref="JpmCheckoutThreeDsTransactionStatus"/> ↔ <see cref="TransStatus"/>.</summary>
    internal readonly struct JpmCheckoutThreeDsTransactionStatusMap : ICodeMap<JpmCheckoutThreeDsTransactionStatus, TransStatus>
    {
        public static TransStatus? ToCanonical(JpmCheckoutThreeDsTransactionStatus code) => JpmCheckoutThreeDsTransactionStatusCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(JpmCheckoutThreeDsTransactionStatus code) => code.ToWireValue();

        public static JpmCheckoutThreeDsTransactionStatus? FromCanonical(TransStatus code) => JpmCheckoutThreeDsTransactionStatusCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(TransStatus code) => code.ToWireValue();
    }

    /// <summary><see cref="JpmCheckoutChallengeAuthenticationType"/> ↔ <see cref="AuthenticationType"/>.</summary>
    internal readonly struct JpmCheckoutChallengeAuthenticationTypeMap : ICodeMap<JpmCheckoutChallengeAuthenticationType, AuthenticationType>
    {
        public static AuthenticationType? ToCanonical(JpmCheckoutChallengeAuthenticationType code) => JpmCheckoutChallengeAuthenticationTypeCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(JpmCheckoutChallengeAuthenticationType code) => code.ToWireValue();

        public static JpmCheckoutChallengeAuthenticationType? FromCanonical(AuthenticationType code) => JpmCheckoutChallengeAuthenticationTypeCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(AuthenticationType code) => code.ToWireValue();
    }

    /// <summary><see cref="JpmCheckoutChallengeAuthenticationMethod"/> ↔ <see cref="AuthenticationMethod"/>.</summary>
    internal readonly struct JpmCheckoutChallengeAuthenticationMethodMap : IToCanonicalMap<JpmCheckoutChallengeAuthenticationMethod, AuthenticationMethod>
    {
        public static AuthenticationMethod? ToCanonical(JpmCheckoutChallengeAuthenticationMethod code) => JpmCheckoutAdapter.MethodOf(code);

        public static string ProviderWire(JpmCheckoutChallengeAuthenticationMethod code) => code.ToWireValue();
    }

    /// <summary><see cref="JpmCheckoutThreeDsChallengeType"/> ↔ <see cref="ChallengeIndicator"/>.</summary>
    internal readonly struct JpmCheckoutThreeDsChallengeTypeMap : ICodeMap<JpmCheckoutThreeDsChallengeType, ChallengeIndicator>
    {
        public static ChallengeIndicator? ToCanonical(JpmCheckoutThreeDsChallengeType code) => JpmCheckoutThreeDsChallengeTypeCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(JpmCheckoutThreeDsChallengeType code) => code.ToWireValue();

        public static JpmCheckoutThreeDsChallengeType? FromCanonical(ChallengeIndicator code) => JpmCheckoutThreeDsChallengeTypeCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(ChallengeIndicator code) => code.ToWireValue();
    }

    /// <summary><see cref="JpmCheckoutScaExemptionReason"/> ↔ <see cref="ScaExemption"/>.</summary>
    internal readonly struct JpmCheckoutScaExemptionReasonMap : ICodeMap<JpmCheckoutScaExemptionReason, ScaExemption>
    {
        public static ScaExemption? ToCanonical(JpmCheckoutScaExemptionReason code) => JpmCheckoutScaExemptionReasonCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(JpmCheckoutScaExemptionReason code) => code.ToWireValue();

        public static JpmCheckoutScaExemptionReason? FromCanonical(ScaExemption code) => JpmCheckoutScaExemptionReasonCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(ScaExemption code) => code.ToWireValue();
    }

    /// <summary><see cref="JpmPaymentsThreeDsTransactionStatus"/> ↔ <see cref="TransStatus"/>.</summary>
    internal readonly struct JpmPaymentsThreeDsTransactionStatusMap : ICodeMap<JpmPaymentsThreeDsTransactionStatus, TransStatus>
    {
        public static TransStatus? ToCanonical(JpmPaymentsThreeDsTransactionStatus code) => JpmPaymentsThreeDsTransactionStatusCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(JpmPaymentsThreeDsTransactionStatus code) => code.ToWireValue();

        public static JpmPaymentsThreeDsTransactionStatus? FromCanonical(TransStatus code) => JpmPaymentsThreeDsTransactionStatusCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(TransStatus code) => code.ToWireValue();
    }

    /// <summary><see cref="JpmPaymentsThreeDsChallengeType"/> ↔ <see cref="ChallengeIndicator"/>.</summary>
    internal readonly struct JpmPaymentsThreeDsChallengeTypeMap : ICodeMap<JpmPaymentsThreeDsChallengeType, ChallengeIndicator>
    {
        public static ChallengeIndicator? ToCanonical(JpmPaymentsThreeDsChallengeType code) => JpmPaymentsThreeDsChallengeTypeCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(JpmPaymentsThreeDsChallengeType code) => code.ToWireValue();

        public static JpmPaymentsThreeDsChallengeType? FromCanonical(ChallengeIndicator code) => JpmPaymentsThreeDsChallengeTypeCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(ChallengeIndicator code) => code.ToWireValue();
    }

    /// <summary><see cref="JpmPaymentsElectronicCommerceIndicator"/> ↔ <see cref="Eci"/>.</summary>
    internal readonly struct JpmPaymentsElectronicCommerceIndicatorMap : ICodeMap<JpmPaymentsElectronicCommerceIndicator, Eci>
    {
        public static Eci? ToCanonical(JpmPaymentsElectronicCommerceIndicator code) => JpmPaymentsElectronicCommerceIndicatorCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(JpmPaymentsElectronicCommerceIndicator code) => code.ToWireValue();

        public static JpmPaymentsElectronicCommerceIndicator? FromCanonical(Eci code) => JpmPaymentsElectronicCommerceIndicatorCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(Eci code) => code.ToWireValue();
    }

    /// <summary><see cref="JpmPaymentsScaExemptionReason"/> ↔ <see cref="ScaExemption"/>.</summary>
    internal readonly struct JpmPaymentsScaExemptionReasonMap : ICodeMap<JpmPaymentsScaExemptionReason, ScaExemption>
    {
        public static ScaExemption? ToCanonical(JpmPaymentsScaExemptionReason code) => JpmPaymentsScaExemptionReasonCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(JpmPaymentsScaExemptionReason code) => code.ToWireValue();

        public static JpmPaymentsScaExemptionReason? FromCanonical(ScaExemption code) => JpmPaymentsScaExemptionReasonCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(ScaExemption code) => code.ToWireValue();
    }

    /// <summary><see cref="JpmPaymentsAuthenticationPurpose"/> ↔ <see cref="AuthenticationIndicator"/>.</summary>
    internal readonly struct JpmPaymentsAuthenticationPurposeMap : ICodeMap<JpmPaymentsAuthenticationPurpose, AuthenticationIndicator>
    {
        public static AuthenticationIndicator? ToCanonical(JpmPaymentsAuthenticationPurpose code) => JpmPaymentsAdapter.PurposeOf(code);

        public static string ProviderWire(JpmPaymentsAuthenticationPurpose code) => code.ToWireValue();

        public static JpmPaymentsAuthenticationPurpose? FromCanonical(AuthenticationIndicator code) => JpmPaymentsAdapter.PurposeOf(code);

        public static string CanonicalWire(AuthenticationIndicator code) => code.ToWireValue();
    }

    /// <summary><see cref="JpmPaymentsThreeDsTransactionType"/> ↔ <see cref="TransactionType"/>.</summary>
    internal readonly struct JpmPaymentsThreeDsTransactionTypeMap : ICodeMap<JpmPaymentsThreeDsTransactionType, TransactionType>
    {
        public static TransactionType? ToCanonical(JpmPaymentsThreeDsTransactionType code) => JpmPaymentsAdapter.TransactionTypeOf(code);

        public static string ProviderWire(JpmPaymentsThreeDsTransactionType code) => code.ToWireValue();

        public static JpmPaymentsThreeDsTransactionType? FromCanonical(TransactionType code) => JpmPaymentsAdapter.TransactionTypeOf(code);

        public static string CanonicalWire(TransactionType code) => code.ToWireValue();
    }

    /// <summary><see cref="JpmPaymentsChallengeWindowSize"/> ↔ <see cref="ChallengeWindowSize"/>.</summary>
    internal readonly struct JpmPaymentsChallengeWindowSizeMap : ICodeMap<JpmPaymentsChallengeWindowSize, ChallengeWindowSize>
    {
        public static ChallengeWindowSize? ToCanonical(JpmPaymentsChallengeWindowSize code) => JpmPaymentsChallengeWindowSizeCanonicalMapping.ToCanonicalOrNull(code);

        public static string ProviderWire(JpmPaymentsChallengeWindowSize code) => code.ToWireValue();

        public static JpmPaymentsChallengeWindowSize? FromCanonical(ChallengeWindowSize code) => JpmPaymentsChallengeWindowSizeCanonicalMapping.FromCanonicalOrNull(code);

        public static string CanonicalWire(ChallengeWindowSize code) => code.ToWireValue();
    }

    /// <summary>Wire text of <see cref="ChallengeCancel"/>.</summary>
    internal readonly struct ChallengeCancelText : IWireCode<ChallengeCancel>
    {
        public static bool TryParse(ReadOnlySpan<char> wireValue, out ChallengeCancel value) => ChallengeCancelExtensions.TryParseWireValue(wireValue, out value);

        public static string ToWire(ChallengeCancel value) => value.ToWireValue();
    }

    /// <summary>Wire text of <see cref="TransStatusReason"/>.</summary>
    internal readonly struct TransStatusReasonText : IWireCode<TransStatusReason>
    {
        public static bool TryParse(ReadOnlySpan<char> wireValue, out TransStatusReason value) => TransStatusReasonExtensions.TryParseWireValue(wireValue, out value);

        public static string ToWire(TransStatusReason value) => value.ToWireValue();
    }

    /// <summary>Wire text of <see cref="AuthenticationMethod"/>.</summary>
    internal readonly struct AuthenticationMethodText : IWireCode<AuthenticationMethod>
    {
        public static bool TryParse(ReadOnlySpan<char> wireValue, out AuthenticationMethod value) => AuthenticationMethodExtensions.TryParseWireValue(wireValue, out value);

        public static string ToWire(AuthenticationMethod value) => value.ToWireValue();
    }
}
