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
/// Snapshot verification with Verify's semantics and file naming (Verify.SourceGenerators is not served here;
/// these names keep a swap to it mechanical). A test's snapshot is named <c>{Class}.{Method}</c>, with
/// <c>_{parameters}</c> for a theory row (<c>_provider=antom</c>): <c>{name}.verified.txt</c> holds its text (for
/// a generator run: the diagnostics) and <c>{name}#{hint name without .cs}.verified.cs</c> each generated source,
/// all in <c>_snapshots/</c> beside the test file (Verify's <c>UseDirectory("_snapshots")</c>). On a mismatch the
/// actual output is written as <c>.received.*</c> (git-ignored) and the failure shows a diff. Setting
/// THREEDS_ACCEPT_SNAPSHOTS=1 accepts the received output, except when CI=true.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "THREEDS_ACCEPT_SNAPSHOTS";

    /// <summary>The directory of the snapshots, beside the test file.</summary>
    public const string Directory = "_snapshots";

    /// <summary>Verify's name of a test's snapshot: <c>{Class}.{Method}</c> or <c>{Class}.{Method}_{parameters}</c> (class = test file name).</summary>
    public static string Name(string testFile, string method, string? parameters = null) =>
        Path.GetFileNameWithoutExtension(MapSourcePath(testFile)) + "." + method + (string.IsNullOrEmpty(parameters) ? string.Empty : "_" + parameters);

    /// <summary>Verify.SourceGenerators' file name of a generated source: <c>{name}#{hint name without .cs}.verified.cs</c>.</summary>
    public static string SourceFileName(string name, string hintName) =>
        name + "#" + (hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - 3) : hintName) + ".verified.cs";

    /// <summary>Verifies every generated source and the generator diagnostics of a run.</summary>
    public static void Verify(Compilation.GeneratorRun run, string? parameters = null, [CallerFilePath] string testFile = "", [CallerMemberName] string method = "") =>
        VerifyGenerated(run.Sources, FormatDiagnostics(run.GeneratorDiagnostics), parameters, testFile, method);

    /// <summary>
    /// Verifies a generator's output: every generated source (by hint name) and the text of the run (its
    /// diagnostics), named after the calling test and, for a theory row, its <paramref name="parameters"/>.
    /// </summary>
    public static void VerifyGenerated(
        IEnumerable<KeyValuePair<string, string>> sources,
        string text,
        string? parameters = null,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string method = "")
    {
        string name = Name(testFile, method, parameters);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal) { [name + ".verified.txt"] = text };
        foreach (KeyValuePair<string, string> source in sources)
        {
            files[SourceFileName(name, source.Key)] = source.Value;
        }

        VerifyFiles(name, files, testFile);
    }

    /// <summary>
    /// Verifies the files of the snapshot <paramref name="name"/> (each file name starting with <c>{name}.</c> or
    /// <c>{name}#</c>) against <c>_snapshots/</c> beside <paramref name="testFile"/>; a verified file of the
    /// snapshot that is no longer produced fails too.
    /// </summary>
    public static void VerifyFiles(string name, IReadOnlyDictionary<string, string> files, string testFile)
    {
        foreach (string file in files.Keys)
        {
            if (!BelongsTo(file, name) || !file.Contains(".verified.", StringComparison.Ordinal))
            {
                throw new ArgumentException($"{file} is not a verified file of the snapshot {name}.", nameof(files));
            }
        }

        string directory = Path.Combine(Path.GetDirectoryName(MapSourcePath(testFile))!, Directory);
        bool accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1"
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var failures = new StringBuilder();
        System.IO.Directory.CreateDirectory(directory);
        foreach (KeyValuePair<string, string> file in files)
        {
            string verifiedPath = Path.Combine(directory, file.Key);
            string receivedPath = Path.Combine(directory, file.Key.Replace(".verified.", ".received."));
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

        foreach (string stale in System.IO.Directory.EnumerateFiles(directory, "*.verified.*"))
        {
            string fileName = Path.GetFileName(stale);
            if (BelongsTo(fileName, name) && !files.ContainsKey(fileName))
            {
                if (accept)
                {
                    File.Delete(stale);
                }
                else
                {
                    failures.AppendLine($"Snapshot {fileName} is no longer produced; delete it if that is intended.");
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

    private static bool BelongsTo(string fileName, string name) =>
        fileName.StartsWith(name + ".", StringComparison.Ordinal) || fileName.StartsWith(name + "#", StringComparison.Ordinal);

    /// <summary>ContinuousIntegrationBuild maps source paths to "/_/…" (deterministic builds): map them back to the repository.</summary>
    private static string MapSourcePath(string testFile) =>
        testFile.StartsWith("/_/", StringComparison.Ordinal) || testFile.StartsWith("\\_\\", StringComparison.Ordinal)
            ? Path.Combine(RepoPaths.Root, testFile.Substring(3))
            : testFile;

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimStart('\uFEFF');
}
