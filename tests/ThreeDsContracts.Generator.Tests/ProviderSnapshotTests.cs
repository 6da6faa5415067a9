using System;
using System.Linq;
using ThreeDsContracts.Testing.Compilation;
using ThreeDsContracts.Testing.Snapshots;
using Xunit;

namespace ThreeDsContracts.Generator.Tests;

/// <summary>
/// The generated source of each provider's schemas, verified against _snapshots/ProviderSnapshotTests.Provider_output_matches_its_snapshot_provider=&lt;provider&gt;#&lt;hint name&gt;.verified.cs
/// and the provider's generator diagnostics against …_provider=&lt;provider&gt;.verified.txt (Verify's naming; review changes like code;
/// accept with THREEDS_ACCEPT_SNAPSHOTS=1).
/// </summary>
public class ProviderSnapshotTests
{
    private static readonly Lazy<GeneratorRun> Run = new(() =>
        new GeneratorHarness().WithRepositorySchemasAsProject().Run().AssertCompiles());

    [Theory]
    [InlineData("antom")]
    [InlineData("gateway")]
    [InlineData("jpm-checkout")]
    [InlineData("jpm-payments")]
    [InlineData("ecommpay")]
    [InlineData("canonical")]
    public void Provider_output_matches_its_snapshot(string provider)
    {
        string prefix = provider + ".";
        string context = "Consumer." + string.Concat(provider.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..])) + ".";
        var sources = Run.Value.Sources.Where(s => s.Key.StartsWith(prefix, StringComparison.Ordinal) || s.Key.StartsWith(context, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sources);
        string diagnostics = Snapshot.FormatDiagnostics(Run.Value.GeneratorDiagnostics.Where(d => d.Location.GetLineSpan().Path.Contains("/" + provider + "/", StringComparison.Ordinal)));
        Snapshot.VerifyGenerated(sources, diagnostics, "provider=" + provider);
    }
}
