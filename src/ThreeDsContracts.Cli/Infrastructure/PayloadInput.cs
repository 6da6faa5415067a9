using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ThreeDsContracts.Cli.Infrastructure;

/// <summary>
/// A payload read once into one UTF-8 buffer (a file by its length, stdin in chunks). Both JSON views are
/// built from that buffer without another copy of the text: <see cref="JsonDocument"/> over the memory itself,
/// and the Newtonsoft tree NJsonSchema validates through a streaming reader.
/// </summary>
internal sealed class PayloadInput
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 256 };

    private PayloadInput(string name, byte[] buffer, int offset, int length)
    {
        Name = name;
        Buffer = buffer;
        Offset = offset;
        Length = length;
    }

    /// <summary>The file name, or <c>stdin</c>.</summary>
    public string Name { get; }

    public byte[] Buffer { get; }

    public int Offset { get; }

    public int Length { get; }

    public ReadOnlyMemory<byte> Memory => new(Buffer, Offset, Length);

    /// <summary>Reads a file, or stdin for <c>-</c>.</summary>
    public static PayloadInput Read(string argument, TextReader stdin)
    {
        if (argument == "-")
        {
            return FromStdin(stdin);
        }

        if (!File.Exists(argument))
        {
            throw new CliUsageException(Directory.Exists(argument) ? $"'{argument}' is a folder, not a payload file" : $"the file '{argument}' does not exist");
        }

        try
        {
            using var stream = new FileStream(argument, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (stream.Length > Array.MaxLength)
            {
                throw new CliUsageException($"'{argument}' is too large ({stream.Length} bytes)");
            }

            byte[] buffer = new byte[(int)stream.Length];
            stream.ReadExactly(buffer);
            return WithoutBom(argument, buffer, buffer.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read '{argument}': {e.GetType().Name}");
        }
    }

    /// <summary>Wraps bytes already in memory.</summary>
    public static PayloadInput FromBytes(string name, byte[] bytes) => WithoutBom(name, bytes, bytes.Length);

    private static PayloadInput FromStdin(TextReader stdin)
    {
        Encoding utf8 = new UTF8Encoding(false);
        char[] chars = ArrayPool<char>.Shared.Rent(16 * 1024);
        byte[] buffer = new byte[64 * 1024];
        int length = 0;
        try
        {
            int read;
            while ((read = stdin.Read(chars, 0, chars.Length)) > 0)
            {
                int needed = utf8.GetByteCount(chars, 0, read);
                if (length + needed > buffer.Length)
                {
                    Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + needed));
                }

                length += utf8.GetBytes(chars, 0, read, buffer, length);
            }
        }
        catch (IOException e)
        {
            throw new CliUsageException($"cannot read stdin: {e.GetType().Name}");
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        return WithoutBom("stdin", buffer, length);
    }

    private static PayloadInput WithoutBom(string name, byte[] buffer, int length)
    {
        int offset = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        return new PayloadInput(name, buffer, offset, length - offset);
    }

    /// <summary>The payload as a <see cref="JsonDocument"/> over the buffer (no copy).</summary>
    public JsonDocument ParseDocument()
    {
        if (IsBlank())
        {
            throw new CliUsageException($"{Name} is empty");
        }

        try
        {
            return JsonDocument.Parse(Memory, DocumentOptions);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new CliUsageException($"{Name} is not valid JSON: line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}");
        }
    }

    /// <summary>The payload as a Newtonsoft tree for NJsonSchema, read through a stream over the buffer.</summary>
    public JToken ParseToken()
    {
        try
        {
            using var stream = new MemoryStream(Buffer, Offset, Length, writable: false);
            using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024);
            using var reader = new JsonTextReader(text)
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
                MaxDepth = 256,
                PropertyNameTable = new DefaultJsonNameTable(),
            };
            JToken token = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Ignore, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Replace });
            return token;
        }
        catch (JsonReaderException e)
        {
            throw new CliUsageException($"{Name} is not valid JSON: line {e.LineNumber}, position {e.LinePosition}");
        }
    }

    private bool IsBlank()
    {
        foreach (byte b in Memory.Span)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
