using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ThreeDsContracts.Benchmarks.Infrastructure;

/// <summary>Inputs shared by the generator benchmarks: a consumer's own C# files, synthetic schemas.</summary>
public static class Sources
{
    /// <summary>A few ordinary C# files of the consuming project (the generator does not read them).</summary>
    public static IReadOnlyList<string> ConsumerCode { get; } = Enumerable.Range(0, 5).Select(i => $$"""
        namespace Consumer.App
        {
            public sealed class Service{{i}}
            {
                private readonly System.Collections.Generic.List<string> _log = new();
                public int Count => _log.Count;
                public void Add(string message) => _log.Add(message.Trim());
            }
        }
        """).ToList();

    /// <summary>The "unrelated .cs edit": a new method-bearing file.</summary>
    public const string UnrelatedEdit = """
        namespace Consumer.App
        {
            public static class Edited
            {
                public static int Twice(int value) => value * 2;
            }
        }
        """;

    /// <summary>The shared code list the synthetic schemas reference (as providers' common.schema.json do).</summary>
    public const string SyntheticCommon = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "title": "Synthetic shared definitions",
          "x-type-name": "SyntheticCommon",
          "definitions": {
            "Status": {
              "type": "string",
              "description": "Outcome code.",
              "x-type-name": "SyntheticStatus",
              "enum": ["Y", "N", "U", "A"],
              "x-enum-names": ["Authenticated", "NotAuthenticated", "NotPerformed", "Attempted"],
              "x-unknown-values": "preserve"
            }
          }
        }
        """;

    /// <summary>A synthetic object schema: 9 properties (strings, integer, boolean, date-time, $ref code list, inline code list, nested object, array).</summary>
    public static string Synthetic(int index)
    {
        string n = index.ToString("D4", CultureInfo.InvariantCulture);
        return $$"""
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "title": "Synthetic payload {{n}}",
              "description": "Synthetic payload {{n}} for the scaling benchmark.",
              "x-type-name": "Synthetic{{n}}",
              "type": "object",
              "properties": {
                "id": { "type": "string", "description": "Identifier." },
                "amount": { "type": "integer", "description": "Amount in minor units." },
                "currency": { "type": "string", "description": "ISO 4217 code." },
                "captured": { "type": "boolean", "description": "Whether captured." },
                "createdAt": { "type": "string", "format": "date-time", "description": "Creation time." },
                "status": { "$ref": "common.schema.json#/definitions/Status", "description": "Outcome." },
                "channel": {
                  "type": "string",
                  "description": "Device channel.",
                  "x-type-name": "Synthetic{{n}}Channel",
                  "enum": ["01", "02", "03"],
                  "x-enum-names": ["App", "Browser", "Merchant"]
                },
                "customer": {
                  "type": "object",
                  "description": "Customer.",
                  "x-type-name": "Synthetic{{n}}Customer",
                  "properties": {
                    "name": { "type": "string", "description": "Name." },
                    "email": { "type": "string", "description": "E-mail address." }
                  }
                },
                "tags": { "type": "array", "items": { "type": "string" }, "description": "Tags." }
              },
              "required": ["id"]
            }
            """;
    }

    /// <summary>The one-schema edit: a new string property inserted before the first property.</summary>
    public static string AddProperty(string schema)
    {
        int at = schema.IndexOf("\"properties\": {", System.StringComparison.Ordinal) + "\"properties\": {".Length;
        return schema.Insert(at, "\n    \"benchmarkNote\": { \"type\": \"string\", \"description\": \"Added by the edit benchmark.\" },");
    }

    /// <summary>The same edit on a plain record: a new string property after the first '{' of the record.</summary>
    public static string AddPlainProperty(string source, string recordName)
    {
        int record = source.IndexOf("public sealed record " + recordName + "\n", System.StringComparison.Ordinal);
        if (record < 0)
        {
            record = source.IndexOf("public sealed record " + recordName + "\r\n", System.StringComparison.Ordinal);
        }

        int brace = source.IndexOf('{', record);
        return source.Insert(brace + 1, "\n    [global::System.Text.Json.Serialization.JsonPropertyName(\"benchmarkNote\")] public string? BenchmarkNote { get; init; }");
    }

    public static string Describe(IEnumerable<string> lines) => new StringBuilder().AppendJoin('\n', lines).ToString();
}
