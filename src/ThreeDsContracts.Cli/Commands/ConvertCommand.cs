using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.Cli.Conversion;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Redaction;
using ThreeDsContracts.Cli.Schemas;
using ThreeDsContracts.Cli.Validation;
using ThreeDsContracts.Validation;

namespace ThreeDsContracts.Cli.Commands;

/// <summary><c>threeds convert</c>: provider → canonical → provider; JSON on stdout, the report on stderr.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliHost host)
    {
        var from = new Option<string>("--from") { Description = "Schema of the input payload (id or file).", Required = true, HelpName = "schema" };
        var to = new Option<string>("--to") { Description = "Schema to convert to (id, id#/definitions/Name, or file).", Required = true, HelpName = "schema" };
        var payload = new Argument<string>("payload") { Description = "Payload file, or - for stdin." };
        Option<string> brand = ValidateCommand.BrandOption();
        brand.Description += " The adapters that need the brand get it (Antom's ECI, J.P. Morgan's authenticationTransactionId: DS transaction id, or XID for Visa).";
        var purchaseTime = new Option<string>("--purchase-time")
        {
            Description = "When the purchase takes place (ISO-8601, e.g. 2023-12-18T10:00:00Z; UTC when no offset is given). Required when the target wants " +
                "EMV codes where the source has dates (ecommpay's age_indicator from an account creation date); the machine clock is never used.",
            HelpName = "time",
        };
        var command = new Command(
            "convert",
            "Convert a payload through the canonical 3DS model, with the library's adapters (Antom, Payment Gateway, J.P. Morgan Checkout, " +
            "J.P. Morgan Online Payments, ecommpay), and the schemas' canonical links for other schemas. The converted JSON (sensitive values masked, unless --unmasked) goes to stdout; " +
            "the report of what could not be carried, and the findings of the target schema, go to stderr. " +
            "Exit 1 when the input is invalid (nothing converted) or the output does not satisfy the target schema (output still printed); " +
            "exit 2 for a pair that does not convert (the supported pairs are listed).");
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(brand);
        command.Options.Add(purchaseTime);
        Option<bool> unmasked = UnmaskedOption.Create("the converted payload");
        command.Options.Add(unmasked);
        command.Arguments.Add(payload);
        command.SetAction(parse => host.Execute(parse, context => Run(context, parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(payload)!, parse.GetValue(brand), parse.GetValue(purchaseTime), ConverterRegistry.CreateDefault(), parse.GetValue(unmasked))));
        return command;
    }

    public static int Run(CliContext context, string fromArgument, string toArgument, string payloadArgument, string? brandOption, string? purchaseTimeOption, ConverterRegistry registry, bool unmasked = false)
    {
        string? brand = Brands.Check(context.Schemas, brandOption);
        DateTimeOffset? purchaseTime = ParsePurchaseTime(purchaseTimeOption);
        SchemaTarget from = context.Schemas.Resolve(fromArgument);
        SchemaTarget to = context.Schemas.Resolve(toArgument);
        registry.Check(from, to);
        PayloadInput input = PayloadInput.Read(payloadArgument, context.In);

        ValidationReport inputReport = PayloadValidator.Validate(from, input, brand);
        var inputErrors = inputReport.SchemaAndEncoding.Where(f => f.Severity == FindingSeverity.Error).ToList();
        if (inputErrors.Count > 0)
        {
            if (context.Json)
            {
                WriteReport(context, from, to, null, new ConversionContext(context.Schemas, brand, purchaseTime), inputErrors, new List<Finding>(), new List<string>());
            }
            else
            {
                context.Error.WriteLine($"not converted: {input.Name} is invalid against {from.Display}");
                Render.Findings(context.ErrorConsole, inputErrors);
            }

            return ExitCodes.Invalid;
        }

        var conversion = new ConversionContext(context.Schemas, brand, purchaseTime)
        {
            BrandSource = brand is not null ? "--brand" : "none",
        };
        if (brand is null && inputReport.Brand is not null)
        {
            conversion.Brand = inputReport.Brand;
            conversion.BrandSource = inputReport.BrandSource;
        }

        ConversionOutcome outcome;
        using (JsonDocument document = input.ParseDocument())
        {
            outcome = registry.Convert(from, document.RootElement, to, conversion);
        }

        byte[] json = JsonOutput.ToUtf8(outcome.Output, JsonOutput.Compact);
        ValidationReport outputReport = PayloadValidator.Validate(to, json, conversion.Brand);
        IReadOnlyList<string> masked = UnmaskedOption.Apply(unmasked, new SchemaField(to.Node), outcome.Output, context, reportOnStderr: context.Json);

        context.Out.WriteLine(JsonOutput.ToText(outcome.Output));
        if (context.Json)
        {
            WriteReport(context, from, to, outcome, conversion, new List<Finding>(), outputReport.Findings, masked, unmasked);
        }
        else
        {
            context.Error.WriteLine($"converted {from.Display} -> canonical -> {to.Display}");
            context.Error.WriteLine(outcome.Reader == outcome.Writer ? "converter: " + outcome.Reader : $"converters: {outcome.Reader} / {outcome.Writer}");
            context.Error.WriteLine(conversion.Brand is null ? "brand: none" : $"brand: {conversion.Brand} ({(conversion.BrandSource == "--brand" ? "--brand" : "from " + conversion.BrandSource)})");
            if (conversion.PurchaseTimeText is { } time)
            {
                context.Error.WriteLine($"purchase time: {time} (--purchase-time; " + (conversion.PurchaseTimeUsed ? "EMV codes derived from the dates)" : "no code was derived from a date)"));
            }
            if (conversion.NotCarried.Count == 0)
            {
                context.Error.WriteLine("not carried: nothing");
            }
            else
            {
                context.Error.WriteLine("not carried: " + Render.Count(conversion.NotCarried.Count, "value", "values"));
                Spectre.Console.Table table = Render.Table("side", "path / reason");
                table.ShowRowSeparators = true;
                Render.NoWrap(table, 0);
                foreach (NotCarried item in conversion.NotCarried)
                {
                    Render.Row(table, item.Side, item.Path + "\n" + item.Reason);
                }

                context.ErrorConsole.Write(table);
            }

            if (masked.Count > 0)
            {
                context.Error.WriteLine("masked in the output (threeds never prints card data): " + string.Join(", ", masked));
            }

            if (outputReport.Findings.Count > 0)
            {
                context.Error.WriteLine($"the output against {to.Display}: " + Render.Count(outputReport.Findings.Count, "finding", "findings"));
                Render.Findings(context.ErrorConsole, outputReport.Findings);
            }
            else
            {
                context.Error.WriteLine($"the output is valid against {to.Display}");
            }
        }

        return outputReport.IsValid ? ExitCodes.Ok : ExitCodes.Invalid;
    }

    private static readonly string[] IsoFormats =
    {
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd",
    };

    /// <summary>The <c>--purchase-time</c> value: ISO-8601, UTC when it has no offset; a usage error otherwise.</summary>
    public static DateTimeOffset? ParsePurchaseTime(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(text.Trim(), IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset time))
        {
            return time;
        }

        throw new CliUsageException($"--purchase-time: '{text}' is not an ISO-8601 date or date-time (e.g. 2023-12-18T10:00:00Z)");
    }

    private static void WriteReport(CliContext context, SchemaTarget from, SchemaTarget to, ConversionOutcome? outcome, ConversionContext conversion, IReadOnlyList<Finding> inputFindings, IReadOnlyList<Finding> outputFindings, IReadOnlyList<string> masked, bool unmasked = false) =>
        JsonOutput.Write(context.Error, w =>
        {
            w.WriteStartObject();
            UnmaskedOption.WriteJson(w, unmasked);
            w.WriteString("from", from.Display);
            w.WriteString("to", to.Display);
            w.WriteBoolean("converted", outcome is not null);
            if (outcome is not null)
            {
                w.WriteString("reader", outcome.Reader);
                w.WriteString("writer", outcome.Writer);
            }

            if (conversion.Brand is null)
            {
                w.WriteNull("brand");
            }
            else
            {
                w.WriteString("brand", conversion.Brand);
            }

            w.WriteString("brandSource", conversion.BrandSource);
            if (conversion.PurchaseTimeText is { } time)
            {
                w.WriteString("purchaseTime", time);
            }
            else
            {
                w.WriteNull("purchaseTime");
            }

            w.WriteBoolean("purchaseTimeUsed", conversion.PurchaseTimeUsed);
            w.WriteStartArray("notCarried");
            foreach (NotCarried item in conversion.NotCarried)
            {
                w.WriteStartObject();
                w.WriteString("side", item.Side);
                w.WriteString("path", item.Path);
                w.WriteString("reason", item.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("masked");
            foreach (string path in masked)
            {
                w.WriteStringValue(path);
            }

            w.WriteEndArray();
            Finding.WriteJsonArray(w, "inputFindings", inputFindings);
            Finding.WriteJsonArray(w, "outputFindings", outputFindings);
            w.WriteBoolean("valid", outcome is not null && !Finding.AnyErrors(outputFindings));
            w.WriteEndObject();
        });
}
