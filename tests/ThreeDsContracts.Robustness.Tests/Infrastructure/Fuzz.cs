using System;
using System.Collections.Generic;

namespace ThreeDsContracts.Robustness.Tests.Infrastructure;

/// <summary>
/// Run sizes and seeds. Every fuzz loop uses <c>new Random(seed)</c> with a fixed seed per case, so a
/// failure names the seed that reproduces it. <c>THREEDS_FUZZ_LONG=1</c> multiplies the case counts.
/// </summary>
internal static class Fuzz
{
    public const string LongVariable = "THREEDS_FUZZ_LONG";

    /// <summary>Base seed of every loop (case i of a loop uses BaseSeed + offset + i).</summary>
    public const int BaseSeed = 20240901;

    public static bool IsLong { get; } = Environment.GetEnvironmentVariable(LongVariable) == "1";

    /// <summary>The case count of a loop: the bounded count normally, the long count with THREEDS_FUZZ_LONG=1.</summary>
    public static int Count(int normal, int longRun) => IsLong ? longRun : normal;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A stable seed for a named loop and case index.</summary>
    public static int Seed(string loop, int index)
    {
        int hash = 17;
        foreach (char c in loop)
        {
            hash = unchecked((hash * 31) + c);
        }

        return unchecked(BaseSeed + (hash & 0xFFFF) * 1000 + index);
    }

    /// <summary>Shortens text for failure messages.</summary>
    public static string Clip(string text, int max = 1500) =>
        text.Length <= max ? text : text.Substring(0, max) + $"… ({text.Length} characters)";
}
