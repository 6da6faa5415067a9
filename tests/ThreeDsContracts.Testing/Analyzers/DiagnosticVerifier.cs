using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ThreeDsContracts.Testing.Analyzers;

/// <summary>Raised when analyzer or code-fix output differs from what a test expects.</summary>
public sealed class AnalyzerVerificationException : Exception
{
    public AnalyzerVerificationException(string message)
        : base(message)
    {
    }
}

/// <summary>Which compiler diagnostics take part in a comparison.</summary>
public enum CompilerDiagnostics
{
    /// <summary>None: the test sources may be incomplete or erroneous.</summary>
    None,

    /// <summary>Errors (the default: a test source that does not compile must say so).</summary>
    Errors,

    /// <summary>Errors and warnings.</summary>
    Warnings,
}

/// <summary>The diagnostics of one analysis run, and the analyzer exceptions it met.</summary>
public sealed class AnalysisRun
{
    public AnalysisRun(Microsoft.CodeAnalysis.Compilation compilation, ImmutableArray<Diagnostic> analyzerDiagnostics, ImmutableArray<Diagnostic> compilerDiagnostics, IReadOnlyList<string> analyzerExceptions)
    {
        Compilation = compilation;
        AnalyzerDiagnostics = analyzerDiagnostics;
        CompilerDiagnostics = compilerDiagnostics;
        AnalyzerExceptions = analyzerExceptions;
    }

    public Microsoft.CodeAnalysis.Compilation Compilation { get; }

    public ImmutableArray<Diagnostic> AnalyzerDiagnostics { get; }

    public ImmutableArray<Diagnostic> CompilerDiagnostics { get; }

    /// <summary>Exceptions thrown by analyzers (AD0001), as text.</summary>
    public IReadOnlyList<string> AnalyzerExceptions { get; }
}

/// <summary>Runs analyzers on compilations and compares diagnostics with expectations.</summary>
public static class DiagnosticVerifier
{
    private static readonly PropertyInfo? ArgumentsProperty =
        typeof(Diagnostic).GetProperty("Arguments", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);

    /// <summary>Runs the analyzers; analyzer exceptions are collected, never swallowed.</summary>
    public static async Task<AnalysisRun> AnalyzeAsync(Microsoft.CodeAnalysis.Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken = default)
    {
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, diagnostic) =>
            {
                lock (exceptions)
                {
                    exceptions.Add(analyzer.GetType().Name + " threw " + exception);
                }
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        ImmutableArray<Diagnostic> analyzerDiagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in analyzerDiagnostics.Where(d => d.Id == "AD0001"))
        {
            exceptions.Add(diagnostic.GetMessage(CultureInfo.InvariantCulture));
        }

        return new AnalysisRun(
            compilation,
            analyzerDiagnostics.Where(d => d.Id != "AD0001").ToImmutableArray(),
            compilation.GetDiagnostics(cancellationToken),
            exceptions);
    }

    /// <summary>The diagnostics a comparison looks at: the analyzers' (hidden ones left out) and the compiler's at the chosen level.</summary>
    public static ImmutableArray<Diagnostic> Relevant(AnalysisRun run, ImmutableArray<DiagnosticAnalyzer> analyzers, CompilerDiagnostics compilerLevel)
    {
        var ids = new HashSet<string>(analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id), StringComparer.Ordinal);
        IEnumerable<Diagnostic> compiler = compilerLevel switch
        {
            CompilerDiagnostics.None => Enumerable.Empty<Diagnostic>(),
            CompilerDiagnostics.Errors => run.CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error),
            _ => run.CompilerDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning),
        };
        return run.AnalyzerDiagnostics.Where(d => ids.Contains(d.Id) && d.Severity != DiagnosticSeverity.Hidden)
            .Concat(compiler)
            .OrderBy(d => d.Location.SourceTree?.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>Fails when an analyzer threw.</summary>
    public static void AssertNoAnalyzerExceptions(AnalysisRun run)
    {
        if (run.AnalyzerExceptions.Count > 0)
        {
            throw new AnalyzerVerificationException("An analyzer threw (AD0001):\n" + string.Join("\n", run.AnalyzerExceptions));
        }
    }

    /// <summary>
    /// Compares expected with actual diagnostics, both sorted by file, span and id and matched by id, span,
    /// severity, arguments and message. On a mismatch the failure lists every actual diagnostic as a
    /// paste-ready <see cref="DiagnosticResult"/> line.
    /// </summary>
    public static void Verify(
        IReadOnlyList<DiagnosticResult> expected,
        ImmutableArray<Diagnostic> actual,
        IReadOnlyDictionary<string, MarkupResult> markup,
        string defaultPath,
        string context)
    {
        var resolved = expected.Select(e => Resolve(e, markup, defaultPath)).ToList();
        var unmatchedActual = actual.ToList();
        var problems = new List<string>();
        var sortedExpected = resolved
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Span?.Start.Line ?? -1)
            .ThenBy(e => e.Span?.Start.Character ?? -1)
            .ThenBy(e => e.Result.Id, StringComparer.Ordinal)
            .ToList();

        foreach (Resolved item in sortedExpected)
        {
            Diagnostic? exact = unmatchedActual.FirstOrDefault(d => Mismatch(item, d) is null);
            if (exact is not null)
            {
                unmatchedActual.Remove(exact);
                continue;
            }

            Diagnostic? near = unmatchedActual.FirstOrDefault(d => d.Id == item.Result.Id && SameLocation(item, d));
            if (near is not null)
            {
                unmatchedActual.Remove(near);
                problems.Add("Expected " + item.Result + " but " + Mismatch(item, near) + ":\n    " + PasteReady(near, defaultPath));
            }
            else
            {
                problems.Add("Expected " + item.Result + (item.Span is { } span ? " (" + item.Path + " " + DiagnosticResult.Format(span) + ")" : string.Empty) + ", not reported.");
            }
        }

        foreach (Diagnostic extra in unmatchedActual)
        {
            problems.Add("Unexpected " + extra.Id + " " + extra.Severity + " " + Describe(extra) + ": " + extra.GetMessage(CultureInfo.InvariantCulture) + "\n    " + PasteReady(extra, defaultPath));
        }

        if (problems.Count == 0)
        {
            return;
        }

        var message = new StringBuilder();
        message.Append(context).Append(": ").Append(problems.Count.ToString(CultureInfo.InvariantCulture)).AppendLine(" mismatch(es).");
        foreach (string problem in problems)
        {
            message.Append("  ").AppendLine(problem);
        }

        message.AppendLine("Actual diagnostics, paste-ready:");
        if (actual.IsEmpty)
        {
            message.AppendLine("    (none)");
        }

        foreach (Diagnostic diagnostic in actual)
        {
            message.Append("    ").Append(PasteReady(diagnostic, defaultPath)).AppendLine(",");
        }

        throw new AnalyzerVerificationException(message.ToString());
    }

    /// <summary>A <see cref="DiagnosticResult"/> expression that expects the diagnostic.</summary>
    public static string PasteReady(Diagnostic diagnostic, string defaultPath)
    {
        var builder = new StringBuilder("new DiagnosticResult(\"").Append(diagnostic.Id).Append("\", DiagnosticSeverity.").Append(diagnostic.Severity).Append(')');
        if (diagnostic.Location.IsInSource)
        {
            LinePositionSpan span = diagnostic.Location.GetLineSpan().Span;
            string path = diagnostic.Location.SourceTree!.FilePath;
            builder.Append(".WithSpan(");
            if (path != defaultPath)
            {
                builder.Append(Quote(path)).Append(", ");
            }

            builder.Append(string.Format(
                CultureInfo.InvariantCulture,
                "{0}, {1}, {2}, {3})",
                span.Start.Line + 1,
                span.Start.Character + 1,
                span.End.Line + 1,
                span.End.Character + 1));
        }

        IReadOnlyList<object?>? arguments = ArgumentsOf(diagnostic);
        if (arguments is { Count: > 0 })
        {
            builder.Append(".WithArguments(").Append(string.Join(", ", arguments.Select(a => Quote(Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty)))).Append(')');
        }

        return builder.ToString();
    }

    private static IReadOnlyList<object?>? ArgumentsOf(Diagnostic diagnostic)
    {
        try
        {
            return ArgumentsProperty?.GetValue(diagnostic) as IReadOnlyList<object?>;
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static string Describe(Diagnostic diagnostic) =>
        diagnostic.Location.IsInSource
            ? diagnostic.Location.SourceTree!.FilePath + "(" + DiagnosticResult.Format(diagnostic.Location.GetLineSpan().Span) + ")"
            : "(no location)";

    private sealed class Resolved
    {
        public Resolved(DiagnosticResult result, string path, LinePositionSpan? span)
        {
            Result = result;
            Path = path;
            Span = span;
        }

        public DiagnosticResult Result { get; }

        public string Path { get; }

        public LinePositionSpan? Span { get; }
    }

    private static Resolved Resolve(DiagnosticResult expected, IReadOnlyDictionary<string, MarkupResult> markup, string defaultPath)
    {
        string path = expected.Path ?? defaultPath;
        if (expected.MarkupKey is { } key)
        {
            string name = "#" + key.ToString(CultureInfo.InvariantCulture);
            foreach (KeyValuePair<string, MarkupResult> file in markup)
            {
                if (file.Value.NamedSpans.TryGetValue(name, out ImmutableArray<TextSpan> spans))
                {
                    if (spans.Length != 1)
                    {
                        throw new AnalyzerVerificationException($"The markup location {{|{name}:…|}} is used {spans.Length} times; use it once.");
                    }

                    return new Resolved(expected, file.Key, SourceText.From(file.Value.Text).Lines.GetLinePositionSpan(spans[0]));
                }
            }

            throw new AnalyzerVerificationException($"The expected {expected.Id} refers to the markup location {{|{name}:…|}}, which no source has.");
        }

        if (expected.TextSpan is { } textSpan)
        {
            if (!markup.TryGetValue(path, out MarkupResult? file))
            {
                throw new AnalyzerVerificationException($"The expected {expected.Id} is in {path}, which is not a test source.");
            }

            return new Resolved(expected, path, SourceText.From(file.Text).Lines.GetLinePositionSpan(textSpan));
        }

        return new Resolved(expected, path, expected.Span);
    }

    private static bool SameLocation(Resolved expected, Diagnostic actual)
    {
        if (!expected.Result.HasLocation)
        {
            return true;
        }

        return actual.Location.IsInSource
            && actual.Location.SourceTree!.FilePath == expected.Path
            && actual.Location.GetLineSpan().Span == expected.Span;
    }

    /// <summary>Why the actual diagnostic is not the expected one, or null when it is.</summary>
    private static string? Mismatch(Resolved expected, Diagnostic actual)
    {
        DiagnosticResult result = expected.Result;
        if (actual.Id != result.Id)
        {
            return "the id is " + actual.Id;
        }

        if (!SameLocation(expected, actual))
        {
            return "it is at " + Describe(actual);
        }

        if (result.Severity is { } severity && actual.Severity != severity)
        {
            return "the severity is " + actual.Severity;
        }

        if (!result.Arguments.IsDefault)
        {
            IReadOnlyList<object?>? arguments = ArgumentsOf(actual);
            if (arguments is not null)
            {
                string[] want = result.Arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty).ToArray();
                string[] have = arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty).ToArray();
                if (!want.SequenceEqual(have, StringComparer.Ordinal))
                {
                    return "the arguments are (" + string.Join(", ", have.Select(Quote)) + ")";
                }
            }
            else
            {
                string format = (result.Descriptor ?? actual.Descriptor).MessageFormat.ToString(CultureInfo.InvariantCulture);
                string wantMessage = string.Format(CultureInfo.InvariantCulture, format, result.Arguments.ToArray());
                if (wantMessage != actual.GetMessage(CultureInfo.InvariantCulture))
                {
                    return "the message is \"" + actual.GetMessage(CultureInfo.InvariantCulture) + "\"";
                }
            }
        }

        if (result.Message is not null && result.Message != actual.GetMessage(CultureInfo.InvariantCulture))
        {
            return "the message is \"" + actual.GetMessage(CultureInfo.InvariantCulture) + "\"";
        }

        return null;
    }
}
