using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.Cli.Conversion;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Schemas;
using Xunit;

namespace ThreeDsContracts.Cli.Tests;

/// <summary>The schema-link fallback, the registry and the command's own behaviour (the adapters: <see cref="ConvertAdapterTests"/>).</summary>
public sealed class ConvertCommandTests
{
    private const string JpmAuthentication = "jpm-payments/common#/definitions/Authentication";

    [Fact]
    public void Antom_3ds_result_becomes_jpm_pass_through_authentication_on_stdout()
    {
        CliResult result = Cli.Run("convert", "--from", "antom/notify-payment", "--to", JpmAuthentication, Repo.Fixture("antom", "notify-payment-antom-3ds-challenge.json"), "--brand", "mastercard");

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonElement output = result.OutJson();
        Assert.Equal("02", output.GetProperty("electronicCommerceIndicator").GetString());
        JsonElement threeDs = output.GetProperty("threeDS");
        Assert.Equal("7ab0a8ad-*******-eed10f4b772", threeDs.GetProperty("authenticationTransactionId").GetString());
        Assert.Equal("2.2.0", threeDs.GetProperty("threeDSProgramProtocol").GetString());
        Assert.Equal("***", threeDs.GetProperty("authenticationValue").GetString());

        // Derived by the Antom adapter from ECI 02 for Mastercard: fully authenticated.
        Assert.Equal("Y", threeDs.GetProperty("version2").GetProperty("threeDSTransactionStatus").GetString());
    }

    [Fact]
    public void Without_the_brand_the_transaction_id_is_reported_not_guessed()
    {
        CliResult result = Cli.Run("convert", "--from", "antom/notify-payment", "--to", JpmAuthentication, Repo.Fixture("antom", "notify-payment-antom-3ds-challenge.json"), "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(result.OutJson().GetProperty("threeDS").TryGetProperty("authenticationTransactionId", out _));
        var notCarried = NotCarried(result.ErrJson());
        Assert.Contains(("to", "canonical/authentication-result#dsTransId"), notCarried.Select(n => (n.Side, n.Path)));
        Assert.Contains(notCarried, n => n.Path == "$.paymentResultInfo.threeDSResult.eci" && n.Reason.Contains("card brand, which is not known"));
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
        Assert.Equal("JpmPaymentsAdapter.ToPassThroughAuthentication", report.GetProperty("writer").GetString());
        Assert.Equal(
            new[] { "$.brand", "$.acsTransId", "$.threeDSServerTransId", "$.challenged", "$.authenticationTimestamp", "$.authenticationFlow", "$.authenticationType" },
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
        Assert.Contains("converters: schema links (x-canonical-field, x-canonical) / canonical model (AuthenticationResult / RequestContext)", result.Err);
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
        JsonElement card = result.OutJson().GetProperty("paymentMethodType").GetProperty("card");
        Assert.Equal("02", card.GetProperty("authentication").GetProperty("electronicCommerceIndicator").GetString());

        // The card number and the merchant are not part of a 3DS result: left out, never invented.
        Assert.False(card.TryGetProperty("accountNumber", out _));
        Assert.False(result.OutJson().TryGetProperty("merchant", out _));
        var findings = JsonAssert.Findings(result.ErrJson(), "outputFindings");
        Assert.Contains(findings, f => f.Rule == "required" && f.Path == "$.amount");
        Assert.Contains(findings, f => f.Rule == "required" && f.Path == "$.merchant");
        Assert.Contains(findings, f => f.Rule == "required" && f.Path == "$.paymentMethodType.card.accountNumber");
    }

    [Fact]
    public void A_schema_no_converter_reads_exits_2_with_the_supported_pairs()
    {
        CliResult result = Cli.Run("convert", "--from", "gateway/transaction-status", "--to", JpmAuthentication, Repo.Fixture("gateway", "creq.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith("threeds: --from gateway/transaction-status: no converter reads it", result.Err);
        SupportedPairs pairs = SupportedPairs.Parse(result.Err);
        Assert.Contains("antom/notify-payment", pairs.From("canonical/authentication-result"));
        Assert.Contains(JpmAuthentication, pairs.To("canonical/authentication-result"));
        Assert.DoesNotContain(pairs.From("canonical/authentication-result").Concat(pairs.From("canonical/request-context")), s => s.StartsWith("gateway/transaction-status", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_pair_with_nothing_in_common_exits_2_with_the_supported_pairs()
    {
        CliResult result = Cli.Run("convert", "--from", "antom/notify-payment", "--to", "gateway/authorize-request", Repo.Fixture("antom", "notify-payment-antom-3ds-challenge.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith(
            "threeds: no conversion from antom/notify-payment to gateway/authorize-request: the first carries an authentication result, the second takes a request context",
            result.Err);
        SupportedPairs pairs = SupportedPairs.Parse(result.Err);
        Assert.Contains("antom/notify-payment", pairs.From("canonical/authentication-result"));
        Assert.DoesNotContain("antom/notify-payment", pairs.From("canonical/request-context"));
        Assert.Contains("gateway/authorize-request", pairs.To("canonical/request-context"));
        Assert.DoesNotContain("gateway/authorize-request", pairs.To("canonical/authentication-result"));

        // Schemas converted through the schema links are marked, the adapters' are not.
        Assert.Contains("gateway/creq*", pairs.From("canonical/authentication-result"));
        Assert.Contains("jpm-checkout/checkout-intent", pairs.From("canonical/request-context"));
    }

    [Fact]
    public void An_unknown_pair_as_a_real_process_exits_2_with_the_supported_pairs()
    {
        CliResult result = Cli.Process("convert", "--from", "ecommpay/customer-mpi-result", "--to", "jpm-checkout/checkout-intent", "tests/fixtures/ecommpay/customer-mpi-result-example.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith("threeds: no conversion from ecommpay/customer-mpi-result to jpm-checkout/checkout-intent", result.Err);
        SupportedPairs pairs = SupportedPairs.Parse(result.Err);
        Assert.Contains("ecommpay/customer-mpi-result", pairs.From("canonical/authentication-result"));
        Assert.Contains("jpm-checkout/checkout-intent", pairs.To("canonical/request-context"));
        Assert.DoesNotContain("Exception", result.Err);
    }

    [Fact]
    public void A_converter_registered_before_the_schema_links_is_used_for_the_payloads_it_covers()
    {
        var registry = new ConverterRegistry().Add(new FixedEciConverter()).Add(new SchemaLinkConverter());
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, new StringReader(string.Empty), json: false, System.Array.Empty<string>(), width: null);

        int code = Commands.ConvertCommand.Run(context, "antom/notify-payment", JpmAuthentication, Repo.Fixture("antom", "notify-payment-antom-3ds-challenge.json"), null, null, registry);

        Assert.Equal(0, code);
        using JsonDocument converted = JsonDocument.Parse(output.ToString());
        Assert.Equal("05", converted.RootElement.GetProperty("electronicCommerceIndicator").GetString());
        Assert.Contains("converters: fixed ECI adapter / schema links", error.ToString());
        Assert.Contains("adapter says: not carried", error.ToString());
    }

    [Fact]
    public void The_default_registry_puts_one_converter_per_adapter_direction_then_the_canonical_documents_before_the_schema_links()
    {
        ConverterRegistry registry = ConverterRegistry.CreateDefault();
        SchemaSet set = SchemaSet.Load(null);

        Assert.IsType<SchemaLinkConverter>(registry.Converters[^1]);
        Assert.IsType<CanonicalConverter>(registry.Converters[^2]);
        var adapters = registry.Converters.OfType<AdapterConverter>().ToList();
        Assert.Equal(registry.Converters.Count - 2, adapters.Count);
        foreach (AdapterConverter adapter in adapters)
        {
            SchemaTarget target = set.Resolve(adapter.Schema);
            IPayloadConverter chosen = adapter.IsReader ? registry.ReaderFor(target) : registry.WriterFor(target);
            Assert.Same(adapter, chosen);
            Assert.NotEmpty(adapter.Carries(target));
        }

        // Every direction once: no two readers (writers) for one schema.
        Assert.Equal(adapters.Count, adapters.Select(a => (a.Schema, a.IsReader)).Distinct().Count());
    }

    [Fact]
    public void A_schema_overridden_with_schemas_converts_through_the_schema_links()
    {
        using var directory = new TempDirectory();
        directory.Write("antom/notify-payment.schema.json", File.ReadAllText(Path.Combine(Repo.Schemas, "antom", "notify-payment.schema.json")));

        CliResult result = Cli.Run("convert", "--schemas", directory.Path, "--from", "antom/notify-payment", "--to", JpmAuthentication, Repo.Fixture("antom", "notify-payment-antom-3ds-challenge.json"), "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("schema links (x-canonical-field, x-canonical)", result.ErrJson().GetProperty("reader").GetString());
        Assert.Equal("JpmPaymentsAdapter.ToPassThroughAuthentication", result.ErrJson().GetProperty("writer").GetString());
    }

    [Fact]
    public void Real_process_converts_with_json_on_stdout_and_the_report_on_stderr()
    {
        CliResult result = Cli.Process("convert", "--from", "antom/pay", "--to", JpmAuthentication, "tests/fixtures/antom/rules/pay-third-party-3ds-conforming.json", "--brand", "mastercard");

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonElement output = result.OutJson();
        Assert.Equal("02", output.GetProperty("electronicCommerceIndicator").GetString());
        Assert.Equal("***", output.GetProperty("threeDS").GetProperty("authenticationValue").GetString());
        Assert.DoesNotContain("cavvSample", result.All);
        Assert.DoesNotContain("850", result.All);
        Assert.Contains("brand: mastercard (--brand)", result.Err);
        Assert.Contains("converters: AntomAdapter.ToAuthenticationResult(AntomMpiData) / JpmPaymentsAdapter.ToPassThroughAuthentication", result.Err);
        Assert.Contains("$.paymentMethod.paymentMethodMetaData.cardholderName", result.Err);
    }

    internal static System.Collections.Generic.List<(string Side, string Path, string Reason)> NotCarried(JsonElement report) =>
        report.GetProperty("notCarried").EnumerateArray()
            .Select(n => (n.GetProperty("side").GetString()!, n.GetProperty("path").GetString()!, n.GetProperty("reason").GetString()!))
            .ToList();

    /// <summary>Stands in for an adapter: reads Antom notifications into a fixed canonical result.</summary>
    private sealed class FixedEciConverter : IPayloadConverter
    {
        public string Name => "fixed ECI adapter";

        public bool CanRead(SchemaTarget source) => source.Id == "antom/notify-payment";

        public bool CanWrite(SchemaTarget target) => false;

        public System.Collections.Generic.IReadOnlyCollection<string> Carries(SchemaTarget target) =>
            CanRead(target) ? new[] { "canonical/authentication-result" } : System.Array.Empty<string>();

        public void Read(SchemaTarget source, JsonElement payload, CanonicalBundle bundle, ConversionContext context)
        {
            bundle.TrySet("canonical/authentication-result", "eci", JsonValue.Create("05"), "$.paymentResultInfo.threeDSResult.eci");
            context.Report("from", "$.paymentResultInfo", "adapter says: not carried");
        }

        public JsonNode Write(SchemaTarget target, CanonicalBundle bundle, ConversionContext context) => throw new System.NotSupportedException();
    }
}

/// <summary>The supported pairs listed after a usage error: per canonical document, the from and to schemas.</summary>
internal sealed class SupportedPairs
{
    private readonly System.Collections.Generic.Dictionary<string, (string[] From, string[] To)> _pairs = new();

    public static SupportedPairs Parse(string error)
    {
        var pairs = new SupportedPairs();
        string[] lines = error.Replace("\r\n", "\n").Split('\n');
        Assert.Contains("supported pairs", lines[0]);
        for (int i = 1; i + 2 < lines.Length; i += 3)
        {
            string canonical = lines[i].Trim();
            Assert.StartsWith("    from: ", lines[i + 1]);
            Assert.StartsWith("    to:   ", lines[i + 2]);
            pairs._pairs[canonical] = (Split(lines[i + 1]), Split(lines[i + 2]));
        }

        return pairs;
    }

    public string[] From(string canonical) => _pairs[canonical].From;

    public string[] To(string canonical) => _pairs[canonical].To;

    private static string[] Split(string line) => line.Substring(line.IndexOf(':') + 1).Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
}
