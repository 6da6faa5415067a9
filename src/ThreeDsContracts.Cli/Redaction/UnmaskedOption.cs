using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Text.Json.Nodes;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Schemas;

namespace ThreeDsContracts.Cli.Redaction;

/// <summary>
/// <c>--unmasked</c>, the one opt-out of masking, on every command whose output is a payload (convert, encode,
/// decode): the real card number, CVV and authentication value are printed, so that the output can be sent to the
/// provider. Masking stays the default; with the option, a warning goes to stderr every time.
/// </summary>
internal static class UnmaskedOption
{
    public const string Name = "--unmasked";

    public const string Warning = "warning: --unmasked: the output holds real card data and authentication values (nothing is masked); do not log, store or share it";

    public static Option<bool> Create(string what) => new(Name)
    {
        Description = "Print the real values of sensitive fields (card number, CVV, authentication value) instead of masking them, so that " + what +
            " can be sent to the provider. The output then holds card data: do not log it. Masking is the default.",
    };

    /// <summary>
    /// Masks <paramref name="document"/> in place unless <paramref name="unmasked"/>; then masks nothing and warns on
    /// stderr, as a line of text, or, when <paramref name="reportOnStderr"/> (a JSON report goes there), as the
    /// report's <c>warning</c> (see <see cref="WriteJson"/>), so that stderr stays one JSON document.
    /// </summary>
    /// <returns>The masked paths (none when unmasked).</returns>
    public static IReadOnlyList<string> Apply(bool unmasked, SchemaField field, JsonNode? document, CliContext context, bool reportOnStderr = false)
    {
        if (!unmasked)
        {
            return Masker.Mask(field, document);
        }

        if (!reportOnStderr)
        {
            context.Error.WriteLine(Warning);
        }

        return Array.Empty<string>();
    }

    /// <summary>In a JSON report: <c>"unmasked": true</c> and the warning, when the option was given.</summary>
    public static void WriteJson(System.Text.Json.Utf8JsonWriter writer, bool unmasked)
    {
        if (unmasked)
        {
            writer.WriteBoolean("unmasked", true);
            writer.WriteString("warning", Warning);
        }
    }
}
