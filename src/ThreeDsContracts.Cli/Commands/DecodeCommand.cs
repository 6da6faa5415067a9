using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Redaction;
using ThreeDsContracts.Cli.Schemas;
using ThreeDsContracts.Cli.Validation;

namespace ThreeDsContracts.Cli.Commands;

/// <summary><c>threeds decode</c>: a Base64-JSON parameter to JSON, validated, sensitive values masked.</summary>
internal static class DecodeCommand
{
    public static Command Create(CliHost host)
    {
        var schema = new Argument<string>("schema") { Description = "Schema of the encoded JSON: ecommpay/payment-merchant-risk, ecommpay/customer-account-info, ecommpay/customer-shipping, ecommpay/customer-mpi-result, gateway/token, gateway/creq, gateway/three-ds-method-data." };
        var value = new Argument<string>("base64") { Description = "The Base64 text (standard or URL-safe, padding optional, whitespace ignored), or - for stdin." };
        var command = new Command("decode", "Decode a Base64-JSON parameter (ecommpay payment-page parameters, Gateway token, CReq, threeDSMethodData), print the JSON with sensitive values masked (unless --unmasked), and validate it.");
        command.Arguments.Add(schema);
        command.Arguments.Add(value);
        Option<bool> unmasked = UnmaskedOption.Create("the decoded JSON");
        command.Options.Add(unmasked);
        command.SetAction(parse => host.Execute(parse, context => Run(context, parse.GetValue(schema)!, parse.GetValue(value)!, parse.GetValue(unmasked))));
        return command;
    }

    private static int Run(CliContext context, string schemaArgument, string valueArgument, bool unmasked)
    {
        SchemaTarget target = context.Schemas.Resolve(schemaArgument);
        string text = valueArgument == "-" ? ReadAll(context.In) : valueArgument;
        if (!Base64Json.TryDecode(text, out byte[] json, out string? reason))
        {
            throw new CliUsageException("cannot decode: " + reason);
        }

        JsonNode? document;
        try
        {
            document = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            throw new CliUsageException("cannot decode: the decoded Base64 is not JSON");
        }

        ValidationReport report = PayloadValidator.Validate(target, json, brand: null);
        IReadOnlyList<string> masked = UnmaskedOption.Apply(unmasked, new SchemaField(target.Node), document, context);
        if (context.Json)
        {
            JsonOutput.Write(context.Out, w =>
            {
                w.WriteStartObject();
                w.WriteString("schema", target.Display);
                w.WriteBoolean("valid", report.IsValid);
                JsonOutput.WriteNode(w, "document", document);
                w.WriteStartArray("masked");
                foreach (string path in masked)
                {
                    w.WriteStringValue(path);
                }

                w.WriteEndArray();
                Finding.WriteJsonArray(w, "findings", report.Findings);
                w.WriteEndObject();
            });
        }
        else
        {
            context.Out.WriteLine(JsonOutput.ToText(document));
            if (masked.Count > 0)
            {
                context.Error.WriteLine("masked: " + string.Join(", ", masked));
            }

            if (report.Findings.Count > 0)
            {
                Render.Findings(context.ErrorConsole, report.Findings);
            }

            context.Error.WriteLine(report.IsValid ? $"valid against {target.Display}" : $"invalid against {target.Display}: " + Render.Count(report.Findings.Count, "finding", "findings"));
        }

        return report.IsValid ? ExitCodes.Ok : ExitCodes.Invalid;
    }

    public static string ReadAll(TextReader reader)
    {
        try
        {
            return reader.ReadToEnd();
        }
        catch (IOException e)
        {
            throw new CliUsageException($"cannot read stdin: {e.GetType().Name}");
        }
    }
}
