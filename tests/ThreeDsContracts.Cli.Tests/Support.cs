using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace ThreeDsContracts.Cli.Tests;

/// <summary>Locations in the repository (tests run from bin/; the root holds ThreeDsContracts.sln).</summary>
internal static class Repo
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (string? directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "ThreeDsContracts.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException("ThreeDsContracts.sln was not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string Fixture(string provider, string file) => Path.Combine(Root, "tests", "fixtures", provider, file.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The built tool (the CLI project's own output, same configuration as the tests).</summary>
    public static string CliDll
    {
        get
        {
            string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            string dll = Path.Combine(Root, "src", "ThreeDsContracts.Cli", "bin", configuration, "net10.0", "threeds.dll");
            Assert.True(File.Exists(dll), "the CLI is not built at " + dll);
            return dll;
        }
    }
}

/// <summary>What one run of the tool printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Err)
{
    public JsonElement OutJson() => Parse(Out, "stdout");

    public JsonElement ErrJson() => Parse(Err, "stderr");

    public string All => Out + "\n" + Err;

    private static JsonElement Parse(string text, string stream)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{stream} is not JSON ({e.Message}):\n{text}");
        }
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Err}";
}

/// <summary>Runs the tool in-process (<see cref="CliApp.Run"/>) or as a real process (<c>dotnet threeds.dll</c>).</summary>
internal static class Cli
{
    public static CliResult Run(params string[] args) => RunWithInput(string.Empty, args);

    public static CliResult RunWithInput(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args, output, error, new StringReader(stdin));
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static CliResult Process(params string[] args) => ProcessWithInput(null, null, args);

    public static CliResult ProcessWithInput(string? stdin, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Repo.CliDll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (KeyValuePair<string, string> variable in environment ?? new Dictionary<string, string>())
        {
            start.Environment[variable.Key] = variable.Value;
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        Assert.True(process.WaitForExit(300_000), "threeds did not exit");
        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>The fixture manifests (tests/fixtures/*/manifest.json).</summary>
internal static class Fixtures
{
    public sealed record Entry(string Provider, string File, string Schema, bool Invalid, string? ExpectPath, string[]? ExpectRules)
    {
        public string FullPath => Repo.Fixture(Provider, File);

        public string ExpectedJsonPath => ExpectPath is null or "" ? "$" : "$." + ExpectPath;

        public override string ToString() => Provider + "/" + File;
    }

    public static IReadOnlyList<Entry> All { get; } = Load();

    private static IReadOnlyList<Entry> Load()
    {
        var entries = new List<Entry>();
        foreach (string manifest in Directory.EnumerateFiles(Path.Combine(Repo.Root, "tests", "fixtures"), "manifest.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            string provider = Path.GetFileName(Path.GetDirectoryName(manifest))!;
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(manifest));
            foreach (JsonElement fixture in document.RootElement.GetProperty("fixtures").EnumerateArray())
            {
                entries.Add(new Entry(
                    provider,
                    fixture.GetProperty("file").GetString()!,
                    fixture.GetProperty("schema").GetString()!,
                    fixture.TryGetProperty("invalid", out JsonElement invalid) && invalid.GetBoolean(),
                    fixture.TryGetProperty("expectPath", out JsonElement path) ? path.GetString() : null,
                    fixture.TryGetProperty("expectRules", out JsonElement rules) ? rules.EnumerateArray().Select(r => r.GetString()!).ToArray() : null));
            }
        }

        return entries;
    }

    public static TheoryData<string> Names(Func<Entry, bool> filter)
    {
        var data = new TheoryData<string>();
        foreach (Entry entry in All.Where(filter))
        {
            data.Add(entry.ToString());
        }

        return data;
    }

    public static Entry Get(string name) => All.Single(e => e.ToString() == name);
}

/// <summary>A temporary folder removed after the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "threeds-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string text)
    {
        string file = System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal static class JsonAssert
{
    public static IReadOnlyList<(string Kind, string Severity, string Path, string Rule)> Findings(JsonElement report, string property = "findings") =>
        report.GetProperty(property).EnumerateArray()
            .Select(f => (f.GetProperty("kind").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("path").GetString()!, f.GetProperty("rule").GetString()!))
            .ToList();
}
