using System;
using System.Collections.Generic;
using System.Linq;
using ThreeDsContracts.Robustness.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ThreeDsContracts.Robustness.Tests.Schemas;

/// <summary>
/// Mutated built-in schemas through the real generator: never an exception (no CS8784/CS8785, no TDS0012),
/// and either the generated code compiles cleanly or a TDS diagnostic on the schema's line says why.
/// </summary>
public class SchemaFuzzTests
{
    private readonly ITestOutputHelper _output;

    public SchemaFuzzTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> Categories => SchemaMutator.Categories.Select(c => new object[] { c });

    /// <summary>Cases per category: the normal suite stays bounded; THREEDS_FUZZ_LONG=1 runs many more.</summary>
    internal static int CasesPer(string category) => category switch
    {
        "HugeCodeList" => Fuzz.Count(2, 20),
        "EmptyFile" or "NonObjectRoot" => Fuzz.Count(4, 30),
        _ => Fuzz.Count(6, 150),
    };

    [Theory]
    [MemberData(nameof(Categories))]
    public void Mutated_builtin_schema_never_crashes_the_generator_and_never_yields_unexplained_broken_code(string category)
    {
        int cases = CasesPer(category);
        var failures = new List<string>();
        int compiled = 0;
        int explained = 0;
        for (int i = 0; i < cases && failures.Count < 5; i++)
        {
            SchemaCase mutation = SchemaMutator.Create(category, Fuzz.Seed(category, i));
            SchemaVerdict verdict = SchemaFuzzRunner.Shared.Run(mutation.SchemaId, mutation.Text);
            IReadOnlyList<string> problems = verdict.Failures();
            if (problems.Count > 0)
            {
                failures.Add(mutation + "\n  " + string.Join("\n  ", problems) + "\n  schema: " + Fuzz.Clip(mutation.Text, 600));
            }
            else if (verdict.Explanations.Any())
            {
                explained++;
            }
            else
            {
                compiled++;
            }
        }

        _output.WriteLine($"{category}: {cases} cases, {compiled} generated code that compiles cleanly, {explained} reported by TDS diagnostics on the schema");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }
}
