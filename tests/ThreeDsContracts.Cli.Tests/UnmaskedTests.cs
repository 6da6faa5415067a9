using System;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using Xunit;

namespace ThreeDsContracts.Cli.Tests;

/// <summary>--unmasked: the one way to get a payload that can be sent (convert, encode, decode), with a warning; masking stays the default.</summary>
public sealed class UnmaskedTests : IDisposable
{
    private const string Pan = "4111111111111111";
    private const string Cavv = "SentinelCavvQkJCQkJCQkJCQkI=";

    private readonly TempDirectory _temp = new();

    public UnmaskedTests()
    {
        _temp.Write("schemas/acme/secret.schema.json", """
            {
              "type": "object",
              "properties": {
                "pan": { "type": "string", "x-sensitive": "pan", "pattern": "^[0-9]{13,19}$" },
                "cavv": { "type": "string", "x-sensitive": "authentication-value", "maxLength": 28 }
              }
            }
            """);
    }

    private string Schemas => Path.Combine(_temp.Path, "schemas");

    private static string SecretJson => $"{{\"pan\":\"{Pan}\",\"cavv\":\"{Cavv}\"}}";

    private static string[] ConvertArgs(params string[] extra) =>
        ["convert", "--from", "antom/pay", "--to", "jpm-payments/common#/definitions/Authentication", "-", .. extra];

    private static string AntomPay()
    {
        var payload = JsonNode.Parse(File.ReadAllText(Repo.Fixture("antom", "rules/pay-third-party-3ds-conforming.json")))!;
        payload["paymentMethod"]!["paymentMethodMetaData"]!["mpiData"]!["cavv"] = Cavv;
        return payload.ToJsonString();
    }

    [Fact]
    public void Convert_unmasked_prints_the_real_authentication_value_and_warns()
    {
        CliResult result = Cli.RunWithInput(AntomPay(), ConvertArgs("--unmasked"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Cavv, result.OutJson().GetProperty("threeDS").GetProperty("authenticationValue").GetString());
        Assert.Contains("warning: --unmasked", result.Err);
        Assert.DoesNotContain("masked in the output", result.Err);
    }

    [Fact]
    public void Convert_without_the_option_still_masks_and_does_not_warn()
    {
        CliResult result = Cli.RunWithInput(AntomPay(), ConvertArgs());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("***", result.OutJson().GetProperty("threeDS").GetProperty("authenticationValue").GetString());
        Assert.DoesNotContain(Cavv, result.All);
        Assert.DoesNotContain("--unmasked", result.Err);
    }

    [Fact]
    public void Convert_unmasked_in_json_mode_reports_nothing_masked()
    {
        CliResult result = Cli.RunWithInput(AntomPay(), ConvertArgs("--unmasked", "--json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(Cavv, result.Out);
        var report = System.Text.Json.JsonDocument.Parse(result.Err).RootElement;
        Assert.True(report.GetProperty("unmasked").GetBoolean());
        Assert.StartsWith("warning: --unmasked", report.GetProperty("warning").GetString());
        Assert.Equal(0, report.GetProperty("masked").GetArrayLength());
    }

    [Fact]
    public void Encode_unmasked_encodes_the_real_values_so_the_base64_can_be_sent()
    {
        string file = _temp.Write("secret.json", SecretJson);

        CliResult result = Cli.Run("encode", "acme/secret", file, "--schemas", Schemas, "--unmasked");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(SecretJson, Encoding.UTF8.GetString(Convert.FromBase64String(result.Out.Trim())));
        Assert.Contains("warning: --unmasked", result.Err);
    }

    [Fact]
    public void Decode_unmasked_prints_the_real_values()
    {
        CliResult result = Cli.Run("decode", "acme/secret", Convert.ToBase64String(Encoding.UTF8.GetBytes(SecretJson)), "--schemas", Schemas, "--unmasked");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Pan, result.OutJson().GetProperty("pan").GetString());
        Assert.Equal(Cavv, result.OutJson().GetProperty("cavv").GetString());
        Assert.Contains("warning: --unmasked", result.Err);
    }

    public void Dispose() => _temp.Dispose();
}
