using System.Collections.Generic;
using ThreeDsContracts.Adapters;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.Ecommpay;

namespace ThreeDsContracts.Cli.Conversion;

/// <summary><c>ecommpay/payment-page</c> → canonical request context (the Base64-JSON sections decoded): <see cref="EcommpayAdapter.ToRequestContext"/>.</summary>
internal sealed class EcommpayPaymentPageReader : AdapterReader<EcommpayPaymentPage>
{
    public EcommpayPaymentPageReader()
        : base("ecommpay/payment-page", EcommpayJsonContext.Default.EcommpayPaymentPage, CanonicalDocuments.RequestContext)
    {
    }

    public override string Name => "EcommpayAdapter.ToRequestContext";

    protected override string Unread => "a request context takes the 3DS parameters of the page";

    protected override IEnumerable<string> Scopes(EcommpayPaymentPage payload) => new[] { string.Empty };

    protected override void Convert(EcommpayPaymentPage payload, AdapterReading reading) =>
        reading.Context(EcommpayAdapter.ToRequestContext(payload));
}

/// <summary><c>ecommpay/customer-mpi-result</c> → canonical result: <see cref="EcommpayAdapter.ToAuthenticationResult"/>.</summary>
internal sealed class EcommpayMpiResultReader : AdapterReader<EcommpayCustomerMpiResult>
{
    public EcommpayMpiResultReader()
        : base("ecommpay/customer-mpi-result", EcommpayJsonContext.Default.EcommpayCustomerMpiResult, CanonicalDocuments.AuthenticationResult)
    {
    }

    public override string Name => "EcommpayAdapter.ToAuthenticationResult";

    protected override string Unread => "an authentication result takes the whole section";

    protected override IEnumerable<string> Scopes(EcommpayCustomerMpiResult payload) => new[] { string.Empty };

    protected override void Convert(EcommpayCustomerMpiResult payload, AdapterReading reading) =>
        reading.Result(EcommpayAdapter.ToAuthenticationResult(payload, reading.Brand));
}

/// <summary>
/// canonical request context → <c>ecommpay/payment-page</c> (the Base64-JSON sections built):
/// <see cref="EcommpayAdapter.ToPaymentPage"/>. Where ecommpay wants a code and the context has only the date,
/// the code is derived with <c>--purchase-time</c>, which is then required.
/// </summary>
internal sealed class EcommpayPaymentPageWriter : AdapterWriter<EcommpayPaymentPage>
{
    public EcommpayPaymentPageWriter()
        : base("ecommpay/payment-page", EcommpayJsonContext.Default.EcommpayPaymentPage, CanonicalDocuments.RequestContext)
    {
    }

    public override string Name => "EcommpayAdapter.ToPaymentPage";

    protected override EcommpayPaymentPage Build(AdapterWriting writing)
    {
        RequestContext context = writing.Context() ?? new RequestContext();
        AdapterResult<EcommpayPaymentPage> page = EcommpayAdapter.ToPaymentPage(context, writing.PurchaseTimeFor(context));
        writing.ContextGaps(page.Gaps);
        return page.Value;
    }
}

/// <summary>canonical result → <c>ecommpay/customer-mpi-result</c>: <see cref="EcommpayAdapter.ToMpiResult"/>.</summary>
internal sealed class EcommpayMpiResultWriter : AdapterWriter<EcommpayCustomerMpiResult>
{
    public EcommpayMpiResultWriter()
        : base("ecommpay/customer-mpi-result", EcommpayJsonContext.Default.EcommpayCustomerMpiResult, CanonicalDocuments.AuthenticationResult)
    {
    }

    public override string Name => "EcommpayAdapter.ToMpiResult";

    protected override EcommpayCustomerMpiResult Build(AdapterWriting writing)
    {
        AdapterResult<EcommpayCustomerMpiResult> section = EcommpayAdapter.ToMpiResult(writing.Result() ?? new AuthenticationResult());
        writing.ResultGaps(section.Gaps);
        return section.Value;
    }
}
