using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace ThreeDsContracts.IdeCheck;

/// <summary>One diagnostic of a <c>textDocument/diagnostic</c> report; <see cref="Line"/> is 0-based as in LSP.</summary>
internal sealed record LspDiagnostic(string Code, int Line, int Character, int Severity, string Message)
{
    /// <summary>LSP's DiagnosticSeverity.Error.</summary>
    public const int Error = 1;

    /// <summary>LSP's DiagnosticSeverity.Warning.</summary>
    public const int Warning = 2;

    /// <summary>The items of a full document diagnostic report.</summary>
    public static IReadOnlyList<LspDiagnostic> ReadReport(JsonNode? report)
    {
        string? kind = (string?)report?["kind"];
        if (kind != "full" || report?["items"] is not JsonArray items)
        {
            throw new IdeCheckFailure($"textDocument/diagnostic did not answer a full report: {report?.ToJsonString() ?? "null"}");
        }

        return items.Where(item => item is not null).Select(item => Read(item!)).ToList();
    }

    /// <summary>The diagnostics one per line, 1-based like a compiler's output, for a failure message.</summary>
    public static string Describe(IReadOnlyList<LspDiagnostic> diagnostics) =>
        diagnostics.Count == 0 ? "(none)" : string.Join(Environment.NewLine, diagnostics.Select(d => "  " + d));

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"({Line + 1},{Character + 1}): {SeverityName} {Code}: {Message}");

    private string SeverityName => Severity switch
    {
        Error => "error",
        Warning => "warning",
        3 => "info",
        4 => "hint",
        _ => "severity " + Severity.ToString(CultureInfo.InvariantCulture),
    };

    private static LspDiagnostic Read(JsonNode item)
    {
        JsonNode? start = item["range"]?["start"];
        return new LspDiagnostic(
            Code: item["code"]?.ToString() ?? "(no code)",
            Line: (int?)start?["line"] ?? -1,
            Character: (int?)start?["character"] ?? -1,
            Severity: (int?)item["severity"] ?? 0,
            Message: (string?)item["message"] ?? string.Empty);
    }
}
