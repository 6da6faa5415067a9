using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ThreeDsContracts.Testing.Analyzers;

/// <summary>
/// The severity lines of an .editorconfig (<c>dotnet_diagnostic.TDS1001.severity = error</c>), applied to a
/// compilation the way the compiler applies them to every file of a project.
/// </summary>
public sealed class EditorConfigSeverities : SyntaxTreeOptionsProvider
{
    private readonly Dictionary<string, ReportDiagnostic> _severities = new(StringComparer.OrdinalIgnoreCase);

    public EditorConfigSeverities(string editorConfig)
    {
        foreach (string rawLine in editorConfig.Split('\n'))
        {
            string line = rawLine.Trim();
            if (line.Length == 0 || line[0] is '#' or ';' or '[')
            {
                continue;
            }

            int eq = line.IndexOf('=');
            if (eq < 0)
            {
                continue;
            }

            string key = line.Substring(0, eq).Trim();
            string value = line.Substring(eq + 1).Trim();
            const string Prefix = "dotnet_diagnostic.";
            const string Suffix = ".severity";
            if (key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
            {
                string id = key.Substring(Prefix.Length, key.Length - Prefix.Length - Suffix.Length);
                _severities[id] = value.ToLowerInvariant() switch
                {
                    "error" => ReportDiagnostic.Error,
                    "warning" => ReportDiagnostic.Warn,
                    "suggestion" => ReportDiagnostic.Info,
                    "silent" => ReportDiagnostic.Hidden,
                    "none" => ReportDiagnostic.Suppress,
                    "default" => ReportDiagnostic.Default,
                    _ => throw new ArgumentException($"Unknown severity '{value}' in the .editorconfig line '{line}'.", nameof(editorConfig)),
                };
            }
        }
    }

    /// <inheritdoc />
    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

    /// <inheritdoc />
    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        _severities.TryGetValue(diagnosticId, out severity);

    /// <inheritdoc />
    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        severity = ReportDiagnostic.Default;
        return false;
    }
}
