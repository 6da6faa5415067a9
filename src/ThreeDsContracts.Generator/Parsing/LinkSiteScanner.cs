using System;
using System.Collections.Generic;
using System.Threading;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Generator.Diagnostics;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Parsing;

/// <summary>
/// Reads where the mapping keywords of one schema file are: the line of every <c>x-canonical-field</c> (by the
/// property it sits on), so that a mapping finding of the builder is reported on that line, and the root
/// <c>x-provider-name</c> the adapters' gap reasons use. A file that is not valid JSON has no sites (the parser
/// reports it).
/// </summary>
internal static class LinkSiteScanner
{
    public const string ProviderNameKeyword = "x-provider-name";
    public const string ValuesKeyword = "x-canonical-values";
    public const string NotCarriedKeyword = "x-not-carried";
    private const string LinkKeyword = "x-canonical-field";

    public static SchemaLinkSites Scan(SchemaFile file, CancellationToken cancellationToken)
    {
        var lines = new LineMap(file.Text);
        DiagnosticInfo fileLocation = lines.Create(DiagnosticDescriptors.InvalidExtension.Id, file.Path, 1, 1, Array.Empty<string>());
        JToken root;
        try
        {
            root = JToken.Parse(file.Text, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, CommentHandling = CommentHandling.Ignore });
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Not valid JSON: the parser reports it (TDS0001).
            return new SchemaLinkSites(file.Id, file.Path, file.Origin, null, fileLocation, EquatableArray<LinkSite>.Empty);
        }

        cancellationToken.ThrowIfCancellationRequested();
        string? provider = root is JObject obj && obj[ProviderNameKeyword] is JValue { Type: JTokenType.String } name && name.ToString().Trim().Length > 0
            ? name.ToString().Trim()
            : null;
        var sites = new List<LinkSite>();
        var notCarried = new List<NotCarriedTable>();
        Walk(root, file, lines, sites, notCarried);
        return new SchemaLinkSites(file.Id, file.Path, file.Origin, provider, fileLocation, sites.ToEquatableArray()) { NotCarried = notCarried.ToEquatableArray() };
    }

    private static void Walk(JToken token, SchemaFile file, LineMap lines, List<LinkSite> sites, List<NotCarriedTable> notCarried)
    {
        switch (token)
        {
            case JObject obj:
                if (obj[NotCarriedKeyword] is { } table)
                {
                    string? typeName = obj["x-type-name"] is JValue { Type: JTokenType.String } name ? name.ToString() : null;
                    notCarried.Add(ReadNotCarried(table, file, typeName, obj.Parent is null));
                    sites.Add(new LinkSite(NotCarriedKeyword, typeName ?? string.Empty, Locate(table, file, lines)));
                }

                foreach (JProperty property in obj.Properties())
                {
                    if (property.Name == LinkKeyword && property.Value.Type == JTokenType.String && obj.Parent is JProperty owner)
                    {
                        sites.Add(new LinkSite(owner.Name, property.Value.ToString(), Locate(property.Value, file, lines), ReadValues(obj, file, owner.Name, property.Value.ToString())));
                    }

                    Walk(property.Value, file, lines, sites, notCarried);
                }

                break;
            case JArray array:
                foreach (JToken item in array)
                {
                    Walk(item, file, lines, sites, notCarried);
                }

                break;
        }
    }

    /// <summary>
    /// x-canonical-values beside a link: <c>{ "&lt;provider value&gt;": "&lt;canonical wire value&gt;" or null }</c>
    /// (a boolean's keys are <c>true</c> and <c>false</c>). Rows that are not strings or null are kept as
    /// invalid (empty canonical value) for the builder to report.
    /// </summary>
    private static LinkValueTable? ReadValues(JObject property, SchemaFile file, string wireName, string link)
    {
        if (property[ValuesKeyword] is not { } token)
        {
            return null;
        }

        var rows = new List<CanonicalCodeSpec>();
        if (token is JObject table)
        {
            foreach (JProperty row in table.Properties())
            {
                rows.Add(new CanonicalCodeSpec(row.Name, row.Value.Type switch
                {
                    JTokenType.String => row.Value.ToString(),
                    JTokenType.Null => null,
                    _ => string.Empty,
                }));
            }
        }

        return new LinkValueTable(file.Id, wireName, link, rows.ToEquatableArray());
    }

    /// <summary>x-not-carried: <c>{ "&lt;canonical path, prefix ending in '.', or *&gt;": "&lt;reason&gt;" }</c>; a row that is not a string keeps an empty reason for the builder to report.</summary>
    private static NotCarriedTable ReadNotCarried(JToken token, SchemaFile file, string? typeName, bool isRoot)
    {
        var rows = new List<CanonicalCodeSpec>();
        if (token is JObject table)
        {
            foreach (JProperty row in table.Properties())
            {
                rows.Add(new CanonicalCodeSpec(row.Name, row.Value.Type == JTokenType.String ? row.Value.ToString() : string.Empty));
            }
        }

        return new NotCarriedTable(file.Id, typeName, isRoot, rows.ToEquatableArray());
    }

    private static DiagnosticInfo Locate(JToken token, SchemaFile file, LineMap lines)
    {
        IJsonLineInfo info = token;
        return info.HasLineInfo()
            ? lines.Create(DiagnosticDescriptors.InvalidExtension.Id, file.Path, info.LineNumber, info.LinePosition, Array.Empty<string>())
            : lines.Create(DiagnosticDescriptors.InvalidExtension.Id, file.Path, 1, 1, Array.Empty<string>());
    }
}
