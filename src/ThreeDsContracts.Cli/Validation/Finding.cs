using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ThreeDsContracts.Validation;

namespace ThreeDsContracts.Cli.Validation;

/// <summary>Where a finding comes from.</summary>
internal enum FindingKind
{
    /// <summary>A JSON Schema constraint (NJsonSchema).</summary>
    Schema,

    /// <summary>A Base64-JSON field that does not decode to JSON.</summary>
    Encoding,

    /// <summary>A card-brand rule (<c>x-brand-rules</c>, evaluated by the runtime's BrandRuleEvaluator).</summary>
    Brand,
}

/// <summary>One finding: where (JSON path), what rule, what is wrong. Never holds payload values.</summary>
internal sealed record Finding(FindingKind Kind, string Rule, string Path, string Message, FindingSeverity Severity = FindingSeverity.Error)
{
    public string KindText => Kind switch
    {
        FindingKind.Schema => "schema",
        FindingKind.Encoding => "encoding",
        _ => "brand",
    };

    public string SeverityText => Severity switch
    {
        FindingSeverity.Warning => "warning",
        FindingSeverity.Notice => "notice",
        _ => "error",
    };

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", KindText);
        writer.WriteString("severity", SeverityText);
        writer.WriteString("path", Path);
        writer.WriteString("rule", Rule);
        writer.WriteString("message", Message);
        writer.WriteEndObject();
    }

    public static void WriteJsonArray(Utf8JsonWriter writer, string name, IEnumerable<Finding> findings)
    {
        writer.WriteStartArray(name);
        foreach (Finding finding in findings)
        {
            finding.WriteJson(writer);
        }

        writer.WriteEndArray();
    }

    public static bool AnyErrors(IEnumerable<Finding> findings) => findings.Any(f => f.Severity == FindingSeverity.Error);
}
