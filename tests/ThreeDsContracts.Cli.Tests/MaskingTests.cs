using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace ThreeDsContracts.Cli.Tests;

/// <summary>Sensitive values (x-sensitive) never appear in any output of the tool.</summary>
public sealed class MaskingTests : IDisposable
{
    private const string Pan = "4111111111111111";
    private const string MaskedPan = "411111******1111";
    private const string Cvv = "9731";
    private const string Cavv = "SentinelCavvQkJCQkJCQkJCQkI=";

    private readonly TempDirectory _temp = new();

    public MaskingTests()
    {
        _temp.Write("schemas/acme/secret.schema.json", """
            {
              "type": "object",
              "required": ["pan"],
              "properties": {
                "pan": { "type": "string", "x-sensitive": "pan", "pattern": "^[0-9]{13,19}$" },
                "cvv": { "type": "string", "x-sensitive": "cvv", "maxLength": 3 },
                "cavv": { "type": "string", "x-sensitive": "authentication-value", "maxLength": 28 },
                "cards": { "type": "array", "items": { "type": "string", "x-sensitive": "pan" } }
              }
            }
            """);
        _temp.Write("schemas/acme/envelope.schema.json", """
            {
              "type": "object",
              "properties": {
                "data": {
                  "type": "string",
                  "contentEncoding": "base64",
                  "contentMediaType": "application/json",
                  "x-content-schema": { "$ref": "secret.schema.json" }
                }
              }
            }
            """);
    }

    private string Schemas => Path.Combine(_temp.Path, "schemas");

    private static string SecretJson(string pan = Pan) =>
        $"{{\"pan\":\"{pan}\",\"cvv\":\"{Cvv}\",\"cavv\":\"{Cavv}\",\"cards\":[\"{Pan}\"]}}";

    private static string Base64(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));

    private static void AssertNoSentinel(CliResult result)
    {
        Assert.DoesNotContain(Pan, result.All);
        Assert.DoesNotContain(Cvv, result.All);
        Assert.DoesNotContain(Cavv, result.All);
        Assert.DoesNotContain("SentinelCavv", result.All);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Validate_findings_about_sensitive_fields_never_show_the_values(bool json)
    {
        // Invalid PAN (a letter appended), CVV too long, inside a Base64-JSON field.
        string payload = $"{{\"data\":\"{Base64(SecretJson(Pan + "X"))}\"}}";
        CliResult result = Cli.RunWithInput(payload, json ? new[] { "validate", "acme/envelope", "-", "--schemas", Schemas, "--json" } : new[] { "validate", "acme/envelope", "-", "--schemas", Schemas });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("$.data.pan", result.Out);
        Assert.Contains("$.data.cvv", result.Out);
        AssertNoSentinel(result);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decode_masks_pans_to_first_six_and_last_four_and_hides_the_rest(bool json)
    {
        CliResult result = json
            ? Cli.Run("decode", "acme/secret", Base64(SecretJson()), "--schemas", Schemas, "--json")
            : Cli.Run("decode", "acme/secret", Base64(SecretJson()), "--schemas", Schemas);

        Assert.Equal(1, result.ExitCode); // the CVV is longer than the schema allows
        JsonElement document = json ? result.OutJson().GetProperty("document") : result.OutJson();
        Assert.Equal(MaskedPan, document.GetProperty("pan").GetString());
        Assert.Equal("***", document.GetProperty("cvv").GetString());
        Assert.Equal("***", document.GetProperty("cavv").GetString());
        Assert.Equal(MaskedPan, document.GetProperty("cards")[0].GetString());
        AssertNoSentinel(result);
    }

    [Fact]
    public void Encode_masks_before_encoding_and_says_so()
    {
        string file = _temp.Write("secret.json", SecretJson().Replace(Cvv, "123"));
        CliResult result = Cli.Run("encode", "acme/secret", file, "--schemas", Schemas);

        Assert.Equal(0, result.ExitCode);
        string decoded = Encoding.UTF8.GetString(Convert.FromBase64String(result.Out.Trim()));
        Assert.Contains(MaskedPan, decoded);
        Assert.DoesNotContain(Pan, decoded);
        Assert.DoesNotContain(Cavv, decoded);
        Assert.Contains("masked before encoding", result.Err);
        Assert.Contains("$.pan", result.Err);
    }

    [Fact]
    public void Sensitive_values_inside_base64_json_are_masked_and_reencoded()
    {
        string file = _temp.Write("envelope.json", $"{{\"data\":\"{Base64(SecretJson().Replace(Cvv, "123"))}\"}}");
        CliResult result = Cli.Run("encode", "acme/envelope", file, "--schemas", Schemas, "--json");

        Assert.Equal(0, result.ExitCode);
        string outer = Encoding.UTF8.GetString(Convert.FromBase64String(result.OutJson().GetProperty("base64").GetString()!));
        string inner = Encoding.UTF8.GetString(Convert.FromBase64String(JsonNode.Parse(outer)!["data"]!.GetValue<string>()));
        Assert.Contains(MaskedPan, inner);
        Assert.DoesNotContain(Pan, inner);
        Assert.DoesNotContain(Pan, result.All);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Convert_masks_the_authentication_value_and_reports_only_paths(bool json)
    {
        var payload = JsonNode.Parse(File.ReadAllText(Repo.Fixture("antom", "rules/pay-third-party-3ds-conforming.json")))!;
        JsonNode metadata = payload["paymentMethod"]!["paymentMethodMetaData"]!;
        metadata["mpiData"]!["cavv"] = Cavv;
        metadata["cardNo"] = Pan;
        metadata["cvv"] = "973";
        string[] args = { "convert", "--from", "antom/pay", "--to", "jpm-payments/common#/definitions/Authentication", "-" };
        CliResult result = Cli.RunWithInput(payload.ToJsonString(), json ? [.. args, "--json"] : args);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("***", result.OutJson().GetProperty("threeDS").GetProperty("authenticationValue").GetString());
        Assert.Contains("$.paymentMethod.paymentMethodMetaData.cardNo", result.Err);
        AssertNoSentinel(result);
        Assert.DoesNotContain("\"973\"", result.All);
    }

    [Fact]
    public void Canonical_result_with_an_overlong_authentication_value_is_reported_without_it()
    {
        var result = JsonNode.Parse(File.ReadAllText(Repo.Fixture("canonical", "visa-frictionless-result.json")))!;
        result["authenticationValue"] = Cavv + Cavv;
        CliResult run = Cli.RunWithInput(result.ToJsonString(), "validate", "canonical/authentication-result", "-", "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(JsonAssert.Findings(run.OutJson()), f => f.Path == "$.authenticationValue" && f.Rule == "maxLength");
        AssertNoSentinel(run);
    }

    [Fact]
    public void Real_process_decode_masks_the_pan()
    {
        CliResult result = Cli.ProcessWithInput(Base64(SecretJson()), null, "decode", "acme/secret", "-", "--schemas", Schemas);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(MaskedPan, result.Out);
        AssertNoSentinel(result);
    }

    public void Dispose() => _temp.Dispose();
}
