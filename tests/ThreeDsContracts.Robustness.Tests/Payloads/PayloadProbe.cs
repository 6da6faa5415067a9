using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using ThreeDsContracts.Robustness.Tests.Infrastructure;
using ThreeDsContracts.Validation;

namespace ThreeDsContracts.Robustness.Tests.Payloads;

/// <summary>How a payload fared.</summary>
internal enum PayloadOutcome
{
    Read,
    RejectedWithPath,
    RejectedByReader,
    Failed,
}

/// <summary>
/// Takes one payload through everything a payment service does with it: JsonSerializer (by type and by the
/// provider's JsonSerializerContext), the generated converter on its own, ToString, Validate for every brand,
/// serialization and a second read, and every adapter that accepts the value or one of its parts.
/// Only <see cref="ThreeDsPayloadException"/> (with a path) or the reader's JsonException may surface while
/// reading, adapters may only refuse with ArgumentException, and nothing else may throw at all.
/// No text that any of these produce may contain one of the given secrets.
/// </summary>
internal static class PayloadProbe
{
    private static readonly MethodInfo ReadDirectMethod = typeof(PayloadProbe).GetMethod(nameof(ReadDirect), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static PayloadOutcome Check(Type type, byte[] payload, IReadOnlyList<string> secrets, List<string> failures, IReadOnlyList<string>? brands = null)
    {
        void Expose(string what, string? text)
        {
            foreach (string secret in secrets)
            {
                if (text is not null && text.Contains(secret, StringComparison.Ordinal))
                {
                    failures.Add($"{what} shows the sensitive value '{secret}': {Fuzz.Clip(text, 300)}");
                }
            }
        }

        object? value = null;
        PayloadOutcome outcome = PayloadOutcome.Read;
        string? firstFailure = null;
        foreach ((string route, Func<object?> read) in new (string, Func<object?>)[]
        {
            ("JsonSerializer.Deserialize(bytes, type)", () => JsonSerializer.Deserialize(payload, type)),
            ("JsonSerializer.Deserialize(bytes, context)", () => JsonSerializer.Deserialize(payload, Contracts.ContextInfo(type))),
            ("the generated converter", () => ReadDirectMethod.MakeGenericMethod(type).Invoke(null, new object[] { payload, Contracts.Converter(type) })),
        })
        {
            try
            {
                object? read1 = Unwrapped(read);
                value ??= read1;
            }
            catch (ThreeDsPayloadException e)
            {
                outcome = outcome == PayloadOutcome.Read ? PayloadOutcome.RejectedWithPath : outcome;
                if (!e.JsonPath.StartsWith('$') || !e.Message.Contains(e.JsonPath, StringComparison.Ordinal))
                {
                    failures.Add($"{route}: ThreeDsPayloadException without a JSON path: {e.Message}");
                }

                Expose(route + " exception message", Messages(e));
                firstFailure ??= "rejected";
            }
            catch (JsonException e) when (e.GetType() == typeof(JsonException) || e.GetType().Name == "JsonReaderException")
            {
                outcome = outcome == PayloadOutcome.Read ? PayloadOutcome.RejectedByReader : outcome;
                if (!FromReader(e))
                {
                    failures.Add($"{route}: JsonException that the reader did not raise: {e.Message}");
                }

                // Known limit: System.Text.Json reads the first token itself, before the converter runs; when
                // it is a broken literal (t…, f…, n…) its message quotes the rest of the payload.
                if (!StartsWithLiteral(payload))
                {
                    Expose(route + " exception message", Messages(e));
                }

                firstFailure ??= "rejected";
            }
            catch (Exception e)
            {
                failures.Add($"{route} threw {e.GetType().FullName}: {e.Message}\n{Fuzz.Clip(e.StackTrace ?? string.Empty, 900)}");
                return PayloadOutcome.Failed;
            }
        }

        if (value is null)
        {
            return failures.Count > 0 ? PayloadOutcome.Failed : outcome;
        }

        Guard(failures, "ToString", () => Expose("ToString", value.ToString()));
        foreach (string brand in brands ?? Contracts.BrandIds)
        {
            Guard(failures, $"Validate(\"{brand}\")", () =>
            {
                foreach (ValidationFinding finding in Contracts.Validate(value, brand))
                {
                    Expose("a validation finding", finding.ToString() + " " + finding.JsonPath + " " + finding.Message);
                }
            });
        }

        Guard(failures, "serialization and a second read", () =>
        {
            byte[] written = JsonSerializer.SerializeToUtf8Bytes(value, type);
            object? again = JsonSerializer.Deserialize(written, type);
            byte[] rewritten = JsonSerializer.SerializeToUtf8Bytes(again, type);
            if (!written.AsSpan().SequenceEqual(rewritten))
            {
                failures.Add("what was written does not read back to the same payload:\n  " + Fuzz.Clip(System.Text.Encoding.UTF8.GetString(written), 400) + "\n  " + Fuzz.Clip(System.Text.Encoding.UTF8.GetString(rewritten), 400));
            }
        });

        foreach (object part in Contracts.Graph(value).ToList())
        {
            foreach (MethodInfo adapter in AdapterEntryPoints.For(part.GetType()))
            {
                try
                {
                    object? result = Contracts.Invoke(adapter, null, AdapterEntryPoints.Arguments(adapter, part));
                    Expose($"{adapter.DeclaringType!.Name}.{adapter.Name} result", result?.ToString());
                }
                catch (Exception e) when (AdapterEntryPoints.IsDocumented(e))
                {
                    Expose($"{adapter.DeclaringType!.Name}.{adapter.Name} exception message", Messages(e));
                }
                catch (Exception e)
                {
                    failures.Add($"{adapter.DeclaringType!.Name}.{adapter.Name}({part.GetType().Name}) threw {e.GetType().FullName}: {e.Message}\n{Fuzz.Clip(e.StackTrace ?? string.Empty, 900)}");
                }
            }
        }

        return failures.Count > 0 ? PayloadOutcome.Failed : outcome;
    }

    /// <summary>True for a JsonException that System.Text.Json raised about the JSON text itself.</summary>
    private static bool FromReader(JsonException exception) =>
        exception.GetType().Name == "JsonReaderException"
        || exception.InnerException?.GetType().Name == "JsonReaderException"
        || (exception.InnerException is InvalidOperationException inner && inner.Source == "System.Text.Json.Rethrowable")
        || (exception.InnerException is null && exception.Path is not null && exception.Message.Contains("LineNumber", StringComparison.Ordinal)
            && !exception.Message.Contains("converter", StringComparison.OrdinalIgnoreCase));

    private static string Messages(Exception exception)
    {
        var parts = new List<string>();
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            parts.Add(e.Message);
        }

        return string.Join(" | ", parts);
    }

    private static object? Unwrapped(Func<object?> action)
    {
        try
        {
            return action();
        }
        catch (TargetInvocationException wrapped) when (wrapped.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(wrapped.InnerException).Throw();
            throw;
        }
    }

    private static void Guard(List<string> failures, string what, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            failures.Add($"{what} threw {e.GetType().FullName}: {e.Message}\n{Fuzz.Clip(e.StackTrace ?? string.Empty, 900)}");
        }
    }

    private static object? ReadDirect<T>(byte[] payload, JsonConverter<T> converter)
    {
        var reader = new Utf8JsonReader(payload, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            // The caller's own first read, as JsonSerializer does it: its failures are not the converter's.
            reader.Read();
        }
        catch (JsonException)
        {
            return null;
        }

        return converter.Read(ref reader, typeof(T), ContractOptions);
    }

    /// <summary>True when the first token of the payload is a literal (true, false, null or a broken one).</summary>
    internal static bool StartsWithLiteral(byte[] payload)
    {
        foreach (byte b in payload)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            return b is (byte)'t' or (byte)'f' or (byte)'n';
        }

        return false;
    }

    private static readonly JsonSerializerOptions ContractOptions = new();
}
