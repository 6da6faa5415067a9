using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ThreeDsContracts.Adapters.Tests;

/// <summary>
/// Every code of every x-canonical map, both directions, read from the schemas as data: a code added to a
/// schema without its mapping being generated fails here.
/// </summary>
public class CanonicalMappingTests
{
    private const string None = "(none)";

    private sealed record CanonicalMap(string SchemaId, string Pointer, string SetId, string[] Codes, Dictionary<string, string?> Map, Dictionary<string, string> Write);

    private static IEnumerable<CanonicalMap> Maps()
    {
        foreach ((string schemaId, string pointer, JsonElement node) in Repo.CodeLists())
        {
            if (!node.TryGetProperty("x-canonical", out JsonElement canonical) || !canonical.TryGetProperty("map", out JsonElement map))
            {
                continue;
            }

            string[] codes = node.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToArray();
            var entries = map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.GetString());
            var write = canonical.TryGetProperty("write", out JsonElement w) ? w.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!) : new Dictionary<string, string>();
            yield return new CanonicalMap(schemaId, pointer, canonical.GetProperty("set").GetString()!, codes, entries, write);
        }
    }

    public static IEnumerable<object[]> ProviderCodes() =>
        Maps().SelectMany(m => m.Codes.Select(code => new object[] { m.SchemaId, m.Pointer, code, m.Map.TryGetValue(code, out string? target) && target is not null ? target : None }));

    public static IEnumerable<object[]> CanonicalCodes()
    {
        foreach (CanonicalMap m in Maps())
        {
            Type set = CodeList.Of(m.SetId, "#");
            foreach (object member in CodeList.Members(set))
            {
                string canonical = CodeList.Wire(member);
                string expected = m.Write.TryGetValue(canonical, out string? written) ? written
                    : m.Codes.FirstOrDefault(code => m.Map.TryGetValue(code, out string? target) && target == canonical) ?? None;
                yield return new object[] { m.SchemaId, m.Pointer, canonical, expected };
            }
        }
    }

    [Fact]
    public void Every_code_list_with_an_x_canonical_map_has_a_generated_mapping_class()
    {
        List<CanonicalMap> maps = Maps().ToList();
        Assert.True(maps.Count >= 30, "expected the x-canonical maps of the provider schemas, found " + maps.Count);
        foreach (CanonicalMap map in maps)
        {
            Type provider = CodeList.Of(map.SchemaId, map.Pointer);
            Assert.True(CodeList.Companion(provider, "CanonicalMapping") is not null, provider.Name + "CanonicalMapping is missing");
        }
    }

    [Theory]
    [MemberData(nameof(ProviderCodes))]
    public void Provider_code_maps_to_the_canonical_code_of_the_schema_map(string schemaId, string pointer, string wire, string expected)
    {
        Type provider = CodeList.Of(schemaId, pointer);
        Type mapping = CodeList.Companion(provider, "CanonicalMapping")!;
        object code = CodeList.Parse(provider, wire);

        object? canonical = mapping.GetMethod("ToCanonicalOrNull")!.Invoke(null, new[] { code });
        object?[] tryArgs = { code, null };
        bool found = (bool)mapping.GetMethod("TryToCanonical")!.Invoke(null, tryArgs)!;

        Assert.Equal(expected, canonical is null ? None : CodeList.Wire(canonical));
        Assert.Equal(expected != None, found);
        if (found)
        {
            Assert.Equal(expected, CodeList.Wire(tryArgs[1]!));
        }
    }

    [Theory]
    [MemberData(nameof(CanonicalCodes))]
    public void Canonical_code_maps_back_to_the_written_or_first_provider_code(string schemaId, string pointer, string canonicalWire, string expected)
    {
        Type provider = CodeList.Of(schemaId, pointer);
        Type mapping = CodeList.Companion(provider, "CanonicalMapping")!;
        string setId = (string)mapping.GetField("CanonicalSetSchemaId")!.GetValue(null)!;
        object canonical = CodeList.Parse(CodeList.Of(setId, "#"), canonicalWire);

        object? back = mapping.GetMethod("FromCanonicalOrNull")!.Invoke(null, new[] { canonical });
        object?[] tryArgs = { canonical, null };
        bool found = (bool)mapping.GetMethod("TryFromCanonical")!.Invoke(null, tryArgs)!;

        Assert.Equal(expected, back is null ? None : CodeList.Wire(back));
        Assert.Equal(expected != None, found);
    }

    [Fact]
    public void Challenge_indicator_09_has_no_JPM_Checkout_value()
    {
        bool found = JpmCheckout.JpmCheckoutThreeDsChallengeTypeCanonicalMapping.TryFromCanonical(Canonical.ChallengeIndicator.ChallengeTrustListPrompt, out _);

        Assert.False(found);
    }

    [Fact]
    public void JPM_Checkout_writes_the_prefixed_challenge_type_its_examples_send()
    {
        Assert.Equal(
            JpmCheckout.JpmCheckoutThreeDsChallengeType.ChallengeTypeNoChallengeRequested,
            JpmCheckout.JpmCheckoutThreeDsChallengeTypeCanonicalMapping.FromCanonicalOrNull(Canonical.ChallengeIndicator.NoChallengeRequested));
    }

    [Fact]
    public void Antom_empty_eci_has_no_canonical_code()
    {
        Assert.Null(Antom.AntomThreeDsResultEciCanonicalMapping.ToCanonicalOrNull(Antom.AntomThreeDsResultEci.Absent));
    }
}
