using System;
using System.Collections.Generic;
using System.IO;
using ThreeDsContracts.Testing.Snapshots;
using Xunit;

namespace ThreeDsContracts.Testing.Tests;

/// <summary>The snapshot verifier: Verify's file names; matches pass, differences and missing snapshots fail with a diff and a .received file.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly string _testFile;
    private readonly string _directory;
    private readonly string? _acceptBefore = Environment.GetEnvironmentVariable(Snapshot.AcceptVariable);

    public SnapshotTests()
    {
        // The verifier's own behaviour is under test: a developer's accept mode must not leak in.
        Environment.SetEnvironmentVariable(Snapshot.AcceptVariable, null);
        string root = Path.Combine(Path.GetTempPath(), "threeds-snapshots-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        _testFile = Path.Combine(root, "FakeTests.cs");
        _directory = Path.Combine(root, "_snapshots");
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(Snapshot.AcceptVariable, _acceptBefore);
        Directory.Delete(Path.GetDirectoryName(_testFile)!, recursive: true);
    }

    private const string Name = "FakeTests.Case";

    private void Verify(string content) =>
        Snapshot.VerifyFiles(Name, new Dictionary<string, string> { [Name + "#Thing.verified.cs"] = content }, _testFile);

    [Fact]
    public void Names_follow_Verify_for_a_test_a_theory_row_and_a_generated_source()
    {
        Assert.Equal("FakeTests.Case", Snapshot.Name(_testFile, "Case"));
        Assert.Equal("FakeTests.Case_provider=antom", Snapshot.Name(_testFile, "Case", "provider=antom"));
        Assert.Equal("FakeTests.Case#antom.pay.g.verified.cs", Snapshot.SourceFileName("FakeTests.Case", "antom.pay.g.cs"));

        var failure = Assert.Throws<SnapshotMismatchException>(() =>
            Snapshot.VerifyGenerated(new Dictionary<string, string> { ["antom.pay.g.cs"] = "class P { }\n" }, "(no diagnostics)\n", "provider=antom", _testFile, "Case"));

        Assert.Contains("New snapshot FakeTests.Case_provider=antom.verified.txt", failure.Message);
        Assert.True(File.Exists(Path.Combine(_directory, "FakeTests.Case_provider=antom.received.txt")));
        Assert.Equal("class P { }\n", File.ReadAllText(Path.Combine(_directory, "FakeTests.Case_provider=antom#antom.pay.g.received.cs")));
    }

    [Fact]
    public void A_file_that_is_not_a_verified_file_of_the_snapshot_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Snapshot.VerifyFiles(Name, new Dictionary<string, string> { ["Other.Test#Thing.verified.cs"] = "x" }, _testFile));
    }

    [Fact]
    public void A_missing_snapshot_fails_and_writes_the_received_file()
    {
        var failure = Assert.Throws<SnapshotMismatchException>(() => Verify("class A { }\n"));

        Assert.Contains("New snapshot " + Name + "#Thing.verified.cs", failure.Message);
        Assert.Equal("class A { }\n", File.ReadAllText(Path.Combine(_directory, Name + "#Thing.received.cs")));
    }

    [Fact]
    public void A_matching_snapshot_passes_and_removes_a_stale_received_file()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, Name + "#Thing.verified.cs"), "class A { }\r\n");
        File.WriteAllText(Path.Combine(_directory, Name + "#Thing.received.cs"), "old");

        Verify("class A { }\n");

        Assert.False(File.Exists(Path.Combine(_directory, Name + "#Thing.received.cs")));
    }

    [Fact]
    public void A_different_snapshot_fails_with_a_readable_diff()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, Name + "#Thing.verified.cs"), "line 1\nline 2\nline 3\n");

        var failure = Assert.Throws<SnapshotMismatchException>(() => Verify("line 1\nline two\nline 3\n"));

        Assert.Contains("- 2: line 2", failure.Message);
        Assert.Contains("+ 2: line two", failure.Message);
        Assert.DoesNotContain("line 3", failure.Message);
        Assert.True(File.Exists(Path.Combine(_directory, Name + "#Thing.received.cs")));
    }

    [Fact]
    public void A_snapshot_that_is_no_longer_produced_fails()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, Name + "#Thing.verified.cs"), "x\n");
        File.WriteAllText(Path.Combine(_directory, Name + "#Gone.verified.cs"), "y\n");

        // Another test's snapshot in the same directory is not this one's business.
        File.WriteAllText(Path.Combine(_directory, "FakeTests.Other#Thing.verified.cs"), "z\n");

        var failure = Assert.Throws<SnapshotMismatchException>(() => Verify("x\n"));

        Assert.Contains(Name + "#Gone.verified.cs is no longer produced", failure.Message);
        Assert.DoesNotContain("FakeTests.Other", failure.Message);
    }

    [Fact]
    public void Accepting_is_ignored_on_ci()
    {
        string? accept = Environment.GetEnvironmentVariable(Snapshot.AcceptVariable);
        string? ci = Environment.GetEnvironmentVariable("CI");
        try
        {
            Environment.SetEnvironmentVariable(Snapshot.AcceptVariable, "1");
            Environment.SetEnvironmentVariable("CI", "true");
            Assert.Throws<SnapshotMismatchException>(() => Verify("class B { }\n"));
            Assert.False(File.Exists(Path.Combine(_directory, Name + "#Thing.verified.cs")));

            Environment.SetEnvironmentVariable("CI", null);
            Verify("class B { }\n");
            Assert.Equal("class B { }\n", File.ReadAllText(Path.Combine(_directory, Name + "#Thing.verified.cs")));
        }
        finally
        {
            Environment.SetEnvironmentVariable(Snapshot.AcceptVariable, accept);
            Environment.SetEnvironmentVariable("CI", ci);
        }
    }
}
