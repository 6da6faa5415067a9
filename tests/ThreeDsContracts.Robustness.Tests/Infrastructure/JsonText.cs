using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ThreeDsContracts.Robustness.Tests.Infrastructure;

/// <summary>
/// Writes a JsonNode as text with full control: lone surrogates become \uD800 escapes (System.Text.Json
/// refuses them), and extra members can be injected into chosen objects to produce duplicated keys.
/// </summary>
internal static class JsonText
{
    public static string Write(JsonNode? node, bool indented = true, Func<JsonObject, IEnumerable<KeyValuePair<string, JsonNode?>>>? extraMembers = null)
    {
        var builder = new StringBuilder();
        WriteNode(builder, node, indented ? 0 : -1, extraMembers);
        return builder.ToString();
    }

    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        AppendString(builder, text);
        return builder.ToString();
    }

    public static JsonNode? Parse(string text) => JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 100_000 });

    private static void WriteNode(StringBuilder builder, JsonNode? node, int indent, Func<JsonObject, IEnumerable<KeyValuePair<string, JsonNode?>>>? extra)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
            {
                var members = new List<KeyValuePair<string, JsonNode?>>(obj);
                if (extra is not null)
                {
                    members.AddRange(extra(obj));
                }

                builder.Append('{');
                for (int i = 0; i < members.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ",");
                    NewLine(builder, indent < 0 ? -1 : indent + 1);
                    AppendString(builder, members[i].Key);
                    builder.Append(indent < 0 ? ":" : ": ");
                    WriteNode(builder, members[i].Value, indent < 0 ? -1 : indent + 1, extra);
                }

                if (members.Count > 0)
                {
                    NewLine(builder, indent);
                }

                builder.Append('}');
                break;
            }

            case JsonArray array:
                builder.Append('[');
                for (int i = 0; i < array.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ",");
                    NewLine(builder, indent < 0 ? -1 : indent + 1);
                    WriteNode(builder, array[i], indent < 0 ? -1 : indent + 1, extra);
                }

                if (array.Count > 0)
                {
                    NewLine(builder, indent);
                }

                builder.Append(']');
                break;
            case JsonValue value:
                if (value.TryGetValue(out RawNumber raw))
                {
                    builder.Append(raw.Text);
                }
                else if (value.GetValueKind() == JsonValueKind.String)
                {
                    AppendString(builder, value.GetValue<string>());
                }
                else
                {
                    builder.Append(value.ToJsonString());
                }

                break;
        }
    }

    private static void NewLine(StringBuilder builder, int indent)
    {
        if (indent >= 0)
        {
            builder.Append('\n').Append(' ', indent * 2);
        }
    }

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}

/// <summary>A number written verbatim (1e400, -0, 00012): JsonValue.Create(new RawNumber("1e400")).</summary>
internal readonly record struct RawNumber(string Text);
