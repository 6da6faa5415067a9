using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Generator.Diagnostics;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Parsing;

// Diagnostics located at their line, and the text helpers their messages use.
internal sealed partial class SchemaParser
{
    private static string? DescriptionOf(JObject schema)
    {
        string? text = schema["description"]?.Type == JTokenType.String ? schema["description"]!.ToString()
            : schema["title"]?.Type == JTokenType.String ? schema["title"]!.ToString() : null;
        return string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
    }

    private static string Describe(JTokenType type) => type switch
    {
        JTokenType.Array => "an array",
        JTokenType.String => "a string",
        JTokenType.Integer or JTokenType.Float => "a number",
        JTokenType.Boolean => "a boolean",
        JTokenType.Null => "null",
        _ => type.ToString(),
    };

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        return cut > 0 ? message.Substring(0, cut) : message;
    }

    private static string FirstLine(string text)
    {
        int cut = text.IndexOfAny(new[] { '\r', '\n' });
        return (cut < 0 ? text : text.Substring(0, cut)).Trim();
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, JToken? at, params string[] arguments) =>
        _diagnostics.Add(Locate(descriptor, at, arguments));

    private DiagnosticInfo Locate(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, JToken? at, params string[] arguments)
    {
        int line = 1;
        int column = 1;
        if (at is IJsonLineInfo info && info.HasLineInfo())
        {
            line = info.LineNumber;
            column = info.LinePosition;
        }

        return _lines.Create(descriptor.Id, _file.Path, line, column, arguments);
    }

    private void ReportAt(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int line, int column, params string[] arguments) =>
        _diagnostics.Add(_lines.Create(descriptor.Id, _file.Path, line, column, arguments));
}
