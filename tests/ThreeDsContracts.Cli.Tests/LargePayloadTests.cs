using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Schemas;
using ThreeDsContracts.Cli.Validation;
using Xunit;

namespace ThreeDsContracts.Cli.Tests;

public sealed class LargePayloadTests
{
    public static TheoryData<string> AllFixtures => Fixtures.Names(_ => true);

    /// <summary>
    /// Large payloads are validated piece by piece; forcing that path on every fixture (each object and array
    /// split to its members) must give the same findings as NJsonSchema on the whole payload.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Piecewise_validation_finds_what_whole_validation_finds(string name)
    {
        Fixtures.Entry fixture = Fixtures.Get(name);
        SchemaSet schemas = SchemaSet.Load(null);
        SchemaTarget target = schemas.Resolve(fixture.Schema);
        PayloadInput input = PayloadInput.Read(fixture.FullPath, new StringReader(string.Empty));

        ValidationReport whole = PayloadValidator.Validate(target, input, null, int.MaxValue, int.MaxValue);
        ValidationReport pieces = PayloadValidator.Validate(target, input, null, wholeBytes: 0, subtreeBytes: 0);

        Assert.Equal(
            whole.Findings.Select(f => (f.Path, f.Rule, f.Message)).OrderBy(f => f.ToString(), StringComparer.Ordinal).ToArray(),
            pieces.Findings.Select(f => (f.Path, f.Rule, f.Message)).OrderBy(f => f.ToString(), StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Fifty_megabyte_payload_validates_with_memory_bounded_by_a_small_multiple_of_its_size()
    {
        using var temp = new TempDirectory();
        string big = Path.Combine(temp.Path, "notifications-50mb.json");
        long size = WriteNotifications(big, targetBytes: 50L * 1024 * 1024, badItems: new[] { 1_000, 100_000 });
        var memory = new Dictionary<string, string> { ["THREEDS_DIAGNOSTICS"] = "memory" };

        CliResult small = Cli.ProcessWithInput(null, memory, "validate", "jpm-checkout/notifications", "tests/fixtures/jpm-checkout/notifications-3ds.json", "--json");
        CliResult large = Cli.ProcessWithInput(null, memory, "validate", "jpm-checkout/notifications", big, "--json");

        // Findings deep inside the large payload are found and pathed.
        Assert.True(large.ExitCode == 1, large.ToString());
        string[] paths = JsonAssert.Findings(large.OutJson()).Select(f => f.Path).ToArray();
        Assert.Equal(
            new[]
            {
                "$.messages[1000].orderNotification.threeDomainSecureTransaction.threeDSTransactionStatus",
                "$.messages[100000].orderNotification.threeDomainSecureTransaction.threeDSTransactionStatus",
            },
            paths);

        long baseline = PeakWorkingSet(small);
        long peak = PeakWorkingSet(large);
        Assert.True(peak - baseline < 4 * size, $"peak working set grew by {(peak - baseline) / (1024 * 1024)} MB for a {size / (1024 * 1024)} MB payload");
    }

    private static long PeakWorkingSet(CliResult result)
    {
        string line = result.Err.Split('\n').Single(l => l.StartsWith("peak working set: ", StringComparison.Ordinal));
        return long.Parse(line.Substring("peak working set: ".Length).Split(' ')[0], CultureInfo.InvariantCulture);
    }

    /// <summary>A JPM Checkout notification batch of the seed's message repeated, with bad statuses at some indexes.</summary>
    private static long WriteNotifications(string path, long targetBytes, int[] badItems)
    {
        JsonNode seed = JsonNode.Parse(File.ReadAllText(Repo.Fixture("jpm-checkout", "notifications-3ds.json")))!["messages"]![0]!;
        string good = seed.ToJsonString();
        seed["orderNotification"]!["threeDomainSecureTransaction"]!["threeDSTransactionStatus"] = "Q";
        string bad = seed.ToJsonString();

        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("{\"messages\":[");
        long written = 14;
        for (int i = 0; written < targetBytes || i <= badItems.Max(); i++)
        {
            string item = badItems.Contains(i) ? bad : good;
            if (i > 0)
            {
                writer.Write(',');
                written++;
            }

            writer.Write(item);
            written += item.Length;
        }

        writer.Write("]}");
        writer.Flush();
        return new FileInfo(path).Length;
    }
}
