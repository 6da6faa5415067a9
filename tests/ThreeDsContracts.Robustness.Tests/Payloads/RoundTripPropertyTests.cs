using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.Robustness.Tests.Infrastructure;
using ThreeDsContracts.Testing;
using Xunit;
using Xunit.Abstractions;

namespace ThreeDsContracts.Robustness.Tests.Payloads;

/// <summary>Property: every valid payload (the fixtures and random valid variants of them) round-trips exactly.</summary>
public class RoundTripPropertyTests
{
    private readonly ITestOutputHelper _output;

    public RoundTripPropertyTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> ValidFixtures => Fixtures.Rows(Fixtures.Valid);

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Valid_variants_of_a_fixture_round_trip_exactly_and_validate_without_errors(string name)
    {
        Fixture fixture = Fixtures.Named(name);
        Type type = Contracts.For(fixture.SchemaId, fixture.Pointer);
        int attempts = Fuzz.Count(12, 250);
        int kept = 0;
        int rejectedBySchema = 0;
        var failures = new List<string>();
        AssertRoundTrips(type, fixture.Text, "the fixture itself", failures);
        for (int i = 0; i < attempts && failures.Count < 3; i++)
        {
            int seed = Fuzz.Seed("variant" + name, i);
            string? variant = ValidVariants.Create(fixture, type, new Random(seed), out string changed);
            if (variant is null)
            {
                continue;
            }

            if (!ValidVariants.IsSchemaValid(fixture, variant))
            {
                rejectedBySchema++;
                continue;
            }

            kept++;
            AssertRoundTrips(type, variant, $"seed {seed} (changed {changed})", failures);
        }

        _output.WriteLine($"{name}: {kept} valid variants round-tripped, {rejectedBySchema} variants left out as schema-invalid");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void Most_variants_are_schema_valid_so_the_property_is_exercised()
    {
        int kept = 0;
        int built = 0;
        foreach (Fixture fixture in Fixtures.Valid)
        {
            Type type = Contracts.For(fixture.SchemaId, fixture.Pointer);
            for (int i = 0; i < 3; i++)
            {
                string? variant = ValidVariants.Create(fixture, type, new Random(Fuzz.Seed("variant" + fixture, i)), out _);
                if (variant is not null)
                {
                    built++;
                    kept += ValidVariants.IsSchemaValid(fixture, variant) ? 1 : 0;
                }
            }
        }

        Assert.True(built > 0 && kept * 2 > built, $"{kept} of {built} variants are schema-valid");
    }

    private static void AssertRoundTrips(Type type, string json, string what, List<string> failures)
    {
        try
        {
            object? value = JsonSerializer.Deserialize(json, type);
            string written = JsonSerializer.Serialize(value, type);
            if (!JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)))
            {
                failures.Add($"{what} changed in a round trip:\n  in:  {Fuzz.Clip(json, 800)}\n  out: {Fuzz.Clip(written, 800)}");
                return;
            }

            foreach (string brand in Contracts.BrandIds)
            {
                Contracts.Validate(value!, brand);
            }
        }
        catch (Exception e)
        {
            failures.Add($"{what} failed: {e.GetType().Name}: {e.Message}\n  payload: {Fuzz.Clip(json, 800)}");
        }
    }
}
