using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.CodeAnalysis;

namespace ThreeDsContracts.Testing.Snapshots;

/// <summary>Raised when output differs from its verified snapshot.</summary>
public sealed class SnapshotMismatchException : Exception
{
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }
}

/// <summary>
/// Snapshot verification with Verify's semantics: one <c>.verified.cs</c> per generated source and a
/// <c>.verified.txt</c> for the diagnostics, in <c>_snapshots/</c> beside the test file. On a mismatch the
/// actual output is written as <c>.received.*</c> (git-ignored) and the failure shows a diff. Setting
/// THREEDS_ACCEPT_SNAPSHOTS=1 accepts the received output, except when CI=true.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "THREEDS_ACCEPT_SNAPSHOTS";

    /// <summary>Verifies every generated source and the generator diagnostics of a run.</summary>
    public static void Verify(Compilation.GeneratorRun run, string name, [CallerFilePath] string testFile = "")
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> source in run.Sources)
        {
            files[source.Key.Replace(".g.cs", string.Empty) + ".verified.cs"] = source.Value;
        }

        files["diagnostics.verified.txt"] = FormatDiagnostics(run.GeneratorDiagnostics);
        VerifyFiles(files, name, testFile);
    }

    /// <summary>Verifies a set of named texts against the snapshot directory <c>_snapshots/&lt;name&gt;/</c>.</summary>
    public static void VerifyFiles(IReadOnlyDictionary<string, string> files, string name, [CallerFilePath] string testFile = "")
    {
        // ContinuousIntegrationBuild maps source paths to "/_/…" (deterministic builds): map them back to the repository.
        if (testFile.StartsWith("/_/", StringComparison.Ordinal) || testFile.StartsWith("\\_\\", StringComparison.Ordinal))
        {
            testFile = Path.Combine(RepoPaths.Root, testFile.Substring(3));
        }

        string directory = Path.Combine(Path.GetDirectoryName(testFile)!, "_snapshots", name);
        bool accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1"
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var failures = new StringBuilder();
        Directory.CreateDirectory(directory);
        foreach (KeyValuePair<string, string> file in files)
        {
            string verifiedPath = Path.Combine(directory, file.Key);
            string receivedPath = verifiedPath.Replace(".verified.", ".received.");
            string actual = Normalize(file.Value);
            string? expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
            if (expected == actual)
            {
                if (File.Exists(receivedPath))
                {
                    File.Delete(receivedPath);
                }

                continue;
            }

            if (accept)
            {
                File.WriteAllText(verifiedPath, actual);
                continue;
            }

            File.WriteAllText(receivedPath, actual);
            failures.AppendLine(expected is null
                ? $"New snapshot {file.Key}: no verified file. Review {receivedPath} and rename it to .verified (or run with {AcceptVariable}=1)."
                : $"Snapshot {file.Key} differs (received written to {receivedPath}):\n{Diff(expected, actual)}");
        }

        foreach (string stale in Directory.EnumerateFiles(directory, "*.verified.*"))
        {
            if (!files.ContainsKey(Path.GetFileName(stale)))
            {
                if (accept)
                {
                    File.Delete(stale);
                }
                else
                {
                    failures.AppendLine($"Snapshot {Path.GetFileName(stale)} is no longer produced; delete it if that is intended.");
                }
            }
        }

        if (failures.Length > 0)
        {
            throw new SnapshotMismatchException(failures.ToString());
        }
    }

    /// <summary>Diagnostics as stable text: id, severity, file name, line, message.</summary>
    public static string FormatDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Line)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d =>
            {
                FileLinePositionSpan span = d.Location.GetLineSpan();
                string where = span.Path.Length == 0 ? "(no location)" : $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
                return $"{d.Id} {d.Severity} {where}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            })
            .ToList();
        return lines.Count == 0 ? "(no diagnostics)\n" : string.Join("\n", lines) + "\n";
    }

    /// <summary>A unified-style line diff, limited to the changed regions.</summary>
    public static string Diff(string expected, string actual)
    {
        DiffPaneModel model = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(expected, actual);
        var builder = new StringBuilder();
        int oldLine = 0;
        int newLine = 0;
        int shown = 0;
        foreach (DiffPiece line in model.Lines)
        {
            switch (line.Type)
            {
                case ChangeType.Deleted:
                    oldLine++;
                    if (shown++ < 80)
                    {
                        builder.Append("- ").Append(oldLine).Append(": ").AppendLine(line.Text);
                    }

                    break;
                case ChangeType.Inserted:
                    newLine++;
                    if (shown++ < 80)
                    {
                        builder.Append("+ ").Append(newLine).Append(": ").AppendLine(line.Text);
                    }

                    break;
                default:
                    oldLine++;
                    newLine++;
                    break;
            }
        }

        if (shown > 80)
        {
            builder.AppendLine($"… {shown - 80} more changed lines");
        }

        return builder.ToString();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimStart('\uFEFF');
}
