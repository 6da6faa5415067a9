using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using NJsonSchema;
using NJsonSchema.Validation;
using ThreeDsContracts.Generator.Parsing;
using ThreeDsContracts.Robustness.Tests.Infrastructure;
using ThreeDsContracts.Testing;
using ThreeDsContracts.Validation;
using Xunit;
using Xunit.Abstractions;

namespace ThreeDsContracts.Robustness.Tests.Payloads;

/// <summary>
/// The generated validator (read, then <c>Validate()</c>) against NJsonSchema's <c>JsonSchema.Validate</c> on every
/// fixture and on mutated payloads: the same verdict and the same failing paths, or a disagreement of one of the
/// explained kinds (docs/reliability.md, "Generated validation vs NJsonSchema"). Normally a bounded sample; with
/// THREEDS_FUZZ_LONG=1 more than 10,000 payloads.
/// </summary>
public class DifferentialValidationTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> SchemaTexts = new(() =>
        Directory.GetFiles(RepoPaths.Schemas, "*.schema.json", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(RepoPaths.Schemas, f).Replace('\\', '/').Replace(".schema.json", string.Empty),
            File.ReadAllText,
            StringComparer.Ordinal));

    private static readonly Dictionary<string, JsonSchema> Loaded = new(StringComparer.Ordinal);

    private readonly ITestOutputHelper _output;

    public DifferentialValidationTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> Categories => PayloadMutator.Categories.Select(c => new object[] { c });

    [Fact]
    public void Every_fixture_gets_the_same_verdict_and_paths_as_NJsonSchema()
    {
        var tally = new Tally();
        foreach (Fixture fixture in Fixtures.All)
        {
            Compare(fixture, fixture.ToString(), Encoding.UTF8.GetBytes(fixture.Text), tally);
        }

        Report("fixtures", tally);
    }

    [Theory]
    [MemberData(nameof(Categories))]
    public void Mutated_payloads_get_the_same_verdict_and_paths_as_NJsonSchema(string category)
    {
        var tally = new Tally();
        int perFixture = Fuzz.Count(2, 20);
        foreach (Fixture fixture in Fixtures.Valid)
        {
            Type type = Contracts.For(fixture.SchemaId, fixture.Pointer);
            string text = fixture.Text;
            for (int i = 0; i < perFixture && tally.Unexplained.Count < 5; i++)
            {
                PayloadCase mutation = PayloadMutator.Create(category, fixture.ToString(), text, type, Fuzz.Seed("differential" + category + fixture, i));
                Compare(fixture, mutation.ToString(), mutation.Utf8, tally);
            }
        }

        Report(category, tally);
    }

    private void Report(string what, Tally tally)
    {
        _output.WriteLine($"{what}: {tally.Cases} payloads ({tally.NotJson} not JSON, {tally.BothValid} valid, {tally.BothInvalid} invalid in both), "
            + $"explained disagreements: {string.Join(", ", tally.Explained.OrderBy(e => e.Key).Select(e => $"{e.Key} {e.Value}"))}");
        Assert.True(tally.Unexplained.Count == 0, string.Join("\n\n", tally.Unexplained));
    }

    private static void Compare(Fixture fixture, string name, byte[] utf8, Tally tally)
    {
        tally.Cases++;
        string text;
        JsonDocument document;
        try
        {
            text = new UTF8Encoding(false, true).GetString(utf8);
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 64 });
            _ = Newtonsoft.Json.Linq.JToken.Parse(text);
        }
        catch (Exception e) when (e is JsonException or Newtonsoft.Json.JsonException or ArgumentException or DecoderFallbackException)
        {
            // Not JSON (or too deep for either reader): both reject it before any schema applies.
            tally.NotJson++;
            return;
        }

        using (document)
        {
            List<(string Path, string Rule)> theirs;
            try
            {
                theirs = NJsonSchemaErrors(fixture, text);
            }
            catch (Exception e) when (e is OverflowException or FormatException or InvalidCastException)
            {
                // NJsonSchema 10.7 converts numbers to decimal and throws on those beyond its range.
                tally.Explained["NJsonSchema throws on the number (" + e.GetType().Name + ")"] = tally.Explained.GetValueOrDefault("NJsonSchema throws on the number (" + e.GetType().Name + ")") + 1;
                return;
            }

            (List<(string Path, string Rule)> ours, List<(string Path, string Rule)> notices, bool readFailed) = GeneratedErrors(fixture, utf8);
            var theirPaths = theirs.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
            var ourPaths = ours.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
            if (theirs.Count == 0 && ours.Count == 0)
            {
                tally.BothValid++;
                return;
            }

            // The reader stops at the first error: its path must be one NJsonSchema names. Validate() names them all.
            bool agree = theirs.Count > 0 && ours.Count > 0 && (readFailed ? theirPaths.IsSupersetOf(ourPaths) : theirPaths.SetEquals(ourPaths));
            if (agree)
            {
                tally.BothInvalid++;
                return;
            }

            var left = new List<string>();
            foreach ((string path, string rule) in theirs.Where(t => !ourPaths.Contains(t.Path)))
            {
                string? why = Explain.WhyOnlyNJsonSchema(path, rule, notices, document.RootElement, readFailed);
                Count(tally, why, $"NJsonSchema only: {rule} at {path}", left);
            }

            foreach ((string path, string rule) in ours.Where(o => !theirPaths.Contains(o.Path)))
            {
                string? why = Explain.WhyOnlyGenerated(path, rule, theirs, document.RootElement, readFailed);
                Count(tally, why, $"generated only: {rule} at {path}", left);
            }

            if (left.Count > 0)
            {
                tally.Unexplained.Add($"{name}\n  {string.Join("\n  ", left)}\n  NJsonSchema: {string.Join(", ", theirs)}\n  generated: {string.Join(", ", ours)}\n  payload: {Fuzz.Clip(text, 400)}");
            }
        }
    }

    private static void Count(Tally tally, string? why, string what, List<string> left)
    {
        if (why is null)
        {
            left.Add(what);
        }
        else
        {
            tally.Explained[why] = tally.Explained.GetValueOrDefault(why) + 1;
        }
    }

    private static List<(string Path, string Rule)> NJsonSchemaErrors(Fixture fixture, string text)
    {
        JsonSchema schema = SchemaFor(fixture.SchemaId, fixture.Pointer);
        var errors = new List<(string, string)>();
        Flatten(schema.Validate(text), errors);
        return errors;
    }

    private static void Flatten(IEnumerable<ValidationError> errors, List<(string, string)> into)
    {
        foreach (ValidationError error in errors)
        {
            if (error is ChildSchemaValidationError child && error.Kind is ValidationErrorKind.ArrayItemNotValid or ValidationErrorKind.AdditionalPropertiesNotValid
                or ValidationErrorKind.AdditionalItemNotValid or ValidationErrorKind.NotAllOf)
            {
                Flatten(child.Errors.Values.SelectMany(e => e), into);
                continue;
            }

            into.Add((ToJsonPath(error.Path), error.Kind.ToString()));
        }
    }

    private static string ToJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "#" || path == "#/")
        {
            return "$";
        }

        string rest = path.StartsWith("#/", StringComparison.Ordinal) ? path.Substring(2) : path.TrimStart('#');
        return rest.StartsWith("[", StringComparison.Ordinal) ? "$" + rest : "$." + rest;
    }

    private static (List<(string, string)> Errors, List<(string, string)> Notices, bool ReadFailed) GeneratedErrors(Fixture fixture, byte[] utf8)
    {
        Type type = Contracts.For(fixture.SchemaId, fixture.Pointer);
        object? payload;
        try
        {
            payload = JsonSerializer.Deserialize(utf8, type);
        }
        catch (ThreeDsPayloadException exception)
        {
            return (new() { (exception.JsonPath, "read: " + exception.Reason) }, new(), true);
        }

        if (payload is null)
        {
            return (new() { ("$", "read: null") }, new(), true);
        }

        var findings = (IReadOnlyList<ValidationFinding>)type.GetMethod("Validate", Type.EmptyTypes)!.Invoke(payload, null)!;
        return (
            findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => (f.JsonPath, f.RuleId)).ToList(),
            findings.Where(f => f.Severity != FindingSeverity.Error).Select(f => (f.JsonPath, f.RuleId)).ToList(),
            false);
    }

    private static JsonSchema SchemaFor(string id, string pointer)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(id, out JsonSchema? schema))
            {
                schema = JsonSchemaLoadCheck.Load(id, SchemaTexts.Value[id], SchemaTexts.Value, CancellationToken.None).GetAwaiter().GetResult();
                Loaded[id] = schema;
            }

            const string Definitions = "#/definitions/";
            return pointer == "#" ? schema : schema.Definitions[pointer.Substring(Definitions.Length)];
        }
    }

    private sealed class Tally
    {
        public int Cases { get; set; }

        public int NotJson { get; set; }

        public int BothValid { get; set; }

        public int BothInvalid { get; set; }

        public Dictionary<string, int> Explained { get; } = new(StringComparer.Ordinal);

        public List<string> Unexplained { get; } = new();
    }
}
