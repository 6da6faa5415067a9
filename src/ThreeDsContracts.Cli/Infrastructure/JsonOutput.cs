using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ThreeDsContracts.Cli.Infrastructure;

/// <summary>JSON written by the tool: indented for --json reports and converted payloads, compact for encoding.</summary>
internal static class JsonOutput
{
    public static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonSerializerOptions NodeOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a JSON document built by <paramref name="write"/> to a text writer, then a newline.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        output.Write(ToString(write, Indented));
        output.WriteLine();
    }

    public static string ToString(Action<Utf8JsonWriter> write, JsonWriterOptions options)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).Replace("\r\n", "\n");
    }

    public static byte[] ToUtf8(JsonNode? node, JsonWriterOptions options)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer);
            }
        }

        return buffer.ToArray();
    }

    public static string ToText(JsonNode? node, bool indented = true) =>
        Encoding.UTF8.GetString(ToUtf8(node, indented ? Indented : Compact)).Replace("\r\n", "\n");

    public static void WriteNode(Utf8JsonWriter writer, string name, JsonNode? node)
    {
        writer.WritePropertyName(name);
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    }
}
