using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.Cli.Conversion;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Schemas;
using Xunit;

namespace ThreeDsContracts.Cli.Tests;

public sealed class ConvertCommandTests
{
    private const string JpmAuthentication = "jpm-payments/common#/definitions/Authentication";

    [Fact]
    public void Antom_3ds_result_becomes_jpm_pass_through_authentication_on_stdout()
    {
        CliResult result = Cli.Run("convert", "--from", "antom/notify-payment", "--to", JpmAuthentication, Repo.Fixture("antom", "notify-payment-antom-3ds-challenge.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonElement output = result.OutJson();
        Assert.Equal("02", output.GetProperty("electronicCommerceIndicator").GetString());
        JsonElement threeDs = output.GetProperty("threeDS");
        Assert.Equal("7ab0a8ad-*******-eed10f4b772", threeDs.GetProperty("authenticationTransactionId").GetString());
        Assert.Equal("2.2.0", threeDs.GetProperty("threeDSProgramProtocol").GetString());
        Assert.Equal("***", threeDs.GetProperty("authenticationValue").GetString());
    }

    [Fact]
    public void What_could_not_be_carried_is_reported_on_stderr()
    {
        CliResult result = Cli.Run("convert", "--from", "antom/notify-payment", "--to", JpmAuthentication, Repo.Fixture("antom", "notify-payment-antom-3ds-challenge.json"), "--json");

        JsonElement report = result.ErrJson();
        var notCarried = report.GetProperty("notCarried").EnumerateArray()
            .Select(n => (n.GetProperty("side").GetString(), n.GetProperty("path").GetString(), n.GetProperty("reason").GetString()!))
            .ToList();
        Assert.Contains(notCarried, n => n.Item1 == "from" && n.Item2 == "$.paymentResultInfo.threeDSResult.threeDSOffered" && n.Item3.Contains("no canonical field"));
        Assert.Contains(notCarried, n => n.Item1 == "to" && n.Item2 == "$.paymentResultInfo.threeDSResult.challenged" && n.Item3.Contains("canonical/authentication-result#challenged has no field"));
        Assert.Equal(3, notCarried.Count);
        Assert.Equal(new[] { "$.threeDS.authenticationValue" }, report.GetProperty("masked").EnumerateArray().Select(m => m.GetString()).ToArray());
        Assert.True(report.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void Jpm_checkout_request_context_becomes_ecommpay_base64_sections()
    {
        CliResult result = Cli.Run("convert", "--from", "jpm-checkout/checkout-intent", "--to", "ecommpay/payment-page", Repo.Fixture("jpm-checkout", "checkout-intent-3ds.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        string shipping = result.OutJson().GetProperty("customer_shipping").GetString()!;
        CliResult decoded = Cli.Run("decode", "ecommpay/customer-shipping", shipping, "--json");
        JsonElement customerShipping = decoded.OutJson().GetProperty("document").GetProperty("customer").GetProperty("shipping");

        // SHIPPING_METHOD_SHIP_TO_BILLING_ADDRESS → EMV 01; DELIVERY_TYPE_SAME_DAY_SHIPPING → 02; names identical (true) → 01.
        Assert.Equal("01", customerShipping.GetProperty("type").GetString());
        Assert.Equal("02", customerShipping.GetProperty("delivery_time").GetString());
        Assert.Equal("01", customerShipping.GetProperty("name_indicator").GetString());
        Assert.True(decoded.OutJson().GetProperty("valid").GetBoolean());
        Assert.Contains("not carried: ", result.Err);
        CliResult json = Cli.Run("convert", "--from", "jpm-checkout/checkout-intent", "--to", "ecommpay/payment-page", Repo.Fixture("jpm-checkout", "checkout-intent-3ds.json"), "--json");
        Assert.Contains(json.ErrJson().GetProperty("notCarried").EnumerateArray(), n =>
            n.GetProperty("path").GetString() == "$.currencyCode"
            && n.GetProperty("reason").GetString() == "canonical/request-context#purchase.currency has no field in ecommpay/payment-page");
    }

    [Fact]
    public void Canonical_result_is_written_to_a_provider_and_every_unused_canonical_field_is_listed()
    {
        CliResult result = Cli.Run("convert", "--from", "canonical/authentication-result", "--to", JpmAuthentication, Repo.Fixture("canonical", "mastercard-challenged-result.json"), "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonElement threeDs = result.OutJson().GetProperty("threeDS");
        Assert.Equal("Y", threeDs.GetProperty("version2").GetProperty("threeDSTransactionStatus").GetString());
        Assert.Equal("02", threeDs.GetProperty("threeDomainSecureAuthenticationMethodCode").GetString());
        JsonElement report = result.ErrJson();
        Assert.Equal("mastercard", report.GetProperty("brand").GetString());
        Assert.Equal(
            new[] { "$.brand", "$.acsTransId", "$.threeDSServerTransId", "$.challenged", "$.authenticationFlow", "$.authenticationType", "$.authenticationTimestamp" },
            report.GetProperty("notCarried").EnumerateArray().Select(n => n.GetProperty("path").GetString()).ToArray());
        Assert.All(report.GetProperty("notCarried").EnumerateArray(), n => Assert.Equal("to", n.GetProperty("side").GetString()));
    }

    [Fact]
    public void Dates_are_carried_between_formats()
    {
        CliResult result = Cli.Run("convert", "--from", "ecommpay/customer-account-info", "--to", "canonical/request-context", Repo.Fixture("ecommpay", "customer-account-info-example.json"));

        JsonElement acctInfo = result.OutJson().GetProperty("acctInfo");
        using JsonDocument source = JsonDocument.Parse(File.ReadAllText(Repo.Fixture("ecommpay", "customer-account-info-example.json")));
        string ddMMyyyy = source.RootElement.GetProperty("customer").GetProperty("account").GetProperty("date").GetString()!;
        Assert.Equal(ddMMyyyy.Substring(6, 4) + ddMMyyyy.Substring(3, 2) + ddMMyyyy.Substring(0, 2), acctInfo.GetProperty("chAccDate").GetString());
    }

    [Fact]
    public void Invalid_input_is_not_converted_and_exits_1()
    {
        CliResult result = Cli.Run("convert", "--from", "antom/notify-payment", "--to", JpmAuthentication, Repo.Fixture("antom", "invalid/notify-payment-bad-eci.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("not converted", result.Err);
        Assert.Contains("$.paymentResultInfo.threeDSResult.eci", result.Err);
    }

    [Fact]
    public void Output_that_misses_what_the_target_requires_is_printed_and_exits_1()
    {
        CliResult result = Cli.Run("convert", "--from", "antom/notify-payment", "--to", "jpm-payments/payment", Repo.Fixture("antom", "notify-payment-antom-3ds-challenge.json"), "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("02", result.OutJson().GetProperty("paymentMethodType").GetProperty("card").GetProperty("authentication").GetProperty("electronicCommerceIndicator").GetString());
        Assert.Contains(JsonAssert.Findings(result.ErrJson(), "outputFindings"), f => f.Rule == "required" && f.Path == "$.amount");
    }

    [Fact]
    public void A_schema_without_canonical_links_cannot_be_converted()
    {
        CliResult result = Cli.Run("convert", "--from", "gateway/transaction-status", "--to", JpmAuthentication, Repo.Fixture("gateway", "creq.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--from gateway/transaction-status: no converter reads it", result.Err);
    }

    [Fact]
    public void A_converter_registered_before_the_schema_links_is_used_for_the_payloads_it_covers()
    {
        var registry = new ConverterRegistry().Add(new FixedEciConverter()).Add(new SchemaLinkConverter());
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, new StringReader(string.Empty), json: false, System.Array.Empty<string>(), width: null);

        int code = Commands.ConvertCommand.Run(context, "antom/notify-payment", JpmAuthentication, Repo.Fixture("antom", "notify-payment-antom-3ds-challenge.json"), null, registry);

        Assert.Equal(0, code);
        using JsonDocument converted = JsonDocument.Parse(output.ToString());
        Assert.Equal("05", converted.RootElement.GetProperty("electronicCommerceIndicator").GetString());
        Assert.Contains("converters: fixed ECI adapter / schema links", error.ToString());
        Assert.Contains("adapter says: not carried", error.ToString());
    }

    [Fact]
    public void Real_process_converts_with_json_on_stdout_and_the_report_on_stderr()
    {
        CliResult result = Cli.Process("convert", "--from", "antom/pay", "--to", JpmAuthentication, "tests/fixtures/antom/rules/pay-third-party-3ds-conforming.json", "--brand", "mastercard");

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonElement output = result.OutJson();
        Assert.Equal("02", output.GetProperty("electronicCommerceIndicator").GetString());
        Assert.Equal("***", output.GetProperty("threeDS").GetProperty("authenticationValue").GetString());
        Assert.Contains("brand: mastercard (--brand)", result.Err);
        Assert.Contains("$.paymentMethod.paymentMethodMetaData.cardholderName", result.Err);
    }

    /// <summary>Stands in for an issue-5 adapter: reads Antom notifications into a fixed canonical result.</summary>
    private sealed class FixedEciConverter : IPayloadConverter
    {
        public string Name => "fixed ECI adapter";

        public bool CanRead(SchemaTarget source) => source.Id == "antom/notify-payment";

        public bool CanWrite(SchemaTarget target) => false;

        public void Read(SchemaTarget source, JsonElement payload, CanonicalBundle bundle, ConversionContext context)
        {
            bundle.TrySet("canonical/authentication-result", "eci", JsonValue.Create("05"), "$.paymentResultInfo.threeDSResult.eci");
            context.Report("from", "$.paymentResultInfo", "adapter says: not carried");
        }

        public JsonNode Write(SchemaTarget target, CanonicalBundle bundle, ConversionContext context) => throw new System.NotSupportedException();
    }
}
