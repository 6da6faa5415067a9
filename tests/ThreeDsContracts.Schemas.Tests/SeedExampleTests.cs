using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ThreeDsContracts.Testing;
using Xunit;

namespace ThreeDsContracts.Schemas.Tests;

/// <summary>Every JSON example and every Base64 sample of the provider documents is a fixture, verbatim.</summary>
public class SeedExampleTests
{
    private static readonly string SeedDirectory = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "seeds"));

    public static IEnumerable<object[]> Seeds() =>
        Directory.EnumerateFiles(SeedDirectory, "*.txt").OrderBy(f => f).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_json_example_of_a_seed_is_stored_verbatim_as_a_fixture(string seed)
    {
        string corpus = FixtureCorpus();
        var missing = JsonObjects(File.ReadAllText(Path.Combine(SeedDirectory, seed)))
            .Where(example => !corpus.Contains(Squash(example), System.StringComparison.Ordinal))
            .ToList();

        Assert.True(missing.Count == 0, seed + ": examples without a fixture:\n" + string.Join("\n", missing.Select(m => m.Length > 120 ? m[..120] + "…" : m)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_base64_sample_of_a_seed_is_stored_verbatim_as_a_fixture(string seed)
    {
        string corpus = FixtureCorpus();
        var samples = Regex.Matches(File.ReadAllText(Path.Combine(SeedDirectory, seed)), @"[A-Za-z0-9+/]{40,}={0,6}")
            .Select(m => m.Value)
            .Where(v => v.Any(char.IsDigit) && v.Any(char.IsUpper) && v.Any(char.IsLower))
            .ToList();

        Assert.All(samples, sample => Assert.Contains(sample, corpus, System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_seed_documents_are_present()
    {
        Assert.True(Directory.Exists(SeedDirectory), "The provider documents are expected in " + SeedDirectory);
        Assert.Equal(5, Directory.EnumerateFiles(SeedDirectory, "*.txt").Count());
    }

    /// <summary>Balanced {"…"} blocks of the document (its JSON examples, fenced or inline).</summary>
    internal static IEnumerable<string> JsonObjects(string text)
    {
        int index = 0;
        var start = new Regex(@"\{\s*""");
        while (true)
        {
            Match match = start.Match(text, index);
            if (!match.Success)
            {
                yield break;
            }

            int depth = 0;
            bool inString = false;
            bool escaped = false;
            int end = match.Index;
            for (; end < text.Length; end++)
            {
                char c = text[end];
                if (inString)
                {
                    if (escaped) escaped = false;
                    else if (c == '\\') escaped = true;
                    else if (c == '"') inString = false;
                }
                else if (c == '"') inString = true;
                else if (c == '{') depth++;
                else if (c == '}' && --depth == 0) break;
            }

            yield return text.Substring(match.Index, System.Math.Min(end + 1, text.Length) - match.Index);
            index = end + 1;
        }
    }

    private static string FixtureCorpus() => string.Join("\u0001", Directory
        .EnumerateFiles(RepoPaths.Fixtures, "*.*", SearchOption.AllDirectories)
        .Where(f => Path.GetFileName(f) is not ("manifest.json" or "coverage.json"))
        .Select(f => Squash(File.ReadAllText(f)) + "\u0001" + File.ReadAllText(f)));

    private static string Squash(string text) => Regex.Replace(text, @"\s+", string.Empty);
}
