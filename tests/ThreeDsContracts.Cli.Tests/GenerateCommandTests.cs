using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ThreeDsContracts.Cli.Tests;

public sealed class GenerateCommandTests
{
    [Fact]
    public void Every_built_in_schema_is_generated_into_the_out_folder()
    {
        using var temp = new TempDirectory();
        CliResult result = Cli.Run("generate", "--out", temp.Path, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] files = Directory.GetFiles(temp.Path).Select(Path.GetFileName).OrderBy(f => f).ToArray()!;
        int schemaCount = Directory.GetFiles(Repo.Schemas, "*.schema.json", SearchOption.AllDirectories).Length;
        // One file per schema, one JSON context per namespace, and the adapters of each provider schema with links.
        string[] linked = Directory.GetFiles(Repo.Schemas, "*.schema.json", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(Repo.Schemas, f).StartsWith("canonical", StringComparison.Ordinal) && File.ReadAllText(f).Contains("\"x-canonical-field\"", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Repo.Schemas, f).Replace(Path.DirectorySeparatorChar, '.').Replace(".schema.json", ".Adapters.g.cs", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
        string[] adapters = files.Where(f => f.EndsWith(".Adapters.g.cs", StringComparison.Ordinal)).ToArray();
        Assert.Subset(adapters.ToHashSet(), linked.ToHashSet()); // and schemas that nest linked types of other files (antom/pay)
        Assert.DoesNotContain(adapters, f => f.StartsWith("canonical.", StringComparison.Ordinal));
        Assert.Equal(schemaCount + 6 + adapters.Length, files.Length);
        Assert.Contains("antom.notify-payment.g.cs", files);
        Assert.Contains("ThreeDsContracts.Ecommpay.EcommpayJsonContext.g.cs", files);
        string notify = File.ReadAllText(Path.Combine(temp.Path, "antom.notify-payment.g.cs"));
        Assert.Contains("namespace ThreeDsContracts.Antom", notify);
        Assert.Contains("public sealed partial record AntomNotifyPayment", notify);
        Assert.Equal(files.Length, result.OutJson().GetProperty("files").GetArrayLength());
        Assert.Equal(0, result.OutJson().GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Project_schemas_are_generated_with_the_built_in_schemas_available_to_their_refs()
    {
        using var temp = new TempDirectory();
        string schemas = Path.Combine(temp.Path, "schemas");
        temp.Write("schemas/acme/result.schema.json", """
            {
              "x-type-name": "AcmeResult",
              "type": "object",
              "properties": {
                "eci": { "$ref": "../canonical/eci.schema.json" },
                "cavv": { "type": "string", "x-sensitive": "authentication-value" }
              }
            }
            """);
        string output = Path.Combine(temp.Path, "out");

        CliResult result = Cli.Run("generate", "--schemas", schemas, "--out", output, "--namespace", "Acme.Contracts", "--visibility", "internal");

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] files = Directory.GetFiles(output).Select(Path.GetFileName).OrderBy(f => f).ToArray()!;
        Assert.Equal(new[] { "Acme.Contracts.Acme.AcmeJsonContext.g.cs", "acme.result.g.cs" }, files);
        string code = File.ReadAllText(Path.Combine(output, "acme.result.g.cs"));
        Assert.Contains("internal sealed partial record AcmeResult", code);
        Assert.Contains("ThreeDsContracts.Canonical.Eci", code);
        Assert.Contains("wrote 2 files", result.Out);
    }

    [Fact]
    public void Generator_errors_are_listed_and_exit_1()
    {
        using var temp = new TempDirectory();
        temp.Write("schemas/acme/broken.schema.json", "{ \"type\": \"object\", \"properties\": { \"x\": { \"$ref\": \"missing.schema.json\" } } }");

        CliResult result = Cli.Run("generate", "--schemas", Path.Combine(temp.Path, "schemas"), "--out", Path.Combine(temp.Path, "out"), "--json");

        Assert.Equal(1, result.ExitCode);
        JsonElement diagnostic = result.OutJson().GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("severity").GetString() == "error");
        Assert.StartsWith("TDS", diagnostic.GetProperty("id").GetString());
        Assert.EndsWith("broken.schema.json", diagnostic.GetProperty("file").GetString());
    }

    [Fact]
    public void Real_process_generate_writes_the_files()
    {
        using var temp = new TempDirectory();
        CliResult result = Cli.Process("generate", "--out", temp.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("jpm-payments.payment.g.cs", result.Out);
        Assert.True(File.Exists(Path.Combine(temp.Path, "jpm-payments.payment.g.cs")));
    }

    [Fact]
    public void Out_is_required()
    {
        CliResult result = Cli.Run("generate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Option '--out' is required", result.Err);
    }
}
