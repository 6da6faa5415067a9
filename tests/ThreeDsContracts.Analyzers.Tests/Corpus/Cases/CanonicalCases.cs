using ThreeDsContracts.Canonical;

namespace ThreeDsContracts.Analyzers.Tests.Corpus.Cases;

/// <summary>Canonical authentication results as an adapter or a 3DS server integration fills them (ECI by brand: EMV and seed 003 tables).</summary>
internal static class CanonicalCases
{
    [Case("visa")]
    public static AuthenticationResult VisaFrictionless() => new() { Brand = CardBrand.Visa, Eci = Eci.Eci05, TransStatus = TransStatus.Authenticated, AuthenticationValue = "AAABBEg0VhI0VniQEjRWAAAAAAA=", DsTransId = "ds-1", MessageVersion = "2.2.0" };

    [Case("visa")]
    public static AuthenticationResult VisaAttempted() => new() { Brand = CardBrand.Visa, Eci = Eci.Eci06, TransStatus = TransStatus.Attempted };

    [Case("mastercard")]
    public static AuthenticationResult MastercardChallenge() => new() { Brand = CardBrand.Mastercard, Eci = Eci.Eci02, TransStatus = TransStatus.Authenticated, Challenged = true };

    [Case("mastercard")]
    public static AuthenticationResult MastercardAttempted() => new() { Brand = CardBrand.Mastercard, Eci = Eci.Eci01, TransStatus = TransStatus.Attempted };

    [Case("maestro")]
    public static AuthenticationResult MaestroFrictionless() => new() { Brand = CardBrand.Maestro, Eci = Eci.Eci02, TransStatus = TransStatus.Authenticated };

    [Case("amex")]
    public static AuthenticationResult AmexFrictionless() => new() { Brand = CardBrand.Amex, Eci = Eci.Eci05, TransStatus = TransStatus.Authenticated };

    [Case("discover")]
    public static AuthenticationResult DiscoverAttempted() => new() { Brand = CardBrand.Discover, Eci = Eci.Eci06, TransStatus = TransStatus.Attempted };

    [Case("jcb")]
    public static AuthenticationResult JcbFrictionless() => new() { Brand = CardBrand.Jcb, Eci = Eci.Eci05, TransStatus = TransStatus.Authenticated };

    [Case("unionpay")]
    public static AuthenticationResult UnionPayAttempted() => new() { Brand = CardBrand.UnionPay, Eci = Eci.Eci06, TransStatus = TransStatus.Attempted };

    [Case("diners")]
    public static AuthenticationResult DinersFrictionless() => new() { Brand = CardBrand.Diners, Eci = Eci.Eci05, TransStatus = TransStatus.Authenticated };

    [Case("visa")]
    public static AuthenticationResult VisaNotAuthenticatedWithReason() => new() { Brand = CardBrand.Visa, Eci = Eci.Eci07, TransStatus = TransStatus.NotAuthenticated, TransStatusReason = TransStatusReason.CardAuthenticationFailed };

    [Case("mastercard")]
    public static AuthenticationResult MastercardBrandSetInTheLastForm()
    {
        var result = new AuthenticationResult { Eci = Eci.Eci02, TransStatus = TransStatus.Authenticated };
        return result with { Brand = CardBrand.Mastercard };
    }

    [Case("mastercard")]
    public static AuthenticationResult MastercardMerchantInitiatedExempt() => new() { Brand = CardBrand.Mastercard, Eci = Eci.Eci06, TransStatus = TransStatus.Authenticated };

    [Case("mastercard")]
    public static AuthenticationResult MastercardRecurringThreeRi() => new() { Brand = CardBrand.Mastercard, Eci = Eci.Eci07, TransStatus = TransStatus.Authenticated };

    [Case("mastercard", Wrong = true)]
    public static AuthenticationResult MastercardWithVisaEci() => new() { Brand = CardBrand.Mastercard, Eci = /*!TDS1006 Eci05*/Eci.Eci05, TransStatus = TransStatus.Authenticated };

    [Case("visa", Wrong = true)]
    public static AuthenticationResult VisaWithMastercardEci() => new() { Brand = CardBrand.Visa, Eci = /*!TDS1006 Eci02*/Eci.Eci02, TransStatus = TransStatus.Authenticated };

    [Case("amex", Wrong = true)]
    public static AuthenticationResult AmexWithMastercardAttemptedEci() => new() { Brand = CardBrand.Amex, Eci = /*!TDS1006 Eci01*/Eci.Eci01, TransStatus = TransStatus.Attempted };

    [Case("jcb", Wrong = true)]
    public static AuthenticationResult JcbWithEci00() => new() { Brand = CardBrand.Jcb, Eci = /*!TDS1006 Eci00*/Eci.Eci00, TransStatus = TransStatus.NotAuthenticated, TransStatusReason = TransStatusReason.CardAuthenticationFailed };

    [Case("maestro", Wrong = true)]
    public static AuthenticationResult MaestroWithVisaAttemptedEci() => new() { Brand = CardBrand.Maestro, Eci = /*!TDS1006 Eci05*/Eci.Eci05, TransStatus = TransStatus.Authenticated };

    [Case("mastercard", Wrong = true)]
    public static AuthenticationResult MastercardBrandSetLaterContradictsEci()
    {
        var result = new AuthenticationResult { Eci = /*!TDS1006 Eci05*/Eci.Eci05, TransStatus = TransStatus.Authenticated };
        return result with { Brand = CardBrand.Mastercard };
    }

    [Case("visa", Wrong = true)]
    public static AuthenticationResult VisaEciChangedInTheLastForm()
    {
        var result = new AuthenticationResult { Brand = CardBrand.Visa, Eci = Eci.Eci05, TransStatus = TransStatus.Authenticated };
        result = result with { Eci = /*!TDS1006 Eci02*/Eci.Eci02 };
        return result;
    }

    [Case("visa", Wrong = true)]
    public static AuthenticationResult NotAuthenticatedWithoutReason() => /*?TDS1001 TransStatusReason*/new AuthenticationResult { Brand = CardBrand.Visa, Eci = Eci.Eci07, TransStatus = TransStatus.NotAuthenticated };

    [Case("mastercard", Wrong = true)]
    public static AuthenticationResult RejectedWithoutReason() => /*?TDS1001 TransStatusReason*/new AuthenticationResult { Brand = CardBrand.Mastercard, Eci = Eci.Eci00, TransStatus = TransStatus.Rejected };

    [Case("visa", Wrong = true)]
    public static AuthenticationResult CouldNotBePerformedWithoutReason() => /*?TDS1001 TransStatusReason*/new AuthenticationResult { Brand = CardBrand.Visa, TransStatus = TransStatus.CouldNotBePerformed };

    [Case("cartes-bancaires")]
    public static AuthenticationResult CartesBancairesFrictionless() => new() { Brand = CardBrand.CartesBancaires, Eci = Eci.Eci05, TransStatus = TransStatus.Authenticated };

    [Case("amex")]
    public static AuthenticationResult AmexNotAuthenticatedWithReason() => new() { Brand = CardBrand.Amex, Eci = Eci.Eci07, TransStatus = TransStatus.NotAuthenticated, TransStatusReason = TransStatusReason.CardAuthenticationFailed };

    [Case("visa")]
    public static AuthenticationResult VisaEciSetInTheLastForm()
    {
        var result = new AuthenticationResult { Brand = CardBrand.Visa, TransStatus = TransStatus.Authenticated };
        result = result with { Eci = Eci.Eci05 };
        return result;
    }

    [Case("discover", Wrong = true)]
    public static AuthenticationResult DiscoverWithMastercardEci() => new() { Brand = CardBrand.Discover, Eci = /*!TDS1006 Eci02*/Eci.Eci02, TransStatus = TransStatus.Authenticated };

    [Case("unionpay", Wrong = true)]
    public static AuthenticationResult UnionPayWithEci01() => new() { Brand = CardBrand.UnionPay, Eci = /*!TDS1006 Eci01*/Eci.Eci01, TransStatus = TransStatus.Attempted };

    [Case("diners", Wrong = true)]
    public static AuthenticationResult DinersWithEci00() => new() { Brand = CardBrand.Diners, Eci = /*!TDS1006 Eci00*/Eci.Eci00, TransStatus = TransStatus.NotAuthenticated, TransStatusReason = TransStatusReason.CardAuthenticationFailed };

    [Case("visa", Wrong = true)]
    public static AuthenticationResult VisaEci02FromALocal()
    {
        Eci eci = Eci.Eci02;
        return new AuthenticationResult { Brand = CardBrand.Visa, Eci = /*!TDS1006 Eci02*/eci, TransStatus = TransStatus.Authenticated };
    }

    [Case("cartes-bancaires", Wrong = true)]
    public static AuthenticationResult CartesBancairesWithMastercardEci() => new() { Brand = CardBrand.CartesBancaires, Eci = /*!TDS1006 Eci02*/Eci.Eci02, TransStatus = TransStatus.Authenticated };
}
