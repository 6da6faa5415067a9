namespace ThreeDsContracts.Analyzers.Tests;

/// <summary>Pieces of test sources.</summary>
internal static class Sources
{
    /// <summary>The usings every test source starts with.</summary>
    public const string Usings = """
        using ThreeDsContracts;
        using ThreeDsContracts.Metadata;
        using ThreeDsContracts.Canonical;
        using ThreeDsContracts.JpmPayments;
        using ThreeDsContracts.JpmCheckout;
        using ThreeDsContracts.Antom;
        using ThreeDsContracts.Ecommpay;
        using ThreeDsContracts.Gateway;

        """;

    /// <summary>The required members of a JPM Online Payments request other than the payment method.</summary>
    public const string JpmMerchant = """Amount = 1000, Currency = "EUR", Merchant = new JpmPaymentsMerchant { MerchantSoftware = new JpmPaymentsMerchantSoftware { CompanyName = "Shop", ProductName = "Checkout" } }""";
}
