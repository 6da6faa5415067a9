using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace ThreeDsContracts.Cli.Tests;

public sealed class DecodeEncodeCommandTests
{
    private static string SeedParameter(string name)
    {
        using JsonDocument page = JsonDocument.Parse(File.ReadAllText(Repo.Fixture("ecommpay", "payment-page-base64-parameters.json")));
        return page.RootElement.GetProperty(name).GetString()!;
    }

    [Fact]
    public void Over_padded_seed_string_decodes_to_the_documented_json()
    {
        string seed = SeedParameter("customer_mpi_result");
        Assert.EndsWith("===", seed);

        CliResult result = Cli.Run("decode", "ecommpay/customer-mpi-result", seed);

        Assert.Equal(0, result.ExitCode);
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(Repo.Fixture("ecommpay", "customer-mpi-result-decoded-seed-string.json")));
        using JsonDocument actual = JsonDocument.Parse(result.Out);
        Assert.True(JsonElement.DeepEquals(expected.RootElement, actual.RootElement), result.Out);
        Assert.Contains("valid against ecommpay/customer-mpi-result", result.Err);
    }

    [Fact]
    public void Url_safe_unpadded_base64_with_whitespace_decodes()
    {
        string token = File.ReadAllText(Repo.Fixture("gateway", "token-decoded.json"));
        string standard = Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonDocument.Parse(token).RootElement.GetRawText()));
        string urlSafe = standard.Replace('+', '-').Replace('/', '_').TrimEnd('=');
        string wrapped = string.Join("\n  ", Enumerable.Range(0, (urlSafe.Length + 39) / 40).Select(i => urlSafe.Substring(i * 40, Math.Min(40, urlSafe.Length - (i * 40)))));

        CliResult result = Cli.RunWithInput(wrapped + "\n", "decode", "gateway/token", "-", "--json");

        Assert.Equal(0, result.ExitCode);
        JsonElement report = result.OutJson();
        Assert.True(report.GetProperty("valid").GetBoolean());
        Assert.Equal("abc123-server-trans-id", report.GetProperty("document").GetProperty("threeDsServerTransId").GetString());
    }

    [Fact]
    public void Decoded_content_that_breaks_the_schema_is_printed_and_exits_1()
    {
        CliResult result = Cli.Run("decode", "ecommpay/customer-account-info", SeedParameter("customer_account_info"), "--json");

        Assert.Equal(1, result.ExitCode);
        JsonElement report = result.OutJson();
        Assert.Equal(2222, report.GetProperty("document").GetProperty("customer").GetProperty("account").GetProperty("activity_year").GetInt32());
        Assert.Contains(JsonAssert.Findings(report), f => f.Path == "$.customer.account.activity_year" && f.Rule == "maximum");
    }

    [Theory]
    [InlineData("not base64 at all!", "cannot decode: the text is not valid Base64")]
    [InlineData("bm90IGpzb24=", "cannot decode: the decoded Base64 is not JSON")]
    [InlineData("   ", "cannot decode: the Base64 text is empty")]
    public void Undecodable_input_is_a_one_line_error_with_exit_code_2(string input, string message)
    {
        CliResult result = Cli.Run("decode", "gateway/creq", input);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("threeds: " + message, result.Err);
        Assert.Single(result.Err.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Encode_writes_standard_padded_base64_of_compact_json()
    {
        CliResult result = Cli.Run("encode", "gateway/token", Repo.Fixture("gateway", "token-decoded.json"));

        Assert.Equal(0, result.ExitCode);
        using JsonDocument decodable = JsonDocument.Parse(File.ReadAllText(Repo.Fixture("gateway", "authorize-response-fingerprint-decodable.json")));
        string expected = decodable.RootElement.GetProperty("action").GetProperty("token").GetString()!;
        Assert.Equal(expected, result.Out.Trim());
    }

    [Fact]
    public void Encode_then_decode_round_trips_a_creq()
    {
        CliResult encoded = Cli.Run("encode", "gateway/creq", Repo.Fixture("gateway", "creq.json"), "--json");
        string base64 = encoded.OutJson().GetProperty("base64").GetString()!;
        CliResult decoded = Cli.Run("decode", "gateway/creq", base64, "--json");

        Assert.Equal(0, encoded.ExitCode);
        Assert.Equal(0, decoded.ExitCode);
        using JsonDocument original = JsonDocument.Parse(File.ReadAllText(Repo.Fixture("gateway", "creq.json")));
        Assert.True(JsonElement.DeepEquals(original.RootElement, decoded.OutJson().GetProperty("document")));
    }

    [Fact]
    public void Encode_refuses_an_invalid_document_and_prints_the_findings()
    {
        CliResult result = Cli.Run("encode", "gateway/three-ds-method-data", Repo.Fixture("gateway", "invalid/three-ds-method-data-notification-url-too-long.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("$.threeDSMethodNotificationURL", result.Err);
        Assert.Contains("not encoded", result.Err);
    }

    [Fact]
    public void Real_process_decodes_a_seed_parameter_from_stdin()
    {
        CliResult result = Cli.ProcessWithInput(SeedParameter("payment_merchant_risk"), null, "decode", "ecommpay/payment-merchant-risk", "-");

        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(Repo.Fixture("ecommpay", "payment-merchant-risk-example.json")));
        using JsonDocument actual = JsonDocument.Parse(result.Out);
        Assert.Equal(expected.RootElement.GetProperty("payment").GetProperty("challenge_indicator").GetString(), actual.RootElement.GetProperty("payment").GetProperty("challenge_indicator").GetString());
    }

    [Fact]
    public void Real_process_encodes_three_ds_method_data()
    {
        CliResult result = Cli.Process("encode", "gateway/three-ds-method-data", "tests/fixtures/gateway/three-ds-method-data.json");

        Assert.True(result.ExitCode == 0, result.ToString());
        string json = Encoding.UTF8.GetString(Convert.FromBase64String(result.Out.Trim()));
        using JsonDocument original = JsonDocument.Parse(File.ReadAllText(Repo.Fixture("gateway", "three-ds-method-data.json")));
        using JsonDocument roundTrip = JsonDocument.Parse(json);
        Assert.True(JsonElement.DeepEquals(original.RootElement, roundTrip.RootElement));
        Assert.DoesNotContain("\n", json);
    }
}
