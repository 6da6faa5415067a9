using System;
using System.Collections.Generic;
using System.Linq;
using ThreeDsContracts.Robustness.Tests.Infrastructure;
using ThreeDsContracts.Testing;
using Xunit;
using Xunit.Abstractions;

namespace ThreeDsContracts.Robustness.Tests.Payloads;

/// <summary>
/// Mutated seed fixtures through reading, validation, writing and the adapters: only the documented
/// exceptions, with a JSON path, and no other failure anywhere.
/// </summary>
public class PayloadFuzzTests
{
    private readonly ITestOutputHelper _output;

    public PayloadFuzzTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> Categories => PayloadMutator.Categories.Select(c => new object[] { c });

    /// <summary>Cases per fixture and category.</summary>
    internal static int CasesPerFixture(string category) => category switch
    {
        "HugeString" or "DeepNesting" => Fuzz.Count(1, 10),
        _ => Fuzz.Count(3, 60),
    };

    [Theory]
    [MemberData(nameof(Categories))]
    public void Mutated_fixture_is_read_or_rejected_with_a_path_and_nothing_else_fails(string category)
    {
        var failures = new List<string>();
        var outcomes = new Dictionary<PayloadOutcome, int>();
        int cases = 0;
        foreach (Fixture fixture in Fixtures.Valid)
        {
            Type type = Contracts.For(fixture.SchemaId, fixture.Pointer);
            string text = fixture.Text;
            for (int i = 0; i < CasesPerFixture(category) && failures.Count < 5; i++)
            {
                PayloadCase mutation = PayloadMutator.Create(category, fixture.ToString(), text, type, Fuzz.Seed(category + fixture, i));
                var problems = new List<string>();
                PayloadOutcome outcome = PayloadProbe.Check(type, mutation.Utf8, Array.Empty<string>(), problems, ValidationBrands);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                cases++;
                if (problems.Count > 0)
                {
                    failures.Add(mutation + "\n  " + string.Join("\n  ", problems.Distinct()) + "\n  payload: " + Fuzz.Clip(mutation.Text, 500));
                }
            }
        }

        _output.WriteLine($"{category}: {cases} cases over {Fixtures.Valid.Count()} fixtures, adapters: {AdapterEntryPoints.All.Count}; "
            + string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>The brands a fuzz case validates with (all brands are covered by the redaction and round-trip tests).</summary>
    internal static readonly IReadOnlyList<string> ValidationBrands = new[] { "visa", "mastercard", "amex", "cartes-bancaires", "unknown-brand", string.Empty };
}
