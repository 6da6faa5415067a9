using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.Metadata;
using ThreeDsContracts.Robustness.Tests.Infrastructure;
using ThreeDsContracts.Robustness.Tests.Payloads;
using ThreeDsContracts.Testing;
using Xunit;
using Xunit.Abstractions;

namespace ThreeDsContracts.Robustness.Tests.Redaction;

/// <summary>
/// Sentinels in every sensitive property of every generated type never show in ToString, validator findings,
/// adapter results or exception messages, also when the payload around them is broken.
/// (The CLI's output is checked by the CLI's own tests; see docs/reliability.md.)
/// </summary>
public class RedactionFuzzTests
{
    private readonly ITestOutputHelper _output;

    public RedactionFuzzTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> Records => Contracts.Records.Select(t => new object[] { t.FullName! });

    public static IEnumerable<object[]> FixturesWithSensitiveData => Fixtures.Valid
        .Where(f => SensitiveLeaves(f).Count > 0)
        .Select(f => new object[] { f.ToString() });

    [Theory]
    [MemberData(nameof(Records))]
    public void Sentinels_in_sensitive_properties_never_show_in_text_the_type_produces(string typeName)
    {
        Type type = Contracts.Records.Single(t => t.FullName == typeName);
        object value = SampleValues.Build(type);
        var failures = new List<string>();

        string text = value.ToString()!;
        foreach (string secret in SampleValues.Secrets.Where(s => text.Contains(s, StringComparison.Ordinal)))
        {
            failures.Add($"ToString shows '{secret}': {Fuzz.Clip(text, 400)}");
        }

        Assert.True(Contracts.Members(type).Count == 0 || text.Contains(" = ", StringComparison.Ordinal), "ToString lists the members");
        string json = JsonSerializer.Serialize(value, type);
        if (Contracts.Members(type).Any(m => m.Sensitive != SensitiveKind.None && m.Type == typeof(string)))
        {
            Assert.True(json.Contains(SampleValues.Pan, StringComparison.Ordinal) || json.Contains(SampleValues.Secret, StringComparison.Ordinal), "the sentinel is in the payload");
        }

        // The payload as written, and broken around each sentinel.
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        PayloadProbe.Check(type, utf8, SampleValues.Secrets, failures);
        foreach (byte[] broken in BrokenAroundSentinels(json))
        {
            PayloadProbe.Check(type, broken, SampleValues.Secrets, failures, PayloadFuzzTests.ValidationBrands);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(10)));
    }

    [Theory]
    [MemberData(nameof(FixturesWithSensitiveData))]
    public void Sentinels_in_the_sensitive_fields_of_a_fixture_never_show_even_when_the_payload_is_mutated(string name)
    {
        Fixture fixture = Fixtures.Named(name);
        Type type = Contracts.For(fixture.SchemaId, fixture.Pointer);
        JsonNode? root = JsonText.Parse(fixture.Text);
        foreach (Leaf leaf in PayloadWalker.Walk(root, type).Where(l => l.IsString && l.Sensitive != SensitiveKind.None))
        {
            root = leaf.Replace(root, leaf.Sensitive == SensitiveKind.Pan ? SampleValues.Pan : SampleValues.Secret);
        }

        string json = JsonText.Write(root);
        var failures = new List<string>();
        Assert.Equal(PayloadOutcome.Read, PayloadProbe.Check(type, Encoding.UTF8.GetBytes(json), SampleValues.Secrets, failures));
        int cases = 1;
        foreach (byte[] broken in BrokenAroundSentinels(json))
        {
            PayloadProbe.Check(type, broken, SampleValues.Secrets, failures, PayloadFuzzTests.ValidationBrands);
            cases++;
        }

        foreach (string category in PayloadMutator.Categories)
        {
            for (int i = 0; i < Fuzz.Count(1, 30); i++)
            {
                PayloadCase mutation = PayloadMutator.Create(category, name, json, type, Fuzz.Seed("redaction" + category + name, i));
                var problems = new List<string>();
                PayloadProbe.Check(type, mutation.Utf8, SampleValues.Secrets, problems, PayloadFuzzTests.ValidationBrands);
                failures.AddRange(problems.Select(p => mutation + ": " + p));
                cases++;
            }
        }

        _output.WriteLine($"{name}: {cases} payloads with sentinels in {SensitiveLeaves(fixture).Count} sensitive fields");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(10)));
    }

    /// <summary>Payloads that fail to read right at or after a sentinel.</summary>
    private static IEnumerable<byte[]> BrokenAroundSentinels(string json)
    {
        foreach (string secret in new[] { SampleValues.Pan, SampleValues.Secret })
        {
            int at = json.IndexOf(secret, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            int end = at + secret.Length;
            yield return Encoding.UTF8.GetBytes(json.Substring(0, end));
            yield return Encoding.UTF8.GetBytes(json.Substring(0, end + 1));
            yield return Encoding.UTF8.GetBytes(json.Substring(0, at + secret.Length / 2));
            yield return Encoding.UTF8.GetBytes(json.Insert(end, "\\ud800"));
            yield return Encoding.UTF8.GetBytes(json.Insert(end, "\\x"));
            yield return Encoding.UTF8.GetBytes(json.Remove(end, 1).Insert(end, "\"\"]"));
            var invalidUtf8 = new List<byte>(Encoding.UTF8.GetBytes(json.Substring(0, end)));
            invalidUtf8.Add(0xFF);
            invalidUtf8.AddRange(Encoding.UTF8.GetBytes(json.Substring(end)));
            yield return invalidUtf8.ToArray();
            if (secret == SampleValues.Pan)
            {
                // The PAN as a number, and as a number that does not fit.
                yield return Encoding.UTF8.GetBytes(json.Remove(at - 1, secret.Length + 2).Insert(at - 1, secret));
                yield return Encoding.UTF8.GetBytes(json.Remove(at - 1, secret.Length + 2).Insert(at - 1, secret + secret + "e400"));
                yield return Encoding.UTF8.GetBytes(json.Remove(at - 1, secret.Length + 2).Insert(at - 1, "{\"v\":\"" + secret + "\"}"));
                yield return Encoding.UTF8.GetBytes(json.Remove(at - 1, secret.Length + 2).Insert(at - 1, "[\"" + secret + "\"]"));
            }
        }
    }

    private static List<Leaf> SensitiveLeaves(Fixture fixture) =>
        PayloadWalker.Walk(JsonText.Parse(fixture.Text), Contracts.For(fixture.SchemaId, fixture.Pointer)).Where(l => l.IsString && l.Sensitive != SensitiveKind.None).ToList();
}
