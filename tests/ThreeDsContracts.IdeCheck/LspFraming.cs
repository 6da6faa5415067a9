using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ThreeDsContracts.IdeCheck;

/// <summary>LSP base protocol: header lines (<c>Content-Length: N</c>), an empty line, then N bytes of UTF-8 JSON.</summary>
internal static class LspFraming
{
    /// <summary>Reads one message; null when the stream ends between messages.</summary>
    public static async Task<JsonNode?> ReadMessageAsync(Stream stream)
    {
        int? length = null;
        while (true)
        {
            string? line = await ReadHeaderLineAsync(stream).ConfigureAwait(false);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            const string ContentLength = "Content-Length:";
            if (line.StartsWith(ContentLength, StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line.AsSpan(ContentLength.Length).Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }

        if (length is not int count)
        {
            throw new FormatException("a message header without Content-Length");
        }

        byte[] body = new byte[count];
        await stream.ReadExactlyAsync(body).ConfigureAwait(false);
        return JsonNode.Parse(body) ?? throw new FormatException("a message whose body is JSON null");
    }

    private static async Task<string?> ReadHeaderLineAsync(Stream stream)
    {
        var line = new StringBuilder();
        byte[] one = new byte[1];
        while (true)
        {
            int read = await stream.ReadAsync(one).ConfigureAwait(false);
            if (read == 0)
            {
                return line.Length == 0 ? null : throw new EndOfStreamException("the stream ended inside a message header");
            }

            if (one[0] == (byte)'\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)one[0]);
        }
    }
}
