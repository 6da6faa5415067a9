using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ThreeDsContracts.Adapters;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Schemas;
using ThreeDsContracts.Cli.Validation;

namespace ThreeDsContracts.Cli.Conversion;

/// <summary>The canonical documents the adapters produce and take.</summary>
internal static class CanonicalDocuments
{
    public const string AuthenticationResult = "canonical/authentication-result";

    public const string RequestContext = "canonical/request-context";

    /// <summary>"an authentication result", "a request context".</summary>
    public static string Describe(string id) => id switch
    {
        AuthenticationResult => "an authentication result",
        RequestContext => "a request context",
        _ => id,
    };

    public static string Describe(IReadOnlyCollection<string> ids) => ids.Count == 0 ? "nothing of the canonical model" : string.Join(" and ", ids.Select(Describe));
}

/// <summary>The brand ids of <c>--brand</c> (and of the brand fields of payloads) as the canonical <see cref="CardBrand"/>.</summary>
internal static class CardBrands
{
    public static CardBrand? Parse(string? brandId) =>
        brandId is not null && CardBrandExtensions.TryParseWireValue(brandId.AsSpan(), out CardBrand brand) ? brand : null;
}

/// <summary>
/// A converter backed by one direction of a library adapter (<c>ThreeDsContracts.Adapters</c>): a reader
/// deserializes the payload with its generated contract and calls the adapter; a writer calls the adapter and
/// serializes the provider payload it returns. Used for the built-in schemas only: a schema overridden with
/// <c>--schemas</c> (or given as a file) may no longer match the generated contract, and converts through the
/// schema links instead.
/// </summary>
internal abstract class AdapterConverter : IPayloadConverter
{
    private readonly string[] _carries;

    protected AdapterConverter(string schema, params string[] carries)
    {
        int hash = schema.IndexOf('#');
        Schema = schema;
        SchemaId = hash < 0 ? schema : schema.Substring(0, hash);
        Pointer = hash < 0 ? "#" : schema.Substring(hash);
        _carries = carries;
    }

    /// <summary>The schema id as given on the command line (with the pointer of a definition).</summary>
    public string Schema { get; }

    public string SchemaId { get; }

    public string Pointer { get; }

    /// <summary>The adapter method, e.g. <c>AntomAdapter.ToAuthenticationResult(AntomNotifyPayment)</c>.</summary>
    public abstract string Name { get; }

    /// <summary>True for a reader (provider → canonical), false for a writer (canonical → provider).</summary>
    public abstract bool IsReader { get; }

    public bool CanRead(SchemaTarget source) => IsReader && Matches(source);

    public bool CanWrite(SchemaTarget target) => !IsReader && Matches(target);

    public IReadOnlyCollection<string> Carries(SchemaTarget target) => Matches(target) ? _carries : Array.Empty<string>();

    public abstract void Read(SchemaTarget source, JsonElement payload, CanonicalBundle bundle, ConversionContext context);

    public abstract JsonNode Write(SchemaTarget target, CanonicalBundle bundle, ConversionContext context);

    private bool Matches(SchemaTarget target) =>
        target.Id == SchemaId && target.Pointer == Pointer && IsBuiltIn(target.Set, SchemaId);

    /// <summary>True when the schema, the other schemas of its provider and the canonical schemas are the built-in ones the contracts were generated from.</summary>
    private static bool IsBuiltIn(SchemaSet set, string id)
    {
        string provider = id.Substring(0, id.IndexOf('/') + 1);
        return set.Documents.All(d => d.Origin == "built-in" || !(d.Id.StartsWith(provider, StringComparison.Ordinal) || d.Id.StartsWith("canonical/", StringComparison.Ordinal)));
    }
}

/// <summary>One adapter reading a provider payload into the canonical model.</summary>
/// <typeparam name="T">The generated contract of the payload.</typeparam>
internal abstract class AdapterReader<T> : AdapterConverter
    where T : class
{
    private readonly JsonTypeInfo<T> _type;

    protected AdapterReader(string schema, JsonTypeInfo<T> type, params string[] carries)
        : base(schema, carries)
    {
        _type = type;
    }

    public sealed override bool IsReader => true;

    /// <summary>Why the fields outside <see cref="Scopes"/> are not carried (what the adapter reads).</summary>
    protected abstract string Unread { get; }

    /// <summary>
    /// The dotted wire paths the adapter reads (everything under them); empty string for the whole payload.
    /// Every present value outside them is reported as not carried.
    /// </summary>
    protected abstract IEnumerable<string> Scopes(T payload);

    /// <summary>Calls the adapter and stores what it returns (<see cref="AdapterReading"/>).</summary>
    protected abstract void Convert(T payload, AdapterReading reading);

    public sealed override void Read(SchemaTarget source, JsonElement payload, CanonicalBundle bundle, ConversionContext context)
    {
        T value;
        try
        {
            value = payload.Deserialize(_type) ?? throw new CliUsageException($"{source.Display}: the payload is null");
        }
        catch (JsonException e)
        {
            // The message of a JsonException may quote the payload: name the path only.
            string path = e is ThreeDsPayloadException payloadException ? payloadException.JsonPath : e.Path ?? "$";
            throw new CliUsageException($"{source.Display}: {typeof(T).Name} cannot read the payload at {path}");
        }

        Convert(value, new AdapterReading(bundle, context, Name));
        string[] scopes = Scopes(value).Select(s => s.Length == 0 ? "$" : "$." + s).ToArray();
        using var visitor = new UnreadVisitor(scopes, context, $"not read by {Name}: {Unread}");
        PayloadWalker.Walk(new SchemaField(source.Node), payload, "$", visitor);
    }

    public sealed override JsonNode Write(SchemaTarget target, CanonicalBundle bundle, ConversionContext context) =>
        throw new NotSupportedException(Name + " reads " + Schema + "; it does not write it");
}

/// <summary>One adapter writing a provider payload from the canonical model.</summary>
/// <typeparam name="T">The generated contract of the payload.</typeparam>
internal abstract class AdapterWriter<T> : AdapterConverter
    where T : class
{
    private readonly JsonTypeInfo<T> _type;

    protected AdapterWriter(string schema, JsonTypeInfo<T> type, params string[] carries)
        : base(schema, carries)
    {
        _type = type;
    }

    public sealed override bool IsReader => false;

    /// <summary>Calls the adapter with the canonical documents of <paramref name="writing"/>.</summary>
    protected abstract T Build(AdapterWriting writing);

    /// <summary>Adjusts the serialized payload (e.g. removes values the adapter needed but the canonical model did not give).</summary>
    protected virtual void Finish(JsonObject payload, AdapterWriting writing)
    {
    }

    public sealed override void Read(SchemaTarget source, JsonElement payload, CanonicalBundle bundle, ConversionContext context) =>
        throw new NotSupportedException(Name + " writes " + Schema + "; it does not read it");

    public sealed override JsonNode Write(SchemaTarget target, CanonicalBundle bundle, ConversionContext context)
    {
        var writing = new AdapterWriting(bundle, context, target);
        JsonNode node = JsonSerializer.SerializeToNode(Build(writing), _type) ?? new JsonObject();
        if (node is JsonObject payload)
        {
            Finish(payload, writing);
        }

        return node;
    }
}

/// <summary>What a reader hands over: the canonical documents the adapter built and its report.</summary>
internal sealed class AdapterReading
{
    private readonly CanonicalBundle _bundle;
    private readonly ConversionContext _context;
    private readonly string _adapter;

    public AdapterReading(CanonicalBundle bundle, ConversionContext context, string adapter)
    {
        _bundle = bundle;
        _context = context;
        _adapter = adapter;
    }

    /// <summary>The card brand (<c>--brand</c>, or read from the payload), for adapters that need it to read an ECI or a transaction id.</summary>
    public CardBrand? Brand => CardBrands.Parse(_context.Brand);

    /// <summary>Stores the canonical result; reports the gaps at <c>$.</c> + <paramref name="prefix"/> + field.</summary>
    public void Result(AdapterResult<AuthenticationResult> result, string prefix = "") => Result(result, field => "$." + prefix + field);

    public void Result(AdapterResult<AuthenticationResult> result, Func<string, string> path)
    {
        Store(CanonicalDocuments.AuthenticationResult, JsonSerializer.SerializeToNode(result.Value, CanonicalJsonContext.Default.AuthenticationResult));
        Gaps(result.Gaps, path);
        if (_context.Brand is null && result.Value.Brand is { IsKnown: true } brand)
        {
            _context.Brand = brand.Value.ToWireValue();
            _context.BrandSource = _adapter;
        }
    }

    /// <summary>Stores the canonical request context; reports the gaps at <c>$.</c> + <paramref name="prefix"/> + field.</summary>
    public void Context(AdapterResult<RequestContext> result, string prefix = "") => Context(result, field => "$." + prefix + field);

    public void Context(AdapterResult<RequestContext> result, Func<string, string> path)
    {
        Store(CanonicalDocuments.RequestContext, JsonSerializer.SerializeToNode(result.Value, CanonicalJsonContext.Default.RequestContext));
        Gaps(result.Gaps, path);
    }

    /// <summary>Reports a source value the adapter did not carry.</summary>
    public void Report(string path, string reason) => _context.Report("from", path, reason);

    private void Gaps(IReadOnlyList<MappingGap> gaps, Func<string, string> path)
    {
        foreach (MappingGap gap in gaps)
        {
            _context.Report("from", path(gap.Field), gap.Reason);
        }
    }

    private void Store(string id, JsonNode? document) => _bundle.SetDocument(id, document as JsonObject ?? new JsonObject(), origin: null);
}

/// <summary>What a writer works with: the canonical documents (typed), the purchase time, and the report.</summary>
internal sealed class AdapterWriting
{
    private readonly CanonicalBundle _bundle;
    private readonly ConversionContext _context;
    private readonly SchemaTarget _target;
    private readonly HashSet<(string, string)> _reported = new();

    public AdapterWriting(CanonicalBundle bundle, ConversionContext context, SchemaTarget target)
    {
        _bundle = bundle;
        _context = context;
        _target = target;
    }

    /// <summary>
    /// The canonical result of the source, or null when it carries none. The writer takes the whole document
    /// (the adapter reports every field it cannot carry). A result without a brand gets the <c>--brand</c> one.
    /// </summary>
    public AuthenticationResult? Result()
    {
        if (Take(CanonicalDocuments.AuthenticationResult, CanonicalJsonContext.Default.AuthenticationResult) is not { } result)
        {
            return null;
        }

        if (result.Brand is null && CardBrands.Parse(_context.Brand) is { } brand)
        {
            return result with { Brand = brand };
        }

        return result;
    }

    /// <summary>The canonical request context of the source, or null when it carries none (the writer takes the whole document).</summary>
    public RequestContext? Context() => TakenContext = Take(CanonicalDocuments.RequestContext, CanonicalJsonContext.Default.RequestContext);

    /// <summary>The request context <see cref="Context"/> returned.</summary>
    public RequestContext? TakenContext { get; private set; }

    /// <summary>The challenge preference of the source's request context, for an authentication that carries it; marks it used.</summary>
    public ChallengeIndicator? ChallengeIndicator()
    {
        if (_bundle.Get(CanonicalDocuments.RequestContext, "challengeIndicator") is JsonValue value
            && value.TryGetValue(out string? text)
            && ChallengeIndicatorExtensions.TryParseWireValue(text.AsSpan(), out ChallengeIndicator indicator))
        {
            _bundle.Consume(CanonicalDocuments.RequestContext, "challengeIndicator");
            return indicator;
        }

        return null;
    }

    /// <summary>Reports what the adapter could not carry from the canonical result.</summary>
    public void ResultGaps(IReadOnlyList<MappingGap> gaps) => Gaps(CanonicalDocuments.AuthenticationResult, gaps);

    /// <summary>Reports what the adapter could not carry from the canonical request context.</summary>
    public void ContextGaps(IReadOnlyList<MappingGap> gaps) => Gaps(CanonicalDocuments.RequestContext, gaps);

    /// <summary>Reports a canonical value of <paramref name="id"/> at <paramref name="field"/> as not carried.</summary>
    public void Report(string id, string field, string reason) =>
        _context.Report("to", _bundle.OriginOf(id, field) ?? id + "#" + field, reason);

    /// <summary>
    /// The purchase time, when the adapter derives EMV codes from the dates of <paramref name="context"/>:
    /// <c>--purchase-time</c> is then required (a usage error without it; never the machine clock).
    /// Null when there is nothing to derive.
    /// </summary>
    public DateTimeOffset? PurchaseTimeFor(RequestContext context)
    {
        IReadOnlyList<string> dates = DatesToDerive(context.AcctInfo);
        if (dates.Count == 0)
        {
            return null;
        }

        if (_context.PurchaseTime is not { } purchaseTime)
        {
            throw new CliUsageException(
                $"--purchase-time is required: {_target.Display} wants EMV codes where the request context has only dates ({string.Join(", ", dates)}); " +
                "give the time of the purchase in ISO-8601, e.g. --purchase-time 2023-12-18T10:00:00Z (the machine clock is never used)");
        }

        _context.PurchaseTimeUsed = true;
        return purchaseTime;
    }

    private static IReadOnlyList<string> DatesToDerive(AccountInfo? a)
    {
        var dates = new List<string>();
        if (a is null)
        {
            return dates;
        }

        Add(a.ChAccAgeInd is null && a.ChAccDate is not null, "acctInfo.chAccDate");
        Add(a.ChAccChangeInd is null && a.ChAccChange is not null, "acctInfo.chAccChange");
        Add(a.ChAccPwChangeInd is null && a.ChAccPwChange is not null, "acctInfo.chAccPwChange");
        Add(a.PaymentAccInd is null && a.PaymentAccAge is not null, "acctInfo.paymentAccAge");
        Add(a.ShipAddressUsageInd is null && a.ShipAddressUsage is not null, "acctInfo.shipAddressUsage");
        return dates;

        void Add(bool derive, string field)
        {
            if (derive)
            {
                dates.Add(field);
            }
        }
    }

    private void Gaps(string id, IReadOnlyList<MappingGap> gaps)
    {
        foreach (MappingGap gap in gaps)
        {
            // The challenge preference an authentication is written with belongs to the request context.
            string document = gap.Field == "challengeIndicator" ? CanonicalDocuments.RequestContext : id;
            if (_reported.Add((document + "#" + gap.Field, gap.Reason)))
            {
                Report(document, gap.Field, gap.Reason);
            }
        }
    }

    private T? Take<T>(string id, JsonTypeInfo<T> type)
        where T : class
    {
        if (_bundle.Document(id) is not { } document)
        {
            return null;
        }

        _bundle.ConsumeDocument(id);
        try
        {
            return document.Deserialize(type);
        }
        catch (JsonException e)
        {
            string path = e is ThreeDsPayloadException payloadException ? payloadException.JsonPath : e.Path ?? "$";
            throw new CliUsageException($"the canonical {id} built from the source cannot be read as {typeof(T).Name} at {path}");
        }
    }
}

/// <summary>Reports every present value outside the parts of the payload an adapter reads.</summary>
internal sealed class UnreadVisitor : PayloadVisitor
{
    private readonly string[] _scopes;
    private readonly ConversionContext _context;
    private readonly string _reason;
    private bool _descend;

    public UnreadVisitor(string[] scopes, ConversionContext context, string reason)
    {
        _scopes = scopes;
        _context = context;
        _reason = reason;
    }

    public override void Value(SchemaField field, JsonElement value, string path)
    {
        if (_scopes.Any(s => Within(path, s)))
        {
            _descend = true; // inside: the adapter reads it; properties the schema does not describe are still reported
        }
        else if (_scopes.Any(s => Within(s, path)))
        {
            _descend = true; // above a part the adapter reads
        }
        else
        {
            _descend = false;
            if (IsPresent(value))
            {
                _context.Report("from", path, _reason);
            }
        }
    }

    public override bool ShouldDescend(SchemaField field) => _descend;

    public override void Unknown(string path, JsonElement value)
    {
        if (IsPresent(value))
        {
            _context.Report("from", path, "not described by the schema; the adapter does not read it");
        }
    }

    public override void ContentError(SchemaField field, string path, string reason) => _context.Report("from", path, reason);

    /// <summary>True when <paramref name="path"/> is <paramref name="scope"/> or under it.</summary>
    private static bool Within(string path, string scope) =>
        path.StartsWith(scope, StringComparison.Ordinal)
        && (path.Length == scope.Length || path[scope.Length] is '.' or '[');

    private static bool IsPresent(JsonElement value) =>
        value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
        && !(value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0)
        && !(value.ValueKind == JsonValueKind.Object && !value.EnumerateObject().Any())
        && !(value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0);
}
