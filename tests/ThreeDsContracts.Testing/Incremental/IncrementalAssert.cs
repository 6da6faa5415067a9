using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ThreeDsContracts.Testing.Incremental;

/// <summary>Raised when a pipeline step is not cached as expected or holds a forbidden object.</summary>
public sealed class IncrementalityException : Exception
{
    public IncrementalityException(string message)
        : base(message)
    {
    }
}

/// <summary>
/// Cacheability checks in the manner of NetEscapades.EnumGenerators' TestHelpers: step run reasons after a
/// rerun, and a walk of every tracked output that fails on Compilation, ISymbol, SyntaxNode or NJsonSchema objects.
/// </summary>
public static class IncrementalAssert
{
    private static readonly Type[] Forbidden = { typeof(Microsoft.CodeAnalysis.Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel) };

    /// <summary>The run reasons of a step's outputs.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).Select(o => o.Reason).ToList()
            : Array.Empty<IncrementalStepRunReason>();

    /// <summary>Every output of every listed step is Cached or Unchanged.</summary>
    public static void AllCachedOrUnchanged(GeneratorRunResult result, params string[] steps)
    {
        foreach (string step in steps)
        {
            var reasons = Reasons(result, step);
            if (reasons.Count == 0)
            {
                throw new IncrementalityException($"Step '{step}' was not tracked.");
            }

            var bad = reasons.Where(r => r is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)).ToList();
            if (bad.Count > 0)
            {
                throw new IncrementalityException($"Step '{step}' re-ran: {string.Join(", ", reasons)}.");
            }
        }
    }

    /// <summary>Every tracked output of the run is free of compiler objects and NJsonSchema objects.</summary>
    public static void NoForbiddenObjects(GeneratorRunResult result)
    {
        foreach (KeyValuePair<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>> step in result.TrackedSteps)
        {
            foreach (IncrementalGeneratorRunStep run in step.Value)
            {
                foreach ((object value, IncrementalStepRunReason _) in run.Outputs)
                {
                    Walk(value, step.Key, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
                }
            }
        }
    }

    private static void Walk(object? value, string path, HashSet<object> seen, int depth)
    {
        if (value is null || depth > 40)
        {
            return;
        }

        Type type = value.GetType();
        if (Forbidden.Any(f => f.IsAssignableFrom(type)) || (type.Namespace?.StartsWith("NJsonSchema", StringComparison.Ordinal) ?? false)
            || (type.Namespace?.StartsWith("Newtonsoft", StringComparison.Ordinal) ?? false))
        {
            throw new IncrementalityException($"Pipeline output at {path} holds a {type.FullName}; outputs must be plain equatable data.");
        }

        if (type.IsPrimitive || type.IsEnum || value is string || value is decimal || !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable enumerable)
        {
            int index = 0;
            foreach (object? item in enumerable)
            {
                Walk(item, path + "[" + index++ + "]", seen, depth + 1);
            }

            return;
        }

        foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), path + "." + field.Name, seen, depth + 1);
        }
    }
}
