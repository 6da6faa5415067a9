using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ThreeDsContracts.Cli.Tests;

public sealed class SchemasCommandTests
{
    private static string[] RepositorySchemaIds() => Directory.EnumerateFiles(Repo.Schemas, "*.schema.json", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Repo.Schemas, f).Replace('\\', '/'))
        .Select(f => f.Substring(0, f.Length - ".schema.json".Length))
        .OrderBy(f => f, System.StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void Json_lists_every_schema_of_the_repository_with_its_description()
    {
        CliResult result = Cli.Run("schemas", "--json");

        Assert.Equal(0, result.ExitCode);
        JsonElement[] schemas = result.OutJson().GetProperty("schemas").EnumerateArray().ToArray();
        Assert.Equal(RepositorySchemaIds(), schemas.Select(s => s.GetProperty("id").GetString()!).ToArray());
        JsonElement customerAccountInfo = schemas.Single(s => s.GetProperty("id").GetString() == "ecommpay/customer-account-info");
        Assert.False(string.IsNullOrWhiteSpace(customerAccountInfo.GetProperty("description").GetString()));
        Assert.All(schemas, s => Assert.Equal("built-in", s.GetProperty("origin").GetString()));
    }

    [Fact]
    public void Table_shows_ids_and_descriptions_and_the_count()
    {
        CliResult result = Cli.Run("schemas");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("│ ecommpay/customer-account-info ", result.Out);
        Assert.Contains("Antom notifyPayment asynchronous payment result", result.Out);
        Assert.Contains(RepositorySchemaIds().Length + " schemas", result.Out);
    }

    [Fact]
    public void Schemas_folder_adds_new_ids_marked_in_the_table()
    {
        using var temp = new TempDirectory();
        temp.Write("acme/widget.schema.json", "{\"description\": \"Acme widget payload.\", \"type\": \"object\"}");

        CliResult table = Cli.Run("schemas", "--schemas", temp.Path);
        CliResult json = Cli.Run("--schemas", temp.Path, "schemas", "--json");

        Assert.Contains("acme/widget *", table.Out);
        Assert.Contains("(* from --schemas)", table.Out);
        JsonElement widget = json.OutJson().GetProperty("schemas").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "acme/widget");
        Assert.Equal("--schemas", widget.GetProperty("origin").GetString());
        Assert.Equal("Acme widget payload.", widget.GetProperty("description").GetString());
    }

    [Fact]
    public void A_schema_with_a_trailing_comma_is_not_valid_json_with_its_file_and_line()
    {
        using var temp = new TempDirectory();
        string file = temp.Write("acme/widget.schema.json", "{\n  \"description\": \"Acme widget payload.\",\n  \"type\": \"object\",\n}");

        CliResult result = Cli.Run("schemas", "--schemas", temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("schema acme/widget (" + file + ") is not valid JSON (TDS0001): line 3, position 19: a trailing comma before '}'", result.Err);
    }

    [Fact]
    public void Missing_schemas_folder_is_a_usage_error()
    {
        CliResult result = Cli.Run("schemas", "--schemas", "/no/such/folder");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--schemas: the folder '/no/such/folder' does not exist", result.Err);
    }

    [Fact]
    public void Real_process_lists_the_schemas_shipped_beside_the_tool()
    {
        CliResult result = Cli.Process("schemas", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(RepositorySchemaIds(), result.OutJson().GetProperty("schemas").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToArray());
    }

    [Theory]
    [InlineData("schemas")]
    [InlineData("validate")]
    [InlineData("convert")]
    [InlineData("decode")]
    [InlineData("encode")]
    [InlineData("diff")]
    [InlineData("generate")]
    public void Every_command_has_help_that_names_the_json_option(string command)
    {
        CliResult result = Cli.Run(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
        Assert.Contains("threeds " + command, result.Out);
        Assert.Contains("--json", result.Out);
    }

    [Fact]
    public void Real_process_root_help_lists_every_command()
    {
        CliResult result = Cli.Process("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (string command in new[] { "schemas", "validate", "convert", "decode", "encode", "diff", "generate" })
        {
            Assert.Contains("  " + command, result.Out);
        }
    }
}
