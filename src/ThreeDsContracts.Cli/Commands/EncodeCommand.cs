using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Redaction;
using ThreeDsContracts.Cli.Schemas;
using ThreeDsContracts.Cli.Validation;

namespace ThreeDsContracts.Cli.Commands;

/// <summary><c>threeds encode</c>: JSON to the Base64 form a provider expects, after validation.</summary>
internal static class EncodeCommand
{
    public static Command Create(CliHost host)
    {
        var schema = new Argument<string>("schema") { Description = "Schema of the JSON (see 'threeds decode --help')." };
        var payload = new Argument<string>("json") { Description = "JSON file, or - for stdin." };
        var command = new Command(
            "encode",
            "Validate a JSON document and print it as standard, padded Base64 of compact UTF-8 JSON (what ecommpay, the Gateway CReq form and the 3DS Method form expect). " +
            "An invalid document is not encoded. Sensitive values are masked before encoding, as in every output of the tool, unless --unmasked.");
        command.Arguments.Add(schema);
        command.Arguments.Add(payload);
        Option<bool> unmasked = UnmaskedOption.Create("the Base64");
        command.Options.Add(unmasked);
        command.SetAction(parse => host.Execute(parse, context => Run(context, parse.GetValue(schema)!, parse.GetValue(payload)!, parse.GetValue(unmasked))));
        return command;
    }

    private static int Run(CliContext context, string schemaArgument, string payloadArgument, bool unmasked)
    {
        SchemaTarget target = context.Schemas.Resolve(schemaArgument);
        PayloadInput input = PayloadInput.Read(payloadArgument, context.In);
        ValidationReport report = PayloadValidator.Validate(target, input, brand: null);
        if (!report.IsValid)
        {
            if (context.Json)
            {
                Write(context, target, null, Array.Empty<string>(), report);
            }
            else
            {
                Render.Findings(context.ErrorConsole, report.Findings);
                context.Error.WriteLine($"not encoded: {input.Name} is invalid against {target.Display}");
            }

            return ExitCodes.Invalid;
        }

        JsonNode? document = JsonNode.Parse(input.Memory.Span, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
        IReadOnlyList<string> masked = UnmaskedOption.Apply(unmasked, new SchemaField(target.Node), document, context);
        string base64 = Convert.ToBase64String(JsonOutput.ToUtf8(document, JsonOutput.Compact));
        if (context.Json)
        {
            Write(context, target, base64, masked, report);
        }
        else
        {
            context.Out.WriteLine(base64);
            if (masked.Count > 0)
            {
                context.Error.WriteLine("masked before encoding (threeds never prints card data): " + string.Join(", ", masked));
            }

            if (report.Findings.Count > 0)
            {
                Render.Findings(context.ErrorConsole, report.Findings);
            }
        }

        return ExitCodes.Ok;
    }

    private static void Write(CliContext context, SchemaTarget target, string? base64, IReadOnlyList<string> masked, ValidationReport report) =>
        JsonOutput.Write(context.Out, w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", target.Display);
            w.WriteBoolean("valid", report.IsValid);
            if (base64 is null)
            {
                w.WriteNull("base64");
            }
            else
            {
                w.WriteString("base64", base64);
            }

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
