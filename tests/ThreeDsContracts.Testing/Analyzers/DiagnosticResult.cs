using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ThreeDsContracts.Testing.Analyzers;

/// <summary>
/// An expected diagnostic, in the manner of Microsoft.CodeAnalysis.Testing's DiagnosticResult: an id, a
/// location (a line span, or a markup location <c>{|#0:…|}</c> through <see cref="WithLocation(int)"/>),
/// optionally the message arguments, the message and the severity. What is left unset is not compared.
/// </summary>
public readonly struct DiagnosticResult
{
    private DiagnosticResult(
        string id,
        DiagnosticSeverity? severity,
        string? path,
        LinePositionSpan? span,
        TextSpan? textSpan,
        int? markupKey,
        ImmutableArray<object?> arguments,
        string? message,
        DiagnosticDescriptor? descriptor)
    {
        Id = id;
        Severity = severity;
        Path = path;
        Span = span;
        TextSpan = textSpan;
        MarkupKey = markupKey;
        Arguments = arguments;
        Message = message;
        Descriptor = descriptor;
    }

    /// <summary>An expected diagnostic with an id and, optionally, a severity.</summary>
    public DiagnosticResult(string id, DiagnosticSeverity? severity = null)
        : this(id, severity, null, null, null, null, default, null, null)
    {
    }

    /// <summary>An expected diagnostic of a descriptor, with its default severity.</summary>
    public DiagnosticResult(DiagnosticDescriptor descriptor)
        : this(descriptor.Id, descriptor.DefaultSeverity, null, null, null, null, default, null, descriptor)
    {
    }

    public string Id { get; }

    /// <summary>Expected severity; null = not compared.</summary>
    public DiagnosticSeverity? Severity { get; }

    /// <summary>File of the location (file name of the test source, e.g. <c>Source0.cs</c>); null = the first source.</summary>
    public string? Path { get; }

    /// <summary>Expected span in lines and characters (zero-based), when given as such.</summary>
    public LinePositionSpan? Span { get; }

    /// <summary>Expected span in characters, when it came from markup.</summary>
    public TextSpan? TextSpan { get; }

    /// <summary>The markup location <c>{|#n:…|}</c> this result refers to.</summary>
    public int? MarkupKey { get; }

    /// <summary>Expected message arguments; default = not compared.</summary>
    public ImmutableArray<object?> Arguments { get; }

    /// <summary>Expected message; null = not compared.</summary>
    public string? Message { get; }

    /// <summary>The descriptor, when known (used to format messages from arguments).</summary>
    public DiagnosticDescriptor? Descriptor { get; }

    /// <summary>True when a location is expected.</summary>
    public bool HasLocation => Span is not null || TextSpan is not null || MarkupKey is not null;

    /// <summary>An expected compiler error (CSxxxx).</summary>
    public static DiagnosticResult CompilerError(string id) => new(id, DiagnosticSeverity.Error);

    /// <summary>An expected compiler warning (CSxxxx).</summary>
    public static DiagnosticResult CompilerWarning(string id) => new(id, DiagnosticSeverity.Warning);

    /// <summary>The location marked <c>{|#<paramref name="markupKey"/>:…|}</c> in the source.</summary>
    public DiagnosticResult WithLocation(int markupKey) =>
        new(Id, Severity, Path, null, null, markupKey, Arguments, Message, Descriptor);

    /// <summary>A one-character location at a line and column (one-based, as an editor shows them).</summary>
    public DiagnosticResult WithLocation(int line, int column) => WithSpan(line, column, line, column);

    /// <summary>A span, one-based lines and columns, in the first source.</summary>
    public DiagnosticResult WithSpan(int startLine, int startColumn, int endLine, int endColumn) =>
        WithSpan(null, startLine, startColumn, endLine, endColumn);

    /// <summary>A span, one-based lines and columns, in the named source file.</summary>
    public DiagnosticResult WithSpan(string? path, int startLine, int startColumn, int endLine, int endColumn)
    {
        if (startLine < 1 || startColumn < 1 || endLine < 1 || endColumn < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(startLine), "Lines and columns are one-based.");
        }

        var span = new LinePositionSpan(new LinePosition(startLine - 1, startColumn - 1), new LinePosition(endLine - 1, endColumn - 1));
        return new(Id, Severity, path, span, null, null, Arguments, Message, Descriptor);
    }

    /// <summary>A span in characters of the named source (used by markup).</summary>
    public DiagnosticResult WithTextSpan(string? path, TextSpan span) =>
        new(Id, Severity, path, null, span, null, Arguments, Message, Descriptor);

    public DiagnosticResult WithArguments(params object?[] arguments) =>
        new(Id, Severity, Path, Span, TextSpan, MarkupKey, arguments.ToImmutableArray(), Message, Descriptor);

    public DiagnosticResult WithMessage(string message) =>
        new(Id, Severity, Path, Span, TextSpan, MarkupKey, Arguments, message, Descriptor);

    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) =>
        new(Id, severity, Path, Span, TextSpan, MarkupKey, Arguments, Message, Descriptor);

    /// <summary>Removes the expected severity (any severity matches).</summary>
    public DiagnosticResult WithAnySeverity() =>
        new(Id, null, Path, Span, TextSpan, MarkupKey, Arguments, Message, Descriptor);

    /// <inheritdoc />
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(Id);
        if (Severity is { } severity)
        {
            builder.Append(' ').Append(severity);
        }

        if (MarkupKey is { } key)
        {
            builder.Append(" at {|#").Append(key.ToString(CultureInfo.InvariantCulture)).Append(":…|}");
        }
        else if (Span is { } span)
        {
            builder.Append(" at ").Append(Path ?? "Source0.cs").Append('(').Append(Format(span)).Append(')');
        }
        else if (TextSpan is { } textSpan)
        {
            builder.Append(" at ").Append(Path ?? "Source0.cs").Append(textSpan.ToString());
        }

        if (!Arguments.IsDefault)
        {
            builder.Append(" args (").Append(string.Join(", ", Arguments.Select(a => "\"" + a + "\""))).Append(')');
        }

        if (Message is not null)
        {
            builder.Append(" message \"").Append(Message).Append('"');
        }

        return builder.ToString();
    }

    internal static string Format(LinePositionSpan span) => string.Format(
        CultureInfo.InvariantCulture,
        "{0},{1}-{2},{3}",
        span.Start.Line + 1,
        span.Start.Character + 1,
        span.End.Line + 1,
        span.End.Character + 1);
}
