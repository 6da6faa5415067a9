using System.CommandLine;
using System.Linq;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Schemas;
using ThreeDsContracts.Cli.Validation;

namespace ThreeDsContracts.Cli.Commands;

/// <summary><c>threeds validate</c>: schema findings, then brand-rule findings.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliHost host)
    {
        var schema = new Argument<string>("schema") { Description = "Schema id (antom/notify-payment, gateway/authorize-request#/definitions/BrowserInfo) or a schema file." };
        var payload = new Argument<string>("payload") { Description = "Payload file, or - for stdin." };
        Option<string> brand = BrandOption();
        var command = new Command(
            "validate",
            "Validate a payload: JSON Schema findings with JSON paths, the JSON inside Base64-JSON fields, then the card-brand rules (x-brand-rules). " +
            "Without --brand the brand is read from the payload when it names one; otherwise only rules for every brand apply.");
        command.Arguments.Add(schema);
        command.Arguments.Add(payload);
        command.Options.Add(brand);
        command.SetAction(parse => host.Execute(parse, context => Run(context, parse.GetValue(schema)!, parse.GetValue(payload)!, parse.GetValue(brand))));
        return command;
    }

    public static Option<string> BrandOption() => new("--brand")
    {
        Description = "Card brand the brand rules are checked for: visa, mastercard, maestro, amex, discover, diners, jcb, unionpay, cartes-bancaires.",
        HelpName = "brand",
    };

    private static int Run(CliContext context, string schemaArgument, string payloadArgument, string? brandOption)
    {
        string? brand = Brands.Check(context.Schemas, brandOption);
        SchemaTarget target = context.Schemas.Resolve(schemaArgument);
        PayloadInput input = PayloadInput.Read(payloadArgument, context.In);
        ValidationReport report = PayloadValidator.Validate(target, input, brand);
        Print(context, report, input.Name);
        return report.IsValid ? ExitCodes.Ok : ExitCodes.Invalid;
    }

    private static void Print(CliContext context, ValidationReport report, string payloadName)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Out, w =>
            {
                w.WriteStartObject();
                w.WriteString("schema", report.Target.Display);
                w.WriteString("payload", payloadName);
                if (report.Brand is null)
                {
                    w.WriteNull("brand");
                }
                else
                {
                    w.WriteString("brand", report.Brand);
                }

                w.WriteString("brandSource", report.BrandSource);
                w.WriteBoolean("valid", report.IsValid);
                w.WriteNumber("errors", report.Findings.Count(f => f.Severity == ThreeDsContracts.Validation.FindingSeverity.Error));
                w.WriteNumber("warnings", report.Findings.Count(f => f.Severity == ThreeDsContracts.Validation.FindingSeverity.Warning));
                w.WriteNumber("notices", report.Findings.Count(f => f.Severity == ThreeDsContracts.Validation.FindingSeverity.Notice));
                Finding.WriteJsonArray(w, "findings", report.SchemaAndEncoding.Concat(report.BrandFindings));
                w.WriteEndObject();
            });
            return;
        }

        context.Out.WriteLine($"{payloadName} against {report.Target.Display}");
        context.Out.WriteLine(report.Brand is null
            ? "brand: none given or found (only rules for every brand checked; use --brand)"
            : $"brand: {report.Brand} ({(report.BrandSource == "--brand" ? "--brand" : "from " + report.BrandSource)})");

        var schemaFindings = report.SchemaAndEncoding.ToList();
        var brandFindings = report.BrandFindings.ToList();
        context.Out.WriteLine(schemaFindings.Count == 0 ? "schema: no findings" : "schema: " + Render.Count(schemaFindings.Count, "finding", "findings"));
        if (schemaFindings.Count > 0)
        {
            Render.Findings(context.OutConsole, schemaFindings);
        }

        context.Out.WriteLine(brandFindings.Count == 0 ? "brand rules: no findings" : "brand rules: " + Render.Count(brandFindings.Count, "finding", "findings"));
        if (brandFindings.Count > 0)
        {
            Render.Findings(context.OutConsole, brandFindings);
        }

        int errors = report.Findings.Count(f => f.Severity == ThreeDsContracts.Validation.FindingSeverity.Error);
        int warnings = report.Findings.Count(f => f.Severity == ThreeDsContracts.Validation.FindingSeverity.Warning);
        int notices = report.Findings.Count(f => f.Severity == ThreeDsContracts.Validation.FindingSeverity.Notice);
        string others = string.Join(", ", new[] { (warnings, "warning", "warnings"), (notices, "notice", "notices") }
            .Where(c => c.Item1 > 0).Select(c => Render.Count(c.Item1, c.Item2, c.Item3)));
        context.Out.WriteLine(report.IsValid
            ? "valid" + (others.Length > 0 ? " (" + others + ")" : string.Empty)
            : "invalid: " + Render.Count(errors, "error", "errors") + (others.Length > 0 ? ", " + others : string.Empty));
    }
}
