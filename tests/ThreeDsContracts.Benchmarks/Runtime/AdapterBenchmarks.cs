using System;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ThreeDsContracts.Adapters;
using ThreeDsContracts.Antom;
using ThreeDsContracts.Benchmarks.Infrastructure;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.Ecommpay;
using ThreeDsContracts.Gateway;
using ThreeDsContracts.JpmCheckout;
using ThreeDsContracts.JpmPayments;
using ThreeDsContracts.Testing;

namespace ThreeDsContracts.Benchmarks.Runtime;

/// <summary>
/// Every adapter (both directions of the 3DS result where the adapter has them) beside a hand-written mapping of
/// the same fields (<see cref="HandWrittenMappings"/>, baseline of each category). Inputs are the seed fixtures
/// where one exists; the setup checks that both produce equal values and prints the adapter's gap count.
/// </summary>
[Config(typeof(BenchConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AdapterBenchmarks
{
    private AntomNotifyPayment _antomNotification = null!;
    private AuthenticationResult _visaResult = null!;
    private GatewayChallengeResponseMessage _cres = null!;
    private GatewayToken _token = null!;
    private JpmCheckoutNotificationMessage _checkoutMessage = null!;
    private AuthenticationResult _mastercardResult = null!;
    private JpmPaymentsAuthentication _jpmAuthentication = null!;
    private EcommpayCustomerMpiResult _mpiResult = null!;
    private AuthenticationResult _challengedResult = null!;
    private GatewayAuthorizeRequest _authorizeRequest = null!;
    private AntomMpiData _mpiData = null!;

    [GlobalSetup]
    public void Setup()
    {
        _antomNotification = Read(AntomJsonContext.Default.AntomNotifyPayment, "antom/notify-payment-hosted-visa-3ds.json");
        _cres = Read(GatewayJsonContext.Default.GatewayChallengeResponseMessage, "gateway/cres-message.json");
        GatewayAuthorizeResponse response = Read(GatewayJsonContext.Default.GatewayAuthorizeResponse, "gateway/authorize-response-fingerprint-decodable.json");
        _token = response.Action!.Token!.Value! with { ChallengeWindowSize = null };
        using (JsonDocument messages = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures, "jpm-checkout/notifications-3ds.json"))))
        {
            _checkoutMessage = messages.RootElement.GetProperty("messages")[0].Deserialize(JpmCheckoutJsonContext.Default.JpmCheckoutNotificationMessage)!;
        }

        JpmPaymentsPaymentRequest payment = Read(JpmPaymentsJsonContext.Default.JpmPaymentsPaymentRequest, "jpm-payments/payment-passthrough-3ds.json");
        _jpmAuthentication = payment.PaymentMethodType.Card!.Authentication!;
        _mpiResult = Read(EcommpayJsonContext.Default.EcommpayCustomerMpiResult, "ecommpay/customer-mpi-result-example.json");

        _visaResult = new AuthenticationResult
        {
            Eci = Eci.Eci05,
            MessageVersion = "2.2.0",
            AuthenticationValue = "AJkBCVSAkwAAAABkcCCQdAAAAAA=",
            DsTransId = "e39d744b-b3af-4e0f-9141-c74d19790000",
        };
        _mastercardResult = new AuthenticationResult
        {
            Brand = CardBrand.Mastercard,
            Eci = Eci.Eci02,
            AuthenticationValue = "kAEBBYiHSFgoQXQFQlJ5AAAAAAA=",
            DsTransId = "f25084f0-5b16-4c0a-ae5d-b24808a95e4b",
            MessageVersion = "2.2.0",
            TransStatus = TransStatus.Authenticated,
        };
        _challengedResult = new AuthenticationResult
        {
            AcsTransId = "00000000-0005-5a5a-8000-016d3ea31d54",
            AuthenticationFlow = AuthenticationFlow.Challenge,
            Challenged = true,
            AuthenticationTimestamp = new DateTimeOffset(2022, 10, 11, 10, 50, 0, TimeSpan.Zero),
        };

        _authorizeRequest = Read(GatewayJsonContext.Default.GatewayAuthorizeRequest, "gateway/authorize-request.json");
        _mpiData = HandWrittenMappings.AntomMetaData(_visaResult).MpiData!;

        Check("antom notification", Antom_notification_adapter(), Antom_notification_hand());
        Check("gateway authorize request → context (generated)", Gateway_request_context_generated(), Gateway_request_context_hand());
        Check("antom mpiData → result (generated)", Antom_mpi_data_to_result_generated(), Antom_mpi_data_to_result_hand());
        Check("antom mpiData", Antom_mpi_data_adapter(), Antom_mpi_data_hand());
        Check("gateway cres", Gateway_cres_adapter(), Gateway_cres_hand());
        Check("jpm-checkout notification", Jpm_checkout_notification_adapter(), Jpm_checkout_notification_hand());
        Check("jpm-payments pass-through", Jpm_payments_pass_through_adapter(), Jpm_payments_pass_through_hand());
        Check("jpm-payments authentication", Jpm_payments_authentication_adapter(), Jpm_payments_authentication_hand());
        Check("ecommpay mpi_result → result", Ecommpay_mpi_result_adapter(), Ecommpay_mpi_result_hand());
        Check("ecommpay result → mpi_result", Ecommpay_to_mpi_result_adapter(), Ecommpay_to_mpi_result_hand());
    }

    [BenchmarkCategory("Antom notifyPayment → result"), Benchmark(Baseline = true, Description = "hand-written")]
    public AuthenticationResult Antom_notification_hand() => HandWrittenMappings.AntomNotification(_antomNotification);

    [BenchmarkCategory("Antom notifyPayment → result"), Benchmark(Description = "adapter")]
    public AdapterResult<AuthenticationResult> Antom_notification_adapter() => AntomAdapter.ToAuthenticationResult(_antomNotification);

    [BenchmarkCategory("Antom result → mpiData"), Benchmark(Baseline = true, Description = "hand-written")]
    public AntomCardPaymentMethodMetaData Antom_mpi_data_hand() => HandWrittenMappings.AntomMetaData(_visaResult);

    [BenchmarkCategory("Antom result → mpiData"), Benchmark(Description = "adapter")]
    public AdapterResult<AntomCardPaymentMethodMetaData> Antom_mpi_data_adapter() => AntomAdapter.ToThirdPartyMetaData(_visaResult);

    [BenchmarkCategory("Gateway CRes + token → result"), Benchmark(Baseline = true, Description = "hand-written")]
    public AuthenticationResult Gateway_cres_hand() => HandWrittenMappings.GatewayChallenge(_cres, _token, CardBrand.Visa);

    [BenchmarkCategory("Gateway CRes + token → result"), Benchmark(Description = "adapter")]
    public AdapterResult<AuthenticationResult> Gateway_cres_adapter() => GatewayAdapter.ToAuthenticationResult(_cres, null, _token, CardBrand.Visa);

    [BenchmarkCategory("JPM Checkout notification → result"), Benchmark(Baseline = true, Description = "hand-written")]
    public AuthenticationResult Jpm_checkout_notification_hand() => HandWrittenMappings.JpmCheckoutNotification(_checkoutMessage, CardBrand.Visa);

    [BenchmarkCategory("JPM Checkout notification → result"), Benchmark(Description = "adapter")]
    public AdapterResult<AuthenticationResult> Jpm_checkout_notification_adapter() => JpmCheckoutAdapter.ToAuthenticationResult(_checkoutMessage, CardBrand.Visa);

    [BenchmarkCategory("JPM Payments result → pass-through"), Benchmark(Baseline = true, Description = "hand-written")]
    public JpmPaymentsAuthentication Jpm_payments_pass_through_hand() => HandWrittenMappings.JpmPassThrough(_mastercardResult);

    [BenchmarkCategory("JPM Payments result → pass-through"), Benchmark(Description = "adapter")]
    public AdapterResult<JpmPaymentsAuthentication> Jpm_payments_pass_through_adapter() => JpmPaymentsAdapter.ToPassThroughAuthentication(_mastercardResult);

    [BenchmarkCategory("JPM Payments authentication → result"), Benchmark(Baseline = true, Description = "hand-written")]
    public AuthenticationResult Jpm_payments_authentication_hand() => HandWrittenMappings.JpmAuthentication(_jpmAuthentication, CardBrand.Mastercard);

    [BenchmarkCategory("JPM Payments authentication → result"), Benchmark(Description = "adapter")]
    public AdapterResult<AuthenticationResult> Jpm_payments_authentication_adapter() => JpmPaymentsAdapter.ToAuthenticationResult(_jpmAuthentication, CardBrand.Mastercard);

    [BenchmarkCategory("ecommpay mpi_result → result"), Benchmark(Baseline = true, Description = "hand-written")]
    public AuthenticationResult Ecommpay_mpi_result_hand() => HandWrittenMappings.EcommpayMpi(_mpiResult, CardBrand.Visa);

    [BenchmarkCategory("ecommpay mpi_result → result"), Benchmark(Description = "adapter")]
    public AdapterResult<AuthenticationResult> Ecommpay_mpi_result_adapter() => EcommpayAdapter.ToAuthenticationResult(_mpiResult, CardBrand.Visa);

    [BenchmarkCategory("ecommpay result → mpi_result"), Benchmark(Baseline = true, Description = "hand-written")]
    public EcommpayCustomerMpiResult Ecommpay_to_mpi_result_hand() => HandWrittenMappings.EcommpayFromResult(_challengedResult);

    [BenchmarkCategory("ecommpay result → mpi_result"), Benchmark(Description = "adapter")]
    public AdapterResult<EcommpayCustomerMpiResult> Ecommpay_to_mpi_result_adapter() => EcommpayAdapter.ToMpiResult(_challengedResult);

    [BenchmarkCategory("Gateway authorize request → context"), Benchmark(Baseline = true, Description = "hand-written")]
    public RequestContext Gateway_request_context_hand() => HandWrittenMappings.GatewayRequestContext(_authorizeRequest);

    [BenchmarkCategory("Gateway authorize request → context"), Benchmark(Description = "generated")]
    public AdapterResult<RequestContext> Gateway_request_context_generated() => _authorizeRequest.ToRequestContext();

    [BenchmarkCategory("Antom mpiData → result"), Benchmark(Baseline = true, Description = "hand-written")]
    public AuthenticationResult Antom_mpi_data_to_result_hand() => HandWrittenMappings.AntomMpiDataResult(_mpiData);

    [BenchmarkCategory("Antom mpiData → result"), Benchmark(Description = "generated")]
    public AdapterResult<AuthenticationResult> Antom_mpi_data_to_result_generated() => _mpiData.ToAuthenticationResult();

    private static T Read<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, string fixture) =>
        JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures, fixture)), info) ?? throw new InvalidOperationException(fixture + " read as null");

    private static void Check<T>(string name, AdapterResult<T> adapter, T hand)
    {
        if (!Equals(adapter.Value, hand))
        {
            throw new InvalidOperationException($"{name}: the hand-written mapping differs from the adapter:\n  adapter: {adapter.Value}\n  hand:    {hand}");
        }

        Console.WriteLine($"// [check] {name}: equal values; adapter gaps: {adapter.Gaps.Count}{(adapter.Gaps.Count == 0 ? string.Empty : " (" + string.Join("; ", adapter.Gaps) + ")")}");
    }
}
