using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.Testing;
using Xunit;

namespace ThreeDsContracts.Tests;

public class RoundTripTests
{
    public static IEnumerable<object[]> ValidFixtures => Fixtures.Rows(Fixtures.Valid);

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Seed_fixture_round_trips_through_its_generated_type_with_nothing_lost(string name)
    {
        Fixture fixture = Fixtures.Named(name);
        Type type = ContractCatalog.For(fixture.SchemaId, fixture.Pointer);

        object? value = JsonSerializer.Deserialize(fixture.Text, type);
        string written = JsonSerializer.Serialize(value, type);

        JsonNode? expected = JsonNode.Parse(fixture.Text);
        JsonNode? actual = JsonNode.Parse(written);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"Round trip of {name} changed the payload.\nexpected: {expected?.ToJsonString()}\nactual:   {actual?.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Seed_fixture_reads_through_the_provider_json_context(string name)
    {
        Fixture fixture = Fixtures.Named(name);
        Type type = ContractCatalog.For(fixture.SchemaId, fixture.Pointer);
        Type context = type.Assembly.GetTypes().Single(t => t.Namespace == type.Namespace && t.Name.EndsWith("JsonContext", StringComparison.Ordinal));
        var resolver = (System.Text.Json.Serialization.JsonSerializerContext)context.GetProperty("Default")!.GetValue(null)!;

        object? value = JsonSerializer.Deserialize(fixture.Text, type, resolver);

        Assert.NotNull(value);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(fixture.Text), JsonNode.Parse(JsonSerializer.Serialize(value, type, resolver))));
    }
}
